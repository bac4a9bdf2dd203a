// Bounds that keep every query finite and every recursion shallow, whatever the input. Each has a
// command-line option to raise it (cli/limit_options.cpp), and every error that cites one names
// that option, so a user who hits a bound knows which one and how to move it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sg::query {

struct Limits {
    std::size_t max_rows = 100000;   // rows one statement may produce            (--max-rows)
    std::size_t max_path = 16;       // edges in `path from X to Y`               (--max-path)
    std::size_t max_nesting = 100;   // brackets, `not`s and and/or chains nest   (--max-nesting)
    std::size_t max_depth = 4;       // `neighbours of X depth N`                 (--max-depth)
};

// One limit as the command line and the REPL name it.
struct LimitSpec {
    std::string_view option;         // "max-rows"
    std::size_t Limits::*field;
    std::size_t ceiling;             // the most the option may ask for
    std::string_view what;           // for --help and `.limits`
};

// The limits in the order help shows them. The nesting ceiling keeps the recursion over a where
// expression well inside a default 8 MB stack (measured: 10,000 levels need 2-4 MB in a release
// build and more with sanitizers; 2,000 need well under 1 MB); the others bound time and memory.
inline constexpr LimitSpec kLimitSpecs[] = {
    {"max-rows", &Limits::max_rows, 100'000'000, "rows a statement may produce, before its limit clause"},
    {"max-path", &Limits::max_path, 1'000'000, "edges in the path a `path from` answer may have"},
    {"max-nesting", &Limits::max_nesting, 2'000, "levels brackets, not, and, or may nest"},
    {"max-depth", &Limits::max_depth, 1'000, "depth a `neighbours of` question may ask for"},
};

// "(the --max-rows limit, 100000)": the tail every limit error ends with.
inline std::string limit_note(std::string_view option, std::size_t value) {
    return "(the --" + std::string(option) + " limit, " + std::to_string(value) + ")";
}

}  // namespace sg::query
