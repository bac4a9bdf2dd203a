// Which of N parts of a corpus a document belongs to (`stancegraph build --shard K/N`).
//
// A document's part depends on its file name alone (the name its node key uses, "doc:NAME"),
// through a fixed hash: the 64-bit FNV-1a of the name's bytes, modulo N. So the parts do not
// depend on the order the files are listed in or on the folder they are read from, and adding
// files to a corpus never moves a document already in it to another part (for the same N).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sg::loaders {

// Part K of N; K counts from 1 (`--shard 1/2` and `--shard 2/2` are the two halves).
struct Shard {
    unsigned index = 1;  // K, 1..count
    unsigned count = 1;  // N
};

// 64-bit FNV-1a (offset basis 14695981039346656037, prime 1099511628211) of the bytes.
std::uint64_t fnv1a64(std::string_view bytes);

// The part (1..count) a document of this file name belongs to: fnv1a64(name) mod count, plus one.
unsigned shard_of(std::string_view file_name, unsigned count);

// "K/N" with 1 <= K <= N <= kMaxShards; nullopt for anything else ("3/2", "0/2", "1/", "a/b").
inline constexpr unsigned kMaxShards = 100000;
std::optional<Shard> parse_shard(std::string_view text);

}  // namespace sg::loaders
