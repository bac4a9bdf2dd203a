#include "loaders/dna/password.hpp"

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <stdexcept>
#include <vector>

namespace sg::loaders::dna {

namespace {

constexpr int kIterations = 100000;  // jasypt StrongPasswordEncryptor

std::array<unsigned char, SHA256_DIGEST_LENGTH> digest(std::string_view password, const unsigned char* salt) {
    std::vector<unsigned char> first(salt, salt + 16);
    first.insert(first.end(), password.begin(), password.end());
    std::array<unsigned char, SHA256_DIGEST_LENGTH> d{};
    SHA256(first.data(), first.size(), d.data());
    for (int i = 1; i < kIterations; ++i) SHA256(d.data(), d.size(), d.data());
    return d;
}

std::string base64(const std::vector<unsigned char>& bytes) {
    std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), bytes.data(), static_cast<int>(bytes.size()));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

}  // namespace

std::string dna_password_hash(std::string_view password, const Salt& salt) {
    const auto d = digest(password, salt.data());
    std::vector<unsigned char> all(salt.begin(), salt.end());
    all.insert(all.end(), d.begin(), d.end());
    return base64(all);
}

std::string dna_password_hash(std::string_view password) {
    Salt salt{};
    if (RAND_bytes(salt.data(), static_cast<int>(salt.size())) != 1)
        throw std::runtime_error("no random bytes for a password salt");
    return dna_password_hash(password, salt);
}

bool dna_password_matches(std::string_view password, std::string_view hash) {
    if (hash.size() != 64) return false;  // base64 of 16 + 32 bytes
    std::array<unsigned char, 48> bytes{};
    if (EVP_DecodeBlock(bytes.data(), reinterpret_cast<const unsigned char*>(hash.data()), 64) != 48) return false;
    Salt salt{};
    std::copy(bytes.begin(), bytes.begin() + 16, salt.begin());
    return dna_password_hash(password, salt) == hash;
}

}  // namespace sg::loaders::dna
