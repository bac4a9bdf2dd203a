// An annotations file's JSON applied to a fresh copy of a graph built from one invented article
// (with its codebook), as `stancegraph build --annotations` does after extraction; then the
// annotated graph saved and loaded again, as a later `query -g` does.
//
// Promises checked: a bad file, or an annotation that names nothing, fails only with
// sg::FileError; whatever the annotations do, the graph still saves as a snapshot that loads.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "graph/error.hpp"
#include "graph/snapshot.hpp"
#include "loaders/annotations/annotations.hpp"
#include "loaders/build.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace {

// The snapshot of the base graph: Graph cannot be copied, so each input reloads it.
std::string base_snapshot() {
    const std::string dir = std::string(SG_SOURCE_DIR) + "/tests/heldout/";
    sg::loaders::BuildOptions options;
    options.codebook = dir + "codebook.json";
    options.threads = 1;
    sg::loaders::BuildReport report;
    const sg::Graph g =
        sg::loaders::build_graph({dir + "articles/002_harwick-gazette-phone-free-charter.txt"}, options, report);
    std::ostringstream out;
    sg::write_snapshot(g, out);
    return out.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string* base = new std::string(base_snapshot());

    try {
        std::istringstream in(*base);
        sg::Graph g = sg::read_snapshot(in, "base.json");
        try {
            sg::loaders::apply_annotations_text(g, sg::fuzz::bytes(data, size), "fuzz.json");
        } catch (const sg::FileError&) {
            return 0;  // refused with the file and the annotation named: the promised way to fail
        }
        std::ostringstream saved;
        sg::write_snapshot(g, saved);
        std::istringstream reload(saved.str());
        try {
            sg::read_snapshot(reload, "annotated.json");
        } catch (const sg::FileError& e) {
            sg::fuzz::fail(std::string("the annotated graph saves as a snapshot that does not load: ") + e.what());
        }
    } catch (const std::exception& e) {
        sg::fuzz::unexpected(e);
    }
    return 0;
}
