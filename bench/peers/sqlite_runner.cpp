// peers_sqlite: SQLite's runner for the peers benchmark (runner.hpp has the protocol): the seven
// statements in SQL over the schema of sqlite_schema.hpp, with the semantics query/README.md gives
// stancegraph's questions:
//
// - an actor's stance on a position counts its claims that are not readers' comments (supports,
//   opposes, or about: about counts in `documents` but for neither side) and the stances reported
//   without a claim (actor -supports|opposes-> position); the majority side wins, a tie is mixed and
//   listed by both `who supports` and `who opposes`;
// - `who agrees with X`: every other actor's stance per position, kept where it is congruent with
//   X's (same side, or either mixed), counted per actor;
// - `count claims by organisation`: distinct admitted claims said by the organisation or by a member;
// - `neighbours of X depth 2`: every node within 2 edges of X, either direction, any kind, with its
//   distance; `path from X to B`: the length of a shortest path, either direction.
//
// Statements are prepared once per process and reset between runs (the warm runs measure
// executing them). Links SQLite alone.
#include <sqlite3.h>

#include <map>
#include <memory>
#include <optional>
#include <stdexcept>

#include "runner.hpp"

namespace {

constexpr const char* kStance = R"(
  CASE WHEN f > ag THEN 'S' WHEN ag > f THEN 'O' WHEN f > 0 THEN 'M' END)";

// The organisations of actor n, "; "-joined (stancegraph's `organisation` column).
constexpr const char* kOrganisations = R"(
  coalesce((SELECT group_concat(o.name, '; ') FROM edge m JOIN node o ON o.id = m.dst
            WHERE m.src = n.id AND m.kind = 4), ''))";

constexpr const char* kKindName = R"(
  CASE n.kind WHEN 0 THEN 'document' WHEN 1 THEN 'person' WHEN 2 THEN 'organisation'
              WHEN 3 THEN 'position' ELSE 'claim' END)";

std::string who_stance(bool supports) {
    return std::string(R"(
WITH p(id) AS (SELECT id FROM node WHERE name = ?1 AND kind = 3 LIMIT 1),
rows(a, pol, doc) AS (
  SELECT s.src, e.kind, c.document
  FROM p JOIN edge e ON e.dst = p.id AND e.kind IN (1, 2, 3)
  JOIN node c ON c.id = e.src AND c.kind = 4 AND c.comment = 0
  JOIN edge s ON s.dst = c.id AND s.kind = 0
  UNION ALL
  SELECT e.src, e.kind, NULL
  FROM p JOIN edge e ON e.dst = p.id AND e.kind IN (1, 2)
  JOIN node a ON a.id = e.src AND a.kind IN (1, 2)),
tally(a, f, ag, docs) AS (
  SELECT a, sum(pol = 1), sum(pol = 2), count(DISTINCT doc) FROM rows GROUP BY a)
SELECT n.name, )") + kKindName + ", " + kOrganisations + R"(, t.f, t.ag, t.docs
FROM tally t JOIN node n ON n.id = t.a
WHERE )" + (supports ? "t.f >= t.ag AND t.f > 0" : "t.ag >= t.f AND t.ag > 0") + R"(
ORDER BY )" + (supports ? "t.f" : "t.ag") + " DESC, n.name";
}

const std::string kSays = R"(
WITH x(id) AS (SELECT id FROM node WHERE name = ?2 AND kind IN (1, 2) LIMIT 1)
SELECT c.name, c.claim_kind,
  coalesce((SELECT group_concat(CASE e.kind WHEN 1 THEN 'supports ' WHEN 2 THEN 'opposes ' ELSE 'about ' END
                                || substr(p.key, 10), '; ')
            FROM edge e JOIN node p ON p.id = e.dst AND p.kind = 3
            WHERE e.src = c.id AND e.kind IN (1, 2, 3)), ''),
  d.name
FROM x JOIN edge s ON s.src = x.id AND s.kind = 0
JOIN node c ON c.id = s.dst AND c.kind = 4 AND c.comment = 0
LEFT JOIN node d ON d.id = c.document
ORDER BY c.id)";

const std::string kAgrees = std::string(R"(
WITH x(id) AS (SELECT id FROM node WHERE name = ?2 AND kind IN (1, 2) LIMIT 1),
mine_rows(p, pol) AS (
  SELECT e.dst, e.kind FROM x JOIN edge s ON s.src = x.id AND s.kind = 0
  JOIN node c ON c.id = s.dst AND c.kind = 4 AND c.comment = 0
  JOIN edge e ON e.src = c.id AND e.kind IN (1, 2, 3)
  JOIN node q ON q.id = e.dst AND q.kind = 3
  UNION ALL
  SELECT e.dst, e.kind FROM x JOIN edge e ON e.src = x.id AND e.kind IN (1, 2)
  JOIN node q ON q.id = e.dst AND q.kind = 3),
mine(p, side) AS (
  SELECT p, )") + kStance + R"( FROM (SELECT p, sum(pol = 1) AS f, sum(pol = 2) AS ag FROM mine_rows GROUP BY p)),
sided(p, side) AS (SELECT p, side FROM mine WHERE side IS NOT NULL),
other_rows(a, p, pol) AS (
  SELECT s.src, m.p, e.kind FROM sided m
  JOIN edge e ON e.dst = m.p AND e.kind IN (1, 2, 3)
  JOIN node c ON c.id = e.src AND c.kind = 4 AND c.comment = 0
  JOIN edge s ON s.dst = c.id AND s.kind = 0
  WHERE s.src <> (SELECT id FROM x)
  UNION ALL
  SELECT e.src, m.p, e.kind FROM sided m
  JOIN edge e ON e.dst = m.p AND e.kind IN (1, 2)
  JOIN node a ON a.id = e.src AND a.kind IN (1, 2)
  WHERE e.src <> (SELECT id FROM x)),
others(a, p, side) AS (
  SELECT a, p, )" + kStance + R"( FROM (SELECT a, p, sum(pol = 1) AS f, sum(pol = 2) AS ag FROM other_rows GROUP BY a, p)),
agreed(a, p) AS (
  SELECT o.a, o.p FROM others o JOIN sided m ON m.p = o.p
  WHERE o.side IS NOT NULL AND (o.side = m.side OR o.side = 'M' OR m.side = 'M'))
SELECT n.name, )" + kKindName + ", " + kOrganisations + R"(, count(*),
  group_concat(substr(q.key, 10), '; ')
FROM agreed g JOIN node n ON n.id = g.a JOIN node q ON q.id = g.p
GROUP BY g.a
ORDER BY count(*) DESC, n.name)";

const std::string kCount = R"(
WITH pairs(o, c) AS (
  SELECT s.src, s.dst FROM node a JOIN edge s ON s.src = a.id AND s.kind = 0
  JOIN node c ON c.id = s.dst AND c.kind = 4 AND c.comment = 0
  WHERE a.kind = 2
  UNION
  SELECT m.dst, s.dst FROM node a JOIN edge m ON m.src = a.id AND m.kind = 4
  JOIN edge s ON s.src = a.id AND s.kind = 0
  JOIN node c ON c.id = s.dst AND c.kind = 4 AND c.comment = 0
  WHERE a.kind = 1)
SELECT n.name, count(*) FROM pairs JOIN node n ON n.id = pairs.o
GROUP BY pairs.o
ORDER BY count(*) DESC, n.name)";

const std::string kNeighbours = std::string(R"(
WITH RECURSIVE x(id) AS (SELECT id FROM node WHERE name = ?2 AND kind IN (0, 1, 2, 3) LIMIT 1),
nb(id, d) AS (
  SELECT id, 0 FROM x
  UNION
  SELECT e.dst, nb.d + 1 FROM nb JOIN edge e ON e.src = nb.id WHERE nb.d < 2
  UNION
  SELECT e.src, nb.d + 1 FROM nb JOIN edge e ON e.dst = nb.id WHERE nb.d < 2)
SELECT n.name, )") + kKindName + R"(, min(nb.d)
FROM nb JOIN node n ON n.id = nb.id
WHERE nb.id <> (SELECT id FROM x)
GROUP BY nb.id)";

// The shortest path's length by a search from both ends: the balls of radius r around A and B
// meet on a path of length <= 2r, and min(dA + dB) over the nodes they share is then its exact
// length. r grows from 1 until they meet (stancegraph's --max-path, 16, bounds it).
const std::string kBalls = R"(
WITH RECURSIVE
ba(id, d) AS (
  SELECT ?1, 0
  UNION SELECT e.dst, ba.d + 1 FROM ba JOIN edge e ON e.src = ba.id WHERE ba.d < ?3
  UNION SELECT e.src, ba.d + 1 FROM ba JOIN edge e ON e.dst = ba.id WHERE ba.d < ?3),
bb(id, d) AS (
  SELECT ?2, 0
  UNION SELECT e.dst, bb.d + 1 FROM bb JOIN edge e ON e.src = bb.id WHERE bb.d < ?3
  UNION SELECT e.src, bb.d + 1 FROM bb JOIN edge e ON e.dst = bb.id WHERE bb.d < ?3),
ma(id, d) AS (SELECT id, min(d) FROM ba GROUP BY id),
mb(id, d) AS (SELECT id, min(d) FROM bb GROUP BY id)
SELECT min(ma.d + mb.d) FROM ma JOIN mb ON mb.id = ma.id)";

const std::string kActorId = "SELECT id FROM node WHERE name = ?1 AND kind IN (0, 1, 2, 3) LIMIT 1";

struct Db {
    sqlite3* db = nullptr;
    std::map<std::string, sqlite3_stmt*> prepared;
    peers::Subjects subjects;

    ~Db() {
        for (auto& [k, s] : prepared) sqlite3_finalize(s);
        sqlite3_close(db);
    }
    void check(int rc, const std::string& what) const {
        if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
            throw std::runtime_error(what + ": " + sqlite3_errmsg(db));
    }
    sqlite3_stmt* statement(const std::string& name, const std::string& sql) {
        auto it = prepared.find(name);
        if (it != prepared.end()) {
            sqlite3_reset(it->second);
            sqlite3_clear_bindings(it->second);
            return it->second;
        }
        sqlite3_stmt* s = nullptr;
        check(sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr), "prepare " + name);
        prepared[name] = s;
        return s;
    }
    void bind_subjects(sqlite3_stmt* s) {
        // ?1 the position, ?2 the actor (statements use the ones they name)
        const int n = sqlite3_bind_parameter_count(s);
        if (n >= 1) sqlite3_bind_text(s, 1, subjects.position.c_str(), -1, SQLITE_STATIC);
        if (n >= 2) sqlite3_bind_text(s, 2, subjects.actor.c_str(), -1, SQLITE_STATIC);
    }
    std::vector<std::vector<std::string>> rows(sqlite3_stmt* s, const std::string& what) {
        std::vector<std::vector<std::string>> out;
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            std::vector<std::string> r;
            for (int i = 0; i < sqlite3_column_count(s); ++i) {
                const unsigned char* t = sqlite3_column_text(s, i);
                r.emplace_back(t ? reinterpret_cast<const char*>(t) : "");
            }
            out.push_back(std::move(r));
        }
        check(rc, what);
        return out;
    }
    std::optional<std::int64_t> id_of(const std::string& name) {
        sqlite3_stmt* s = statement("id", kActorId);
        sqlite3_bind_text(s, 1, name.c_str(), -1, SQLITE_STATIC);
        const auto r = rows(s, "id");
        if (r.empty()) return std::nullopt;
        return std::stoll(r[0][0]);
    }
    std::int64_t path_length() {
        const auto a = id_of(subjects.actor), b = id_of(subjects.other);
        if (!a || !b) throw std::runtime_error("path: unknown name");
        if (*a == *b) return 0;
        for (int r = 1; r <= 8; ++r) {
            sqlite3_stmt* s = statement("path", kBalls);
            sqlite3_bind_int64(s, 1, *a);
            sqlite3_bind_int64(s, 2, *b);
            sqlite3_bind_int(s, 3, r);
            const auto found = rows(s, "path");
            if (!found.empty() && !found[0][0].empty()) return std::stoll(found[0][0]);
        }
        return 0;  // no path within 16 edges: stancegraph answers no rows
    }

    // The statement's rows as SQLite hands them over, each column's text copied out (the path:
    // its length, found by the loop of path_length).
    std::vector<std::vector<std::string>> answer(std::string_view id) {
        if (id == "path") return {{std::to_string(path_length())}};
        auto go = [&](const char* name, const std::string& sql) {
            sqlite3_stmt* s = statement(name, sql);
            bind_subjects(s);
            return rows(s, name);
        };
        if (id == "supports") return go("supports", who_stance(true));
        if (id == "opposes") return go("opposes", who_stance(false));
        if (id == "says") return go("says", kSays);
        if (id == "agrees") return go("agrees", kAgrees);
        if (id == "count") return go("count", kCount);
        if (id == "neighbours") return go("neighbours", kNeighbours);
        return {};
    }

    std::vector<std::string> run(std::string_view id) {
        std::vector<std::string> out;
        std::vector<std::vector<std::string>> r = answer(id);
        if (id == "path") return {peers::row({"length", r[0][0]})};
        for (auto& x : r) {
            if (id == "says") x[2] = peers::sorted_list(x[2]);
            if (id == "supports" || id == "opposes" || id == "agrees") x[2] = peers::sorted_list(x[2]);
            if (id == "agrees") x[4] = peers::sorted_list(x[4]);
            out.push_back(peers::row(x));
        }
        peers::canonical(out);
        return out;
    }
};

}  // namespace

int main(int argc, char** argv) {
    return peers::runner_main("sqlite", argc, argv, [](const std::string& store, const peers::Subjects& subjects) {
        auto d = std::make_shared<Db>();
        d->subjects = subjects;
        if (sqlite3_open_v2(store.c_str(), &d->db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            throw std::runtime_error(store + ": " + sqlite3_errmsg(d->db));
        // Read-mostly use: map the file instead of copying pages into SQLite's own cache.
        d->check(sqlite3_exec(d->db, "PRAGMA mmap_size = 17179869184; SELECT count(*) FROM sqlite_schema;", nullptr,
                              nullptr, nullptr),
                 "open");
        peers::Runner run;
        run.rows = [d](std::string_view id) { return d->run(id); };
        run.answer = [d](std::string_view id) {  // the rows stepped, every column copied out, then read
            std::uint64_t sum = 0;
            for (const auto& r : d->answer(id))
                for (const std::string& cell : r) sum += peers::cell_sum(cell);
            return sum;
        };
        return run;
    });
}
