// Step 2: an article page cut into its parts: title, body paragraphs (with headings, list items
// and pull-quotes told apart), readers' comments, and the site furniture that is dropped.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "loaders/text/sentences.hpp"

namespace sg::loaders {

enum class BlockKind {
    Paragraph,
    Heading,          // short line without final punctuation inside the body (a cross-head)
    ListItem,         // a bulleted line of the body
    PullQuote,        // a quote-only paragraph followed by its credit line
    PullQuoteCredit,  // "Name, role" line under a pull-quote
};

struct Block {
    Range range;  // trimmed line, byte offsets into the document
    BlockKind kind = BlockKind::Paragraph;
};

struct CommentUnit {
    Range range;              // the comment's own text (commenter line and markers excluded)
    std::string commenter;    // empty: anonymous
    Range commenter_range{};  // where the commenter's name stands
};

struct Segmentation {
    bool has_title = false;
    Range title{};
    std::vector<Block> blocks;          // body, in reading order
    std::vector<CommentUnit> comments;  // readers' comments, in page order
    long declared_comments = -1;        // N of a "Comments (N)" heading, -1 if none
    std::vector<Range> dropped;         // boilerplate lines removed
};

// Lines repeated across the documents of a corpus are site furniture. A line counts as repeated
// when it is seen in at least two documents and, when the corpus has more than three documents,
// in more than half of them.
class BoilerplateModel {
public:
    void learn(std::string_view document_text);
    bool repeated(std::string_view line) const;
    // The same for a line already reduced to its key (line_key_of below), which segment() makes
    // once per line for this and for is_boilerplate_key.
    bool repeated_key(const std::string& key) const;

private:
    std::unordered_map<std::string, int> documents_with_line_;
    int documents_ = 0;
};

// Advert, navigation and comment-moderation lines by the general patterns of
// loaders/lexicons/boilerplate_patterns.txt.
bool is_boilerplate_pattern(std::string_view line);
// The same for a line's key (line_key_of).
bool is_boilerplate_key(std::string key);
// A line lower-cased with its white space collapsed: its identity across documents.
std::string line_key_of(std::string_view line);

// A "Readers' comments (17)" / "Comments (3)" / "Comments" heading; sets `count` when given.
bool is_comment_heading(std::string_view line, long& count);

Segmentation segment(std::string_view text, const BoilerplateModel& model);

// A headline in Title Case: no final punctuation, four capitalised words or more, every other
// word that starts with a letter a minor word ("of", "the", "to").
bool is_title_case_line(std::string_view line);

// The minor words a Title Case headline leaves in lower case (lexicons/title_case_minor_words.txt).
const std::set<std::string, std::less<>>& title_case_minor_words();

}  // namespace sg::loaders
