// Step 1: reading keeps byte offsets into the original file whatever the encoding damage.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "graph/error.hpp"
#include "loaders/reading/source_text.hpp"

using namespace sg::loaders;

TEST_CASE("reading: a BOM and CRs become spaces, so offsets stay those of the file") {
    std::string bytes = "\xEF\xBB\xBFTitle line\r\nBody text.\r\n";
    SourceText s = clean_source("a.txt", bytes);
    CHECK(s.original == bytes);
    REQUIRE(s.text.size() == bytes.size());
    CHECK(s.text.substr(3, 10) == "Title line");
    CHECK(s.text[13] == ' ');
    CHECK(s.text.find("Body text.") == bytes.find("Body text."));
    CHECK(s.warnings.empty());
}

TEST_CASE("reading: each invalid UTF-8 byte is replaced in place and reported at its line:column") {
    std::string bytes = "caf\xE9 and \xC3\x28 and \xE2\x80\x99ok";
    SourceText s = clean_source("bad.txt", bytes);
    REQUIRE(s.text.size() == bytes.size());
    CHECK(s.text.substr(0, 4) == "caf?");
    REQUIRE(s.warnings.size() == 2);
    CHECK(s.warnings[0] == "bad.txt:1:4: invalid UTF-8 byte 0xE9 replaced with '?'");
    CHECK(s.warnings[1].rfind("bad.txt:1:10:", 0) == 0);
    CHECK(s.text.find("\xE2\x80\x99ok") != std::string::npos);  // valid multi-byte text kept
}

TEST_CASE("reading: a truncated sequence at the end of the file does not crash") {
    SourceText s = clean_source("t.txt", std::string("end \xE2\x80"));
    CHECK(s.text == "end ??");
    CHECK(s.warnings.size() == 2);
}

TEST_CASE("reading: a binary file or a missing file is a FileError naming the file") {
    auto dir = std::filesystem::temp_directory_path() / "sg_test_reading";
    std::filesystem::create_directories(dir);
    auto bin = dir / "image.txt";
    {
        std::ofstream out(bin, std::ios::binary);
        out << std::string("GIF89a\0\0\1", 9);
    }
    CHECK(looks_binary(std::string("a\0b", 3)));
    try {
        read_source(bin);
        FAIL("binary accepted");
    } catch (const sg::FileError& e) {
        CHECK(std::string(e.what()).find("image.txt") != std::string::npos);
        CHECK(std::string(e.what()).find("binary") != std::string::npos);
    }
    CHECK_THROWS_AS(read_source(dir / "missing.txt"), sg::FileError);
    std::filesystem::remove_all(dir);
}

TEST_CASE("reading: line ends and invalid bytes are found wherever they fall in a run of ASCII") {
    // clean_source passes over ASCII eight bytes at a time: a CR, an LF or a byte above 0x7F at
    // any place of such a block, and the column counted over it, must be as byte by byte.
    for (std::size_t at = 0; at < 20; ++at)
        for (const char* mark : {"\r", "\n", "\xE9", "\xC3\xA9"}) {
            std::string bytes(20, 'x');
            bytes.insert(at, mark);
            bytes += "tail\xE9";
            SourceText s = clean_source("r.txt", bytes);
            REQUIRE(s.text.size() == bytes.size());
            const std::string_view m(mark);
            if (m == "\r") CHECK(s.text[at] == ' ');
            if (m == "\n") CHECK(s.text[at] == '\n');
            if (m == "\xE9") CHECK(s.text[at] == '?');
            if (m == "\xC3\xA9") CHECK(s.text.substr(at, 2) == "\xC3\xA9");
            // the last byte's place: line 2 after an LF, else line 1 at its column
            const std::string where = m == "\n" ? "r.txt:2:" + std::to_string(20 - at + 5) + ":"
                                                : "r.txt:1:" + std::to_string(20 + (m == "\xC3\xA9" ? 1 : m.size()) + 5) + ":";
            REQUIRE(!s.warnings.empty());
            CHECK(s.warnings.back().rfind(where, 0) == 0);
            CHECK(s.warnings.size() == (m == "\xE9" ? 2u : 1u));
        }
}
