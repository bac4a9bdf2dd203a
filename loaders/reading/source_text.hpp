// Step 1 of the pipeline: an article file as bytes, cleaned for analysis WITHOUT moving any byte,
// so that every span found later is directly a byte offset into the original file.
//
// Positions in messages are FILE:LINE:COLUMN, both 1-based; a line ends at '\n'; the column
// counts characters (UTF-8 code points, each invalid byte counting as one character, a leading
// BOM not counted), as an editor shows them and as query error messages count them.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.hpp"
#include "loaders/reading/offset_map.hpp"

namespace sg::loaders {

// The largest article read unless the caller says otherwise (`build --max-file-size`): a news
// article is tens of kilobytes; a file of many megabytes is almost always a mistake (a dump, a
// log, a video renamed .txt) that would only make the build slow.
inline constexpr std::size_t kDefaultMaxArticleBytes = std::size_t{16} << 20;  // 16 MiB

// How many invalid bytes of one file are reported one by one; the rest are counted in one
// further warning, so a file in another encoding does not print thousands of lines.
inline constexpr std::size_t kMaxEncodingWarnings = 5;

struct SourceText {
    std::string name;      // file name ("000_1f3b.txt"), used in node keys
    std::string original;  // the file's bytes, untouched
    // Same length as `original`: a UTF-8 BOM and every CR become spaces, every byte that is not
    // part of valid UTF-8 becomes '?'. Offsets in `text` are offsets in the file.
    std::string text;
    // "path/bad.txt:3:14: invalid UTF-8 byte 0xE9 replaced with '?'", "path/x.txt: empty file,
    // skipped"; they name the file by its path when it was read from disk.
    std::vector<std::string> warnings;
    // True for a file with no text (empty, or only white space): it is not an article and must
    // not become a document. `warnings` says it was skipped.
    bool skipped = false;
    // For a document that is not the file's bytes as they stand (an HTML page's readable text, an
    // article of a news-database export): where each byte of `text` is in the file. Empty (the
    // identity) for a plain-text article. Spans found in `text` go through it to the file.
    OffsetMap map;
    // What the file states about the document (a page's <meta> tags, an export's header fields):
    // over the dateline's date, under the user's --metadata.
    DocumentInfo info;
    std::string title;  // the title the file gives (a page's <h1>, an export's headline); empty: found in the text
};

// Cleans bytes already in memory (see SourceText::text). `label` names the file in warnings;
// empty means `name`.
SourceText clean_source(std::string name, std::string bytes, std::string label = {});

// True when the bytes hold a NUL: the file is binary, not an article.
bool looks_binary(std::string_view bytes);

// Reads and cleans a file. Throws sg::FileError naming the file (by `file` as given) if it cannot
// be read, is binary (holds NUL bytes), or is bigger than `max_bytes` — checked from the file
// system before any byte is read, and again while reading, for files that grow or have no
// size (pipes):
//   "FILE: 104857600 bytes is more than the --max-file-size limit (16 MiB)"
// An empty or blank file is not an error: it comes back `skipped`, with a warning.
SourceText read_source(const std::filesystem::path& file, std::size_t max_bytes = kDefaultMaxArticleBytes);

// The file's bytes, with read_source's checks of size and readability (not of NUL bytes: a .docx
// is binary). Throws sg::FileError naming the file.
std::string read_file_bytes(const std::filesystem::path& file, std::size_t max_bytes = kDefaultMaxArticleBytes);

// Removes the skipped sources, appending their warnings to `warnings` (the others' warnings
// travel with their documents). Throws sg::FileError when none is left: a build with no article
// is a mistake, as an empty folder is.
void drop_skipped(std::vector<SourceText>& sources, std::vector<std::string>& warnings);

}  // namespace sg::loaders
