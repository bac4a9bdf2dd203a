// Reading the graph file in place (see graph_store.hpp and format.hpp).
#include "graph/store/graph_store.hpp"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstddef>
#include <bit>
#include <cstring>
#include <deque>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <xxhash.h>

#include "graph/error.hpp"
#include "graph/store/format.hpp"
#include "graph/store/words.hpp"
#include "graph/store/writer.hpp"

namespace sg::store {

std::string_view section_name(Section s) {
    static constexpr std::string_view names[] = {
        "nodes",        "edges",          "aliases",           "evidence",          "out-offsets", "out-edges",
        "in-offsets",   "in-edges",       "kind-offsets",      "kind-nodes",        "key-index",   "merged-keys",
        "name-index",   "name-postings",  "surname-index",     "surname-postings",  "word-index",  "word-postings",
        "keys",         "names",          "claim-text",        "evidence-text",     "index-text",
        "document-info", "claim-organisations", "stance-tallies", "tally-positions", "tally-overflow",
        "tallies-by-actor", "organisation-claims", "tally-side-order", "tally-side-offsets", "actors"};
    const auto i = static_cast<std::size_t>(s);
    return i < std::size(names) ? names[i] : "unknown";
}

namespace {

constexpr std::size_t kSections = static_cast<std::size_t>(Section::Count);

std::string system_reason(int err) { return std::strerror(err); }

// The bytes of the file: a read-only mapping, or an aligned copy in memory.
struct Bytes {
    const unsigned char* data = nullptr;
    std::uint64_t size = 0;
    void* mapping = nullptr;                  // munmap'd when set
    std::unique_ptr<std::uint64_t[]> buffer;  // owned copy (8-byte aligned)
    std::string encoded;                      // or the encoder's own bytes, moved in (see from_graph)
    Bytes() = default;
    Bytes(const Bytes&) = delete;
    Bytes& operator=(const Bytes&) = delete;
    ~Bytes() {
        if (mapping != nullptr) ::munmap(mapping, size);
    }
};

}  // namespace

struct GraphStore::Impl {
    std::string name;
    Bytes bytes;
    bool verify = true;
    Header header{};
    std::array<SectionEntry, kSections> table{};
    std::size_t sections = kSections;  // in this file's version
    bool tallies_stored = true;        // false for a version 1 file
    bool ranked = true;                // answer orders (TallySideOrder, OrganisationClaims): version 4
    bool organisation_claims_stored = true;  // false before version 3
    bool actors_stored = true;         // ActorRecords: version 5 (and OpenOptions::actor_records)
    bool use_actor_records = true;     // OpenOptions::actor_records
    // Where the people and the organisations are in KindNodes (version 5: their ActorRecords are
    // [0, people) and [people, people + organisations)).
    std::uint64_t people_first = 0, people = 0, organisations_first = 0, organisations = 0;
    bool kinds_packed = true;          // adjacency entries carry their edge's kind (version 2)
    const unsigned char* checksums = nullptr;  // BlockChecksum[] (version 1: std::uint64_t[])
    std::uint64_t block_bytes = kBlockBytes;   // per version, as the checksum width
    unsigned block_shift = 10;                 // log2(block_bytes): every read finds its blocks by
                                               // shifts (two 64-bit divisions had been a sixth of
                                               // the instructions of count claims by organisation)
    std::uint64_t block_count = 0;
    // One bit per block: checked already. Atomic, so concurrent readers may share a store.
    std::unique_ptr<std::atomic<std::uint64_t>[]> checked;

    [[noreturn]] void damaged(const std::string& what) const {
        throw FileError(name + ": damaged graph file: " + what);
    }

    // Checks the blocks of section s that hold bytes [from, from + len) of it. Nearly every read
    // is of a few bytes in one block checked already: that case is answered inline (one shift, one
    // load, one test), the rest by check_blocks. Every record, name and list entry a statement
    // reads passes here: 20-odd times per row of `who supports P`, 13 % of its instructions when
    // it was one out-of-line loop (callgrind).
    [[gnu::always_inline]] void check(Section s, std::uint64_t from, std::uint64_t len) const {
        if (!verify || len == 0) return;
        const SectionEntry& e = table[static_cast<std::size_t>(s)];
        const std::uint64_t first = e.first_block + (from >> block_shift);
        if (((from ^ (from + len - 1)) >> block_shift) == 0 &&
            (checked[first / 64].load(std::memory_order_relaxed) >> (first % 64) & 1) != 0)
            return;
        check_blocks(s, from, len);
    }
    [[gnu::noinline]] void check_blocks(Section s, std::uint64_t from, std::uint64_t len) const {
        const SectionEntry& e = table[static_cast<std::size_t>(s)];
        const std::uint64_t last = (from + len - 1) >> block_shift;
        for (std::uint64_t b = from >> block_shift; b <= last; ++b) {
            const std::uint64_t global = e.first_block + b;
            const std::uint64_t bit = std::uint64_t{1} << (global % 64);
            if (checked[global / 64].load(std::memory_order_relaxed) & bit) continue;
            const std::uint64_t start = b * block_bytes;
            const std::uint64_t n = std::min(block_bytes, e.size - start);
            std::uint64_t hash = XXH3_64bits_withSeed(bytes.data + e.offset + start, n, global);
            if (block_bytes != kVersion1BlockBytes) hash = static_cast<BlockChecksum>(hash);
            if (hash != stored_checksum(global))
                damaged("checksum mismatch in section '" + std::string(section_name(s)) + "' (bytes " +
                        std::to_string(e.offset + start) + "-" + std::to_string(e.offset + start + n) + ")");
            checked[global / 64].fetch_or(bit, std::memory_order_relaxed);
        }
    }

    // Block b's checksum as stored: version 2 keeps the hash's low 32 bits.
    std::uint64_t stored_checksum(std::uint64_t b) const {
        if (block_bytes == kVersion1BlockBytes) {
            std::uint64_t sum;
            std::memcpy(&sum, checksums + b * sizeof sum, sizeof sum);
            return sum;
        }
        BlockChecksum sum;
        std::memcpy(&sum, checksums + b * sizeof sum, sizeof sum);
        return sum;
    }
    std::size_t checksum_bytes() const { return block_bytes == kVersion1BlockBytes ? 8 : sizeof(BlockChecksum); }

    std::uint64_t count(Section s, std::size_t element) const {
        return table[static_cast<std::size_t>(s)].size / element;
    }

    // count elements of T starting at index i of section s, bounds-checked and verified. Inlined
    // always: every record read passes here, and when GCC stopped inlining it into name() (a call
    // per row) the version 5 reader had cost 6 % more instructions per `count claims by
    // organisation` than version 4's for the same reads (callgrind).
    template <typename T>
    [[gnu::always_inline]] const T* array(Section s, std::uint64_t i, std::uint64_t n) const {
        const SectionEntry& e = table[static_cast<std::size_t>(s)];
        if (i > e.size / sizeof(T) || n > e.size / sizeof(T) - i)
            damaged("a record points past the end of section '" + std::string(section_name(s)) + "'");
        check(s, i * sizeof(T), n * sizeof(T));
        return reinterpret_cast<const T*>(bytes.data + e.offset) + i;
    }

    // Inlined always too: a walk reads an edge's end and a node's record per row through here,
    // and at -O3 GCC called it out of line (with node_ref and str: a fifth of the instructions of
    // `neighbours of X depth 2` at 10^6 claims, callgrind).
    template <typename T>
    [[gnu::always_inline]] T at(Section s, std::uint64_t i) const {
        T value;
        std::memcpy(&value, array<T>(s, i, 1), sizeof value);
        return value;
    }

    [[gnu::always_inline]] std::string_view str(Section blob, StrRef ref) const {
        std::uint64_t offset = ref & kMaxBlobOffset;
        std::uint64_t length = ref >> 40;
        if (length == 0) return {};
        const SectionEntry& e = table[static_cast<std::size_t>(blob)];
        if (length == kLongString) {
            if (offset < sizeof(std::uint64_t) || offset > e.size) damaged("a long string points outside its section");
            check(blob, offset - sizeof(std::uint64_t), sizeof(std::uint64_t));
            std::memcpy(&length, bytes.data + e.offset + offset - sizeof(std::uint64_t), sizeof length);
        }
        if (offset > e.size || length > e.size - offset)
            damaged("a string points past the end of section '" + std::string(section_name(blob)) + "'");
        check(blob, offset, length);
        return {reinterpret_cast<const char*>(bytes.data + e.offset + offset), static_cast<std::size_t>(length)};
    }

    // A claim's provenance from its record (defaults for other kinds).
    ClaimInfo claim_of(NodeId n, const NodeRecord& r) const {
        ClaimInfo c;
        if (r.kind != static_cast<std::uint8_t>(NodeKind::Claim)) return c;
        if (r.claim_kind > static_cast<std::uint8_t>(ClaimKind::Manual) || r.span_start > r.span_end)
            damaged("claim " + std::to_string(n) + " has an unknown kind or a reversed span");
        c.document = node_ref(r.claim_document, true);
        c.span = Span{r.span_start, r.span_end};
        c.kind = static_cast<ClaimKind>(r.claim_kind);
        c.comment = (r.flags & kFlagComment) != 0;
        c.manual = (r.flags & kFlagManual) != 0;
        c.confidence = r.confidence;
        return c;
    }

    // Sections of records sorted by their leading u32 (a node id, a record number): the
    // index of the first record whose leading u32 is not below `key` (count when none is).
    template <typename T>
    std::uint64_t first_not_below(Section s, std::uint32_t key) const {
        std::uint64_t lo = 0, hi = count(s, sizeof(T));
        while (lo < hi) {
            const std::uint64_t mid = lo + (hi - lo) / 2;
            if (leading_u32<T>(s, mid) < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
    template <typename T>
    std::uint32_t leading_u32(Section s, std::uint64_t i) const {
        std::uint32_t id = 0;
        std::memcpy(&id, array<T>(s, i, 1), sizeof id);
        return id;
    }
    // The record whose leading u32 is `key`, if there is one.
    template <typename T>
    std::optional<T> find_record(Section s, std::uint32_t key) const {
        const std::uint64_t i = first_not_below<T>(s, key);
        if (i == count(s, sizeof(T)) || leading_u32<T>(s, i) != key) return std::nullopt;
        return at<T>(s, i);
    }

    NodeId organisation_of(NodeId claim) const {
        const auto r = find_record<ClaimOrganisation>(Section::ClaimOrganisations, claim);
        return r ? node_ref(r->organisation) : kNoNode;
    }

    [[gnu::always_inline]] NodeId node_ref(std::uint32_t id, bool allow_none = false) const {
        if (id == kNoNode && allow_none) return kNoNode;
        if (id >= header.node_count) damaged("a record names node " + std::to_string(id) + " of " + std::to_string(header.node_count));
        return id;
    }

    // [begin, end) of n's list in a CSR offsets section, validated against the list's length.
    std::pair<std::uint32_t, std::uint32_t> range(Section offsets, Section list, std::uint64_t n) const {
        const std::uint32_t* o = array<std::uint32_t>(offsets, n, 2);
        if (o[0] > o[1] || o[1] > count(list, 4)) damaged("section '" + std::string(section_name(offsets)) + "' is not ordered");
        return {o[0], o[1]};
    }

    std::span<const std::uint32_t> ids(Section offsets, Section list, std::uint64_t n) const {
        const auto [b, e] = range(offsets, list, n);
        const std::uint32_t* p = array<std::uint32_t>(list, b, e - b);
        return {p, e - b};
    }

    // Binary search over sorted entries by their string: the index of the first not less than key.
    template <typename Entry, typename Member>
    std::uint64_t lower_bound(Section entries, Section blob, Member member, std::string_view key) const {
        std::uint64_t lo = 0, hi = count(entries, sizeof(Entry));
        while (lo < hi) {
            const std::uint64_t mid = lo + (hi - lo) / 2;
            if (str(blob, at<Entry>(entries, mid).*member) < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    void load_header() {
        if (bytes.size < sizeof(Header) || std::memcmp(bytes.data, kMagic, sizeof kMagic) != 0) {
            if (bytes.size >= 4 && std::memcmp(bytes.data, kMagic, std::min<std::uint64_t>(bytes.size, sizeof kMagic)) == 0)
                throw FileError(name + ": truncated graph file: " + std::to_string(bytes.size) + " bytes, shorter than its header");
            throw FileError(name + ": not a stancegraph graph file (no \\x89SGF header)");
        }
        std::memcpy(&header, bytes.data, sizeof header);
        if (header.version > kFormatVersion)
            throw FileError(name + ": graph file format version " + std::to_string(header.version) +
                            " is newer than this stancegraph reads (" + std::to_string(kFormatVersion) +
                            "): upgrade stancegraph, or export the graph as JSON with the newer one");
        if (header.version == 0) damaged("format version 0");
        if (verify && XXH3_64bits(&header, offsetof(Header, header_checksum)) != header.header_checksum)
            damaged("header checksum mismatch");
        if (bytes.size < header.file_size)
            throw FileError(name + ": truncated graph file: " + std::to_string(bytes.size) + " bytes of " +
                            std::to_string(header.file_size) + " (was its copy or download cut short?)");
        if (bytes.size > header.file_size) damaged(std::to_string(bytes.size - header.file_size) + " bytes after its end");
        // Sections a later version added are absent (empty) in an older file.
        sections = header.version == 1   ? kVersion1Sections
                   : header.version == 2 ? kVersion2Sections
                   : header.version == 3 ? kVersion3Sections
                   : header.version == 4 ? kVersion4Sections
                                         : kSections;
        if (header.section_count != sections)
            damaged("it has " + std::to_string(header.section_count) + " sections, format version " +
                    std::to_string(header.version) + " has " + std::to_string(sections));
        const std::size_t table_bytes = sections * sizeof(SectionEntry);
        if (header.table_offset != sizeof(Header) || header.table_offset + table_bytes > header.file_size)
            damaged("the section table is out of place");
        std::memcpy(table.data(), bytes.data + header.table_offset, table_bytes);
        if (verify && XXH3_64bits(table.data(), table_bytes) != header.table_checksum)
            damaged("section table checksum mismatch");
        for (std::size_t s = sections; s < kSections; ++s) table[s] = SectionEntry{static_cast<std::uint32_t>(s), 1, 0, 0, 0};
        tallies_stored = header.version >= 2;
        organisation_claims_stored = header.version >= 3;
        ranked = header.version >= 4;
        actors_stored = header.version >= 5;
        kinds_packed = header.version >= 2;
        block_bytes = header.version == 1 ? kVersion1BlockBytes : kBlockBytes;
        static_assert(std::has_single_bit(kBlockBytes) && std::has_single_bit(kVersion1BlockBytes));
        block_shift = static_cast<unsigned>(std::countr_zero(block_bytes));
        std::uint64_t blocks = 0;
        for (std::size_t s = 0; s < sections; ++s) {
            const SectionEntry& e = table[s];
            const std::string what = "section '" + std::string(section_name(static_cast<Section>(s))) + "'";
            if (e.id != s) damaged(what + " is out of order");
            if (e.offset % 8 != 0 || e.offset > header.file_size || e.size > header.file_size - e.offset)
                damaged(what + " lies outside the file");
            if (e.element_size == 0 || e.size % e.element_size != 0) damaged(what + " holds a partial record");
            if (e.first_block != blocks) damaged(what + " has misnumbered checksums");
            blocks += (e.size + block_bytes - 1) / block_bytes;
        }
        block_count = blocks;
        if (header.checksums_offset % 8 != 0 || header.checksums_offset > header.file_size ||
            blocks > (header.file_size - header.checksums_offset) / checksum_bytes())
            damaged("the checksum table lies outside the file");
        checksums = bytes.data + header.checksums_offset;
        checked = std::make_unique<std::atomic<std::uint64_t>[]>(blocks / 64 + 1);
        for (std::size_t s = sections; s < kSections; ++s) table[s].first_block = blocks;
        // The fixed shapes the readers rely on.
        if (count(Section::Nodes, sizeof(NodeRecord)) != header.node_count ||
            count(Section::Edges, sizeof(EdgeRecord)) != header.edge_count)
            damaged("its node or edge count disagrees with its sections");
        if (count(Section::OutOffsets, 4) != std::uint64_t{header.node_count} + 1 ||
            count(Section::InOffsets, 4) != std::uint64_t{header.node_count} + 1 ||
            count(Section::OutEdges, 4) != header.edge_count || count(Section::InEdges, 4) != header.edge_count ||
            count(Section::KindOffsets, 4) != 6 || count(Section::KindNodes, 4) != header.node_count)
            damaged("its adjacency sections do not fit its node and edge counts");
        if (count(Section::StanceTallies, sizeof(TallyRecord)) != count(Section::TalliesByActor, 4) ||
            (count(Section::TallyPositions, sizeof(TallyPosition)) == 0) != (count(Section::TalliesByActor, 4) == 0))
            damaged("its stance tallies and their index by actor differ in length");
        if (ranked && count(Section::TallySideOffsets, 4) != 2 * count(Section::TallyPositions, sizeof(TallyPosition)) + 1)
            damaged("its stance tallies' answer order does not fit its positions");
        if (actors_stored) {
            // One record per person and organisation: the kinds' bounds (24 bytes, one block).
            const std::uint32_t* o = array<std::uint32_t>(Section::KindOffsets, 0, 6);
            const auto person = static_cast<std::size_t>(NodeKind::Person);
            const auto organisation = static_cast<std::size_t>(NodeKind::Organisation);
            if (o[person] > o[person + 1] || o[organisation] > o[organisation + 1] ||
                o[organisation + 1] > header.node_count)
                damaged("section 'kind-offsets' is not ordered");
            people_first = o[person];
            people = o[person + 1] - o[person];
            organisations_first = o[organisation];
            organisations = o[organisation + 1] - o[organisation];
            if (count(Section::Actors, sizeof(ActorRecord)) != people + organisations)
                damaged("section 'actors' holds " + std::to_string(count(Section::Actors, sizeof(ActorRecord))) +
                        " records for " + std::to_string(people + organisations) + " people and organisations");
            actors_stored = use_actor_records;
        }
    }
};

GraphStore::GraphStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
GraphStore::GraphStore(GraphStore&&) noexcept = default;
GraphStore& GraphStore::operator=(GraphStore&&) noexcept = default;
GraphStore::~GraphStore() = default;

GraphStore GraphStore::open(const std::filesystem::path& path, OpenOptions options) {
    auto impl = std::make_unique<Impl>();
    impl->name = path.string();
    impl->verify = options.verify_checksums;
    impl->use_actor_records = options.actor_records;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw FileError(impl->name + ": cannot open: " + system_reason(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        throw FileError(impl->name + ": cannot read: " + system_reason(err));
    }
    if (S_ISDIR(st.st_mode)) {
        ::close(fd);
        throw FileError(impl->name + ": is a directory, not a graph file");
    }
    impl->bytes.size = static_cast<std::uint64_t>(st.st_size);
    if (impl->bytes.size > 0) {
        void* m = ::mmap(nullptr, impl->bytes.size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (m == MAP_FAILED) {
            const int err = errno;
            ::close(fd);
            throw FileError(impl->name + ": cannot map: " + system_reason(err));
        }
        impl->bytes.mapping = m;
        impl->bytes.data = static_cast<const unsigned char*>(m);
    }
    ::close(fd);
    impl->load_header();
    return GraphStore(std::move(impl));
}

GraphStore GraphStore::from_bytes(std::string_view bytes, const std::string& name_for_messages, OpenOptions options) {
    auto impl = std::make_unique<Impl>();
    impl->name = name_for_messages;
    impl->verify = options.verify_checksums;
    impl->use_actor_records = options.actor_records;
    impl->bytes.buffer = std::make_unique<std::uint64_t[]>(bytes.size() / 8 + 1);
    std::memcpy(impl->bytes.buffer.get(), bytes.data(), bytes.size());
    impl->bytes.data = reinterpret_cast<const unsigned char*>(impl->bytes.buffer.get());
    impl->bytes.size = bytes.size();
    impl->load_header();
    return GraphStore(std::move(impl));
}

GraphStore GraphStore::from_graph(const Graph& g, const std::string& name_for_messages) {
    std::string bytes = encode(g);
    // operator new aligns for any fundamental type (16 bytes here): the encoder's bytes are read
    // in place, not copied, so a snapshot is not held twice while it becomes a store.
    if (reinterpret_cast<std::uintptr_t>(bytes.data()) % alignof(std::uint64_t) != 0) return from_bytes(bytes, name_for_messages);
    auto impl = std::make_unique<Impl>();
    impl->name = name_for_messages;
    impl->bytes.encoded = std::move(bytes);
    impl->bytes.data = reinterpret_cast<const unsigned char*>(impl->bytes.encoded.data());
    impl->bytes.size = impl->bytes.encoded.size();
    impl->load_header();
    return GraphStore(std::move(impl));
}

const std::string& GraphStore::name() const { return impl_->name; }

void GraphStore::verify() const {
    for (std::size_t s = 0; s < impl_->sections; ++s) impl_->check(static_cast<Section>(s), 0, impl_->table[s].size);
}
std::uint64_t GraphStore::file_size() const { return impl_->bytes.size; }
std::size_t GraphStore::node_count() const { return impl_->header.node_count; }
std::size_t GraphStore::edge_count() const { return impl_->header.edge_count; }

Text StringList::operator[](std::size_t i) const {
    return s_->impl_->str(Section::Names, s_->impl_->at<StrRef>(Section::Aliases, std::uint64_t{begin_} + i));
}

EvidenceView EvidenceList::operator[](std::size_t i) const {
    const auto& impl = *s_->impl_;
    const auto r = impl.at<EvidenceRecord>(Section::Evidence, std::uint64_t{begin_} + i);
    if (r.start > r.end) impl.damaged("evidence ends before it starts");
    return EvidenceView{impl.str(Section::EvidenceText, r.role), impl.str(Section::EvidenceText, r.words),
                        Span{r.start, r.end}, impl.node_ref(r.document, true)};
}

NodeKind GraphStore::kind(NodeId n) const {
    const auto k = impl_->at<std::uint8_t>(Section::Nodes, std::uint64_t{n} * sizeof(NodeRecord));
    if (k > static_cast<std::uint8_t>(NodeKind::Claim)) impl_->damaged("node " + std::to_string(n) + " has an unknown kind");
    return static_cast<NodeKind>(k);
}

NodeView GraphStore::node(NodeId n) const {
    const Impl& impl = *impl_;
    const auto r = impl.at<NodeRecord>(Section::Nodes, n);
    if (r.kind > static_cast<std::uint8_t>(NodeKind::Claim)) impl.damaged("node " + std::to_string(n) + " has an unknown kind");
    NodeView v;
    v.kind = static_cast<NodeKind>(r.kind);
    v.key = impl.str(Section::Keys, r.key);
    v.name = impl.str(v.kind == NodeKind::Claim ? Section::ClaimText : Section::Names, r.name);
    v.description = impl.str(Section::Names, r.description);
    impl.array<StrRef>(Section::Aliases, r.alias_begin, r.alias_count);  // bounds, once
    v.aliases = StringList(this, r.alias_begin, r.alias_count);
    v.claim = impl.claim_of(n, r);
    if (v.kind == NodeKind::Claim) v.claim.organisation = impl.organisation_of(n);
    if (v.kind == NodeKind::Document) {
        if (const auto d = impl.find_record<DocumentRecord>(Section::DocumentInfo, n)) {
            auto text = [&](StrRef ref) { return Text(impl.str(Section::Names, ref)); };
            v.document = DocumentView{text(d->date), text(d->source), text(d->author), text(d->section), text(d->type),
                                      text(d->url)};
        }
    }
    return v;
}

Text GraphStore::name(NodeId n) const {
    const Impl& impl = *impl_;
    const auto r = impl.at<NodeRecord>(Section::Nodes, n);
    if (r.kind > static_cast<std::uint8_t>(NodeKind::Claim)) impl.damaged("node " + std::to_string(n) + " has an unknown kind");
    return impl.str(r.kind == static_cast<std::uint8_t>(NodeKind::Claim) ? Section::ClaimText : Section::Names, r.name);
}

GraphStore::KindAndName GraphStore::kind_and_name(NodeId n) const {
    const Impl& impl = *impl_;
    const auto r = impl.at<NodeRecord>(Section::Nodes, n);
    if (r.kind > static_cast<std::uint8_t>(NodeKind::Claim)) impl.damaged("node " + std::to_string(n) + " has an unknown kind");
    const bool claim = r.kind == static_cast<std::uint8_t>(NodeKind::Claim);
    return {static_cast<NodeKind>(r.kind), impl.str(claim ? Section::ClaimText : Section::Names, r.name)};
}

Text GraphStore::key(NodeId n) const { return impl_->str(Section::Keys, impl_->at<NodeRecord>(Section::Nodes, n).key); }

EdgeView GraphStore::edge(EdgeId e) const {
    const Impl& impl = *impl_;
    const auto r = impl.at<EdgeRecord>(Section::Edges, e);
    if (r.kind > static_cast<std::uint8_t>(EdgeKind::In)) impl.damaged("edge " + std::to_string(e) + " has an unknown kind");
    EdgeView v;
    v.kind = static_cast<EdgeKind>(r.kind);
    v.from = impl.node_ref(r.from);
    v.to = impl.node_ref(r.to);
    v.role = impl.str(Section::Names, r.role);
    v.confidence = r.confidence;
    v.manual = (r.flags & kFlagManual) != 0;
    impl.array<EvidenceRecord>(Section::Evidence, r.evidence_begin, r.evidence_count);  // bounds, once
    v.evidence = EvidenceList(this, r.evidence_begin, r.evidence_count);
    return v;
}

EdgeList GraphStore::out_edges(NodeId n) const {
    impl_->node_ref(n);
    const auto ids = impl_->ids(Section::OutOffsets, Section::OutEdges, n);
    return EdgeList(ids.data(), ids.size(), impl_->kinds_packed);
}

EdgeList GraphStore::in_edges(NodeId n) const {
    impl_->node_ref(n);
    const auto ids = impl_->ids(Section::InOffsets, Section::InEdges, n);
    return EdgeList(ids.data(), ids.size(), impl_->kinds_packed);
}

namespace {

// The edges of one kind in a node's list (sorted by kind, then id): two binary searches, over the
// kinds packed in the entries (version 2) or, in a version 1 file, the edges' records.
EdgeList of_kind(const GraphStore& g, EdgeList list, EdgeKind kind) {
    const auto k = static_cast<std::uint32_t>(kind);
    auto kind_at = [&](std::size_t i) {
        return list.kinds_packed() ? list.packed_kind(i) : static_cast<std::uint32_t>(g.edge_kind(list[i]));
    };
    // The first entry whose kind is k or more, found by galloping from the end of the list, then
    // a binary search in the last step: a speaker's list is thousands of `says` followed by a
    // `member_of` or two, and its organisation (`who supports P`, `who agrees with X`, a row each)
    // is then read from the list's last cache line instead of a dozen scattered ones.
    auto first_from = [&](std::uint32_t kind) {
        std::size_t hi = list.size(), step = 1;  // every entry from hi on is of kind `kind` or more
        std::size_t lo = 0;
        while (hi > 0) {
            const std::size_t probe = hi > step ? hi - step : 0;
            if (kind_at(probe) < kind) {
                lo = probe + 1;
                break;
            }
            hi = probe;
            step *= 2;
        }
        while (lo < hi) {  // the answer is in [lo, hi]
            const std::size_t mid = lo + (hi - lo) / 2;
            if (kind_at(mid) < kind) lo = mid + 1;
            else hi = mid;
        }
        return hi;
    };
    if (list.empty() || kind_at(list.size() - 1) < k || kind_at(0) > k) return list.part(0, 0);
    const std::size_t end = first_from(k + 1);
    const std::size_t begin = k == 0 || kind_at(0) >= k ? 0 : first_from(k);
    return list.part(begin, end - begin);
}

}  // namespace

EdgeList GraphStore::out_edges(NodeId n, EdgeKind kind) const { return of_kind(*this, out_edges(n), kind); }
EdgeList GraphStore::in_edges(NodeId n, EdgeKind kind) const { return of_kind(*this, in_edges(n), kind); }

EdgeKind GraphStore::edge_kind(EdgeId e) const {
    const auto k = impl_->at<std::uint8_t>(Section::Edges, std::uint64_t{e} * sizeof(EdgeRecord) + offsetof(EdgeRecord, kind));
    if (k > static_cast<std::uint8_t>(EdgeKind::In)) impl_->damaged("edge " + std::to_string(e) + " has an unknown kind");
    return static_cast<EdgeKind>(k);
}

NodeId GraphStore::edge_from(EdgeId e) const {
    return impl_->node_ref(impl_->at<std::uint32_t>(Section::Edges, (std::uint64_t{e} * sizeof(EdgeRecord) + offsetof(EdgeRecord, from)) / 4));
}

NodeId GraphStore::edge_to(EdgeId e) const {
    return impl_->node_ref(impl_->at<std::uint32_t>(Section::Edges, (std::uint64_t{e} * sizeof(EdgeRecord) + offsetof(EdgeRecord, to)) / 4));
}

void GraphStore::edge_ends(const EdgeList& edges, bool from, std::vector<NodeId>& ends) const {
    constexpr std::size_t kAhead = 16;  // records in flight: enough to cover a miss to memory
    const SectionEntry& section = impl_->table[static_cast<std::size_t>(Section::Edges)];
    const unsigned char* records = impl_->bytes.data + section.offset;
    const std::uint64_t count = section.size / sizeof(EdgeRecord);
    const std::size_t field = from ? offsetof(EdgeRecord, from) : offsetof(EdgeRecord, to);
    // Written in place (no capacity test per end) and read as edge_from / edge_to read, inline:
    // the same bounds, block and node checks.
    const std::size_t base = ends.size();
    ends.resize(base + edges.size());
    NodeId* out = ends.data() + base;
    const Impl& impl = *impl_;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        if (i + kAhead < edges.size() && edges[i + kAhead] < count)  // a hint only: the read below checks
            __builtin_prefetch(records + std::uint64_t{edges[i + kAhead]} * sizeof(EdgeRecord) + field);
        out[i] = impl.node_ref(impl.at<std::uint32_t>(Section::Edges, (std::uint64_t{edges[i]} * sizeof(EdgeRecord) + field) / 4));
    }
}

void GraphStore::prefetch_node(NodeId n) const {
    const SectionEntry& section = impl_->table[static_cast<std::size_t>(Section::Nodes)];
    if (n < section.size / sizeof(NodeRecord))
        __builtin_prefetch(impl_->bytes.data + section.offset + std::uint64_t{n} * sizeof(NodeRecord));
}

void GraphStore::prefetch_out_offsets(NodeId n) const {
    const SectionEntry& section = impl_->table[static_cast<std::size_t>(Section::OutOffsets)];
    if (std::uint64_t{n} + 1 < section.size / 4) __builtin_prefetch(impl_->bytes.data + section.offset + std::uint64_t{n + 1} * 4);
}

void GraphStore::prefetch_out_tail(NodeId n) const {
    const SectionEntry& offsets = impl_->table[static_cast<std::size_t>(Section::OutOffsets)];
    const SectionEntry& list = impl_->table[static_cast<std::size_t>(Section::OutEdges)];
    if (std::uint64_t{n} + 1 >= offsets.size / 4) return;
    std::uint32_t end;  // unchecked: only an address to prefetch, bounded by the section
    std::memcpy(&end, impl_->bytes.data + offsets.offset + std::uint64_t{n + 1} * 4, sizeof end);
    if (end > 0 && end <= list.size / 4) __builtin_prefetch(impl_->bytes.data + list.offset + std::uint64_t{end - 1} * 4);
}

void GraphStore::prefetch_last_out_edge(NodeId n) const {
    const SectionEntry& offsets = impl_->table[static_cast<std::size_t>(Section::OutOffsets)];
    const SectionEntry& list = impl_->table[static_cast<std::size_t>(Section::OutEdges)];
    const SectionEntry& edges = impl_->table[static_cast<std::size_t>(Section::Edges)];
    if (std::uint64_t{n} + 1 >= offsets.size / 4) return;
    std::uint32_t end, entry;  // unchecked: only an address to prefetch, bounded by the sections
    std::memcpy(&end, impl_->bytes.data + offsets.offset + std::uint64_t{n + 1} * 4, sizeof end);
    if (end == 0 || end > list.size / 4) return;
    std::memcpy(&entry, impl_->bytes.data + list.offset + std::uint64_t{end - 1} * 4, sizeof entry);
    const std::uint64_t e = impl_->kinds_packed ? entry & ((std::uint32_t{1} << 28) - 1) : entry;
    if (e < edges.size / sizeof(EdgeRecord))
        __builtin_prefetch(impl_->bytes.data + edges.offset + e * sizeof(EdgeRecord) + offsetof(EdgeRecord, to));
}

void GraphStore::prefetch_name(NodeId n) const {
    const SectionEntry& nodes = impl_->table[static_cast<std::size_t>(Section::Nodes)];
    if (n >= nodes.size / sizeof(NodeRecord)) return;
    const unsigned char* record = impl_->bytes.data + nodes.offset + std::uint64_t{n} * sizeof(NodeRecord);
    std::uint8_t kind;  // unchecked, as above
    StrRef ref;
    std::memcpy(&kind, record + offsetof(NodeRecord, kind), sizeof kind);
    std::memcpy(&ref, record + offsetof(NodeRecord, name), sizeof ref);
    const SectionEntry& text =
        impl_->table[static_cast<std::size_t>(kind == static_cast<std::uint8_t>(NodeKind::Claim) ? Section::ClaimText : Section::Names)];
    const std::uint64_t offset = ref & kMaxBlobOffset;
    if (offset < text.size) __builtin_prefetch(impl_->bytes.data + text.offset + offset);
}

ClaimInfo GraphStore::claim_info(NodeId n) const { return impl_->claim_of(n, impl_->at<NodeRecord>(Section::Nodes, n)); }

NodeId GraphStore::claim_organisation(NodeId claim) const { return impl_->organisation_of(claim); }

std::span<const NodeId> GraphStore::nodes_of_kind(NodeKind kind) const {
    return impl_->ids(Section::KindOffsets, Section::KindNodes, static_cast<std::uint64_t>(kind));
}

bool GraphStore::has_stance_tallies() const { return impl_->tallies_stored; }

bool GraphStore::has_organisation_claims() const { return impl_->organisation_claims_stored; }

bool GraphStore::organisation_claims_ranked() const { return impl_->ranked; }

bool GraphStore::has_side_order() const { return impl_->ranked; }

std::vector<OrganisationClaims> GraphStore::organisation_claims() const {
    const Impl& impl = *impl_;
    const std::uint64_t n = impl.count(Section::OrganisationClaims, sizeof(OrganisationClaimCount));
    std::vector<OrganisationClaims> out;
    out.reserve(n);
    if (n == 0) return out;
    const OrganisationClaimCount* r = impl.array<OrganisationClaimCount>(Section::OrganisationClaims, 0, n);
    for (std::uint64_t i = 0; i < n; ++i) {
        // Version 3: by organisation; version 4: by claims descending (names and ids order ties).
        if (i > 0 && (impl.ranked ? r[i].claims > r[i - 1].claims : r[i].organisation <= r[i - 1].organisation))
            impl.damaged("section 'organisation-claims' is not ordered");
        out.push_back(OrganisationClaims{impl.node_ref(r[i].organisation), r[i].claims});
    }
    return out;
}

namespace {

// The index of the TallyPositions entry whose records hold record i (the last entry whose first
// is not after it).
std::uint64_t tally_position_of(const GraphStore::Impl& impl, std::uint64_t i) {
    std::uint64_t lo = 0, hi = impl.count(Section::TallyPositions, sizeof(TallyPosition));
    while (lo < hi) {
        const std::uint64_t mid = lo + (hi - lo) / 2;
        if (impl.at<TallyPosition>(Section::TallyPositions, mid).first <= i) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) impl.damaged("a stance tally lies before the first position's");
    return lo - 1;
}

// Record i of StanceTallies, for `position`, with its counts in full.
StanceTally read_tally(const GraphStore::Impl& impl, std::uint64_t i, NodeId position) {
    const auto r = impl.at<TallyRecord>(Section::StanceTallies, i);
    StanceTally t{impl.node_ref(position), impl.node_ref(r.actor), r.supports, r.opposes, r.claims, r.documents};
    if (r.supports == kTallyOverflow || r.opposes == kTallyOverflow || r.claims == kTallyOverflow ||
        r.documents == kTallyOverflow) {
        const auto o = impl.find_record<TallyOverflowRecord>(Section::TallyOverflow, static_cast<std::uint32_t>(i));
        if (!o) impl.damaged("a stance tally's large counts are missing");
        t.supports = o->supports;
        t.opposes = o->opposes;
        t.claims = o->claims;
        t.documents = o->documents;
    }
    return t;
}

// [first, end) of position entry k's records.
std::pair<std::uint64_t, std::uint64_t> tally_range(const GraphStore::Impl& impl, std::uint64_t k) {
    const std::uint64_t entries = impl.count(Section::TallyPositions, sizeof(TallyPosition));
    const std::uint64_t records = impl.count(Section::StanceTallies, sizeof(TallyRecord));
    const std::uint64_t first = impl.at<TallyPosition>(Section::TallyPositions, k).first;
    const std::uint64_t end = k + 1 < entries ? impl.at<TallyPosition>(Section::TallyPositions, k + 1).first : records;
    if (first > end || end > records) impl.damaged("section 'tally-positions' is not ordered");
    return {first, end};
}

}  // namespace

std::vector<StanceTally> GraphStore::tallies_on(NodeId position) const {
    const Impl& impl = *impl_;
    const std::uint64_t k = impl.first_not_below<TallyPosition>(Section::TallyPositions, position);
    std::vector<StanceTally> out;
    if (k == impl.count(Section::TallyPositions, sizeof(TallyPosition)) ||
        impl.leading_u32<TallyPosition>(Section::TallyPositions, k) != position)
        return out;
    const auto [first, end] = tally_range(impl, k);
    // The position's records bounds-checked and verified as one range, then read in place: `who
    // agrees with X` reads 395,000 tallies on 152 positions at 10^6 claims, and a check per
    // record had been a third of reading them (callgrind). The counts and the actor are checked
    // per record as read_tally does.
    const TallyRecord* records = impl.array<TallyRecord>(Section::StanceTallies, first, end - first);
    const NodeId p = impl.node_ref(position);
    out.resize(end - first);
    for (std::uint64_t i = first; i < end; ++i) {
        TallyRecord r;
        std::memcpy(&r, records + (i - first), sizeof r);
        if (r.supports == kTallyOverflow || r.opposes == kTallyOverflow || r.claims == kTallyOverflow ||
            r.documents == kTallyOverflow) {
            out[i - first] = read_tally(impl, i, position);
            continue;
        }
        out[i - first] = StanceTally{p, impl.node_ref(r.actor), r.supports, r.opposes, r.claims, r.documents};
    }
    return out;
}

void GraphStore::tally_actors_on(NodeId position, unsigned sides, std::vector<NodeId>& actors) const {
    const Impl& impl = *impl_;
    const std::uint64_t k = impl.first_not_below<TallyPosition>(Section::TallyPositions, position);
    if (k == impl.count(Section::TallyPositions, sizeof(TallyPosition)) ||
        impl.leading_u32<TallyPosition>(Section::TallyPositions, k) != position)
        return;
    const auto [first, end] = tally_range(impl, k);
    const TallyRecord* records = impl.array<TallyRecord>(Section::StanceTallies, first, end - first);
    impl.node_ref(position);
    auto side_bit = [](std::uint32_t supports, std::uint32_t opposes) {
        if (supports == 0 && opposes == 0) return kNeitherSide;
        return supports > opposes ? kMoreSupports : opposes > supports ? kMoreOpposes : kBothSidesEqual;
    };
    // Every actor is written at the end of the list and kept by counting it or not, without a
    // branch: whether a tally's side is kept is as good as random from one record to the next
    // (`who agrees with X` keeps about half of 395,000 at 10^6 claims), and a branch on it was
    // mispredicted about as often (perf: most of this loop's time).
    static_assert(kNeitherSide == 1 && kMoreSupports == 2 && kMoreOpposes == 4 && kBothSidesEqual == 8);
    auto side_bit_of = [](std::uint32_t supports, std::uint32_t opposes) {
        const unsigned none = (supports | opposes) == 0, more = supports > opposes, fewer = supports < opposes;
        return none | more << 1 | fewer << 2 | (1u - none - more - fewer) << 3;  // the last: equal, some
    };
    const std::size_t base = actors.size();
    actors.resize(base + (end - first));
    NodeId* out = actors.data() + base;
    std::size_t kept = 0;
    static_assert(offsetof(TallyRecord, supports) == 4 && sizeof(TallyRecord) == 12);
    for (std::uint64_t i = first; i < end; ++i) {
        TallyRecord r;
        std::memcpy(&r, records + (i - first), sizeof r);
        std::uint64_t counts;  // the four 16-bit counts as one number (format.hpp)
        std::memcpy(&counts, reinterpret_cast<const unsigned char*>(records + (i - first)) + 4, sizeof counts);
        if (any_tally_count_overflows(counts)) {
            const StanceTally t = read_tally(impl, i, position);  // the counts in full
            if ((sides & side_bit(t.supports, t.opposes)) != 0) out[kept++] = t.actor;
            continue;
        }
        out[kept] = impl.node_ref(r.actor);
        kept += (sides & side_bit_of(r.supports, r.opposes)) != 0;
    }
    actors.resize(base + kept);
}

std::vector<StanceTally> GraphStore::tallies_on_side(NodeId position, bool supports) const {
    const Impl& impl = *impl_;
    std::vector<StanceTally> out;
    if (!impl.ranked) return out;
    const std::uint64_t k = impl.first_not_below<TallyPosition>(Section::TallyPositions, position);
    if (k == impl.count(Section::TallyPositions, sizeof(TallyPosition)) ||
        impl.leading_u32<TallyPosition>(Section::TallyPositions, k) != position)
        return out;
    const auto [first, end] = tally_range(impl, k);
    const std::uint64_t list = 2 * k + (supports ? 0 : 1);
    const std::uint64_t from = impl.at<std::uint32_t>(Section::TallySideOffsets, list);
    const std::uint64_t to = impl.at<std::uint32_t>(Section::TallySideOffsets, list + 1);
    if (from > to || to > impl.count(Section::TallySideOrder, 4)) impl.damaged("section 'tally-side-offsets' is not ordered");
    out.reserve(to - from);
    const std::uint32_t* order = impl.array<std::uint32_t>(Section::TallySideOrder, from, to - from);
    for (std::uint64_t i = 0; i < to - from; ++i) {
        // Each index must be one of the position's own records: a forged file gets an error.
        if (order[i] < first || order[i] >= end) impl.damaged("a tally in section 'tally-side-order' is not its position's");
        out.push_back(read_tally(impl, order[i], position));
    }
    return out;
}

std::vector<StanceTally> GraphStore::tallies_of(NodeId actor) const {
    const Impl& impl = *impl_;
    const std::uint64_t n = impl.count(Section::TalliesByActor, 4);
    auto record_at = [&](std::uint64_t i) {
        const std::uint32_t k = impl.at<std::uint32_t>(Section::TalliesByActor, i);
        return std::pair{k, impl.at<TallyRecord>(Section::StanceTallies, k).actor};
    };
    std::uint64_t lo = 0, hi = n;
    while (lo < hi) {
        const std::uint64_t mid = lo + (hi - lo) / 2;
        if (record_at(mid).second < actor) lo = mid + 1;
        else hi = mid;
    }
    std::vector<StanceTally> out;
    for (; lo < n; ++lo) {
        const auto [k, a] = record_at(lo);
        if (a != actor) break;
        const NodeId position = impl.at<TallyPosition>(Section::TallyPositions, tally_position_of(impl, k)).position;
        out.push_back(read_tally(impl, k, position));
    }
    return out;
}

bool GraphStore::has_actor_records() const { return impl_->actors_stored; }

std::size_t GraphStore::actor_count() const { return impl_->people + impl_->organisations; }

ActorCursor::ActorCursor(const GraphStore& g) : g_(&g) {
    if (!g.has_actor_records()) return;
    // Checked as wholes here (the people's list is 400 KB at 10^6 claims): each lookup then reads
    // them in place, with no check per probe.
    lists_[0] = g.nodes_of_kind(NodeKind::Person);
    lists_[1] = g.nodes_of_kind(NodeKind::Organisation);
}

namespace {

// The index of node n in `list` (ascending), or list.size() when it is not there: galloping from
// `at` (the last found, then updated), so that lookups in ascending order walk the list once; a
// binary search in the last step.
std::size_t find_sorted(std::span<const NodeId> list, NodeId n, std::size_t& at) {
    const std::size_t count = list.size();
    if (count == 0) return 0;
    const std::size_t h = std::min(at, count - 1);
    if (list[h] == n) return h;
    std::size_t lo = 0, hi = 0;  // the first index whose id is not below n is in [lo, hi]
    if (list[h] < n) {
        std::size_t below = h;
        for (std::size_t step = 1;; step *= 2) {
            const std::size_t probe = h + step;
            if (probe >= count) {
                hi = count;
                break;
            }
            if (list[probe] >= n) {
                hi = probe;
                break;
            }
            below = probe;
        }
        lo = below + 1;
    } else {
        std::size_t above = h;
        for (std::size_t step = 1;; step *= 2) {
            if (step > h) {
                lo = 0;
                break;
            }
            const std::size_t probe = h - step;
            if (list[probe] < n) {
                lo = probe + 1;
                break;
            }
            above = probe;
        }
        hi = above;
    }
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (list[mid] < n) lo = mid + 1;
        else hi = mid;
    }
    if (lo < count) at = lo;
    return lo < count && list[lo] == n ? lo : count;
}

}  // namespace

std::optional<ActorInfo> ActorCursor::find(NodeId n) {
    if (lists_[0].empty() && lists_[1].empty()) return std::nullopt;
    const GraphStore::Impl& impl = *g_->impl_;
    ActorInfo info;
    std::uint64_t i = find_sorted(lists_[0], n, at_[0]);
    if (i < lists_[0].size()) {
        info.kind = NodeKind::Person;
    } else {
        i = find_sorted(lists_[1], n, at_[1]);
        if (i >= lists_[1].size()) return std::nullopt;
        info.kind = NodeKind::Organisation;
        i += lists_[0].size();
    }
    // i is below the section's record count (one per person and organisation, checked at open):
    // the block check alone, inline (the general bounds-checked read had been a third of a lookup).
    ActorRecord r;
    impl.check(Section::Actors, i * sizeof r, sizeof r);
    std::memcpy(&r, impl.bytes.data + impl.table[static_cast<std::size_t>(Section::Actors)].offset + i * sizeof r, sizeof r);
    if (r.name_rank >= impl.people + impl.organisations) impl.damaged("a name rank in section 'actors' is out of range");
    if (r.organisation == kSeveralOrganisations) info.several_organisations = true;
    else if (r.organisation != kNoNode && r.organisation >= impl.header.node_count)
        impl.damaged("an organisation in section 'actors' is node " + std::to_string(r.organisation) + " of " +
                     std::to_string(impl.header.node_count));
    else info.organisation = r.organisation;
    info.name_rank = r.name_rank;
    return info;
}

std::optional<NodeId> GraphStore::find_key(std::string_view key) const {
    const Impl& impl = *impl_;
    const std::uint64_t i = impl.lower_bound<KeyEntry>(Section::KeyIndex, Section::Keys, &KeyEntry::key, key);
    if (i == impl.count(Section::KeyIndex, sizeof(KeyEntry))) return std::nullopt;
    const auto entry = impl.at<KeyEntry>(Section::KeyIndex, i);
    if (impl.str(Section::Keys, entry.key) != key) return std::nullopt;
    return impl.node_ref(entry.node);
}

std::vector<std::string_view> GraphStore::merged_keys(NodeId n) const {
    const Impl& impl = *impl_;
    std::uint64_t lo = impl.first_not_below<MergedKey>(Section::MergedKeys, n);
    std::vector<std::string_view> out;
    for (; lo < impl.count(Section::MergedKeys, sizeof(MergedKey)); ++lo) {
        const auto m = impl.at<MergedKey>(Section::MergedKeys, lo);
        if (m.node != n) break;
        out.push_back(impl.str(Section::Keys, m.key));
    }
    return out;
}

namespace {

std::span<const NodeId> postings_of(const GraphStore::Impl& impl, Section index, Section postings, std::string_view form) {
    const std::uint64_t i = impl.lower_bound<IndexEntry>(index, Section::IndexText, &IndexEntry::form, form);
    if (i == impl.count(index, sizeof(IndexEntry))) return {};
    const auto entry = impl.at<IndexEntry>(index, i);
    if (impl.str(Section::IndexText, entry.form) != form) return {};
    const std::uint32_t* p = impl.array<std::uint32_t>(postings, entry.postings_begin, entry.postings_count);
    for (std::uint32_t k = 0; k < entry.postings_count; ++k) impl.node_ref(p[k]);
    return {p, entry.postings_count};
}

}  // namespace

std::span<const NodeId> GraphStore::nodes_named(std::string_view form) const {
    return postings_of(*impl_, Section::NameIndex, Section::NamePostings, form);
}

std::span<const NodeId> GraphStore::people_with_surname(std::string_view word) const {
    return postings_of(*impl_, Section::SurnameIndex, Section::SurnamePostings, word);
}

std::size_t GraphStore::name_form_count() const { return impl_->count(Section::NameIndex, sizeof(IndexEntry)); }

std::pair<std::string_view, std::span<const NodeId>> GraphStore::name_form(std::size_t i) const {
    const Impl& impl = *impl_;
    const auto entry = impl.at<IndexEntry>(Section::NameIndex, i);
    const std::uint32_t* p = impl.array<std::uint32_t>(Section::NamePostings, entry.postings_begin, entry.postings_count);
    for (std::uint32_t k = 0; k < entry.postings_count; ++k) impl.node_ref(p[k]);
    return {impl.str(Section::IndexText, entry.form), {p, entry.postings_count}};
}

namespace {

// The claim ids of one stem, decoded from their LEB128 deltas.
std::vector<NodeId> word_postings(const GraphStore::Impl& impl, std::string_view stem) {
    const std::uint64_t i = impl.lower_bound<WordEntry>(Section::WordIndex, Section::IndexText, &WordEntry::stem, stem);
    if (i == impl.count(Section::WordIndex, sizeof(WordEntry))) return {};
    const auto entry = impl.at<WordEntry>(Section::WordIndex, i);
    if (impl.str(Section::IndexText, entry.stem) != stem) return {};
    const unsigned char* p = impl.array<unsigned char>(Section::WordPostings, entry.postings_offset, entry.postings_bytes);
    const unsigned char* end = p + entry.postings_bytes;
    std::vector<NodeId> out;
    out.reserve(entry.claim_count);
    std::uint64_t id = 0;
    while (p < end) {
        std::uint64_t delta = 0;
        for (int shift = 0;; shift += 7) {
            if (p == end || shift > 28) impl.damaged("a word index entry is cut short");
            delta |= std::uint64_t{static_cast<unsigned char>(*p & 0x7F)} << shift;
            if ((*p++ & 0x80) == 0) break;
        }
        id += delta;
        out.push_back(impl.node_ref(static_cast<std::uint32_t>(std::min<std::uint64_t>(id, kNoNode))));
    }
    return out;
}

}  // namespace

std::vector<NodeId> GraphStore::claims_with_stems(const std::vector<std::string>& stems) const {
    if (stems.empty()) return {};
    // The rarest stem first: the intersection never grows past it.
    std::vector<std::vector<NodeId>> lists;
    for (const auto& s : stems) {
        lists.push_back(word_postings(*impl_, s));
        if (lists.back().empty()) return {};
    }
    std::sort(lists.begin(), lists.end(), [](const auto& a, const auto& b) { return a.size() < b.size(); });
    std::vector<NodeId> out = std::move(lists.front());
    for (std::size_t i = 1; i < lists.size() && !out.empty(); ++i) {
        std::vector<NodeId> both;
        std::set_intersection(out.begin(), out.end(), lists[i].begin(), lists[i].end(), std::back_inserter(both));
        out = std::move(both);
    }
    return out;
}

std::vector<NodeId> GraphStore::claims_with_phrase(std::string_view phrase) const {
    const std::vector<std::string> stems = word_stems(phrase);
    std::vector<std::string> distinct = stems;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    std::vector<NodeId> out;
    for (NodeId c : claims_with_stems(distinct))
        if (contains_stemmed_phrase(word_stems(node(c).name), stems)) out.push_back(c);
    return out;
}

std::vector<EdgeId> GraphStore::shortest_path(NodeId from, NodeId to, std::size_t max_length) const {
    if (from == to || from >= node_count() || to >= node_count()) return {};
    // Breadth-first from both ends at once, a whole level of the smaller frontier at a time: the
    // two searches meet after touching about the square root of what one search would, and the
    // cost is what they touch (no array the size of the graph).
    constexpr EdgeId kStart = 0xFFFFFFFFu;
    struct Side {
        std::unordered_map<NodeId, std::pair<EdgeId, std::uint32_t>> seen;  // node -> (edge to parent, depth)
        std::vector<NodeId> frontier;
        std::uint32_t depth = 0;
    };
    Side a, b;
    a.seen[from] = {kStart, 0};
    a.frontier = {from};
    b.seen[to] = {kStart, 0};
    b.frontier = {to};
    NodeId meet = kNoNode;
    std::uint64_t best = ~std::uint64_t{0};
    while (!a.frontier.empty() && !b.frontier.empty() && a.depth + b.depth < max_length && meet == kNoNode) {
        Side& grow = a.frontier.size() <= b.frontier.size() ? a : b;
        const Side& other = &grow == &a ? b : a;
        std::vector<NodeId> next;
        auto visit = [&](EdgeId e, NodeId n) {
            if (grow.seen.count(n)) return;
            grow.seen[n] = {e, grow.depth + 1};
            next.push_back(n);
            if (const auto it = other.seen.find(n); it != other.seen.end() && grow.depth + 1 + it->second.second < best) {
                best = grow.depth + 1 + it->second.second;
                meet = n;
            }
        };
        for (NodeId n : grow.frontier) {
            for (EdgeId e : out_edges(n)) visit(e, edge_to(e));
            for (EdgeId e : in_edges(n)) visit(e, edge_from(e));
        }
        grow.frontier = std::move(next);
        ++grow.depth;
    }
    if (meet == kNoNode || best > max_length) return {};
    // Each half walked back to its end through the parents' edges.
    auto walk = [&](const Side& side, NodeId n) {
        std::vector<EdgeId> half;
        for (EdgeId e = side.seen.at(n).first; e != kStart; e = side.seen.at(n).first) {
            half.push_back(e);
            n = edge_from(e) == n ? edge_to(e) : edge_from(e);
        }
        return half;
    };
    std::vector<EdgeId> path = walk(a, meet);
    std::reverse(path.begin(), path.end());
    for (EdgeId e : walk(b, meet)) path.push_back(e);
    return path;
}

namespace {

Graph to_graph_unchecked(const GraphStore& s) {
    Graph g;
    for (NodeId n = 0; n < s.node_count(); ++n) {
        const NodeView v = s.node(n);
        Node node;
        node.kind = v.kind;
        node.key = std::string(v.key);
        node.name = std::string(v.name);
        for (std::string_view a : v.aliases) node.aliases.emplace_back(a);
        node.description = std::string(v.description);
        node.claim = v.claim;
        node.document = DocumentInfo{v.document.date, v.document.source, v.document.author, v.document.section,
                                     v.document.type, v.document.url};
        if (g.add_node(std::move(node)) != n) throw FileError(s.name() + ": damaged graph file: nodes out of order");
    }
    for (EdgeId e = 0; e < s.edge_count(); ++e) {
        const EdgeView v = s.edge(e);
        const EdgeId id = g.add_edge(v.from, v.to, v.kind, std::string(v.role), v.confidence, v.manual);
        std::vector<Evidence> evidence;
        for (const EvidenceView ev : v.evidence)
            evidence.push_back(Evidence{std::string(ev.role), std::string(ev.words), ev.span, ev.document});
        if (!evidence.empty()) g.add_evidence(id, evidence);
    }
    // Merged keys: recreated the way they arose (as the JSON snapshot loader does), by merging a
    // stand-in node away.
    for (NodeId n = 0; n < s.node_count(); ++n)
        for (std::string_view k : s.merged_keys(n)) {
            if (g.find_key(k)) throw FileError(s.name() + ": damaged graph file: key \"" + std::string(k) + "\" twice");
            Node stand_in;
            stand_in.kind = g.node(n).kind;
            stand_in.key = std::string(k);
            stand_in.name = g.node(n).name;
            g.merge(n, g.add_node(std::move(stand_in)));
        }
    return g;
}

}  // namespace

Graph to_graph(const GraphStore& s) {
    // A Graph refuses what no graph may hold (an empty or repeated key, an edge to a node that
    // is not there): in a file, that is damage.
    try {
        return to_graph_unchecked(s);
    } catch (const std::invalid_argument& e) {
        throw FileError(s.name() + ": damaged graph file: " + e.what());
    } catch (const std::out_of_range& e) {
        throw FileError(s.name() + ": damaged graph file: " + e.what());
    }
}

}  // namespace sg::store
