// Document metadata for `build` (issue 11): date, source, author, section, type and URL, from a
// metadata file (--metadata FILE), from the file name (--name-pattern REGEX), and, when neither
// gives a date, from the article's dateline (dates.hpp). A field a source does not give is left
// as the next source has it; nothing is guessed.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "graph/graph.hpp"

namespace sg::loaders {

// A metadata file: CSV with a header row naming a `file` column and any of date, source,
// author, section, type, url (RFC 4180 quoting); or JSON lines, one object per document with
// "file" and those members (told apart by the first character: '{'). Keyed by file name.
// Throws sg::FileError at FILE:LINE for an unparsable date (naming the value), an unknown
// column or member, a row without a file, a file named twice, or a malformed line.
std::map<std::string, DocumentInfo> read_metadata_file(const std::filesystem::path& path);

// --name-pattern: a regular expression (ECMAScript) with named groups (?<date>...),
// (?<source>...), (?<author>...), (?<section>...), (?<type>...), matched against the whole file
// name. Throws sg::UsageError for an invalid expression or a group of another name.
class NamePattern {
public:
    explicit NamePattern(const std::string& pattern);
    // The fields the name gives; nullopt when the name does not match. Throws sg::FileError for
    // a date group whose text is not a date (naming the file and the text).
    std::optional<DocumentInfo> match(const std::string& file_name) const;

private:
    std::string pattern_;
    std::regex regex_;
    std::map<std::string, std::size_t> groups_;  // field -> capture group number
};

// Sets the metadata of the graph's documents: `from_file` (by file name) over `pattern` over what
// they hold (their dateline). Names in `from_file` that are no document of the graph are
// returned, for a warning.
std::vector<std::string> apply_metadata(Graph& g, const std::map<std::string, DocumentInfo>& from_file,
                                        const NamePattern* pattern);

}  // namespace sg::loaders
