// Question-and-answer interviews printed as paragraphs: "Q: …?" (or "Question:", or a question
// in bold "**…?**") followed by the interviewee's unquoted answer ("A: …" or a plain paragraph).
// Decision: each answer is a direct claim of the interviewee — the person in focus when the
// first question appears (the one the introduction names) — because the answer is printed as
// their own words, just without quotation marks. Questions are the interviewer's and yield no
// claim. The interview ends at a heading. Unmarked questions (a line ending in '?' right above its
// answer line, no blank line between, at least two such pairs on the page) make only that one
// answer line a claim, so the article around them stays the article.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sg::loaders {

// Bytes of a question marker at the start of a paragraph ("Q:", "Q.", "Question:", "**"), or 0
// when the paragraph is not a question. A bold paragraph counts only when it ends in "?**".
std::size_t question_prefix(std::string_view paragraph);

// An unmarked question printed on the line right above its answer ("Is X a problem?\nNo. …"):
// the question line [q_begin, q_end) ends in '?' and the next line, starting at a_begin, follows it
// after a single line break (where the page puts blank lines between its paragraphs).
bool question_above_answer(std::string_view text, std::size_t q_begin, std::size_t q_end, std::size_t a_begin);

// Bytes of an answer marker ("A:", "A.", "Answer:") and the spaces after it, 0 if none.
std::size_t answer_prefix(std::string_view paragraph);

// A transcript's speaker label: a name in capitals and a colon opening the paragraph ("JESS
// MORAN: Minister, ...", "RHYS CALLOWAY: He'd pay ..."), as radio and television sites and
// parliamentary records print interviews. Returns the bytes of the label and the spaces after it
// (0 if none) and sets `name` to the name in ordinary case ("Jess Moran"). One to four words of
// capitals, perhaps followed by a role in brackets or after a comma ("JUNE TALBOT (HOST):",
// "IRIS VANCE, ENVIRONMENT MINISTER:"; the role, lower-cased, into `role`). A label of one
// word ("HALLORAN:", "MINISTER:") is a surname or a role: the caller resolves it against the
// document's people (transcript_speaker), and "Q:" or "UPDATE:" name nobody there.
std::size_t speaker_label(std::string_view paragraph, std::string& name, std::string* role = nullptr);

// Whether a transcript's first labelled paragraph (its words, after the label) opens an interview:
// it asks ("...?") or addresses the guest by title or name ("Minister, we've had a flood of texts",
// "Mayor, the province says ..."). Its speaker is then the interviewer.
bool opens_an_interview(std::string_view words);

}  // namespace sg::loaders
