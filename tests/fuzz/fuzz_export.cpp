// A plain-text file through the reader that tells an article from a news-database export
// (LexisNexis, Nexis Uni, Factiva) and splits an export into its articles (loaders/exports).
//
// Promises checked (fuzz_reader_checks.hpp): nothing throws; a file with no document says why;
// every document's text maps inside the file; every claim extracted from it maps inside the file.
#include <cstddef>
#include <cstdint>
#include <string>

#include "loaders/reading/documents.hpp"
#include "tests/fuzz/fuzz_reader_checks.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(sg::fuzz::bytes(data, size));
    if (sg::loaders::looks_binary(bytes)) return 0;  // read_documents refuses it with a FileError naming the file
    try {
        const auto f = sg::loaders::documents_from_bytes("fuzz.txt", bytes, "fuzz.txt");
        sg::fuzz::check_documents(f, bytes.size());
    } catch (const std::exception& e) {
        sg::fuzz::unexpected(e);
    }
    return 0;
}
