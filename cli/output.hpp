// Where a command's output goes: standard output, or a file written atomically (-o FILE), so
// that a failed export never leaves a half-written file in place of a good one.
#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <string>

namespace sg::cli {

void write_output(const std::optional<std::string>& file, const std::function<void(std::ostream&)>& fill);

}  // namespace sg::cli
