// Running the built stancegraph binary (SG_BINARY) from tests: a temporary folder, a snapshot of
// the test graph in it, and a helper that runs a command line and captures its output.
#pragma once

#include "support/temp_dir.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "graph/snapshot.hpp"
#include "query/fixture.hpp"

namespace sg::test {


inline std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

struct Run {
    int code = -1;
    std::string out, err;
};

// Runs `SG_BINARY args` through the shell with stdin from `input` (a file path, or /dev/null).
inline Run run_binary(const TempDir& dir, const std::string& args, const std::string& input = "/dev/null") {
    const std::string out = (dir.path / "stdout.txt").string(), err = (dir.path / "stderr.txt").string();
    const std::string cmd = std::string("'") + SG_BINARY + "' " + args + " <'" + input + "' >'" + out + "' 2>'" + err + "'";
    const int status = std::system(cmd.c_str());
    Run r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
}

// The test graph saved as a snapshot in dir.
inline std::string fixture_snapshot(const TempDir& dir) {
    Fixture f;
    const std::string p = (dir.path / "graph.json").string();
    save_snapshot(f.g, p);
    return p;
}

}  // namespace sg::test
