// A stance edge's evidence as a list cell (result.hpp Records): what `why does X oppose P` and
// `return e.evidence` show. Each item reads `role "words" [start-end]` (byte offsets in the
// claim's file; `[file.txt:start-end]` for an actor's reported stance, whose evidence may come
// from several articles) and is, in JSON, {"role", "words", "span": [start, end], "document"}.
#pragma once

#include "graph/store/graph_store.hpp"
#include "query/output/result.hpp"

namespace sg::query {

// Words longer than this are shortened in the text (a manual item holds the whole claim); the
// JSON keeps them whole.
inline constexpr std::size_t kEvidenceWordsShown = 40;

Records evidence_records(const GraphStore& g, EdgeId e);

// How a stance edge was found: its claim's kind (direct, indirect, vote ...) for a claim's
// stance, "reported" for an actor's stance reported without a quote ("manual" when a person set
// it); "" for other edges.
std::string stance_source(const GraphStore& g, EdgeId e);

}  // namespace sg::query
