// Names -> graph nodes. A name is looked up, case-insensitively and with titles (Dr, Sir,
// Professor...) ignored (sg::lookup_form, graph/names.hpp), among node ids (the part of the key
// after "kind:"), whole keys, display names, aliases and, for documents, file stems and titles; a
// surname alone finds a person when only one person has it. The index is the graph file's own
// (GraphStore::nodes_named): binding reads a few pages, whatever the graph's size. An unknown
// name gets the closest known names by edit distance (a scan of the index, on errors only).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "graph/store/graph_store.hpp"
#include "query/parse/ast.hpp"

namespace sg::query {

// Levenshtein distance over bytes, for "did you mean".
std::size_t edit_distance(std::string_view a, std::string_view b);

class Binder {
public:
    explicit Binder(const GraphStore& g);

    // The one live node `name` denotes among `kinds`. Throws QueryError at name.offset:
    //   no actor or position named "X"; did you mean: A, B
    //   "X" is an organisation, not a position
    //   "X" is ambiguous: A, B
    NodeId resolve(const Name& name, const std::vector<NodeKind>& kinds) const;
    NodeId actor(const Name& name) const { return resolve(name, {NodeKind::Person, NodeKind::Organisation}); }
    NodeId position(const Name& name) const { return resolve(name, {NodeKind::Position}); }
    NodeId document(const Name& name) const { return resolve(name, {NodeKind::Document}); }

    // Every live node `name` denotes, of any kind (no error).
    std::vector<NodeId> lookup(std::string_view name) const;

    // Names for completion: actor names and aliases, position ids and labels.
    std::vector<std::string> completion_words() const;

    const GraphStore& graph() const { return g_; }

private:
    std::vector<NodeId> candidates(std::string_view form) const;

    const GraphStore& g_;
};

// "person", "organisation", ... with an article for messages: "an organisation".
std::string with_article(NodeKind k);

}  // namespace sg::query
