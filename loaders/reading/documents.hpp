// Step 0 of the pipeline: what kind of file an input is, and the documents it holds. A plain-text
// article is one document whose text is the file; a saved web page (loaders/html) is one
// document whose text is the page's readable text; a news-database export (loaders/exports) is
// many documents, one per article, each named FILE#N. Every document's spans map back to its
// file through SourceText::map.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "loaders/reading/source_text.hpp"

namespace sg::loaders {

enum class InputFormat { Text, Html, Export, Docx };

struct FileDocuments {
    InputFormat format = InputFormat::Text;
    std::string name;                   // the file's name, as in document keys
    std::vector<SourceText> documents;  // in file order; none when the file is skipped
    // Warnings about the file as a whole (each document's own travel with it).
    std::vector<std::string> warnings;
    // Why the file gave no document ("empty", "no article text", "not a zip file"); empty when it
    // gave some. Its warning, naming the file, is in `warnings`.
    std::string skipped;
};

// The file extensions a folder is searched for.
bool is_article_file_name(const std::filesystem::path& file);

// Reads a file as what it is: a .docx export, an HTML page (by its name or its first bytes), a
// plain-text export (by its separators and header fields), or else a plain-text article. Throws
// sg::FileError as read_source does (missing, unreadable, too big, a binary that is not .docx).
FileDocuments read_documents(const std::filesystem::path& file, std::size_t max_bytes = kDefaultMaxArticleBytes);

// The same for bytes in memory (tests, fuzzing): `label` names the file in warnings.
FileDocuments documents_from_bytes(const std::string& name, std::string bytes, const std::string& label,
                                   std::size_t max_bytes = kDefaultMaxArticleBytes);

}  // namespace sg::loaders
