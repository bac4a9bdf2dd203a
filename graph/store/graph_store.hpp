// The read-only graph every query, export and REPL reads: the graph file (`.sg`) mapped into
// memory and used in place, or the same bytes encoded in memory from a Graph (a JSON snapshot, a
// fresh build). Opening costs the header and the section table; a read touches the pages it
// needs and checks each 1 KiB block against its checksum the first time it is read, so a
// statement costs what it touches, not what the graph holds.
//
// The accessors mirror Graph's (graph/graph.hpp) but hand out views: NodeView and EdgeView hold
// string_views into the file, valid as long as the GraphStore lives. Ids are dense: every node
// and edge of a store is live.
//
// A damaged file is refused with sg::FileError naming the file and what is wrong: at open for a
// truncated file, a foreign file, a newer format version or a bad header; on first read of a
// block whose checksum does not match, or of a record that points outside its section.
// One GraphStore may be read from several threads at once (block checks are atomic).
#pragma once

#include <compare>
#include <cstdint>
#include <iterator>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.hpp"

namespace sg::store {

class GraphStore;

// A node's edges as the graph file lists them, read in place. From version 2 each entry packs the
// edge's kind in its top 4 bits (format.hpp), so the edges of one kind are found without reading
// any edge record; iterating gives plain EdgeIds either way.
class EdgeList {
public:
    class iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using iterator_concept = std::random_access_iterator_tag;
        using value_type = EdgeId;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = EdgeId;
        iterator() = default;
        iterator(const std::uint32_t* p, std::uint32_t mask) : p_(p), mask_(mask) {}
        EdgeId operator*() const { return *p_ & mask_; }
        EdgeId operator[](difference_type i) const { return p_[i] & mask_; }
        iterator& operator++() { ++p_; return *this; }
        iterator operator++(int) { iterator t = *this; ++p_; return t; }
        iterator& operator--() { --p_; return *this; }
        iterator operator--(int) { iterator t = *this; --p_; return t; }
        iterator& operator+=(difference_type d) { p_ += d; return *this; }
        iterator& operator-=(difference_type d) { p_ -= d; return *this; }
        friend iterator operator+(iterator i, difference_type d) { return i += d; }
        friend iterator operator+(difference_type d, iterator i) { return i += d; }
        friend iterator operator-(iterator i, difference_type d) { return i -= d; }
        friend difference_type operator-(iterator a, iterator b) { return a.p_ - b.p_; }
        friend bool operator==(iterator a, iterator b) { return a.p_ == b.p_; }
        friend auto operator<=>(iterator a, iterator b) { return a.p_ <=> b.p_; }

    private:
        const std::uint32_t* p_ = nullptr;
        std::uint32_t mask_ = ~std::uint32_t{0};
    };

    EdgeList() = default;
    EdgeList(const std::uint32_t* entries, std::size_t size, bool kinds_packed)
        : entries_(entries), size_(size), packed_(kinds_packed) {}
    iterator begin() const { return {entries_, mask()}; }
    iterator end() const { return {entries_ + size_, mask()}; }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    EdgeId operator[](std::size_t i) const { return entries_[i] & mask(); }
    EdgeId front() const { return (*this)[0]; }
    EdgeId back() const { return (*this)[size_ - 1]; }
    // Whether entries carry their kind, and entry i's kind when they do.
    bool kinds_packed() const { return packed_; }
    std::uint32_t packed_kind(std::size_t i) const { return entries_[i] >> 28; }
    EdgeList part(std::size_t first, std::size_t count) const { return {entries_ + first, count, packed_}; }

private:
    std::uint32_t mask() const { return packed_ ? (std::uint32_t{1} << 28) - 1 : ~std::uint32_t{0}; }
    const std::uint32_t* entries_ = nullptr;
    std::size_t size_ = 0;
    bool packed_ = false;
};

// One actor's claims on one position, as the graph file stores them (format.hpp, TallyRecord):
// claims that are not readers' comments, plus stances reported without a claim.
struct StanceTally {
    NodeId position = kNoNode;
    NodeId actor = kNoNode;
    std::uint32_t supports = 0;   // supports edges of its claims, and reported supports
    std::uint32_t opposes = 0;    // opposes edges, and reported opposes
    std::uint32_t claims = 0;     // distinct claims with any stance edge (about too) to the position
    std::uint32_t documents = 0;  // distinct documents of those claims
};

// One organisation's claims as `count claims by organisation` counts them (format.hpp,
// OrganisationClaimCount).
struct OrganisationClaims {
    NodeId organisation = kNoNode;
    std::uint32_t claims = 0;
};

// A person's or organisation's record (format version 5, format.hpp ActorRecord): what the
// answers show of it beside a tally, and what `order by` its name compares.
struct ActorInfo {
    NodeKind kind = NodeKind::Person;  // Person or Organisation
    // The one organisation its member_of edges lead to; kNoNode when they lead nowhere or to
    // several (several_organisations: the answer joins their names, read from the edges).
    NodeId organisation = kNoNode;
    bool several_organisations = false;
    // Its name's rank among all actors' names as `order by` orders them (ASCII letters lowered,
    // bytes compared): equal names, equal ranks; below actor_count().
    std::uint32_t name_rank = 0;
};

// Finds people's and organisations' records (GraphStore::actor_cursor). Each kind's list of nodes
// is checked once, when the cursor is made; each lookup gallops from where the last one was found
// in that list, so lookups in ascending id order walk each list once (a step or two each), and any
// order is correct.
class ActorCursor {
public:
    std::optional<ActorInfo> find(NodeId n);

private:
    friend class GraphStore;
    explicit ActorCursor(const GraphStore& g);
    const GraphStore* g_ = nullptr;
    std::span<const NodeId> lists_[2];  // the people, the organisations, in id order
    std::size_t at_[2] = {0, 0};
};

// A string read in place from the file: a string_view that also converts to std::string and
// joins with strings by `+`, so code written against Graph's std::string properties reads a
// store unchanged. The view is valid as long as its GraphStore lives.
struct Text : std::string_view {
    constexpr Text() = default;
    constexpr Text(std::string_view s) : std::string_view(s) {}
    operator std::string() const { return std::string(data(), size()); }
    std::string str() const { return std::string(data(), size()); }
    friend std::string operator+(std::string a, Text b) { return a.append(b.data(), b.size()); }
    friend std::string operator+(Text a, const std::string& b) { return a.str() + b; }
    friend std::string operator+(const char* a, Text b) { return std::string(a) + b; }
    friend std::string operator+(Text a, const char* b) { return a.str() + b; }
    friend std::string operator+(Text a, char b) { return a.str() + b; }
    friend std::string operator+(char a, Text b) { return std::string(1, a) + b; }
    friend std::string operator+(Text a, Text b) { return a.str() + b; }
};

// A range of strings (a node's aliases), iterated as string_views.
class StringList {
public:
    class iterator {
    public:
        using value_type = Text;
        using difference_type = std::ptrdiff_t;
        iterator() = default;
        iterator(const StringList* list, std::uint32_t i) : list_(list), i_(i) {}
        Text operator*() const { return (*list_)[i_]; }
        iterator& operator++() { ++i_; return *this; }
        iterator operator++(int) { auto old = *this; ++i_; return old; }
        bool operator==(const iterator& o) const { return i_ == o.i_; }
    private:
        const StringList* list_ = nullptr;
        std::uint32_t i_ = 0;
    };
    StringList() = default;
    StringList(const GraphStore* s, std::uint32_t begin, std::uint32_t count) : s_(s), begin_(begin), count_(count) {}
    std::size_t size() const { return count_; }
    bool empty() const { return count_ == 0; }
    Text operator[](std::size_t i) const;
    iterator begin() const { return {this, 0}; }
    iterator end() const { return {this, count_}; }
private:
    const GraphStore* s_ = nullptr;
    std::uint32_t begin_ = 0, count_ = 0;
};

struct EvidenceView {
    Text role;
    Text words;
    Span span;
    NodeId document = kNoNode;
};

// A stance edge's evidence, iterated as EvidenceViews.
class EvidenceList {
public:
    class iterator {
    public:
        using value_type = EvidenceView;
        using difference_type = std::ptrdiff_t;
        iterator() = default;
        iterator(const EvidenceList* list, std::uint32_t i) : list_(list), i_(i) {}
        EvidenceView operator*() const { return (*list_)[i_]; }
        iterator& operator++() { ++i_; return *this; }
        iterator operator++(int) { auto old = *this; ++i_; return old; }
        bool operator==(const iterator& o) const { return i_ == o.i_; }
    private:
        const EvidenceList* list_ = nullptr;
        std::uint32_t i_ = 0;
    };
    EvidenceList() = default;
    EvidenceList(const GraphStore* s, std::uint32_t begin, std::uint32_t count) : s_(s), begin_(begin), count_(count) {}
    std::size_t size() const { return count_; }
    bool empty() const { return count_ == 0; }
    EvidenceView operator[](std::size_t i) const;
    iterator begin() const { return {this, 0}; }
    iterator end() const { return {this, count_}; }
private:
    const GraphStore* s_ = nullptr;
    std::uint32_t begin_ = 0, count_ = 0;
};

// A document's metadata read in place (graph.hpp's DocumentInfo).
struct DocumentView {
    Text date, source, author, section, type, url;
};

struct NodeView {
    NodeKind kind = NodeKind::Person;
    Text key;
    Text name;
    StringList aliases;
    Text description;
    ClaimInfo claim;  // meaningful only for kind == Claim
    DocumentView document;  // meaningful only for kind == Document
    bool alive = true;  // always: a store holds live nodes only (kept for Graph-like reading)
};

struct EdgeView {
    EdgeKind kind = EdgeKind::Says;
    NodeId from = kNoNode;
    NodeId to = kNoNode;
    Text role;
    double confidence = 1.0;
    bool manual = false;
    bool alive = true;
    EvidenceList evidence;
};

struct OpenOptions {
    // Check the header, the section table and each block (on its first read) against their
    // checksums. Off only for the fuzzer, which must reach the structural checks behind them.
    bool verify_checksums = true;
    // Read the actors' records of a version 5 file (ActorInfo). Off, the store answers as a
    // version 4 file does (the records are still checked for size at open): for the tests that
    // compare the two ways, and for timing one against the other.
    bool actor_records = true;
};

class GraphStore {
public:
    // Maps the file read-only. Throws sg::FileError for an unreadable, truncated, foreign,
    // newer or damaged file.
    static GraphStore open(const std::filesystem::path& path, OpenOptions options = {});
    // Reads a store from bytes already in memory (a copy is kept, aligned); name_for_messages
    // starts every error message.
    static GraphStore from_bytes(std::string_view bytes, const std::string& name_for_messages, OpenOptions options = {});
    // Encodes a graph in memory (live nodes and edges, renumbered densely in id order).
    static GraphStore from_graph(const Graph& g, const std::string& name_for_messages = "graph");

    GraphStore(GraphStore&&) noexcept;
    GraphStore& operator=(GraphStore&&) noexcept;
    ~GraphStore();

    const std::string& name() const;  // the file, for messages
    // Checks every block of every section now (`stancegraph check`, tests); throws FileError.
    void verify() const;
    std::uint64_t file_size() const;

    std::size_t node_count() const;
    std::size_t edge_count() const;
    // Graph-like spelling for loops over every id (every id is live).
    std::size_t node_capacity() const { return node_count(); }
    std::size_t edge_capacity() const { return edge_count(); }

    NodeView node(NodeId n) const;
    EdgeView edge(EdgeId e) const;
    // Parts of a node or edge without reading any string: what scans test most.
    NodeKind kind(NodeId n) const;
    // A node's name (a claim's text) or key alone: the record and that one string, none of the
    // other strings and indexes node() reads (fewer pages touched and checked per row).
    Text name(NodeId n) const;
    Text key(NodeId n) const;
    // Both from one read of the record: a neighbourhood shows each row's kind beside its name,
    // and reading them apart had checked the same record twice (72,000 rows at 10^6 claims).
    struct KindAndName {
        NodeKind kind;
        Text name;
    };
    KindAndName kind_and_name(NodeId n) const;
    // A claim's provenance (defaults for other kinds), from its record alone: without the
    // organisation it was made for, which is claim_organisation (a search of its own section).
    ClaimInfo claim_info(NodeId n) const;
    NodeId claim_organisation(NodeId claim) const;  // kNoNode when it records none
    EdgeKind edge_kind(EdgeId e) const;
    NodeId edge_from(EdgeId e) const;
    NodeId edge_to(EdgeId e) const;
    // The other end of each edge of a list, appended to `ends` in list order: edge_from of each
    // (a node's in-edges) when `from`, else edge_to (its out-edges). The same reads and checks as
    // that loop, with each record prefetched a few entries ahead: a position's in-edges lie pages
    // apart in the file, and a walk over them had waited on each record in turn.
    void edge_ends(const EdgeList& edges, bool from, std::vector<NodeId>& ends) const;
    // A hint that node n's record is read soon (its name, kind): a loop over many nodes gives it a
    // few nodes ahead so that their reads overlap. Reads and checks nothing; any n is harmless.
    void prefetch_node(NodeId n) const;
    // Hints that node n's out-edges will be read soon: its offsets entry (prefetch_out_offsets),
    // then, once that is in cache, the end of its list, where an actor's member_of edges lie
    // (prefetch_out_tail). Nothing is checked or read for the caller; out of range does nothing.
    void prefetch_out_offsets(NodeId n) const;
    void prefetch_out_tail(NodeId n) const;
    // Once the end of n's out-edge list is in cache (prefetch_out_tail): a hint that its last
    // edge's record is read soon (an actor's organisation: its member_of edge comes last).
    void prefetch_last_out_edge(NodeId n) const;
    // Once n's record is in cache (prefetch_node): a hint that its name's bytes are read soon. A
    // name read in place (a view) is read by whoever prints it, in the answer's order, which is
    // not the file's: a loop that reads names in id order gives this so that they are in cache.
    void prefetch_name(NodeId n) const;

    // Out- and in-edges of a node, read in place: grouped by kind (in EdgeKind order), in id
    // order within a kind. The edges of one kind are a binary search away, whatever the degree.
    EdgeList out_edges(NodeId n) const;
    EdgeList in_edges(NodeId n) const;
    EdgeList out_edges(NodeId n, EdgeKind kind) const;
    EdgeList in_edges(NodeId n, EdgeKind kind) const;
    // Nodes of one kind, in id order.
    std::span<const NodeId> nodes_of_kind(NodeKind kind) const;

    // The node a key denotes (a merged-away key resolves to the node it was merged into).
    std::optional<NodeId> find_key(std::string_view key) const;
    // Keys of nodes merged into n (for exports that must keep them resolving).
    std::vector<std::string_view> merged_keys(NodeId n) const;

    // Documents, people, organisations and positions whose name, alias, key, id (the key after
    // "kind:"), document title or file stem has this lookup_form (graph/names.hpp).
    std::span<const NodeId> nodes_named(std::string_view form) const;
    // People whose lookup form's last word is this (one word).
    std::span<const NodeId> people_with_surname(std::string_view word) const;
    // Every form of the name index, in byte order, with its nodes (for "did you mean").
    std::size_t name_form_count() const;
    std::pair<std::string_view, std::span<const NodeId>> name_form(std::size_t i) const;

    // Claims holding every stem of `stems` (words.hpp), in id order; empty when stems is.
    std::vector<NodeId> claims_with_stems(const std::vector<std::string>& stems) const;
    // Claims whose text holds the stems of `phrase` consecutively, in id order.
    std::vector<NodeId> claims_with_phrase(std::string_view phrase) const;

    // Stance tallies per (actor, position), stored by the writer (false for a version 1 file,
    // which has none: statements then count claims themselves). On one position, by actor id;
    // of one actor, by position id.
    bool has_stance_tallies() const;
    std::vector<StanceTally> tallies_on(NodeId position) const;
    std::vector<StanceTally> tallies_of(NodeId actor) const;
    // The actors of the position's tallies whose side is one of `sides`, appended to `actors` in
    // actor id order, with the same checks as tallies_on. A bit per side: kNeitherSide (no claim
    // for or against), kMoreSupports, kMoreOpposes, kBothSidesEqual (as many of each, some). What
    // `who agrees with X` keeps of each of X's positions, read without a StanceTally made and
    // copied for each tally (395,000 at 10^6 claims: most of the statement's memory traffic).
    static constexpr unsigned kNeitherSide = 1, kMoreSupports = 2, kMoreOpposes = 4, kBothSidesEqual = 8;
    void tally_actors_on(NodeId position, unsigned sides, std::vector<NodeId>& actors) const;

    // A position's tallies in the order `who supports P` (supports) or `who opposes P` answers,
    // stored by the writer from format version 4 (false before: the statement then keeps and
    // sorts them itself): those whose side is the one asked or mixed, by that side's count
    // descending, then the actor's name case-insensitively (ASCII, bytewise), then actor id.
    bool has_side_order() const;
    std::vector<StanceTally> tallies_on_side(NodeId position, bool supports) const;

    // Claims per organisation, stored by the writer from format version 3 (false before: the
    // statement then counts claims itself). Claims that are not readers' comments, said by the
    // organisation or by one of its members. By organisation id in a version 3 file; from
    // version 4 in the statement's answer order (organisation_claims_ranked): claims
    // descending, then name case-insensitively (ASCII, bytewise), then organisation id.
    bool has_organisation_claims() const;
    bool organisation_claims_ranked() const;
    std::vector<OrganisationClaims> organisation_claims() const;

    // Per person and organisation, its organisation and its name's rank (ActorInfo), stored by the
    // writer from format version 5 (false before: read the member_of edges, compare the names).
    // A cursor finds nothing in an older file, nor a node that is neither kind.
    bool has_actor_records() const;
    std::size_t actor_count() const;
    ActorCursor actor_cursor() const { return ActorCursor(*this); }
    std::optional<ActorInfo> actor(NodeId n) const { return actor_cursor().find(n); }

    // Shortest path over edges in either direction (BFS); the edges from `from` to `to` in order,
    // empty if none within max_length.
    std::vector<EdgeId> shortest_path(NodeId from, NodeId to, std::size_t max_length = 64) const;

    struct Impl;

private:
    friend class StringList;
    friend class EvidenceList;
    friend class ActorCursor;
    explicit GraphStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// Rebuilds a mutable Graph from a store (for merging, codebook authoring and JSON export).
Graph to_graph(const GraphStore& s);

}  // namespace sg::store

namespace sg {
// The read side of every layer says GraphStore, NodeView, EdgeView.
using store::ActorCursor;
using store::ActorInfo;
using store::EdgeView;
using store::EvidenceView;
using store::GraphStore;
using store::NodeView;
using store::OrganisationClaims;
using store::StanceTally;
}  // namespace sg
