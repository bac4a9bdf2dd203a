// What a build read, per input format, for the line `build` prints:
//   "read 2 text articles, 3 HTML pages, 1 export file with 57 articles; 2 skipped: binary, empty"
#pragma once

#include <cstddef>
#include <map>
#include <string>

#include "loaders/reading/documents.hpp"

namespace sg::loaders {

struct InputSummary {
    std::size_t text_files = 0, html_pages = 0;
    std::size_t export_files = 0, export_articles = 0;  // plain-text exports
    std::size_t docx_files = 0, docx_articles = 0;      // .docx exports
    std::map<std::string, std::size_t> skipped;         // why -> how many files

    void count(const FileDocuments& f);
    void skip(const std::string& why) { ++skipped[why]; }
    std::string describe() const;
};

}  // namespace sg::loaders
