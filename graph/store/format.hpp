// The graph file (`.sg`): the on-disk layout, shared by the writer (encode.cpp) and the reader
// (graph_store.cpp). See graph/store/README.md for the why of each choice.
//
//   offset 0     Header (64 bytes): magic, format version, section count, file size, where the
//                section table and the block checksums are, node and edge counts, and two
//                checksums (of the header and of the section table)
//   then         the section table: one SectionEntry per section
//   then         the block checksums: one u32 per 1 KiB block of every section (version 1: one
//                u64 per 4 KiB block)
//   then         the sections, each at an 8-byte aligned offset
//
// Everything is little-endian, fixed-width and aligned, so the reader uses the mapped bytes in
// place: opening reads the header and the section table; a statement touches only the pages it
// reads, and each block (1 KiB) is checked against its checksum the first time it is read.
#pragma once

#include <bit>
#include <cstdint>
#include <string_view>

namespace sg::store {

static_assert(std::endian::native == std::endian::little, "the graph file is read in place: little-endian hosts only");

// "\x89SGF\r\n\x1a\n": a byte with the high bit set (not text), the name, and the line endings
// and end-of-file mark that a text-mode transfer would alter (as PNG does).
inline constexpr char kMagic[8] = {'\x89', 'S', 'G', 'F', '\r', '\n', '\x1a', '\n'};
inline constexpr std::uint32_t kFormatVersion = 5;
// Version 1 had the sections up to IndexText; version 2 added document metadata and claims'
// organisations (issue 11) and the stance tallies; version 3 the claims per organisation;
// version 4 the stance tallies in answer order (TallySideOrder) and the claims per organisation
// in answer order; version 5 per actor its organisation and the rank of its name (Actors). An
// older file is still read: a version 1 file's documents have no metadata, its claims no
// organisation, and stance questions count claims themselves; without the claims per
// organisation (versions 1 and 2), `count claims by organisation` counts claims itself; without
// the orders (versions 1 to 3), the statements sort their answers themselves; without the actors'
// records (versions 1 to 4), an actor's organisation is read through its member_of edges and an
// order by names compares the names.
inline constexpr std::uint32_t kVersion1Sections = 23;
inline constexpr std::uint32_t kVersion2Sections = 29;
inline constexpr std::uint32_t kVersion3Sections = 30;
inline constexpr std::uint32_t kVersion4Sections = 32;
// A statement reading a few records checks the blocks that hold them: smaller blocks cost less to
// check on each random read, more checksums in all. Version 1 had 4 KiB blocks and 64-bit sums;
// version 2 has 1 KiB blocks (a quarter of the bytes hashed for a scattered read) and the low 32
// bits of the same XXH3 hash, so the checksum table stays 0.4 % of the file.
inline constexpr std::uint64_t kBlockBytes = 1024;
inline constexpr std::uint64_t kVersion1BlockBytes = 4096;
// Adjacency entries (OutEdges, InEdges) pack the edge's kind above its id, so a node's edges of
// one kind are found without reading edge records: a file holds fewer than 2^28 edges.
inline constexpr unsigned kAdjacencyKindShift = 28;
inline constexpr std::uint32_t kAdjacencyIdMask = (std::uint32_t{1} << kAdjacencyKindShift) - 1;
using BlockChecksum = std::uint32_t;  // version 1: std::uint64_t

struct Header {
    char magic[8];
    std::uint32_t version;
    std::uint32_t section_count;
    std::uint64_t file_size;
    std::uint64_t table_offset;      // SectionEntry[section_count]
    std::uint64_t checksums_offset;  // BlockChecksum per block, sections' blocks in table order
    std::uint32_t node_count;
    std::uint32_t edge_count;
    std::uint64_t table_checksum;    // XXH3-64 of the section table
    std::uint64_t header_checksum;   // XXH3-64 of the 56 bytes above
};
static_assert(sizeof(Header) == 64);

struct SectionEntry {
    std::uint32_t id;            // Section
    std::uint32_t element_size;  // bytes per element (1 for blobs)
    std::uint64_t offset;
    std::uint64_t size;          // bytes
    std::uint64_t first_block;   // index of its first block in the checksum table
};
static_assert(sizeof(SectionEntry) == 32);

// Every section, in the order the writer lays them out. A reader of this version requires all.
enum class Section : std::uint32_t {
    Nodes,            // NodeRecord[n]
    Edges,            // EdgeRecord[e]
    Aliases,          // StrRef[] into Names; a node's are [alias_begin, alias_begin + alias_count)
    Evidence,         // EvidenceRecord[]; an edge's are [evidence_begin, + evidence_count)
    OutOffsets,       // u32[n + 1]: node n's out-edges are OutEdges[OutOffsets[n] .. OutOffsets[n+1])
    OutEdges,         // u32[e] per node, grouped by kind, in id order within a kind: the edge id in
                      // the low 28 bits, its EdgeKind in the high 4 (version 1: the id alone)
    InOffsets,        // u32[n + 1]
    InEdges,          // u32[e]
    KindOffsets,      // u32[6]: nodes of kind k are KindNodes[KindOffsets[k] .. KindOffsets[k+1])
    KindNodes,        // u32[n], in id order per kind
    KeyIndex,         // KeyEntry[], sorted by key bytes: every live key and every merged-away key
    MergedKeys,       // MergedKey[], sorted by node: keys of nodes merged into each node
    NameIndex,        // IndexEntry[], sorted by form: lookup_form of names, aliases, ids, keys ...
    NamePostings,     // u32[] node ids
    SurnameIndex,     // IndexEntry[], sorted: the last word of a person's lookup form
    SurnamePostings,  // u32[]
    WordIndex,        // WordEntry[], sorted by stem: claim words, stemmed (graph/store/words.hpp)
    WordPostings,     // bytes: per stem, claim ids as LEB128 deltas
    Keys,             // blob: node keys and merged keys
    Names,            // blob: names, aliases, descriptions, roles of everything but claims
    ClaimText,        // blob: claims' texts
    EvidenceText,     // blob: evidence roles and words
    IndexText,        // blob: the forms and stems of the indexes
    DocumentInfo,     // DocumentRecord[], sorted by node: documents with any metadata (version 2)
    ClaimOrganisations,  // ClaimOrganisation[], sorted by claim: claims that record one (version 2)
    StanceTallies,    // TallyRecord[], by position, then actor                   (version 2)
    TallyPositions,   // TallyPosition[], sorted by position                      (version 2)
    TallyOverflow,    // TallyOverflowRecord[], sorted by record                   (version 2)
    TalliesByActor,   // u32[]: indexes into StanceTallies, by (actor, position)   (version 2)
    OrganisationClaims,  // OrganisationClaimCount[], sorted by organisation (version 3), in
                         // answer order (version 4: OrganisationClaimCount)
    TallySideOrder,   // u32[]: indexes into StanceTallies, per position its sides in answer order (version 4)
    TallySideOffsets,  // u32[2 * positions + 1]: where each position's sides start in TallySideOrder (version 4)
    Actors,           // ActorRecord[people + organisations]: the people's, then the organisations', each
                      // in KindNodes order (version 5)
    Count
};

std::string_view section_name(Section s);

// A string in a blob: the low 40 bits are its offset, the high 24 its length. Lengths of 2^24 - 1
// and more are stored as kLongString, the real length as a u64 just before the bytes.
using StrRef = std::uint64_t;
inline constexpr std::uint64_t kLongString = (std::uint64_t{1} << 24) - 1;
inline constexpr std::uint64_t kMaxBlobOffset = (std::uint64_t{1} << 40) - 1;

// Node flags.
inline constexpr std::uint8_t kFlagComment = 1;  // a claim that is a reader's comment
inline constexpr std::uint8_t kFlagManual = 2;   // a claim (or edge) set or corrected by a person

struct NodeRecord {
    std::uint8_t kind;        // NodeKind
    std::uint8_t flags;       // kFlag*
    std::uint8_t claim_kind;  // ClaimKind (claims only)
    std::uint8_t reserved = 0;
    std::uint32_t claim_document;  // kNoNode unless a claim
    StrRef key;                    // in Keys
    StrRef name;                   // in ClaimText for claims, Names otherwise
    StrRef description;            // in Names
    std::uint32_t alias_begin;
    std::uint32_t alias_count;
    std::uint64_t span_start;
    std::uint64_t span_end;
    double confidence;
};
static_assert(sizeof(NodeRecord) == 64);

struct EdgeRecord {
    std::uint8_t kind;  // EdgeKind
    std::uint8_t flags; // kFlagManual
    std::uint16_t reserved = 0;
    std::uint32_t from;
    std::uint32_t to;
    std::uint32_t evidence_begin;
    StrRef role;  // in Names
    double confidence;
    std::uint32_t evidence_count;
    std::uint32_t reserved2 = 0;
};
static_assert(sizeof(EdgeRecord) == 40);

struct EvidenceRecord {
    StrRef role;   // in EvidenceText
    StrRef words;  // in EvidenceText
    std::uint64_t start;
    std::uint64_t end;
    std::uint32_t document;
    std::uint32_t reserved = 0;
};
static_assert(sizeof(EvidenceRecord) == 40);

struct KeyEntry {
    StrRef key;  // in Keys
    std::uint32_t node;
    std::uint32_t reserved = 0;
};
static_assert(sizeof(KeyEntry) == 16);

struct MergedKey {
    std::uint32_t node;
    std::uint32_t reserved = 0;
    StrRef key;  // in Keys
};
static_assert(sizeof(MergedKey) == 16);

struct IndexEntry {
    StrRef form;  // in IndexText
    std::uint32_t postings_begin;
    std::uint32_t postings_count;
};
static_assert(sizeof(IndexEntry) == 16);

struct WordEntry {
    StrRef stem;  // in IndexText
    std::uint64_t postings_offset;  // bytes into WordPostings
    std::uint32_t postings_bytes;
    std::uint32_t claim_count;
};
static_assert(sizeof(WordEntry) == 24);

// A document's metadata (graph.hpp's DocumentInfo); strings in Names.
struct DocumentRecord {
    std::uint32_t node;
    std::uint32_t reserved = 0;
    StrRef date, source, author, section, type, url;
};
static_assert(sizeof(DocumentRecord) == 56);

// The organisation a claim was made for (ClaimInfo::organisation).
struct ClaimOrganisation {
    std::uint32_t claim;
    std::uint32_t organisation;
};
static_assert(sizeof(ClaimOrganisation) == 8);

// Every actor's claims on every position, counted once when the file is written (GraphStore::
// tallies_on / tallies_of), for the statements whose answer is such a count (who supports P,
// stance of X, who agrees with X): they then read one record per (actor, position) instead of
// every claim. Counts follow the question forms exactly (query/plan/translate.cpp): over claims
// that are not readers' comments, one per (says edge, stance edge) binding; stances reported
// without a claim add to supports / opposes.
//
// Records are grouped by position (TallyPosition gives each position's first record), by actor
// within a position. Counts take 16 bits; a count of 0xFFFF or more is kTallyOverflow there and
// the record's true counts are in TallyOverflow, so the common record stays 12 bytes.
inline constexpr std::uint16_t kTallyOverflow = 0xFFFF;

struct TallyRecord {
    std::uint32_t actor;      // the claims' speaker (any node that says), or the reporting actor
    std::uint16_t supports;   // supports edges of its claims, plus reported supports
    std::uint16_t opposes;    // opposes edges of its claims, plus reported opposes
    std::uint16_t claims;     // distinct claims with any stance edge (about too) to the position
    std::uint16_t documents;  // distinct documents of those claims
};
static_assert(sizeof(TallyRecord) == 12);

// Whether any of a record's four 16-bit counts (the 8 bytes after its actor, read as one number)
// is kTallyOverflow: all ones is a lane of zeros in the complement, found by the usual test for a
// zero lane, which is exact as a yes or no. One test instead of four comparisons per record
// (`who agrees with X` reads 395,000 records at 10^6 claims).
inline constexpr bool any_tally_count_overflows(std::uint64_t counts) {
    static_assert(kTallyOverflow == 0xFFFF);
    return ((~counts - 0x0001000100010001u) & counts & 0x8000800080008000u) != 0;
}

struct TallyPosition {
    std::uint32_t position;
    std::uint32_t first;  // its first record; its last is before the next entry's first
};
static_assert(sizeof(TallyPosition) == 8);

struct TallyOverflowRecord {
    std::uint32_t record;  // index into StanceTallies
    std::uint32_t supports, opposes, claims, documents;
};
static_assert(sizeof(TallyOverflowRecord) == 20);

// The stance tallies in the order `who supports P` and `who opposes P` answer (version 4), so
// that neither keeps nor sorts at query time: per TallyPositions entry k, TallySideOrder holds
// from TallySideOffsets[2k] the indexes of the position's records whose side is supports or
// mixed (more supports than opposes, or as many and some), by supports descending, then by the
// actor's name case-insensitively (ASCII, bytewise: the order of `order by`), then by actor id;
// from TallySideOffsets[2k + 1] those whose side is opposes or mixed, by opposes, name, id; the
// next offset ends each list (TallySideOffsets[2 * positions] is the section's length). A mixed
// actor is on both lists; an actor whose claims are only about the position on neither.

// The claims of each organisation as `count claims by organisation` counts them (query/plan/
// translate.cpp), counted once when the file is written: distinct claims that are not readers'
// comments, said by the organisation or by a node that is a member_of it. Without them the
// statement reads every claim's record (10^6 claims: a second); with them, one record per
// organisation. Organisations with no claim have no record. Version 3 sorts the records by
// organisation; version 4 in the order the statement answers: by claims descending, then by
// the organisation's name case-insensitively (ASCII, bytewise), then by organisation id.
struct OrganisationClaimCount {
    std::uint32_t organisation;
    std::uint32_t claims;
};
static_assert(sizeof(OrganisationClaimCount) == 8);

// Per actor (every person and every organisation), what the answers of `who agrees with X` and
// `who supports P` show beside each tally and what `order by` compares of it (version 5): without
// them each row had read the actor's out-edge offsets, the end of its list, its member_of edge's
// record and, to order the rows, the name itself, lowered (scattered reads: 64,000 actors among
// 120,000 at 10^6 claims). Record i is the i-th person of KindNodes (in id order), record
// people + j its j-th organisation (KindOffsets gives both counts): the kind is which half a
// record is in, and a node's record is found by searching its kind's list, so a pass over actors
// in id order walks each list once. 8 bytes per actor (0.96 MB at 10^6 claims).
//
// `organisation` is the node the actor is member_of, as the answers' `organisation` column shows
// it: the one organisation of its member_of edges (however many edges lead there), kNoNode when
// it has none, kSeveralOrganisations when they lead to two or more (the answer then joins their
// names: read the edges). `name_rank` orders the actors as `order by` orders their names: ASCII
// letters lowered, then bytes compared (unsigned), equal names equal ranks; dense, from 0 (so
// below the number of actors).
inline constexpr std::uint32_t kSeveralOrganisations = 0xFFFFFFFEu;

struct ActorRecord {
    std::uint32_t organisation;
    std::uint32_t name_rank;
};
static_assert(sizeof(ActorRecord) == 8);

}  // namespace sg::store
