// Why an actor answers to one of its aliases. The build joins the names of one actor by a few
// rules (a title is not part of a name; a surname alone is the person of that surname named in
// full; the end of a longer name; a shorter name or an acronym of a body). The graph keeps the
// names those rules joined, as aliases, not the steps; this reads the rule off the two names, so
// an actor's record (export --format actors-jsonl, "joined") says why each name is there.
#pragma once

#include <string>
#include <string_view>

#include "graph/graph.hpp"

namespace sg {

// The rule by which an actor of `kind` named `name` answers to `alias`, in a sentence.
std::string alias_reason(NodeKind kind, std::string_view name, std::string_view alias);

}  // namespace sg
