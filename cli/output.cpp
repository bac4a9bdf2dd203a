#include "cli/output.hpp"

#include <iostream>

#include "graph/atomic_file.hpp"
#include "graph/error.hpp"

namespace sg::cli {

void write_output(const std::optional<std::string>& file, const std::function<void(std::ostream&)>& fill) {
    if (file && *file != "-") {
        write_file_atomically(*file, fill);
        return;
    }
    fill(std::cout);
    std::cout.flush();
    if (!std::cout) throw FileError("stancegraph: could not write to standard output");
}

}  // namespace sg::cli
