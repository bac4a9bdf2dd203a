#include "loaders/extract/consistency.hpp"

#include <map>
#include <utility>

namespace sg::loaders {

void carry_sides_within_document(DocumentResult& doc) {
    // (speaker, position) -> (claims supporting, claims opposing)
    std::map<std::pair<std::string, std::string>, std::pair<int, int>> sides;
    // ... and the claims that took the side, as evidence for the claims that inherit it
    std::map<std::pair<std::string, std::string>, std::vector<Evidence>> deciding;
    for (const auto& c : doc.claims) {
        if (c.speaker_key.empty() || c.comment) continue;
        for (const auto& s : c.stances) {
            auto& [sup, opp] = sides[{c.speaker_key, s.position_id}];
            sup += s.polarity > 0;
            opp += s.polarity < 0;
            if (s.polarity != 0)
                deciding[{c.speaker_key, s.position_id}].push_back(Evidence{"consistency", c.text, c.span, kNoNode});
        }
    }
    for (auto& c : doc.claims) {
        if (c.speaker_key.empty() || c.comment) continue;
        for (auto& s : c.stances) {
            if (s.polarity != 0) continue;
            const auto& [sup, opp] = sides[{c.speaker_key, s.position_id}];
            if ((sup > 0) == (opp > 0)) continue;  // no side, or both
            s.polarity = sup > 0 ? 1 : -1;
            s.confidence = kConsistencyConfidence;
            s.from_consistency = true;
            s.evidence = deciding[{c.speaker_key, s.position_id}];
        }
    }
}

}  // namespace sg::loaders
