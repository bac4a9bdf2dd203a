// Parsing JSON text into a RapidJSON document with every number converted exactly, for the
// snapshot loader (graph/snapshot.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

namespace sg {

// Parses `text` into `doc`: iteratively (no recursion whatever the nesting), refusing invalid
// UTF-8. Integers keep their integer types (int64 / uint64, as RapidJSON would store them);
// other numbers are converted correctly rounded by std::from_chars, not by RapidJSON's
// full-precision path, which in 1.1.0 (Debian 12) reads a zero significand with an exponent or
// many digits ("0e38", "0.000000000000000000000000") as garbage: Tencent/rapidjson issue 1249,
// fixed only after 1.1.0. On failure the result holds RapidJSON's error code and byte offset.
rapidjson::ParseResult parse_json_exact(rapidjson::Document& doc, std::string_view text);

}  // namespace sg

namespace sg {

// The JSON pointer of the first number in `root` (depth first, in document order) whose value
// lies outside the range of a 64-bit integer, or nothing. RapidJSON 1.1.0's schema validator
// converts numbers it hashes (for "enum" and "uniqueItems") to 64-bit integers, which is
// undefined behaviour out of range (found by fuzzing): loaders refuse such numbers before they
// validate. No number a stancegraph file needs comes near that range.
std::optional<std::string> first_huge_number(const rapidjson::Value& root);

}  // namespace sg
