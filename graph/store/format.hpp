// The graph file (`.sg`): the on-disk layout, shared by the writer (encode.cpp) and the reader
// (graph_store.cpp). See graph/store/README.md for the why of each choice.
//
//   offset 0     Header (64 bytes): magic, format version, section count, file size, where the
//                section table and the block checksums are, node and edge counts, and two
//                checksums (of the header and of the section table)
//   then         the section table: one SectionEntry per section
//   then         the block checksums: one u64 per 4 KiB block of every section
//   then         the sections, each at an 8-byte aligned offset
//
// Everything is little-endian, fixed-width and aligned, so the reader uses the mapped bytes in
// place: opening reads the header and the section table; a statement touches only the pages it
// reads, and each 4 KiB block is checked against its checksum the first time it is read.
#pragma once

#include <bit>
#include <cstdint>
#include <string_view>

namespace sg::store {

static_assert(std::endian::native == std::endian::little, "the graph file is read in place: little-endian hosts only");

// "\x89SGF\r\n\x1a\n": a byte with the high bit set (not text), the name, and the line endings
// and end-of-file mark that a text-mode transfer would alter (as PNG does).
inline constexpr char kMagic[8] = {'\x89', 'S', 'G', 'F', '\r', '\n', '\x1a', '\n'};
// Version 2 added the DocumentInfo and ClaimOrganisations sections (issue 11); a version 1 file
// is read as one whose documents have no metadata and whose claims record no organisation.
inline constexpr std::uint32_t kFormatVersion = 2;
inline constexpr std::uint32_t kVersion1Sections = 23;
inline constexpr std::uint64_t kBlockBytes = 4096;  // one page: checking costs what reading costs

struct Header {
    char magic[8];
    std::uint32_t version;
    std::uint32_t section_count;
    std::uint64_t file_size;
    std::uint64_t table_offset;      // SectionEntry[section_count]
    std::uint64_t checksums_offset;  // u64 per block, sections' blocks in table order
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
    OutEdges,         // u32[e], edge ids in id order per node
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

}  // namespace sg::store
