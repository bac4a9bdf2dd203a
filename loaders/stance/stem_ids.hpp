// Stems as integers: each distinct stem is given a number the first time a text or a pattern
// has it, the same number for the rest of the process, so that the cue matcher and the token
// index compare and hash integers instead of strings (string compares and hashes of stems were
// the top self entries of a build's profile).
// Ids depend on the order stems were first seen (threads race for it): they say whether two
// stems are equal and nothing else; nothing may order or print by them.
#pragma once

#include <cstdint>
#include <string_view>

namespace sg::loaders::stance {

using StemId = std::uint32_t;
inline constexpr StemId kNoStem = 0;  // not a stem: no word token, or no text had it yet

// The id of `stem`, given on first sight. Thread-safe: a per-thread cache in front of one table
// shared by all threads (locked only for a stem this thread has not seen).
StemId stem_id(std::string_view stem);

// The id `stem` has, kNoStem if it was never given one (then no token or pattern has it either).
StemId known_stem_id(std::string_view stem);

}  // namespace sg::loaders::stance
