// What every fuzz target shares: reading the repository's data files once at start-up, and
// turning a broken promise into a crash libFuzzer records (abort, with the reason on stderr).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <typeinfo>

namespace sg::fuzz {

// A finding: the input broke a promise of the code under test. abort() makes libFuzzer save it.
[[noreturn]] inline void fail(std::string_view what) {
    std::fprintf(stderr, "\n*** fuzz target: %.*s\n", static_cast<int>(what.size()), what.data());
    std::abort();
}

// An exception of a type the entry point does not promise: a bug, whatever its message says.
[[noreturn]] inline void unexpected(const std::exception& e) {
    fail(std::string("unexpected exception ") + typeid(e).name() + ": " + e.what());
}

// A file of the source tree (codebooks, articles), read once by the targets that need one. A
// missing file is a broken checkout, not a finding: exit without running rather than abort.
inline std::string source_file(const std::string& relative) {
    const std::string path = std::string(SG_SOURCE_DIR) + "/" + relative;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "fuzz target: cannot read %s\n", path.c_str());
        std::exit(2);
    }
    std::ostringstream out;
    out << in.rdbuf();
    return std::move(out).str();
}

inline std::string_view bytes(const unsigned char* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

}  // namespace sg::fuzz
