// Where the words that decided a stance stand in the article file. The stance classifier gives
// each piece of evidence as offsets in the claim text, or in the context string it was given
// (usually a stretch of the document around the claim; for Q&A answers and motions a question
// or preamble joined to the claim). Graph evidence needs byte spans in the file: this maps one to
// the other, and drops what it cannot place exactly (a user checks these spans against the file,
// so a span that does not hold its words is worse than none).
#pragma once

#include <string_view>
#include <vector>

#include "graph/graph.hpp"
#include "loaders/extract/document_result.hpp"
#include "loaders/stance/stance.hpp"

namespace sg::loaders {

// The file spans of `evidence` found for `claim` (whose span is in `document_text`, the cleaned
// text of the file, same bytes at the same offsets). Claim-relative offsets are shifted by the
// claim's start. Context-relative ones are placed through where the context stands in the
// document near the claim; when the context is not a stretch of the document, its trailing copy
// of the claim is used, and failing that the exact words nearest the claim within kContextReach
// bytes. Every span returned holds exactly its words in `document_text`; an item whose words are
// empty takes the text its offsets cover. Items that cannot be placed are dropped. The evidence's
// document is left as kNoNode: the caller sets it when the document has a node.
std::vector<Evidence> evidence_spans(std::string_view document_text, const ClaimRecord& claim,
                                     const std::vector<StanceEvidence>& evidence);

// The file spans of a reported stance's evidence, given with offsets in the sentence that starts
// at byte `sentence_begin` of the document; items outside it are dropped.
std::vector<Evidence> sentence_evidence_spans(std::string_view document_text, std::size_t sentence_begin,
                                              std::size_t sentence_end, const std::vector<StanceEvidence>& evidence);

// A reported stance's evidence: the sentence that reports it (role "reported", its whole text),
// then the classifier's items placed by sentence_evidence_spans.
std::vector<Evidence> reported_evidence(std::string_view document_text, std::size_t sentence_begin,
                                        std::size_t sentence_end, const std::vector<StanceEvidence>& evidence);

// The evidence a classifier result carries, or none when its type has no `evidence` member
// (ReportedStance carries none yet; this picks it up when it does, with no change here).
template <class Hit>
std::vector<StanceEvidence> evidence_of(const Hit& hit) {
    if constexpr (requires { hit.evidence; })
        return hit.evidence;
    else
        return {};
}

// Sets the document of every item that has none.
inline std::vector<Evidence> in_document(std::vector<Evidence> evidence, NodeId document) {
    for (auto& e : evidence)
        if (e.document == kNoNode) e.document = document;
    return evidence;
}

}  // namespace sg::loaders
