// Spellings of the syntax tree's small enumerations, for plans (explain) and messages.
#include "query/parse/ast.hpp"

namespace sg::query {

const char* to_string(Compare c) {
    switch (c) {
        case Compare::Equal: return "=";
        case Compare::NotEqual: return "<>";
        case Compare::Less: return "<";
        case Compare::LessEqual: return "<=";
        case Compare::Greater: return ">";
        case Compare::GreaterEqual: return ">=";
    }
    return "=";
}

const char* to_string(Period p) {
    switch (p) {
        case Period::Day: return "day";
        case Period::Week: return "week";
        case Period::Month: return "month";
        case Period::Year: return "year";
    }
    return "day";
}

}  // namespace sg::query
