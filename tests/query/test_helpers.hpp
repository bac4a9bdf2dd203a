// Small helpers shared by the query tests.
#pragma once

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "query/engine.hpp"

// Lets doctest print the vectors of cells the tests compare.
namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
    static String convert(const std::vector<std::string>& v) {
        std::string out = "{";
        for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", \"" : "\"") + v[i] + "\"";
        return (out + "}").c_str();
    }
};
}  // namespace doctest

namespace sg::test {

// One column of a result as text.
inline std::vector<std::string> column(const query::ResultSet& r, std::size_t c) {
    std::vector<std::string> out;
    for (const auto& row : r.rows) out.push_back(query::to_text(row[c]));
    return out;
}

// Every row of a result as text, one vector of cells a row.
inline std::vector<std::vector<std::string>> cells(const query::ResultSet& r) {
    std::vector<std::vector<std::string>> out;
    for (const auto& row : r.rows) {
        std::vector<std::string> texts;
        for (const auto& v : row) texts.push_back(query::to_text(v));
        out.push_back(std::move(texts));
    }
    return out;
}

inline std::vector<std::string> headers(const query::ResultSet& r) {
    std::vector<std::string> out;
    for (const auto& c : r.columns) out.push_back(c.header);
    return out;
}

// The message of the QueryError a query throws ("" if it does not throw).
inline std::string error_of(const query::Engine& e, const std::string& q) {
    try {
        e.run_one(q);
    } catch (const query::QueryError& err) {
        return err.what();
    }
    return {};
}

}  // namespace sg::test
