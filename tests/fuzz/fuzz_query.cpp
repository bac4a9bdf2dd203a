// Query text -> tokens -> statements -> AST, then the whole engine (known names, binder, plan,
// executor, the three result formats) over a small fixed graph.
//
// Promises checked: every token and every error offset lies inside the text; tokens come in
// order without overlapping; a statement fails only with QueryError; a result prints as a table,
// CSV and JSON, and the JSON parses.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include <rapidjson/document.h>

#include "query/engine.hpp"
#include "query/limits.hpp"
#include "query/parse/parser.hpp"
#include "query/parse/tokenizer.hpp"
#include "tests/fuzz/fuzz_support.hpp"
#include "tests/query/fixture.hpp"

namespace {

using sg::fuzz::fail;
using namespace sg::query;

void check_tokens(std::string_view text, const std::vector<Token>& tokens) {
    std::size_t previous_end = 0;
    for (const auto& t : tokens) {
        if (t.offset < previous_end || t.offset + t.length > text.size() || t.length == 0)
            fail("token \"" + t.text + "\" at " + std::to_string(t.offset) + "+" + std::to_string(t.length) +
                 " overlaps the previous one or leaves the text (" + std::to_string(text.size()) + " bytes)");
        previous_end = t.offset + t.length;
    }
}

void check_offset(std::string_view text, const QueryError& e) {
    if (e.offset > text.size())
        fail("QueryError offset " + std::to_string(e.offset) + " past the text: " + e.message);
    caret_message(text, e.offset, e.message);  // what the CLI prints for it
}

void print_every_format(const ResultSet& r) {
    std::ostringstream table, csv, json;
    write_table(table, r);
    write_csv(csv, r);
    write_json(json, r);
    rapidjson::Document doc;
    const std::string text = json.str();
    if (doc.Parse(text.c_str(), text.size()).HasParseError()) fail("--format json printed invalid JSON:\n" + text);
}

// Tokenizer and parser on their own, as the REPL's completion and the tests use them.
void parse_alone(std::string_view text) {
    const auto tokens = tokenize(text);
    check_tokens(text, tokens);
    for (const auto& statement : split_statements(tokens)) {
        try {
            if (!parse_statement(statement, Limits{}.max_nesting)) fail("parse_statement returned null");
        } catch (const QueryError& e) {
            check_offset(text, e);
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // Built once: two organisations, four people, two positions, two documents, claims both ways.
    static const sg::test::Fixture* fixture = new sg::test::Fixture;
    static const Engine* engine = new Engine(fixture->g);

    const std::string_view text = sg::fuzz::bytes(data, size);
    try {
        parse_alone(text);
        engine->run(text, print_every_format, [&](const QueryError& e) {
            check_offset(text, e);
            return true;  // go on with the next statement: one input reaches several
        });
    } catch (const std::exception& e) {
        sg::fuzz::unexpected(e);
    }
    return 0;
}
