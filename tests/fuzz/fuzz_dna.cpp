// A DNA database file's bytes through import-dna's reader and its mapping to a graph, then the
// graph through the snapshot writer and reader.
//
// Promises checked: a bad DNA file (not SQLite, damaged pages, a foreign or changed schema,
// statements outside their text, odd values) fails only with sg::FileError; a file that reads
// gives a graph whose snapshot loads back.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "graph/error.hpp"
#include "graph/snapshot.hpp"
#include "loaders/dna/dna_file.hpp"
#include "loaders/dna/to_graph.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace {

// SQLite reads files, so each input is written to one scratch file of this process.
const std::string& scratch() {
    static const std::string path = [] {
        char name[] = "/tmp/fuzz-dna-XXXXXX";
        const int fd = ::mkstemp(name);
        if (fd < 0) sg::fuzz::fail("cannot create a scratch file");
        ::close(fd);
        return std::string(name);
    }();
    return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        {
            std::ofstream out(scratch(), std::ios::binary | std::ios::trunc);
            out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
        }
        sg::Graph g;
        try {
            g = sg::loaders::dna::dna_to_graph(sg::loaders::dna::read_dna_file(scratch()), "fuzz.dna");
        } catch (const sg::FileError&) {
            return 0;  // refused with a message naming the file: the promised way to fail
        }
        std::ostringstream json;
        sg::write_snapshot(g, json);
        std::istringstream in(json.str());
        (void)sg::read_snapshot(in, "imported.json");
    } catch (const std::exception& e) {
        sg::fuzz::unexpected(e);
    }
    return 0;
}
