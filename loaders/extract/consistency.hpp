// Document consistency: in one article, a speaker's claims that only address a position take the
// side that speaker clearly takes on it elsewhere in the article, at reduced confidence. A claim
// with a side of its own keeps it; a speaker with claims on both sides gives nothing.
#pragma once

#include "loaders/extract/document_result.hpp"

namespace sg::loaders {

// Confidence of a side taken from the speaker's other claims.
inline constexpr double kConsistencyConfidence = 0.4;

void carry_sides_within_document(DocumentResult& doc);

}  // namespace sg::loaders
