// The articles' own bytes, for showing a quote inside its sentence: the graph keeps each claim's
// byte span in its document's file but not the file. Read from the folder the user names
// (`--articles DIR`, files by the documents' names), each file once.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace sg::report {

class ArticleTexts {
public:
    ArticleTexts() = default;  // no folder: no article is at hand
    explicit ArticleTexts(std::filesystem::path folder) : folder_(std::move(folder)) {}
    bool has_folder() const { return !folder_.empty(); }
    // The bytes of the document's file, or nullptr when there is no folder or no such file (a
    // graph imported from DNA names its documents FILE.dna#ID). Names that would leave the folder
    // are refused.
    const std::string* text_of(std::string_view document_name);

private:
    std::filesystem::path folder_;
    std::map<std::string, std::optional<std::string>, std::less<>> cache_;
};

}  // namespace sg::report
