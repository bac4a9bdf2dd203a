// Reading a JSON data file given by the user (codebook, annotations): strict syntax, iterative
// parsing (no recursion depth set by the input), validation against a JSON schema compiled into
// the binary, and messages that name the file with line:column or the JSON pointer at fault.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

namespace sg::loaders {

// The whole file as bytes. Throws sg::FileError "FILE: cannot read ..." when it cannot be read.
std::string read_text_file(const std::filesystem::path& file);

// Parses `text` (named `label` in messages) and validates it against `schema_json`.
// Throws sg::FileError "LABEL:LINE:COL: <syntax error>" or "LABEL: /json/pointer: <problem>".
rapidjson::Document parse_and_validate(std::string_view text, const std::string& label,
                                       std::string_view schema_json);

// "/annotations/3" style pointer text for an array element of a top-level member.
std::string json_pointer(std::string_view member, std::size_t index);

}  // namespace sg::loaders
