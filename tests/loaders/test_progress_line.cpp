// The progress line of a long build (loaders/progress/progress_line.hpp): its text, and that it
// writes nothing at all when standard error is not a terminal.
#include <doctest/doctest.h>

#include <sstream>

#include "loaders/progress/progress_line.hpp"

using sg::loaders::BuildProgress;
using sg::loaders::format_duration;
using sg::loaders::format_progress;
using sg::loaders::ProgressLine;

namespace {

BuildProgress at(std::size_t docs, std::size_t of_docs, std::size_t bytes, std::size_t of_bytes) {
    BuildProgress p;
    p.documents_done = docs;
    p.documents_total = of_docs;
    p.bytes_done = bytes;
    p.bytes_total = of_bytes;
    return p;
}

}  // namespace

TEST_CASE("progress: durations are m:ss, or h:mm:ss beyond an hour, rounded up") {
    CHECK(format_duration(0) == "0:00");
    CHECK(format_duration(0.2) == "0:01");
    CHECK(format_duration(38) == "0:38");
    CHECK(format_duration(725) == "12:05");
    CHECK(format_duration(3909) == "1:05:09");
    CHECK(format_duration(-5) == "0:00");
}

TEST_CASE("progress: the line gives documents done, MB/s and the time left at that rate") {
    // 20 MB of 100 MB in 4 s: 5 MB/s, 80 MB left -> 16 s
    CHECK(format_progress(at(200, 1000, 20'000'000, 100'000'000), 4.0) ==
          "extracting 200/1000 documents, 5.0 MB/s, 0:16 left");
    CHECK(format_progress(at(1000, 1000, 100'000'000, 100'000'000), 20.0) ==
          "extracting 1000/1000 documents, 5.0 MB/s, 0:00 left");
    // nothing done yet: no rate to give
    CHECK(format_progress(at(0, 10, 0, 5000), 3.0) == "extracting 0/10 documents");
}

TEST_CASE("progress: not a terminal, nothing is written, however long the build") {
    std::ostringstream out;
    double clock = 0;
    {
        ProgressLine line(out, /*terminal=*/false, [&] { return clock; });
        for (int i = 1; i <= 100; ++i) {
            clock = i;
            line.update(at(i, 100, i * 1000, 100'000));
        }
        line.finish();
    }
    CHECK(out.str().empty());
}

TEST_CASE("progress: on a terminal, a short build shows nothing") {
    std::ostringstream out;
    double clock = 0;
    ProgressLine line(out, /*terminal=*/true, [&] { return clock; });
    clock = 0.5;
    line.update(at(1, 2, 10, 20));
    clock = 1.0;
    line.update(at(2, 2, 20, 20));
    line.finish();
    CHECK(out.str().empty());
}

TEST_CASE("progress: on a terminal, a long build redraws one line a few times a second, then ends it") {
    std::ostringstream out;
    double clock = 0;
    ProgressLine line(out, /*terminal=*/true, [&] { return clock; });
    // the first document at t=0: the rate counts from here
    line.update(at(1, 10, 1'000'000, 10'000'000));
    // ten updates within a tenth of a second after the delay: one drawing
    for (int i = 0; i < 10; ++i) {
        clock = ProgressLine::kDelaySeconds + i * 0.01;
        line.update(at(2, 10, 2'000'000, 10'000'000));
    }
    CHECK(out.str() == "\rextracting 2/10 documents, 1.0 MB/s, 0:08 left");
    clock = 4.0;
    line.update(at(10, 10, 10'000'000, 10'000'000));
    line.finish();
    const std::string s = out.str();
    CHECK(s.find('\n') == s.size() - 1);  // one line, ended once
    CHECK(s.substr(s.rfind('\r')) == "\rextracting 10/10 documents, 2.5 MB/s, 0:00 left\n");
    line.finish();
    CHECK(out.str() == s);  // finished once
}
