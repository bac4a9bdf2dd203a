// Statement documents: hearing testimony, prepared statements, remarks and speeches, opinion
// columns, printed
// under a header that names their author ("STATEMENT OF ANNA K. MORLAND", "Statement of Hon.
// Ruth Ellen Carver, Administrator, Federal Highway Administration", "OPENING
// STATEMENT OF HON. PETER DALE, U.S. SENATOR FROM ...") or under a "Testimony ..." title
// whose first paragraph introduces the speaker ("My name is Lena Ortiz and I am ...").
// Decision: the body's own paragraphs (those quoting no one) are direct claims of the author,
// as an interview's answers are the interviewee's: the whole text is their statement, with no
// quotation marks (the Discourse Network Analyzer codes such texts the same way). A paragraph
// that quotes someone stays an article paragraph, so the quoted words keep their own speaker.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/text/sentences.hpp"

namespace sg::loaders {

struct Segmentation;
struct ParagraphMentions;

struct StatementAuthor {
    std::string name;          // "Peter J. Dale" (capitals of the header in ordinary case)
    std::string role;          // "Administrator", "" when the header gives none
    std::string organisation;  // the body the header names after the role, "" when none
    std::size_t header_end = 0;  // byte offset where the header line ends
    // an opinion piece: its paragraphs are the author's writing, not speech set down, so their
    // claims are indirect (no quotation), where a statement's are direct
    bool opinion = false;
};

// The author a statement header names in `line` (one line of the page, before its body), or
// nothing. `line_begin` is the line's offset in the page (for `header_end`).
std::optional<StatementAuthor> statement_header(std::string_view line, std::size_t line_begin);

// Whether a title line announces a statement without naming its author ("Testimony at hearing
// on ...", "Prepared remarks to the ...").
bool statement_title(std::string_view line);

// The speaker a statement's opening paragraph introduces: "My name is Lena Ortiz and I am
// ..." gives "Lena Ortiz"; "" when the paragraph introduces no one.
std::string self_introduction(std::string_view paragraph);

// The author of an opinion piece: a label line of lexicons/opinion_labels.txt among the page's
// first lines, and the author named by the headline ("A B: The cap is the wrong tool") or by a
// byline ("By A B", or the name alone on its line); else nothing. Its header ends with the line
// that names the author.
std::optional<StatementAuthor> opinion_author(std::string_view text);

// An opinion piece's paragraph that quotes someone: the author's own sentences are the runs of
// its sentences in [begin, end) with no quotation in them ("Tom Quayle calls it 'a cheque', and
// I see why. But a drought order takes nothing from you." gives the second sentence). The quoted
// words keep their own speaker.
std::vector<Range> unquoted_sentence_runs(std::string_view text, std::size_t begin, std::size_t end);

// An opinion piece's closing note about its author ("Ann Hale writes on politics for The
// Fenland Courier."): a paragraph that opens with the author's full name, third person, is
// about the author, not the author's claim.
bool author_note(std::string_view paragraph, std::string_view author_name);

// Whether the page is a body's own press release: a label of lexicons/release_labels.txt alone on
// one of its first lines ("NEWS RELEASE", "For immediate release").
bool release_page(std::string_view text);

// Whether a release's own text has ended at this block: its "About ..." section, its notes to
// editors, its contact block or its end mark ("-30-", "###", "ENDS").
bool release_trailer(std::string_view block);

// The author of a statement document: a header in the title or the first three blocks, or a
// statement title and a self-introduction in the first two paragraphs after it, or an opinion
// piece's author (opinion_author); else nothing.
std::optional<StatementAuthor> statement_author(std::string_view text, const Segmentation& seg);

// The body a witness speaks for, as the opening paragraph of a statement says it: "thank you for
// having the Harbour Cyclists Club ...", "for allowing HCA to present its views", "for inviting X",
// "on behalf of X". Its canonical name, "" when the paragraph names none so.
std::string represented_body(std::string_view text, const ParagraphMentions& paragraph);

// Bytes of a record's speaker prefix before the author's words ("Mr. Hamilton. Thank you ...",
// "Senator Dale. Thank you ..."): a title and the author's surname, then ". ". 0 if none.
std::size_t speaker_prefix(std::string_view paragraph, std::string_view author_surname);

}  // namespace sg::loaders
