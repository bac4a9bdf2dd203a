// A snapshot's bytes through read_snapshot (JSON, marker, schema, references, rebuilding the
// graph), and any snapshot that loads through a save -> load -> save round trip.
//
// Promises checked: a bad snapshot fails only with sg::FileError; a graph that loaded saves as a
// snapshot that loads again, and saving that gives the same bytes (graph/snapshot.hpp: "save ->
// load -> write gives the bytes that were saved").
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "graph/error.hpp"
#include "graph/snapshot.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace {

std::string saved(const sg::Graph& g) {
    std::ostringstream out;
    sg::write_snapshot(g, out);
    return out.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        std::istringstream in{std::string(sg::fuzz::bytes(data, size))};
        sg::Graph g;
        try {
            g = sg::read_snapshot(in, "fuzz.json");
        } catch (const sg::FileError&) {
            return 0;  // refused with a message naming the file: the promised way to fail
        }
        const std::string first = saved(g);
        std::istringstream again(first);
        sg::Graph reloaded;
        try {
            reloaded = sg::read_snapshot(again, "saved.json");
        } catch (const sg::FileError& e) {
            sg::fuzz::fail(std::string("a loaded graph saved as a snapshot that does not load: ") + e.what());
        }
        const std::string second = saved(reloaded);
        if (second != first) sg::fuzz::fail("save -> load -> save changed the bytes:\n" + first + "\n---\n" + second);
    } catch (const std::exception& e) {
        sg::fuzz::unexpected(e);
    }
    return 0;
}
