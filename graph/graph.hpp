// The typed property graph at the heart of stancegraph.
//
// Nodes are documents, people, organisations, positions and claims; edges say who said a claim,
// which positions it supports or opposes, where people work and where claims stand. The graph
// knows nothing of article text or query syntax: loaders fill it, queries read it.
//
// Properties live in plain vectors indexed by NodeId / EdgeId; Boost.Graph holds only the
// topology (ids), first as a mutable adjacency_list while building, then, after freeze(), as a
// compressed_sparse_row_graph that is smaller and faster to traverse (see graph/README.md for the
// measured bytes per node and edge). Any mutation thaws the graph back to the adjacency_list.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/names.hpp"

namespace sg {

enum class NodeKind : std::uint8_t { Document, Person, Organisation, Position, Claim };
enum class EdgeKind : std::uint8_t { Says, Supports, Opposes, About, MemberOf, PartOf, In };
// How a claim was found: a full quotation, a quoted fragment inside reported speech, reported
// speech without quotation marks, a stance reported by the journalist, a recorded vote, or a
// claim a person coded by hand.
enum class ClaimKind : std::uint8_t { Direct, Partial, Indirect, Reported, Vote, Manual };

std::string_view to_string(NodeKind k);   // "document", "person", "organisation", "position", "claim"
std::string_view to_string(EdgeKind k);   // "says", "supports", "opposes", "about", "member_of", "part_of", "in"
std::string_view to_string(ClaimKind k);  // "direct", "partial", "indirect", "reported", "vote", "manual"
std::optional<NodeKind> node_kind_from(std::string_view s);
std::optional<EdgeKind> edge_kind_from(std::string_view s);
std::optional<ClaimKind> claim_kind_from(std::string_view s);

using NodeId = std::uint32_t;
using EdgeId = std::uint32_t;
inline constexpr NodeId kNoNode = 0xFFFFFFFFu;

// A byte range [start, end) in the original file of a document.
struct Span {
    std::uint64_t start = 0;
    std::uint64_t end = 0;
    friend bool operator==(const Span&, const Span&) = default;
};

// Provenance of a claim.
struct ClaimInfo {
    NodeId document = kNoNode;   // the Document node the claim stands in
    Span span;                   // byte span of the claim text in the document's file
    ClaimKind kind = ClaimKind::Direct;
    bool comment = false;        // a reader's comment below the article
    double confidence = 1.0;     // 0..1, how sure extraction is of the claim and its speaker
    bool manual = false;         // set or corrected by a person (annotations file)
    // The organisation the claim was made for, when a coder or the source recorded it (a DNA
    // statement's "organization"): one person may speak for two bodies, so the speaker's
    // member_of edges cannot say which. kNoNode when not recorded.
    NodeId organisation = kNoNode;
};

// What is known of a document beyond its file name and title: when and where it appeared, the
// slices discourse-network studies cut a corpus by. Empty when unknown; never guessed.
struct DocumentInfo {
    // ISO 8601, UTC: "2014-06-12", or "2014-06-12T09:30:00" when the time is known. Strings
    // of this form sort in time order.
    std::string date;
    std::string source;   // the outlet
    std::string author;
    std::string section;
    std::string type;
    std::string url;
    bool empty() const {
        return date.empty() && source.empty() && author.empty() && section.empty() && type.empty() && url.empty();
    }
    friend bool operator==(const DocumentInfo&, const DocumentInfo&) = default;
};

struct Node {
    NodeKind kind = NodeKind::Person;
    // Stable unique key across builds, e.g. "person:ada-lane", "position:longer-school-day",
    // "doc:000_1f3b.txt", "claim:000_1f3b.txt:1234-1290". Unique in the graph.
    std::string key;
    // Display name: the canonical name of an actor, a position's label, a document's file name,
    // a claim's text.
    std::string name;
    std::vector<std::string> aliases;  // other names this node answers to (not including name)
    // A position's description, a document's title; empty otherwise.
    std::string description;
    ClaimInfo claim;  // meaningful only for kind == Claim
    bool alive = true;  // false once merged into another node; dead nodes are skipped everywhere
    DocumentInfo document;  // meaningful only for kind == Document (last: aggregate inits predate it)
};

// One piece of text that decided a stance edge's side, for a user to check it in the article: its
// role ("cue", "negation", "contrast", "frame", "target", ...; "manual" when a person set the
// stance), the words as written, and their byte span [start, end) in the file of `document`.
struct Evidence {
    std::string role;
    std::string words;
    Span span;
    NodeId document = kNoNode;  // the claim's document, or the article a reported stance stands in
    friend bool operator==(const Evidence&, const Evidence&) = default;
};

struct Edge {
    EdgeKind kind = EdgeKind::Says;
    NodeId from = kNoNode;
    NodeId to = kNoNode;
    std::string role;        // member_of: the role title ("deputy chair"); empty otherwise
    double confidence = 1.0;
    bool manual = false;
    bool alive = true;       // false once removed (merges, annotation corrections)
    // supports / opposes / about: the words that decided the side (empty when none were kept).
    // A claim's stance holds its own; an actor's reported stance gathers those of every
    // sentence that reported it.
    std::vector<Evidence> evidence;
};

class Graph {
public:
    Graph();
    ~Graph();
    Graph(Graph&&) noexcept;
    Graph& operator=(Graph&&) noexcept;
    Graph(const Graph&) = delete;
    Graph& operator=(const Graph&) = delete;

    // Adds a node. Throws std::invalid_argument if a live node already has this key.
    NodeId add_node(Node node);
    // The live node with node.key if there is one (following merges), otherwise adds node.
    NodeId find_or_add(const Node& node);
    // Adds an edge. An identical live edge (same kind, from, to, role) is not duplicated: its id
    // is returned instead. Throws std::out_of_range for a dead or unknown endpoint.
    EdgeId add_edge(NodeId from, NodeId to, EdgeKind kind, std::string role = {},
                    double confidence = 1.0, bool manual = false);
    void remove_edge(EdgeId e);
    // Appends evidence to an edge, skipping items it already holds (a stance reported twice in
    // the same words is one piece of evidence). Throws std::invalid_argument for an item without
    // a role or whose span starts after it ends (nothing is added then).
    void add_evidence(EdgeId e, const std::vector<Evidence>& evidence);
    // Marks a node and its edges dead (annotation "drop claim").
    void remove_node(NodeId n);
    void add_alias(NodeId n, std::string_view alias);
    void rename(NodeId n, std::string name);  // the old name becomes an alias

    // Merges `drop` into `keep`: every edge of drop is re-attached to keep (edges that would
    // become duplicates or self-loops are dropped), drop's name and aliases become aliases of
    // keep, drop is marked dead and its key then resolves to keep.
    void merge(NodeId keep, NodeId drop);

    // --- reading ---
    std::size_t node_count() const;        // live nodes
    std::size_t edge_count() const;       // live edges
    std::size_t node_capacity() const;     // ids handed out (live or dead): iterate 0..capacity
    std::size_t edge_capacity() const;
    const Node& node(NodeId n) const;
    Node& node_mut(NodeId n);              // for properties other than key/name/aliases
    const Edge& edge(EdgeId e) const;
    Edge& edge_mut(EdgeId e);              // for confidence/manual; use add/remove for topology

    // Live out- and in-edges of a node, in insertion order.
    std::vector<EdgeId> out_edges(NodeId n) const;
    std::vector<EdgeId> in_edges(NodeId n) const;
    std::vector<EdgeId> out_edges(NodeId n, EdgeKind kind) const;
    std::vector<EdgeId> in_edges(NodeId n, EdgeKind kind) const;
    // Live nodes of one kind, in id order.
    std::vector<NodeId> nodes_of_kind(NodeKind kind) const;

    // Lookup by key (following merges) and by normalised name or alias.
    std::optional<NodeId> find_key(std::string_view key) const;
    std::vector<NodeId> find_name(std::string_view name) const;  // exact after normalise_name
    std::vector<NodeId> find_name(std::string_view name, NodeKind kind) const;

    // Topology representation (see graph/README.md). Queries call freeze() once after loading.
    void freeze();
    bool frozen() const;

    // Shortest path over live edges in either direction (BFS); empty if none. Returns the edges
    // from `from` to `to` in order.
    std::vector<EdgeId> shortest_path(NodeId from, NodeId to, std::size_t max_length = 64) const;

    // Approximate heap bytes used by the topology alone (for the bench).
    std::size_t topology_bytes() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace sg
