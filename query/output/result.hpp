// Typed result rows and the three ways of printing them: an aligned table, a JSON array of
// objects, RFC 4180 CSV.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "graph/store/graph_store.hpp"
#include "query/output/rows.hpp"

namespace sg::query {

// One item of a list cell (a piece of a claim's evidence): its text for tables and CSV, and the
// same as one JSON object, already written, for --format json.
struct Record {
    std::string text;
    std::string json;
    friend bool operator==(const Record&, const Record&) = default;
};
using Records = std::vector<Record>;

// Text a cell shows in place rather than owning a copy: a name, key or claim's text read from the
// graph file, or a kind's name (static). `neighbours of X depth 2` at 10^6 claims answers 72,000
// rows, and a std::string per name had cost an allocation (most names are longer than the 15
// bytes a string holds in itself) and a copy per cell. Valid while the GraphStore it was read
// from lives: the command line and the REPL print an answer before closing their store, and an
// answer keeps anything else its cells point into alive (ResultSet::keep_alive).
struct TextRef {
    std::string_view text;
    friend bool operator==(TextRef a, TextRef b) { return a.text == b.text; }
};

// A cell: nothing, text (owned, or in place), a whole number, a real number, a truth value, or a
// list of records (tables show one record a line, CSV joins them with "; ", JSON writes an array
// of objects). Code that reads text asks text_of, which answers for both kinds of text alike.
using Value = std::variant<std::monostate, std::string, std::int64_t, double, bool, Records, TextRef>;

// The text of a text cell (a std::string or a TextRef), in place; nullopt for any other cell.
inline std::optional<std::string_view> text_in(const Value& v) {
    if (const auto* s = std::get_if<std::string>(&v)) return std::string_view(*s);
    if (const auto* t = std::get_if<TextRef>(&v)) return t->text;
    return std::nullopt;
}
inline bool is_text(const Value& v) { return std::holds_alternative<std::string>(v) || std::holds_alternative<TextRef>(v); }

// ASCII lower case: keywords, headers and names compare case-insensitively everywhere.
std::string lower_text(std::string_view s);
// The order of `order by`: numbers by value, anything else by its text, case-insensitively.
bool less_value(const Value& a, const Value& b);

struct Column {
    std::string header;   // shown in tables and CSV, used by `where`/`order by`: "claims for"
    std::string key;      // the JSON member name: "claims_for" ("name" for the actor column)
    // For columns holding node names: the kind a `where` value is resolved as (so aliases work).
    std::vector<NodeKind> names;
};

// An answer's rows, one array of cells (rows.hpp): rows[i][j] is row i's cell in column j.
using Rows = FlatRows<Value>;

struct ResultSet {
    std::vector<Column> columns;
    Rows rows;  // as wide as columns (add sets it)
    // Per row, the graph nodes the row stands for and the nodes that justify it (claims,
    // positions, documents, organisations): the DOT subgraph of the answer. Empty when no row
    // has any (every answer but those asked with nodes behind them), else one per row.
    std::vector<std::vector<NodeId>> row_nodes;
    // Nodes of the answer that belong to no row (the subject of the question).
    std::vector<NodeId> context_nodes;
    // Why the answer is what it is, for a reader of the table ("(0 rows: ...)"); not in JSON or CSV.
    std::string note;
    // What the TextRef cells point into besides a store the caller keeps: the store of an Engine
    // made from a Graph (the answer stays readable after that engine is gone), texts a graph walk
    // made once for many rows.
    std::vector<std::shared_ptr<const void>> keep_alive;

    // Appends a row (cells in column order) with the nodes behind it.
    void add(std::vector<Value> cells, std::vector<NodeId> nodes = {});
    // Index of the column whose header (or key) is `name`, case-insensitively.
    std::optional<std::size_t> column(std::string_view name) const;
    std::string column_list() const;  // "actor, kind, ..." for error messages
};

enum class Format : std::uint8_t { Table, Json, Csv };
std::optional<Format> format_from(std::string_view s);  // "table", "json", "csv"

std::string to_text(const Value& v);  // as shown in tables and CSV

// An aligned table (headers, a rule, rows; numbers right-aligned; long texts shortened to
// `max_width` code points; a list cell one record a line, each line whole), then "(N rows)"
// ("(N rows: note)" when the result has a note).
void write_table(std::ostream& out, const ResultSet& r, std::size_t max_width = 80);
// A JSON array of objects, one per row, members named by Column::key.
void write_json(std::ostream& out, const ResultSet& r);
// RFC 4180: header line, CRLF line ends, fields quoted when they hold , " CR or LF.
void write_csv(std::ostream& out, const ResultSet& r);
void write_result(std::ostream& out, const ResultSet& r, Format f);

}  // namespace sg::query
