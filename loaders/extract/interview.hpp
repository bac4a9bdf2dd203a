// Question-and-answer interviews printed as paragraphs: "Q: …?" (or "Question:", or a question
// in bold "**…?**") followed by the interviewee's unquoted answer ("A: …" or a plain paragraph).
// Decision: each answer is a direct claim of the interviewee — the person in focus when the
// first question appears (the one the introduction names) — because the answer is printed as
// their own words, just without quotation marks. Questions are the interviewer's and yield no
// claim. The interview ends at a heading.
#pragma once

#include <cstddef>
#include <string_view>

namespace sg::loaders {

// Bytes of a question marker at the start of a paragraph ("Q:", "Q.", "Question:", "**"), or 0
// when the paragraph is not a question. A bold paragraph counts only when it ends in "?**".
std::size_t question_prefix(std::string_view paragraph);

// Bytes of an answer marker ("A:", "A.", "Answer:") and the spaces after it, 0 if none.
std::size_t answer_prefix(std::string_view paragraph);

}  // namespace sg::loaders
