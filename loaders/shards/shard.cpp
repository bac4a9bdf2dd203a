#include "loaders/shards/shard.hpp"

#include <charconv>

namespace sg::loaders {

std::uint64_t fnv1a64(std::string_view bytes) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

unsigned shard_of(std::string_view file_name, unsigned count) {
    if (count <= 1) return 1;
    return static_cast<unsigned>(fnv1a64(file_name) % count) + 1;
}

std::optional<Shard> parse_shard(std::string_view text) {
    const auto slash = text.find('/');
    if (slash == std::string_view::npos) return std::nullopt;
    auto whole = [](std::string_view s, unsigned& out) {
        if (s.empty() || s.size() > 6) return false;
        for (char c : s)
            if (c < '0' || c > '9') return false;
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
        return ec == std::errc{} && end == s.data() + s.size();
    };
    Shard s;
    if (!whole(text.substr(0, slash), s.index) || !whole(text.substr(slash + 1), s.count)) return std::nullopt;
    if (s.count < 1 || s.count > kMaxShards || s.index < 1 || s.index > s.count) return std::nullopt;
    return s;
}

}  // namespace sg::loaders
