// Stance detection: which codebook positions a statement addresses and with what polarity.
// Cue lexicons (support/oppose verbs and adjectives, negators, modals, contrast markers) are data
// files under loaders/lexicons/, documented there; nothing here names a corpus.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/codebook/codebook.hpp"

namespace sg::loaders {

enum class Polarity { About, Supports, Opposes };

struct StanceHit {
    std::string position_id;
    Polarity polarity = Polarity::About;
    double confidence = 0.5;
};

// A stance the journalist reports without a quote ("will be opposed all the way by the BMA",
// "X voted in favour of the motion"): the actor is given as the text of its mention, with the
// byte offsets of that mention inside the sentence passed in, for the caller to resolve.
struct ReportedStance {
    std::string actor_text;
    std::size_t actor_begin = 0;
    std::size_t actor_end = 0;
    std::string position_id;
    Polarity polarity = Polarity::About;
    double confidence = 0.5;
};

class StanceClassifier {
public:
    // Loads the lexicons compiled into the binary (from loaders/lexicons/*.txt).
    explicit StanceClassifier(const Codebook& codebook);

    // Positions a claim addresses and, where clear, its polarity. `context` is the sentence or
    // paragraph around the claim (may be empty); the claim text itself weighs most.
    std::vector<StanceHit> classify(std::string_view claim_text, std::string_view context = {}) const;

    // Stances reported in the journalist's own words in one sentence.
    std::vector<ReportedStance> reported(std::string_view sentence) const;

    const Codebook& codebook() const { return codebook_; }

private:
    Codebook codebook_;
    struct Lexicons;
    std::shared_ptr<const Lexicons> lex_;
};

}  // namespace sg::loaders
