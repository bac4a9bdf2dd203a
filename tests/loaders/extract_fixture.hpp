// Running extract_document on a small invented article, and finding its claims, for the tests
// of attribution and the steps around it.
#pragma once

#include <string>

#include "loaders/extract/extract_document.hpp"
#include "loaders/stance/stance.hpp"

// Typographic quotation marks, spelt out so the test texts stay readable ASCII.
#define LQ "\xE2\x80\x98"
#define RQ "\xE2\x80\x99"
#define LD "\xE2\x80\x9C"
#define RD "\xE2\x80\x9D"

namespace sg::test {

// The body under a headline, extracted as one document with no corpus around it.
inline loaders::DocumentResult run(const std::string& body) {
    std::string page = "Council in row over new parking charges\n\n" + body;
    loaders::CorpusContext ctx;
    return loaders::extract_document(loaders::clean_source("t.txt", page), ctx);
}

// The page (headline included) extracted as one document with `stance` reading its stances.
inline loaders::DocumentResult run_with_stance(const loaders::StanceClassifier& stance, const std::string& page) {
    loaders::CorpusContext ctx;
    ctx.stance = &stance;
    return loaders::extract_document(loaders::clean_source("t.txt", page), ctx);
}

// The side the document reports for actor key `actor` on `position`: +1, -1, or 0 if none.
inline int reported_side(const loaders::DocumentResult& r, const std::string& actor, const std::string& position) {
    for (const auto& rep : r.reported)
        if (rep.actor_key == actor && rep.stance.position_id == position) return rep.stance.polarity;
    return 0;
}

inline const loaders::ClaimRecord* claim_starting(const loaders::DocumentResult& r, const std::string& start) {
    for (const auto& c : r.claims)
        if (c.text.rfind(start, 0) == 0) return &c;
    return nullptr;
}

// The speaker key of the claim whose text starts with `start`, or "<no claim>".
inline std::string speaker(const loaders::DocumentResult& r, const std::string& start) {
    const loaders::ClaimRecord* c = claim_starting(r, start);
    return c ? c->speaker_key : "<no claim>";
}

}  // namespace sg::test
