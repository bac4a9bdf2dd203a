// A DNA coder's password as DNA stores it: jasypt's StrongPasswordEncryptor, so DNA accepts the
// password when it opens a file stancegraph wrote. Base64 of a 16-byte random salt followed by the
// digest; the digest is SHA-256 of (salt, the password's UTF-8 bytes), hashed again until 100,000
// rounds in all. OpenSSL's libcrypto does the hashing.
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace sg::loaders::dna {

using Salt = std::array<unsigned char, 16>;

std::string dna_password_hash(std::string_view password, const Salt& salt);
std::string dna_password_hash(std::string_view password);  // with a random salt

// True when `hash` (as stored in CODERS.Password) is that of `password`.
bool dna_password_matches(std::string_view password, std::string_view hash);

}  // namespace sg::loaders::dna
