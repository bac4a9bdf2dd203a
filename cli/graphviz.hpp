// Running graphviz's `dot` where it is installed (a run-time dependency only).
#pragma once

#include <optional>
#include <string>

namespace sg::cli {

// The path of the `dot` program found on PATH, if any.
std::optional<std::string> find_dot();
// The path of a program (graphviz's dot, neato, sfdp ...) found on PATH, if any.
std::optional<std::string> find_program(const std::string& name);

// Runs `program -Tsvg` (a path) on DOT text and returns its SVG. Throws sg::FileError starting
// with `who` when it cannot be run or fails (with its message).
std::string run_graphviz(const std::string& program, const std::string& dot_text, const std::string& who);

// Renders DOT text to SVG with `dot -Tsvg`. Throws sg::FileError when dot is not installed (the
// message says how to install it or to use --format dot) or when dot fails (with its message).
std::string render_svg(const std::string& dot_text);

}  // namespace sg::cli
