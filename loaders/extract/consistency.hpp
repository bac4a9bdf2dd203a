// Document consistency: in one article, a speaker's claims that only address a position take the
// side that speaker clearly takes on it elsewhere in the article, at reduced confidence. A claim
// with a side of its own keeps it; a speaker with claims on both sides gives nothing.
#pragma once

#include <functional>
#include <string_view>

#include "loaders/extract/document_result.hpp"

namespace sg::loaders {

// Confidence of a side taken from the speaker's other claims.
inline constexpr double kConsistencyConfidence = 0.4;

void carry_sides_within_document(DocumentResult& doc);

// A minister speaks for the government's own proposals: in a document where the speaker is a
// minister (an affiliation whose role is one, not shadow or former: those are never made), a
// plain claim (`plain`: no contrast or hedge) that only addresses a position supports it, at
// reduced confidence, unless the minister opposes it elsewhere in the document ("ruled out a
// levy" keeps the levy opposed). A minister describing what a bill will do ("owners would have to
// register by April") is arguing for it; "sees the strain on towns but ..." is not plain.
void ministers_back_their_proposals(DocumentResult& doc, const std::function<bool(std::string_view)>& plain);

}  // namespace sg::loaders
