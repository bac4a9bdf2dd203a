// The graph snapshot: the whole graph as one JSON file (`build -o GRAPH`, `-g GRAPH`,
// `export --format json`), validated on load against schemas/graph.schema.json.
//
// Only live nodes and edges are written, in id order, so loading renumbers them densely; edges
// and claims refer to nodes by key. Keys of nodes merged away are kept as "merged_keys" of the
// surviving node so that they still resolve after a reload. Writing is deterministic: the same
// graph always gives the same bytes, and save -> load -> write gives the bytes that were saved.
#pragma once

#include <filesystem>
#include <istream>
#include <ostream>
#include <string>

#include "graph/graph.hpp"

namespace sg {

// Streams the snapshot of g to out (one node or edge per line). Invalid UTF-8 in texts is
// written as U+FFFD so the file is always valid JSON.
void write_snapshot(const Graph& g, std::ostream& out);

// Parses, validates and rebuilds a graph. Every problem throws sg::FileError whose message starts
// with name_for_messages: "NAME:LINE:COL: invalid JSON: ..." for syntax errors and truncated
// files, "NAME: not a stancegraph snapshot ..." for other JSON, "NAME: schema error at
// /JSON/pointer: keyword: ..." for schema violations and "NAME: invalid snapshot at
// /JSON/pointer: ..." for broken references (unknown keys, duplicate keys, start > end).
Graph read_snapshot(std::istream& in, const std::string& name_for_messages);

// read_snapshot on a file; an unreadable file is a FileError too.
Graph load_snapshot(const std::filesystem::path& path);

// Writes the snapshot atomically (see graph/atomic_file.hpp): on failure the old file at path
// stays intact and sg::FileError names the path and the reason.
void save_snapshot(const Graph& g, const std::filesystem::path& path);

}  // namespace sg
