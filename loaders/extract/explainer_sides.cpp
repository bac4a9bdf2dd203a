#include "loaders/extract/explainer_sides.hpp"

#include <algorithm>

#include "loaders/common/lexicon_file.hpp"
#include "loaders/extract/explainer_answers.hpp"

namespace sg::loaders {

namespace {

// Less sure than a verb's: the side is the question's, the names the answer's.
constexpr double kExplainerConfidence = 0.7;

// "it", "this", "the bill", "the new rules": a short target that refers back rather than names.
bool refers_back(std::string_view target) {
    std::size_t words = 1;
    for (char c : target) words += c == ' ';
    if (words > 4) return false;
    const std::string first = ascii_lower(target.substr(0, target.find(' ')));
    for (const char* w : {"it", "this", "that", "these", "those", "them", "the"})
        if (first == w) return true;
    return false;
}

void add_side(std::vector<ExplainerSides::Side>& sides, const std::string& id, Polarity p) {
    for (const auto& s : sides)
        if (s.position_id == id && s.polarity == p) return;
    sides.push_back({id, p, kExplainerConfidence});
}

}  // namespace

bool ExplainerSides::ask(std::string_view doc, const Block& b) {
    const std::string_view text = doc.substr(b.range.begin, b.range.end - b.range.begin);
    const auto q = explainer::who_question(text);
    if (!q) return false;
    asked_.clear();
    previous_.clear();
    const std::string_view target = text.substr(q->target_begin, q->target_end - q->target_begin);
    std::vector<std::string> ids = refs_.names_positions(target);
    if (ids.empty() && refers_back(target)) {
        if (!questioned_.empty()) ids = questioned_;  // "Who is for the freeze?" ... "Who is against it?"
        else if (!headline_id().empty()) ids = {headline_id()};
        else if (!refs_.focus_id.empty()) ids = {refs_.focus_id};
        else if (std::string antecedent = refs_.antecedent_of(b); !antecedent.empty()) ids = {antecedent};
    }
    const Polarity side = q->polarity > 0 ? Polarity::Supports : Polarity::Opposes;
    for (const auto& id : ids) add_side(asked_, id, side);
    if (!ids.empty()) questioned_ = ids;
    return true;
}

const std::string& ExplainerSides::headline_id() {
    if (!headline_id_) {
        auto ids = refs_.names_positions(refs_.title);
        if (ids.empty()) ids = refs_.names_positions(refs_.first_block);
        headline_id_ = ids.size() == 1 ? ids.front() : std::string();
    }
    return *headline_id_;
}

void ExplainerSides::forget() {
    asked_.clear();
    previous_.clear();
}

std::vector<Range> ExplainerSides::listed(std::string_view doc, Range s, bool first_sentence,
                                          const std::vector<Mention>& mentions) {
    current_.clear();
    const std::string_view sentence = doc.substr(s.begin, s.end - s.begin);
    std::size_t from = 0;
    if (first_sentence && !asked_.empty()) {
        current_ = std::move(asked_);
    } else if (std::size_t echo = explainer::echo_subject_begin(sentence);
               echo != std::string_view::npos && !previous_.empty()) {
        current_ = previous_;
        from = echo;
    }
    asked_.clear();
    if (current_.empty()) return {};
    const std::size_t end = explainer::answer_list_end(sentence, from);
    std::vector<Range> names;
    for (const auto& m : mentions) {
        if (m.kind != MentionKind::Person && m.kind != MentionKind::Organisation) continue;
        if (m.possessive || m.in_appositive) continue;
        if (m.begin >= s.begin + from && m.end <= s.begin + end) names.push_back({m.begin, m.end});
    }
    if (names.empty()) current_.clear();
    return names;
}

void ExplainerSides::heard(const std::vector<ReportedRecord>& found) {
    previous_.clear();
    for (const auto& r : found)
        if (r.stance.polarity != 0)
            add_side(previous_, r.stance.position_id, r.stance.polarity > 0 ? Polarity::Supports : Polarity::Opposes);
}

}  // namespace sg::loaders
