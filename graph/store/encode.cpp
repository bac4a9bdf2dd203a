// Graph -> graph file bytes (see writer.hpp and format.hpp).
#include "graph/store/writer.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

#include <xxhash.h>

#include "graph/atomic_file.hpp"
#include "graph/names.hpp"
#include "graph/store/format.hpp"
#include "graph/store/words.hpp"

namespace sg::store {
namespace {

constexpr std::size_t kSections = static_cast<std::size_t>(Section::Count);

// A blob of strings; `dedupe` shares repeated strings (roles, evidence roles).
class Blob {
public:
    explicit Blob(bool dedupe) : dedupe_(dedupe) {}
    StrRef add(std::string_view s) {
        if (s.empty()) return 0;
        if (dedupe_ && s.size() <= 64) {
            if (auto it = seen_.find(std::string(s)); it != seen_.end()) return it->second;
        }
        std::uint64_t length = s.size();
        if (length >= kLongString) {
            bytes_.append(reinterpret_cast<const char*>(&length), sizeof length);
            length = kLongString;
        }
        const std::uint64_t offset = bytes_.size();
        if (offset > kMaxBlobOffset) throw std::length_error("graph file: a string section passes 1 TiB");
        bytes_.append(s);
        const StrRef ref = offset | (length << 40);
        if (dedupe_ && s.size() <= 64) seen_.emplace(std::string(s), ref);
        return ref;
    }
    std::string take() { return std::move(bytes_); }

private:
    bool dedupe_;
    std::string bytes_;
    std::unordered_map<std::string, StrRef> seen_;
};

template <typename T>
void put(std::string& out, const T& value) {
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

template <typename T>
std::string as_bytes(const std::vector<T>& v) {
    return std::string(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

void put_leb128(std::string& out, std::uint32_t v) {
    while (v >= 0x80) {
        out.push_back(static_cast<char>((v & 0x7F) | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<char>(v));
}

// Forms of the name index: what the query binder looks names up by (graph/names.hpp).
class NameIndex {
public:
    void add(NodeId n, std::string_view text) {
        std::string form = lookup_form(text);
        if (form.empty()) return;
        auto& v = by_form_[std::move(form)];
        if (std::find(v.begin(), v.end(), n) == v.end()) v.push_back(n);
    }
    void add_surname(NodeId n, std::string_view name) {
        const std::string form = lookup_form(name);
        const auto space = form.rfind(' ');
        if (space == std::string::npos) return;
        auto& v = by_surname_[form.substr(space + 1)];
        if (std::find(v.begin(), v.end(), n) == v.end()) v.push_back(n);
    }
    const std::map<std::string, std::vector<NodeId>>& forms() const { return by_form_; }
    const std::map<std::string, std::vector<NodeId>>& surnames() const { return by_surname_; }

private:
    std::map<std::string, std::vector<NodeId>> by_form_, by_surname_;  // std::map: byte order
};

class Encoder {
public:
    explicit Encoder(const Graph& g) : g_(g) {}

    std::string run() {
        number();
        nodes();
        edges();
        adjacency();
        kinds();
        keys();
        names();
        words();
        tallies();
        organisation_claims();
        actors();
        sections_[idx(Section::Keys)] = keys_.take();
        sections_[idx(Section::Names)] = names_.take();
        sections_[idx(Section::ClaimText)] = text_.take();
        sections_[idx(Section::EvidenceText)] = evidence_text_.take();
        sections_[idx(Section::IndexText)] = index_text_.take();
        return layout();
    }

private:
    static std::size_t idx(Section s) { return static_cast<std::size_t>(s); }

    // Live ids -> dense ids, in id order.
    void number() {
        node_id_.assign(g_.node_capacity(), kNoNode);
        for (NodeId n = 0; n < g_.node_capacity(); ++n)
            if (g_.node(n).alive) {
                node_id_[n] = static_cast<NodeId>(live_nodes_.size());
                live_nodes_.push_back(n);
            }
        for (EdgeId e = 0; e < g_.edge_capacity(); ++e) {
            const Edge& edge = g_.edge(e);
            if (edge.alive && g_.node(edge.from).alive && g_.node(edge.to).alive) live_edges_.push_back(e);
        }
        if (live_nodes_.size() >= kNoNode || live_edges_.size() > kAdjacencyIdMask)
            throw std::length_error("graph file: more than 2^32 - 1 nodes or 2^28 - 1 edges; split the corpus "
                                    "(build --shard) or keep the graph as JSON");
    }

    // The dense id of the live node an old id stands for (following a merge), or kNoNode.
    NodeId live(NodeId old) const {
        if (old == kNoNode || old >= g_.node_capacity()) return kNoNode;
        if (g_.node(old).alive) return node_id_[old];
        const auto target = g_.find_key(g_.node(old).key);
        return target && g_.node(*target).alive ? node_id_[*target] : kNoNode;
    }

    void nodes() {
        std::vector<NodeRecord> records;
        std::vector<StrRef> aliases;
        std::vector<DocumentRecord> documents;
        std::vector<ClaimOrganisation> organisations;
        records.reserve(live_nodes_.size());
        for (NodeId old : live_nodes_) {
            const Node& n = g_.node(old);
            NodeRecord r{};
            r.kind = static_cast<std::uint8_t>(n.kind);
            r.key = keys_.add(n.key);
            key_ref_.push_back(r.key);
            r.name = n.kind == NodeKind::Claim ? text_.add(n.name) : names_.add(n.name);
            r.description = names_.add(n.description);
            r.alias_begin = static_cast<std::uint32_t>(aliases.size());
            r.alias_count = static_cast<std::uint32_t>(n.aliases.size());
            for (const auto& a : n.aliases) aliases.push_back(names_.add(a));
            r.claim_document = kNoNode;
            r.confidence = 1.0;
            if (n.kind == NodeKind::Claim) {
                r.claim_document = live(n.claim.document);
                r.claim_kind = static_cast<std::uint8_t>(n.claim.kind);
                r.flags = static_cast<std::uint8_t>((n.claim.comment ? kFlagComment : 0) | (n.claim.manual ? kFlagManual : 0));
                r.span_start = n.claim.span.start;
                r.span_end = n.claim.span.end;
                r.confidence = n.claim.confidence;
                if (const NodeId org = live(n.claim.organisation); org != kNoNode)
                    organisations.push_back(ClaimOrganisation{static_cast<std::uint32_t>(records.size()), org});
            }
            if (n.kind == NodeKind::Document && !n.document.empty()) {
                const DocumentInfo& d = n.document;
                documents.push_back(DocumentRecord{static_cast<std::uint32_t>(records.size()), 0, names_.add(d.date),
                                                   names_.add(d.source), names_.add(d.author), names_.add(d.section),
                                                   names_.add(d.type), names_.add(d.url)});
            }
            records.push_back(r);
        }
        sections_[idx(Section::Nodes)] = as_bytes(records);
        sections_[idx(Section::DocumentInfo)] = as_bytes(documents);
        sections_[idx(Section::ClaimOrganisations)] = as_bytes(organisations);
        sections_[idx(Section::Aliases)] = as_bytes(aliases);
    }

    void edges() {
        std::vector<EdgeRecord> records;
        std::vector<EvidenceRecord> evidence;
        records.reserve(live_edges_.size());
        for (EdgeId old : live_edges_) {
            const Edge& e = g_.edge(old);
            EdgeRecord r{};
            r.kind = static_cast<std::uint8_t>(e.kind);
            r.flags = e.manual ? kFlagManual : 0;
            r.from = node_id_[e.from];
            r.to = node_id_[e.to];
            r.role = names_.add(e.role);
            r.confidence = e.confidence;
            r.evidence_begin = static_cast<std::uint32_t>(evidence.size());
            r.evidence_count = static_cast<std::uint32_t>(e.evidence.size());
            for (const Evidence& ev : e.evidence)
                evidence.push_back(EvidenceRecord{evidence_text_.add(ev.role), evidence_text_.add(ev.words), ev.span.start,
                                                  ev.span.end, live(ev.document)});
            records.push_back(r);
        }
        sections_[idx(Section::Edges)] = as_bytes(records);
        sections_[idx(Section::Evidence)] = as_bytes(evidence);
    }

    // Both directions in CSR form: a counting sort of edge ids by endpoint keeps id order.
    void adjacency() {
        const std::size_t n = live_nodes_.size();
        auto csr = [&](bool outgoing, Section offsets_section, Section edges_section) {
            std::vector<std::uint32_t> offsets(n + 1, 0), list(live_edges_.size());
            auto end_of = [&](std::size_t e) {
                const Edge& edge = g_.edge(live_edges_[e]);
                return node_id_[outgoing ? edge.from : edge.to];
            };
            for (std::size_t e = 0; e < live_edges_.size(); ++e) ++offsets[end_of(e) + 1];
            for (std::size_t i = 0; i < n; ++i) offsets[i + 1] += offsets[i];
            std::vector<std::uint32_t> fill(offsets.begin(), offsets.end() - 1);
            for (std::size_t e = 0; e < live_edges_.size(); ++e) list[fill[end_of(e)]++] = static_cast<std::uint32_t>(e);
            // Grouped by kind within a node (ids stay in order within a kind): the edges of one
            // kind are then a binary search away (GraphStore::out_edges(n, kind)).
            auto kind_of = [&](std::uint32_t e) { return g_.edge(live_edges_[e]).kind; };
            for (std::size_t i = 0; i < n; ++i)
                std::stable_sort(list.begin() + offsets[i], list.begin() + offsets[i + 1],
                                 [&](std::uint32_t a, std::uint32_t b) { return kind_of(a) < kind_of(b); });
            for (std::uint32_t& e : list) e |= static_cast<std::uint32_t>(kind_of(e)) << kAdjacencyKindShift;
            sections_[idx(offsets_section)] = as_bytes(offsets);
            sections_[idx(edges_section)] = as_bytes(list);
        };
        csr(true, Section::OutOffsets, Section::OutEdges);
        csr(false, Section::InOffsets, Section::InEdges);
    }

    void kinds() {
        constexpr std::size_t kinds = 5;
        std::vector<std::uint32_t> offsets(kinds + 1, 0), list;
        list.reserve(live_nodes_.size());
        for (std::size_t k = 0; k < kinds; ++k) {
            offsets[k] = static_cast<std::uint32_t>(list.size());
            for (NodeId i = 0; i < live_nodes_.size(); ++i)
                if (static_cast<std::size_t>(g_.node(live_nodes_[i]).kind) == k) list.push_back(i);
        }
        offsets[kinds] = static_cast<std::uint32_t>(list.size());
        sections_[idx(Section::KindOffsets)] = as_bytes(offsets);
        sections_[idx(Section::KindNodes)] = as_bytes(list);
    }

    // Every live key, and every key of a node merged away (it resolves to the node it went into).
    void keys() {
        struct Key {
            std::string_view text;
            NodeId node;
            StrRef ref;
        };
        std::vector<Key> all;
        all.reserve(live_nodes_.size());
        for (NodeId i = 0; i < live_nodes_.size(); ++i) all.push_back(Key{g_.node(live_nodes_[i]).key, i, key_ref_[i]});
        std::vector<std::pair<NodeId, std::string_view>> merged;
        for (NodeId old = 0; old < g_.node_capacity(); ++old) {
            const Node& dead = g_.node(old);
            if (dead.alive) continue;
            const auto target = g_.find_key(dead.key);
            if (!target || *target == old || !g_.node(*target).alive || g_.node(*target).key == dead.key) continue;
            merged.emplace_back(node_id_[*target], dead.key);
        }
        std::sort(merged.begin(), merged.end());
        merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
        std::vector<MergedKey> merged_records;
        for (const auto& [node, key] : merged) {
            merged_records.push_back(MergedKey{node, 0, keys_.add(key)});
            all.push_back(Key{key, node, merged_records.back().key});
        }
        std::sort(all.begin(), all.end(), [](const Key& a, const Key& b) { return a.text < b.text; });
        all.erase(std::unique(all.begin(), all.end(), [](const Key& a, const Key& b) { return a.text == b.text; }),
                  all.end());
        std::vector<KeyEntry> entries;
        entries.reserve(all.size());
        for (const Key& k : all) entries.push_back(KeyEntry{k.ref, k.node, 0});
        sections_[idx(Section::KeyIndex)] = as_bytes(entries);
        sections_[idx(Section::MergedKeys)] = as_bytes(merged_records);
    }

    void names() {
        NameIndex index;
        for (NodeKind kind : {NodeKind::Person, NodeKind::Organisation, NodeKind::Position, NodeKind::Document}) {
            for (NodeId i = 0; i < live_nodes_.size(); ++i) {
                const Node& node = g_.node(live_nodes_[i]);
                if (node.kind != kind) continue;
                index.add(i, node.name);
                for (const auto& a : node.aliases) index.add(i, a);
                index.add(i, node.key);
                const auto colon = node.key.find(':');
                if (colon != std::string::npos) index.add(i, std::string_view(node.key).substr(colon + 1));
                if (kind == NodeKind::Document) {
                    if (!node.description.empty()) index.add(i, node.description);
                    const auto dot = node.name.rfind('.');
                    if (dot != std::string::npos && dot > 0) index.add(i, std::string_view(node.name).substr(0, dot));
                }
                if (kind == NodeKind::Person) index.add_surname(i, node.name);
            }
        }
        auto write = [&](const std::map<std::string, std::vector<NodeId>>& m, Section entries_section,
                         Section postings_section) {
            std::vector<IndexEntry> entries;
            std::vector<std::uint32_t> postings;
            for (const auto& [form, nodes] : m) {
                entries.push_back(IndexEntry{index_text_.add(form), static_cast<std::uint32_t>(postings.size()),
                                             static_cast<std::uint32_t>(nodes.size())});
                postings.insert(postings.end(), nodes.begin(), nodes.end());
            }
            sections_[idx(entries_section)] = as_bytes(entries);
            sections_[idx(postings_section)] = as_bytes(postings);
        };
        write(index.forms(), Section::NameIndex, Section::NamePostings);
        write(index.surnames(), Section::SurnameIndex, Section::SurnamePostings);
    }

    // Stem -> the claims whose text holds it, as LEB128 deltas of claim ids.
    void words() {
        std::unordered_map<std::string, std::vector<NodeId>> postings;
        for (NodeId i = 0; i < live_nodes_.size(); ++i) {
            const Node& node = g_.node(live_nodes_[i]);
            if (node.kind != NodeKind::Claim) continue;
            std::vector<std::string> stems = word_stems(node.name);
            std::sort(stems.begin(), stems.end());
            stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
            for (auto& s : stems) postings[std::move(s)].push_back(i);
        }
        std::vector<std::pair<std::string_view, const std::vector<NodeId>*>> sorted;
        sorted.reserve(postings.size());
        for (const auto& [stem, ids] : postings) sorted.emplace_back(stem, &ids);
        std::sort(sorted.begin(), sorted.end());
        std::vector<WordEntry> entries;
        std::string bytes;
        for (const auto& [stem, ids] : sorted) {
            const std::uint64_t start = bytes.size();
            NodeId previous = 0;
            for (NodeId id : *ids) {
                put_leb128(bytes, id - previous);
                previous = id;
            }
            entries.push_back(WordEntry{index_text_.add(stem), start, static_cast<std::uint32_t>(bytes.size() - start),
                                        static_cast<std::uint32_t>(ids->size())});
        }
        sections_[idx(Section::WordIndex)] = as_bytes(entries);
        sections_[idx(Section::WordPostings)] = std::move(bytes);
    }

    // Header, section table, block checksums, then the sections at 8-byte aligned offsets.
    std::string layout() {
        auto align = [](std::uint64_t v) { return (v + 7) & ~std::uint64_t{7}; };
        const std::uint64_t table_offset = sizeof(Header);
        std::array<SectionEntry, kSections> table{};
        std::uint64_t blocks = 0;
        for (std::size_t s = 0; s < kSections; ++s) {
            table[s].id = static_cast<std::uint32_t>(s);
            table[s].element_size = element_size(static_cast<Section>(s));
            table[s].size = sections_[s].size();
            table[s].first_block = blocks;
            blocks += (sections_[s].size() + kBlockBytes - 1) / kBlockBytes;
        }
        const std::uint64_t checksums_offset = align(table_offset + sizeof(table));
        std::uint64_t at = align(checksums_offset + blocks * sizeof(BlockChecksum));
        for (std::size_t s = 0; s < kSections; ++s) {
            table[s].offset = at;
            at = align(at + sections_[s].size());
        }
        std::string out(at, '\0');
        std::vector<BlockChecksum> checksums(blocks);
        for (std::size_t s = 0; s < kSections; ++s) {
            std::memcpy(out.data() + table[s].offset, sections_[s].data(), sections_[s].size());
            for (std::uint64_t b = 0; b * kBlockBytes < sections_[s].size(); ++b) {
                const std::uint64_t len = std::min<std::uint64_t>(kBlockBytes, sections_[s].size() - b * kBlockBytes);
                // Seeded with the block's number, so blocks swapped between places do not pass.
                checksums[table[s].first_block + b] = static_cast<BlockChecksum>(
                    XXH3_64bits_withSeed(sections_[s].data() + b * kBlockBytes, len, table[s].first_block + b));
            }
            sections_[s].clear();
            sections_[s].shrink_to_fit();
        }
        std::memcpy(out.data() + table_offset, table.data(), sizeof(table));
        std::memcpy(out.data() + checksums_offset, checksums.data(), checksums.size() * sizeof(BlockChecksum));
        Header h{};
        std::memcpy(h.magic, kMagic, sizeof kMagic);
        h.version = kFormatVersion;
        h.section_count = static_cast<std::uint32_t>(kSections);
        h.file_size = at;
        h.table_offset = table_offset;
        h.checksums_offset = checksums_offset;
        h.node_count = static_cast<std::uint32_t>(live_nodes_.size());
        h.edge_count = static_cast<std::uint32_t>(live_edges_.size());
        h.table_checksum = XXH3_64bits(table.data(), sizeof(table));
        h.header_checksum = XXH3_64bits(&h, offsetof(Header, header_checksum));
        std::memcpy(out.data(), &h, sizeof h);
        return out;
    }

    // Stance tallies (format.hpp, TallyRecord): what `who supports P` and `stance of X` count,
    // counted here once. Claims: every (says edge, stance edge) pair of a claim that is not a
    // reader's comment, to a position; reported: an actor's own supports / opposes edge.
    void tallies() {
        const std::size_t n = live_nodes_.size();
        auto node_of = [&](NodeId dense) -> const Node& { return g_.node(live_nodes_[dense]); };
        std::vector<std::vector<NodeId>> sayers(n);
        std::vector<NodeId> document(n, kNoNode);
        for (NodeId c = 0; c < n; ++c)
            if (node_of(c).kind == NodeKind::Claim) document[c] = live(node_of(c).claim.document);
        for (EdgeId old : live_edges_) {
            const Edge& e = g_.edge(old);
            const NodeId from = node_id_[e.from], to = node_id_[e.to];
            if (e.kind == EdgeKind::Says) sayers[to].push_back(from);
            // The document a claim's record lacks is its first `in` edge's (as the reader's document_of).
            if (e.kind == EdgeKind::In && node_of(from).kind == NodeKind::Claim && document[from] == kNoNode)
                document[from] = to;
        }
        // One entry per binding the question forms count, sorted into (position, actor) runs.
        struct Binding {
            NodeId position, actor, claim, document;  // claim and document kNoNode when reported
            EdgeKind kind;
        };
        std::vector<Binding> bindings;
        for (EdgeId old : live_edges_) {
            const Edge& e = g_.edge(old);
            if (e.kind != EdgeKind::Supports && e.kind != EdgeKind::Opposes && e.kind != EdgeKind::About) continue;
            const NodeId from = node_id_[e.from], p = node_id_[e.to];
            if (node_of(p).kind != NodeKind::Position) continue;
            const Node& source = node_of(from);
            if (source.kind == NodeKind::Claim) {
                if (source.claim.comment) continue;
                for (NodeId a : sayers[from]) bindings.push_back(Binding{p, a, from, document[from], e.kind});
            } else if ((source.kind == NodeKind::Person || source.kind == NodeKind::Organisation) && e.kind != EdgeKind::About) {
                bindings.push_back(Binding{p, from, kNoNode, kNoNode, e.kind});
            }
        }
        std::sort(bindings.begin(), bindings.end(), [](const Binding& x, const Binding& y) {
            return std::tie(x.position, x.actor, x.claim) < std::tie(y.position, y.actor, y.claim);
        });
        std::vector<TallyRecord> records;
        std::vector<TallyPosition> positions;
        std::vector<TallyOverflowRecord> overflow;
        auto narrow = [](std::uint32_t v) { return static_cast<std::uint16_t>(std::min<std::uint32_t>(v, kTallyOverflow)); };
        std::vector<NodeId> documents;
        for (std::size_t i = 0; i < bindings.size();) {
            const NodeId p = bindings[i].position, a = bindings[i].actor;
            std::uint32_t supports = 0, opposes = 0, claims = 0;
            documents.clear();
            NodeId last_claim = kNoNode;
            for (; i < bindings.size() && bindings[i].position == p && bindings[i].actor == a; ++i) {
                const Binding& b = bindings[i];
                supports += b.kind == EdgeKind::Supports;
                opposes += b.kind == EdgeKind::Opposes;
                if (b.claim != kNoNode && b.claim != last_claim) ++claims;  // sorted: repeats are adjacent
                last_claim = b.claim;
                if (b.document != kNoNode) documents.push_back(b.document);
            }
            std::sort(documents.begin(), documents.end());
            const auto docs = static_cast<std::uint32_t>(std::unique(documents.begin(), documents.end()) - documents.begin());
            const auto index = static_cast<std::uint32_t>(records.size());
            if (positions.empty() || positions.back().position != p) positions.push_back(TallyPosition{p, index});
            records.push_back(TallyRecord{a, narrow(supports), narrow(opposes), narrow(claims), narrow(docs)});
            if (std::max({supports, opposes, claims, docs}) >= kTallyOverflow)
                overflow.push_back(TallyOverflowRecord{index, supports, opposes, claims, docs});
        }
        side_order(records, overflow, positions);
        std::vector<std::uint32_t> by_actor(records.size());
        for (std::uint32_t i = 0; i < by_actor.size(); ++i) by_actor[i] = i;
        std::stable_sort(by_actor.begin(), by_actor.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return records[a].actor < records[b].actor; });
        sections_[idx(Section::StanceTallies)] = as_bytes(records);
        sections_[idx(Section::TallyPositions)] = as_bytes(positions);
        sections_[idx(Section::TallyOverflow)] = as_bytes(overflow);
        sections_[idx(Section::TalliesByActor)] = as_bytes(by_actor);
    }

    // A node's name as `order by` compares names: ASCII letters lowered, bytes compared.
    std::string sort_name(NodeId dense) const {
        std::string s = g_.node(live_nodes_[dense]).name;
        for (char& c : s)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return s;
    }

    // The stance tallies in answer order (format.hpp, TallySideOrder): per position, its
    // supporters and mixed actors by supports, name, id; then its opposers and mixed actors by
    // opposes, name, id.
    void side_order(const std::vector<TallyRecord>& records, const std::vector<TallyOverflowRecord>& overflow,
                    const std::vector<TallyPosition>& positions) {
        std::vector<std::uint32_t> supports(records.size()), opposes(records.size());
        for (std::size_t i = 0; i < records.size(); ++i) {
            supports[i] = records[i].supports;
            opposes[i] = records[i].opposes;
        }
        for (const TallyOverflowRecord& o : overflow) {
            supports[o.record] = o.supports;
            opposes[o.record] = o.opposes;
        }
        std::vector<std::string> names(records.size());
        for (std::size_t i = 0; i < records.size(); ++i) names[i] = sort_name(records[i].actor);
        std::vector<std::uint32_t> order, offsets;
        for (std::size_t k = 0; k < positions.size(); ++k) {
            const std::uint32_t first = positions[k].first;
            const auto end = static_cast<std::uint32_t>(k + 1 < positions.size() ? positions[k + 1].first : records.size());
            for (const bool side_supports : {true, false}) {
                const std::vector<std::uint32_t>& mine = side_supports ? supports : opposes;
                const std::vector<std::uint32_t>& theirs = side_supports ? opposes : supports;
                offsets.push_back(static_cast<std::uint32_t>(order.size()));
                const std::size_t from = order.size();
                for (std::uint32_t i = first; i < end; ++i)
                    if (mine[i] > 0 && mine[i] >= theirs[i]) order.push_back(i);  // the side, or mixed
                std::sort(order.begin() + static_cast<std::ptrdiff_t>(from), order.end(), [&](std::uint32_t x, std::uint32_t y) {
                    if (mine[x] != mine[y]) return mine[x] > mine[y];
                    if (const int c = names[x].compare(names[y])) return c < 0;
                    return records[x].actor < records[y].actor;
                });
            }
        }
        offsets.push_back(static_cast<std::uint32_t>(order.size()));
        sections_[idx(Section::TallySideOrder)] = as_bytes(order);
        sections_[idx(Section::TallySideOffsets)] = as_bytes(offsets);
    }

    // Claims per organisation (format.hpp, OrganisationClaimCount), following the two patterns of
    // `count claims by organisation`: (c:claim)<-[:says]-(k:organisation) and
    // (c:claim)<-[:says]-(s)-[:member_of]->(k); claims that are not readers' comments, each
    // counted once per organisation.
    void organisation_claims() {
        const std::size_t n = live_nodes_.size();
        auto node_of = [&](NodeId dense) -> const Node& { return g_.node(live_nodes_[dense]); };
        std::vector<std::vector<NodeId>> member_of(n);
        for (EdgeId old : live_edges_) {
            const Edge& e = g_.edge(old);
            if (e.kind == EdgeKind::MemberOf) member_of[node_id_[e.from]].push_back(node_id_[e.to]);
        }
        std::vector<std::pair<NodeId, NodeId>> pairs;  // (organisation, claim)
        for (EdgeId old : live_edges_) {
            const Edge& e = g_.edge(old);
            if (e.kind != EdgeKind::Says) continue;
            const NodeId s = node_id_[e.from], c = node_id_[e.to];
            const Node& claim = node_of(c);
            if (claim.kind != NodeKind::Claim || claim.claim.comment) continue;
            if (node_of(s).kind == NodeKind::Organisation) pairs.emplace_back(s, c);
            for (NodeId k : member_of[s]) pairs.emplace_back(k, c);
        }
        std::sort(pairs.begin(), pairs.end());
        pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
        std::vector<OrganisationClaimCount> counts;
        for (const auto& [k, c] : pairs) {
            if (counts.empty() || counts.back().organisation != k) counts.push_back(OrganisationClaimCount{k, 0});
            ++counts.back().claims;
        }
        // In answer order (version 4): claims descending, then name, then id.
        std::vector<std::string> names(counts.size());
        for (std::size_t i = 0; i < counts.size(); ++i) names[i] = sort_name(counts[i].organisation);
        std::vector<std::size_t> order(counts.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
            if (counts[x].claims != counts[y].claims) return counts[x].claims > counts[y].claims;
            if (const int c = names[x].compare(names[y])) return c < 0;
            return counts[x].organisation < counts[y].organisation;
        });
        std::vector<OrganisationClaimCount> ranked;
        ranked.reserve(counts.size());
        for (std::size_t i : order) ranked.push_back(counts[i]);
        sections_[idx(Section::OrganisationClaims)] = as_bytes(ranked);
    }

    // Per person and organisation (format.hpp, ActorRecord): the organisation its member_of edges
    // lead to (as `organisations_of` in query/exec/stances.cpp gathers them: distinct targets in
    // edge order) and the dense rank of its name as `order by` compares names.
    void actors() {
        std::vector<NodeId> actors;
        for (const NodeKind kind : {NodeKind::Person, NodeKind::Organisation})
            for (NodeId i = 0; i < live_nodes_.size(); ++i)
                if (g_.node(live_nodes_[i]).kind == kind) actors.push_back(i);
        std::vector<ActorRecord> records(actors.size(), ActorRecord{kNoNode, 0});
        std::vector<std::uint32_t> index_of(live_nodes_.size(), kNoNode);
        for (std::size_t i = 0; i < actors.size(); ++i) index_of[actors[i]] = static_cast<std::uint32_t>(i);
        for (EdgeId old : live_edges_) {
            const Edge& e = g_.edge(old);
            if (e.kind != EdgeKind::MemberOf) continue;
            const std::uint32_t i = index_of[node_id_[e.from]];
            if (i == kNoNode) continue;
            std::uint32_t& org = records[i].organisation;
            const NodeId to = node_id_[e.to];
            if (org == kNoNode) org = to;
            else if (org != to) org = kSeveralOrganisations;
        }
        std::vector<std::string> names(actors.size());
        for (std::size_t i = 0; i < actors.size(); ++i) names[i] = sort_name(actors[i]);
        std::vector<std::uint32_t> order(actors.size());
        for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) { return names[x] < names[y]; });
        std::uint32_t rank = 0;
        for (std::size_t k = 0; k < order.size(); ++k) {
            if (k > 0 && names[order[k]] != names[order[k - 1]]) ++rank;
            records[order[k]].name_rank = rank;
        }
        sections_[idx(Section::Actors)] = as_bytes(records);
    }

    static std::uint32_t element_size(Section s) {
        switch (s) {
            case Section::Nodes: return sizeof(NodeRecord);
            case Section::Edges: return sizeof(EdgeRecord);
            case Section::Aliases: return sizeof(StrRef);
            case Section::Evidence: return sizeof(EvidenceRecord);
            case Section::KeyIndex: return sizeof(KeyEntry);
            case Section::MergedKeys: return sizeof(MergedKey);
            case Section::NameIndex:
            case Section::SurnameIndex: return sizeof(IndexEntry);
            case Section::WordIndex: return sizeof(WordEntry);
            case Section::DocumentInfo: return sizeof(DocumentRecord);
            case Section::ClaimOrganisations: return sizeof(ClaimOrganisation);
            case Section::StanceTallies: return sizeof(TallyRecord);
            case Section::TallyPositions: return sizeof(TallyPosition);
            case Section::TallyOverflow: return sizeof(TallyOverflowRecord);
            case Section::OrganisationClaims: return sizeof(OrganisationClaimCount);
            case Section::Actors: return sizeof(ActorRecord);
            case Section::TalliesByActor:
            case Section::TallySideOrder:
            case Section::TallySideOffsets:
            case Section::OutOffsets:
            case Section::OutEdges:
            case Section::InOffsets:
            case Section::InEdges:
            case Section::KindOffsets:
            case Section::KindNodes:
            case Section::NamePostings:
            case Section::SurnamePostings: return 4;
            default: return 1;
        }
    }

    const Graph& g_;
    std::vector<NodeId> node_id_;      // old id -> dense id (kNoNode when dead)
    std::vector<NodeId> live_nodes_;   // dense id -> old id
    std::vector<EdgeId> live_edges_;   // dense id -> old id
    std::array<std::string, kSections> sections_;
    std::vector<StrRef> key_ref_;      // dense id -> its key in the Keys blob
    Blob keys_{false}, names_{true}, text_{false}, evidence_text_{true}, index_text_{false};
};

}  // namespace

std::string encode(const Graph& g) { return Encoder(g).run(); }

void save_store(const Graph& g, const std::filesystem::path& path) {
    const std::string bytes = encode(g);
    write_file_atomically(path, [&](std::ostream& out) { out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); });
}

}  // namespace sg::store
