// The sides an explainer states without a verb of its own (loaders/extract/explainer_answers.hpp
// reads the words): a question "Who is for the freeze?" gives its side to the names its answer
// lists in the next paragraph's first sentence; "So does X" gives X the sides the sentence before
// reported. Kept as extract_document walks the body's blocks and sentences in order.
#pragma once

#include <functional>
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

    // When block `b` of document `doc` is a question "Who <side> <target>?", remembers the side for
    // the next paragraph and returns true. The target names its positions, or refers back ("it",
    // "the bill"): to the previous question's, else to the one position the headline names
    // (`headline_id`), else to the document's focus (`focus_id`), else to the position named last
    // before the question (`antecedent_id`).
    bool ask(std::string_view doc, const Block& b, const NamesPositions& names_positions, const std::string& headline_id,
             const std::string& focus_id, const std::string& antecedent_id);

    // The one position the headline names: the title's, or (a kicker such as "EXPLAINER" taken for
    // the title, the headline read as the first paragraph) the first block's; "" if not one.
    static std::string headline_position(const NamesPositions& names_positions, std::string_view title,
                                         std::string_view first_block);

    // A block that is neither question nor paragraph: nothing pending carries past it.
    void forget();

    // The names that sentence `s` of a paragraph gives a side without a verb: after a question,
    // those its first sentence lists; in "So does X ...", X. Sets sides() to theirs.
    std::vector<Range> listed(std::string_view doc, Range s, bool first_sentence, const std::vector<Mention>& mentions);
    const std::vector<Side>& sides() const { return current_; }

    // What the sentence just read reported, for a "So does" after it.
    void heard(const std::vector<ReportedRecord>& found);

private:
    std::vector<Side> asked_;     // the question's sides, for the next paragraph
    std::vector<std::string> questioned_;  // the positions the last question was about
    std::vector<Side> previous_;  // the sides the sentence before reported
    std::vector<Side> current_;   // the sides of the names listed() returned last
};

}  // namespace sg::loaders
