// What extracting one document yields, before it is merged into the shared graph: actors keyed
// by their stable node keys, affiliations, claims with spans, stances. Documents are extracted
// independently (in parallel) and merged in a fixed order.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.hpp"

namespace sg::loaders {

struct ActorRecord {
    std::string key;   // "person:jane-doe", "org:city-council"
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
    bool from_consistency = false;  // the side the speaker takes in other claims of the document
    // The words that decided the side, as byte spans in the file (evidence_spans.hpp); their
    // document is set when the stance becomes an edge.
    std::vector<Evidence> evidence;
};

// How far a claim's stance context reaches on either side of it, in bytes. A sentence is a few
// hundred; without a bound, a paragraph with no sentence end (a scraped page on one line) gives
// each of its thousands of claims a copy of all of it: quadratic memory.
inline constexpr std::size_t kContextReach = 1000;

// A character boundary at or before `i` in UTF-8 `text`.
inline std::size_t char_boundary(std::string_view text, std::size_t i) {
    while (i > 0 && i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
    return i;
}

// The last kContextReach bytes (or fewer, on a character boundary) of `s`: the question or the
// preamble that stands before a claim.
inline std::string_view context_tail(std::string_view s) {
    if (s.size() <= kContextReach) return s;
    return s.substr(char_boundary(s, s.size() - kContextReach));
}

struct ClaimRecord {
    Span span;
    std::string text;
    ClaimKind kind = ClaimKind::Direct;
    bool comment = false;
    std::string speaker_key;  // empty: unknown / anonymous
    double confidence = 1.0;
    std::string context;      // sentence or paragraph around the claim, for stance detection
    // Bodies (organisation keys) the claim speaks for whatever its words: a delegation's paragraph
    // ("2.1 X (A B, chair). Mr B told ...": loaders/extract/delegations.hpp), or a lead-in found to
    // speak for one ("responding for the X") when the context itself is no longer at hand, in a
    // claim read back from a built graph to be merged (loaders/shards/merge.cpp).
    std::vector<std::string> spoken_for;
    // The organisation the claim was made for, when read back from a built graph (merge); empty
    // for an extracted claim, whose organisation is the one its document names for the speaker.
    std::string organisation_key;
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

    // The context is bytes [begin, end) of `text` (a sentence or paragraph around the claim),
    // clipped to kContextReach bytes before and after the claim's span.
    void set_context(std::string_view text, std::size_t begin, std::size_t end) {
        const auto claim_begin = static_cast<std::size_t>(span.start), claim_end = static_cast<std::size_t>(span.end);
        if (claim_begin > kContextReach) begin = std::max(begin, char_boundary(text, claim_begin - kContextReach));
        end = std::min(end, char_boundary(text, std::min(text.size(), claim_end + kContextReach)));
        context = begin < end ? std::string(text.substr(begin, end - begin)) : this->text;
    }
};

struct ReportedRecord {
    std::string actor_key;
    StanceRecord stance;
};

struct DocumentResult {
    std::string name;   // file name
    std::string title;
    DocumentInfo info;  // the date of its dateline, if it has one (loaders/metadata/dates.hpp)
    std::vector<ActorRecord> actors;
    std::vector<AffiliationRecord> affiliations;
    std::vector<PartOfRecord> part_of;
    std::vector<ClaimRecord> claims;
    std::vector<ReportedRecord> reported;
    std::vector<std::string> warnings;
};

}  // namespace sg::loaders
