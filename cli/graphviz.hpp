// Running graphviz's `dot` where it is installed (a run-time dependency only).
#pragma once

#include <optional>
#include <string>

namespace sg::cli {

// The path of the `dot` program found on PATH, if any.
std::optional<std::string> find_dot();

// Renders DOT text to SVG with `dot -Tsvg`. Throws sg::FileError when dot is not installed (the
// message says how to install it or to use --format dot) or when dot fails (with its message).
std::string render_svg(const std::string& dot_text);

}  // namespace sg::cli
