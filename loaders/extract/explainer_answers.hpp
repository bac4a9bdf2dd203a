// Explainers list the sides in answer to a question: "Who is for the freeze?" followed by a
// paragraph opening "The Town of X, the Y Keepers and the province-wide group Z, whose director
// ...", and "So does W" after a sentence that reports a side. Neither sentence has a verb that
// takes the side, so the reporter's frame is the question (or the sentence before) and the
// answer is a list of names.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace sg::loaders::explainer {

// A question "Who <side phrase> <target>?" (stance_who_questions.txt): the side its answer's names
// take (1 or -1) and where its target stands in the question's bytes ("the freeze", "it").
struct WhoQuestion {
    int polarity = 0;
    std::size_t target_begin = 0, target_end = 0;
};

// `text`: one block of the document, trimmed. Nothing unless it is a single question opening "Who".
std::optional<WhoQuestion> who_question(std::string_view text);

// How much of an answer's sentence, from byte `from` on, lists its names: up to a relative clause
// (", whose", ", which", ", who"), a semicolon or colon, or the end. 0 when that part has an
// auxiliary or a verb of speech of its own (it answers in a sentence that reported() reads).
std::size_t answer_list_end(std::string_view sentence, std::size_t from = 0);

// "So does the union.", "So do A and B": where the echoing subject begins in `sentence`, or npos.
std::size_t echo_subject_begin(std::string_view sentence);

}  // namespace sg::loaders::explainer
