// What extracting one document yields, before it is merged into the shared graph: actors keyed
// by their stable node keys, affiliations, claims with spans, stances. Documents are extracted
// independently (in parallel) and merged in a fixed order.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.hpp"

namespace sg::loaders {

struct ActorRecord {
    std::string key;   // "person:chaand-nagpaul", "org:nhs-england"
    NodeKind kind = NodeKind::Person;
    std::string name;  // canonical display name
    std::vector<std::string> aliases;
    std::string surname;      // people: last name word, for cross-document resolution
    bool surname_only = false;  // only ever named by surname in this document
};

struct AffiliationRecord {
    std::string person_key;
    std::string org_key;
    std::string role;
};

struct PartOfRecord {
    std::string org_key;
    std::string parent_key;
};

struct StanceRecord {
    std::string position_id;
    int polarity = 0;  // 0 about, 1 supports, -1 opposes
    double confidence = 0.5;
};

struct ClaimRecord {
    Span span;
    std::string text;
    ClaimKind kind = ClaimKind::Direct;
    bool comment = false;
    std::string speaker_key;  // empty: unknown / anonymous
    double confidence = 1.0;
    std::string context;      // sentence or paragraph around the claim, for stance detection
    std::vector<StanceRecord> stances;

    // A claim over bytes [begin, end) of the document text, so that span and text always agree.
    static ClaimRecord over(std::string_view text, std::size_t begin, std::size_t end, ClaimKind kind,
                            std::string speaker, double confidence) {
        ClaimRecord c;
        c.span = {begin, end};
        c.text = std::string(text.substr(begin, end - begin));
        c.kind = kind;
        c.speaker_key = std::move(speaker);
        c.confidence = confidence;
        return c;
    }
};

struct ReportedRecord {
    std::string actor_key;
    StanceRecord stance;
};

struct DocumentResult {
    std::string name;   // file name
    std::string title;
    std::vector<ActorRecord> actors;
    std::vector<AffiliationRecord> affiliations;
    std::vector<PartOfRecord> part_of;
    std::vector<ClaimRecord> claims;
    std::vector<ReportedRecord> reported;
    std::vector<std::string> warnings;
};

}  // namespace sg::loaders
