// SQLite as the peers benchmark uses it: a property graph in two tables, as a competent user
// would lay out a graph whose questions walk edges of every kind (neighbourhoods, paths) as well
// as join claims to speakers and positions.
//
//   node(id INTEGER PRIMARY KEY, kind, key, name, description,
//        claim_kind, comment, document, span_start, span_end, confidence)
//        kind: 0 document, 1 person, 2 organisation, 3 position, 4 claim (sg::NodeKind)
//   edge(src, kind, dst, role, confidence)  WITHOUT ROWID, PRIMARY KEY (src, kind, dst)
//        kind: 0 says, 1 supports, 2 opposes, 3 about, 4 member_of, 5 part_of, 6 in (sg::EdgeKind)
//   indexes: edge(dst, kind, src) (walking edges backwards, covering), node(key) unique,
//            node(name) (questions name their subjects), node(kind)
//
// The primary key of edge walks edges forwards from a node and the index backwards, both without
// touching the table; every statement reaches its rows through one of them.
#pragma once

namespace peers {

inline constexpr const char* kSqliteSchema = R"(
CREATE TABLE node(
  id INTEGER PRIMARY KEY,
  kind INTEGER NOT NULL,
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT,
  claim_kind TEXT,
  comment INTEGER,
  document INTEGER,
  span_start INTEGER,
  span_end INTEGER,
  confidence REAL);
CREATE TABLE edge(
  src INTEGER NOT NULL,
  kind INTEGER NOT NULL,
  dst INTEGER NOT NULL,
  role TEXT,
  confidence REAL NOT NULL,
  PRIMARY KEY (src, kind, dst)) WITHOUT ROWID;
)";

inline constexpr const char* kSqliteIndexes = R"(
CREATE INDEX edge_in ON edge(dst, kind, src);
CREATE UNIQUE INDEX node_key ON node(key);
CREATE INDEX node_name ON node(name);
CREATE INDEX node_kind ON node(kind);
ANALYZE;
)";

}  // namespace peers
