// A .docx through libzip and the reader of word/document.xml (loaders/exports/docx_text), then
// the export splitter on its text.
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
    try {
        const auto f = sg::loaders::documents_from_bytes("fuzz.docx", bytes, "fuzz.docx");
        sg::fuzz::check_documents(f, 0);
    } catch (const std::exception& e) {
        sg::fuzz::unexpected(e);
    }
    return 0;
}
