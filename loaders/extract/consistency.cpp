#include "loaders/extract/consistency.hpp"

#include <algorithm>
#include <map>
#include <set>
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

void ministers_back_their_proposals(DocumentResult& doc, const std::function<bool(std::string_view)>& plain) {
    std::set<std::string> ministers;
    for (const auto& a : doc.affiliations) {
        const std::string& r = a.role;
        if (r == "minister" || r.ends_with(" minister") || r.starts_with("minister ")) ministers.insert(a.person_key);
    }
    if (ministers.empty()) return;
    // positions a minister opposes somewhere in the document, in a claim or a reported stance
    std::set<std::pair<std::string, std::string>> opposed;
    for (const auto& c : doc.claims)
        for (const auto& s : c.stances)
            if (s.polarity < 0) opposed.insert({c.speaker_key, s.position_id});
    for (const auto& r : doc.reported)
        if (r.stance.polarity < 0) opposed.insert({r.actor_key, r.stance.position_id});
    for (auto& c : doc.claims) {
        if (c.comment || !ministers.count(c.speaker_key)) continue;
        const bool undecided = std::any_of(c.stances.begin(), c.stances.end(), [](const StanceRecord& s) { return s.polarity == 0; });
        if (!undecided || !plain(c.text)) continue;
        for (auto& s : c.stances) {
            if (s.polarity != 0 || opposed.count({c.speaker_key, s.position_id})) continue;
            s.polarity = 1;
            s.confidence = kConsistencyConfidence;
            s.from_consistency = true;
        }
    }
}

}  // namespace sg::loaders
