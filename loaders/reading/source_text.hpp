// Step 1 of the pipeline: an article file as bytes, cleaned for analysis WITHOUT moving any byte,
// so that every span found later is directly a byte offset into the original file.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace sg::loaders {

struct SourceText {
    std::string name;      // file name ("000_1f3b.txt"), used in node keys and messages
    std::string original;  // the file's bytes, untouched
    // Same length as `original`: a UTF-8 BOM and every CR become spaces, every byte that is not
    // part of valid UTF-8 becomes '?'. Offsets in `text` are offsets in the file.
    std::string text;
    std::vector<std::string> warnings;  // "name:offset: invalid UTF-8 byte 0xE9 replaced"
};

// Cleans bytes already in memory (see SourceText::text).
SourceText clean_source(std::string name, std::string bytes);

// True when the bytes hold a NUL: the file is binary, not an article.
bool looks_binary(std::string_view bytes);

// Reads and cleans a file. Throws sg::FileError naming the file if it cannot be read or is
// binary (holds NUL bytes): a binary file in an article folder is a user mistake worth stopping
// for, not something to skip silently.
SourceText read_source(const std::filesystem::path& file);

}  // namespace sg::loaders
