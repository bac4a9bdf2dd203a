// The sides an explainer states without a verb of its own (loaders/extract/explainer_answers.hpp
// reads the words): a question "Who is for the freeze?" gives its side to the names its answer
// lists in the next paragraph's first sentence; "So does X" gives X the sides the sentence before
// reported. Kept as extract_document walks the body's blocks and sentences in order.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/extract/document_result.hpp"
#include "loaders/mentions/mentions.hpp"
#include "loaders/segmentation/segmentation.hpp"
#include "loaders/stance/stance.hpp"

namespace sg::loaders {

class ExplainerSides {
public:
    struct Side {
        std::string position_id;
        Polarity polarity = Polarity::About;
        double confidence = 0;
    };

    // What positions a text names by its own words (cues, aliases, label words): the caller's
    // classifier, asked with no focus.
    using NamesPositions = std::function<std::vector<std::string>(std::string_view)>;

    // What a question's target that refers back ("it", "the bill") may stand for. Asked only when a
    // question's target does so: most documents ask no question, and the headline's positions cost
    // a classification.
    struct References {
        NamesPositions names_positions;
        std::string_view title;        // the document's title
        std::string_view first_block;  // its first block (the headline, when a kicker was taken for the title)
        std::string focus_id;          // the document's focus ("" if none)
        std::function<std::string(const Block&)> antecedent_of;  // the position named last before a block
    };
    explicit ExplainerSides(References refs) : refs_(std::move(refs)) {}

    // When block `b` of document `doc` is a question "Who <side> <target>?", remembers the side for
    // the next paragraph and returns true. The target names its positions, or refers back: to the
    // previous question's, else to the one position the headline names (the title's, or the first
    // block's when the title names none), else to the document's focus, else to the position named
    // last before the question.
    bool ask(std::string_view doc, const Block& b);

    // A block that is neither question nor paragraph: nothing pending carries past it.
    void forget();

    // The names that sentence `s` of a paragraph gives a side without a verb: after a question,
    // those its first sentence lists; in "So does X ...", X. Sets sides() to theirs.
    std::vector<Range> listed(std::string_view doc, Range s, bool first_sentence, const std::vector<Mention>& mentions);
    const std::vector<Side>& sides() const { return current_; }

    // What the sentence just read reported, for a "So does" after it.
    void heard(const std::vector<ReportedRecord>& found);

private:
    // The one position the headline names ("" if not one), found at the first question that needs it.
    const std::string& headline_id();

    References refs_;
    std::optional<std::string> headline_id_;
    std::vector<Side> asked_;     // the question's sides, for the next paragraph
    std::vector<std::string> questioned_;  // the positions the last question was about
    std::vector<Side> previous_;  // the sides the sentence before reported
    std::vector<Side> current_;   // the sides of the names listed() returned last
};

}  // namespace sg::loaders
