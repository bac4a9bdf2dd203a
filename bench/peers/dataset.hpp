// The peers benchmark's data: a deterministic stance graph of N claims, the same facts for every
// engine (stancegraph, SQLite, Kuzu).
//
// Shape (issue 10): one document per 40 claims, one person per 10, one organisation per 50, one
// position per 5000 (at least 10). Speakers and positions are Zipf-distributed (exponent 1): the
// person of rank r says about 1/r as much as the first. 90 % of claims are said by a person, 10 %
// by an organisation; every person is a member of one organisation (Zipf too); 5 % of claims are
// readers' comments; every claim has one stance edge (supports/opposes, or about one time in ten)
// and one claim in ten a second one on another position; an actor leans to one side of each
// position and its claims take that side three times in four. One reported stance (actor ->
// position, no claim) per 100 claims.
//
// Node ids are dense and global (documents, people, organisations, positions, then claims), the
// same as the sg::Graph's NodeIds, SQLite's node.id and Kuzu's id property.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "graph/graph.hpp"

namespace peers {

struct NodeRow {
    sg::NodeKind kind = sg::NodeKind::Person;
    std::string key;
    std::string name;
    std::string description;  // documents' titles, positions' propositions
    // claims only
    std::uint32_t document = 0;
    std::uint64_t span_start = 0, span_end = 0;
    sg::ClaimKind claim_kind = sg::ClaimKind::Direct;
    bool comment = false;
    double confidence = 1.0;
};

struct EdgeRow {
    sg::EdgeKind kind = sg::EdgeKind::Says;
    std::uint32_t from = 0, to = 0;
    std::string role;  // member_of only
    double confidence = 1.0;
};

// The names the benchmark's statements ask about (chosen by rank, see generate()).
struct SubjectIds {
    std::uint32_t position = 0;  // P: `who supports P`, `who opposes P`
    std::uint32_t actor = 0;     // X: `what does X say`, `who agrees with X`, `neighbours of X`, path from X
    std::uint32_t other = 0;     // B: path from X to B
};

struct Dataset {
    std::size_t claims = 0, documents = 0, people = 0, organisations = 0, positions = 0;
    std::vector<NodeRow> nodes;
    std::vector<EdgeRow> edges;  // no two with the same (kind, from, to)
    SubjectIds subjects;

    std::uint32_t first_document() const { return 0; }
    std::uint32_t first_person() const { return static_cast<std::uint32_t>(documents); }
    std::uint32_t first_organisation() const { return static_cast<std::uint32_t>(documents + people); }
    std::uint32_t first_position() const { return static_cast<std::uint32_t>(documents + people + organisations); }
    std::uint32_t first_claim() const { return static_cast<std::uint32_t>(documents + people + organisations + positions); }
};

// Deterministic for a (claims, seed) pair, on any machine.
Dataset generate(std::size_t claims, std::uint64_t seed = 20261122);

// The same facts as an sg::Graph (node ids equal the dataset's).
sg::Graph to_graph(const Dataset& d);

// Writes the graph in stancegraph's file format. The ONE place that names the format: today the
// JSON snapshot; when the binary .sg store lands, sg::store::save_store(g, path).
void save_stancegraph_file(const sg::Graph& g, const std::filesystem::path& path);

// CSV files for Kuzu's COPY FROM (kuzu.mjs reads them): one file per node table and per
// (relationship, from-table, to-table), each with a header.
void write_csv(const Dataset& d, const std::filesystem::path& dir);

// subjects.tsv: "position\tNAME", "actor\tNAME", "other\tNAME" (the runners read it).
void write_subjects(const Dataset& d, const std::filesystem::path& file);

}  // namespace peers
