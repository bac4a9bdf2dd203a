// The example questions (examples/nhs-cocommissioning/queries.sgq) give the answers recorded in
// queries.expected, so every question form shown to users is checked on the example graph.
// After a deliberate change to extraction or output, regenerate it with scripts/refresh-expected
// and review the diff.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

int run(const std::string& cmd) {
    const int status = std::system(cmd.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

// The JSON snapshot (encoded in memory when read) and the graph file (read in place) are two
// ways to the same graph: every answer must be the same, byte for byte.
TEST_CASE("the example queries give their expected answers, from a JSON snapshot and from a graph file") {
    const fs::path example = fs::path(SG_SOURCE_DIR) / "examples" / "nhs-cocommissioning";
    std::string tmpl = (fs::temp_directory_path() / "sg-examples-XXXXXX").string();
    const fs::path dir = ::mkdtemp(tmpl.data());
    const std::string bin = SG_BINARY;
    const std::string want = read_all(example / "queries.expected");
    bool all_same = true;
    for (const std::string name : {"graph.json", "graph.sg"}) {
        CAPTURE(name);
        const fs::path graph = dir / name, out = dir / (name + ".answers.txt");
        REQUIRE(run("'" + bin + "' build -q --codebook '" + (example / "codebook.json").string() + "' --annotations '" +
                    (example / "annotations.json").string() + "' -o '" + graph.string() + "' '" +
                    (example / "articles").string() + "'") == 0);
        CHECK(run("'" + bin + "' query -g '" + graph.string() + "' --format table -f '" +
                  (example / "queries.sgq").string() + "' >'" + out.string() + "' 2>&1") == 0);
        const std::string got = read_all(out);
        CHECK_MESSAGE(got == want, "answers differ from queries.expected; see diff " << out.string());
        all_same = all_same && got == want;
    }
    if (all_same) fs::remove_all(dir);
}
