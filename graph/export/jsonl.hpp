// JSON Lines exports read by ../shared/eval/score.py and other tools (one object per line).
// The fields are a contract (see /work/shared/eval/README.md); add fields, never rename them.
#pragma once

#include <ostream>

#include "graph/store/graph_store.hpp"

namespace sg {

// One line per live claim, in id order:
//   {"key", "doc": the document's file name, "speaker": canonical name of the (first) `says`
//    source or null, "speaker_kind": "person"|"organisation"|null, "text", "kind",
//    "span": [start, end), "comment", "confidence", "manual",
//    "positions": [{"id": position key without "position:", "polarity": supports|opposes|about}]}
void write_claims_jsonl(const GraphStore& g, std::ostream& out);

// One line per live person and organisation, in id order:
//   {"key", "name", "kind", "aliases": [...],
//    "affiliations": [{"organisation": name, "role": title or null}] (member_of for people,
//                    part_of for organisations),
//    "claims": number of claims the actor says}
void write_actors_jsonl(const GraphStore& g, std::ostream& out);

}  // namespace sg
