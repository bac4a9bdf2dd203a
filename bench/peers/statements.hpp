// The seven statements of the peers benchmark, their subjects, and the canonical rows every
// engine's answer is reduced to before they are compared. Header-only and free of stancegraph's
// libraries, so that the SQLite runner links SQLite alone.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace peers {

struct Statement {
    const char* id;     // file names, command lines
    const char* label;  // tables
};
inline constexpr std::array<Statement, 7> kStatements{{{"supports", "who supports P"},
                                                       {"opposes", "who opposes P"},
                                                       {"says", "what does X say"},
                                                       {"agrees", "who agrees with X"},
                                                       {"count", "count claims by organisation"},
                                                       {"neighbours", "neighbours of X depth 2"},
                                                       {"path", "path from X to B"}}};

inline bool known_statement(std::string_view id) {
    return std::any_of(kStatements.begin(), kStatements.end(), [&](const Statement& s) { return id == s.id; });
}

// P, X and B by name, as subjects.tsv gives them.
struct Subjects {
    std::string position, actor, other;
};

inline Subjects read_subjects(const std::string& file) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error("cannot read " + file);
    Subjects s;
    std::string line;
    while (std::getline(in, line)) {
        const auto tab = line.find('\t');
        if (tab == std::string::npos) continue;
        const std::string k = line.substr(0, tab), v = line.substr(tab + 1);
        if (k == "position") s.position = v;
        if (k == "actor") s.actor = v;
        if (k == "other") s.other = v;
    }
    if (s.position.empty() || s.actor.empty() || s.other.empty()) throw std::runtime_error(file + ": missing a subject");
    return s;
}

// The statement in stancegraph's query language (names quoted: they always resolve).
inline std::string stancegraph_text(std::string_view id, const Subjects& s) {
    const std::string p = "\"" + s.position + "\"", x = "\"" + s.actor + "\"", b = "\"" + s.other + "\"";
    if (id == "supports") return "who supports " + p;
    if (id == "opposes") return "who opposes " + p;
    if (id == "says") return "what does " + x + " say";
    if (id == "agrees") return "who agrees with " + x;
    if (id == "count") return "count claims by organisation";
    if (id == "neighbours") return "neighbours of " + x + " depth 2";
    if (id == "path") return "path from " + x + " to " + b;
    throw std::invalid_argument("unknown statement " + std::string(id));
}

// Canonical rows. Each row is its fields joined by tabs; a field that is a "; "-joined list is
// sorted (engines list positions or organisations in different orders); rows are sorted.
//   supports, opposes: actor, kind, organisation, claims for, claims against, documents
//   says:              quote, claim kind, positions ("supports pos-3; about pos-7"), document
//   agrees:            actor, kind, organisation, positions, agreed on (position ids)
//   count:             organisation, claims
//   neighbours:        node, kind (person, claim, ...), distance
//   path:              one row: the path's length in edges (several shortest paths may exist)
inline std::string sorted_list(std::string_view joined) {
    std::vector<std::string> items;
    std::size_t at = 0;
    while (at <= joined.size() && !joined.empty()) {
        const auto next = joined.find("; ", at);
        items.emplace_back(joined.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at));
        if (next == std::string_view::npos) break;
        at = next + 2;
    }
    std::sort(items.begin(), items.end());
    std::string out;
    out.reserve(joined.size());
    for (const auto& i : items) {
        if (!out.empty()) out += "; ";
        out += i;
    }
    return out;
}

// Appended in place: `(i ? "\t" : "") + field` had built a temporary string per field, a fixed
// share of every engine's warm figure for answers of 64,000 rows.
inline std::string row(const std::vector<std::string>& fields) {
    std::size_t size = fields.size();
    for (const auto& f : fields) size += f.size();
    std::string out;
    out.reserve(size);
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out += '\t';
        out += fields[i];
    }
    return out;
}

inline void canonical(std::vector<std::string>& rows) { std::sort(rows.begin(), rows.end()); }

// What a runner's timed answer returns (runner.hpp): a sum over every cell's bytes (eight at a
// time) and length, so that each text is read, as printing it would, and the compiler cannot
// skip the reading. Independent of the rows' order.
inline std::uint64_t cell_sum(std::string_view text) {
    std::uint64_t sum = text.size();
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + i, sizeof word);
        sum += word;
    }
    for (; i < text.size(); ++i) sum += static_cast<unsigned char>(text[i]);
    return sum;
}

}  // namespace peers
