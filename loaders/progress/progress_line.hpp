// The line a terminal shows while a long build extracts documents:
//   "extracting 4210/10000 documents, 6.1 MB/s, 0:38 left"
// redrawn in place (carriage return) a few times a second, and ended with a newline when the
// extraction is done. Nothing at all is written when the output is not a terminal (a log file, a
// pipe, a test), nor for a build done within the first seconds.
#pragma once

#include <chrono>
#include <functional>
#include <ostream>
#include <string>

#include "loaders/build.hpp"

namespace sg::loaders {

// The text of the line, for `elapsed_seconds` since extraction began: documents done of all,
// the rate in MB (10^6 bytes) per second, and the time left at that rate ("1:05:09" beyond an
// hour); the rate and time left are left out until a byte is done.
std::string format_progress(const BuildProgress& p, double elapsed_seconds);

// "0:38", "12:05", "1:05:09": whole seconds, rounded up.
std::string format_duration(double seconds);

class ProgressLine {
public:
    // The line appears only kDelaySeconds after it is made (a short build shows none) and is
    // redrawn at most every kIntervalSeconds; the rate counts from the first update (the reading
    // passes before extraction are not in it).
    static constexpr double kDelaySeconds = 2.0;
    static constexpr double kIntervalSeconds = 0.25;

    // `terminal`: whether `out` is a terminal (isatty); when false the line writes nothing.
    // `now` gives seconds from any fixed origin (tests pass their own clock).
    ProgressLine(std::ostream& out, bool terminal, std::function<double()> now = steady_seconds);

    // Reports progress; redraws the line when due.
    void update(const BuildProgress& p);
    // Draws the final state and ends the line with a newline, if the line was ever drawn; once.
    void finish();
    // Finishes the line: a build that fails half-way leaves its message on a line of its own.
    ~ProgressLine();
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    static double steady_seconds();

private:
    void draw(const BuildProgress& p, double at);

    std::ostream& out_;
    bool terminal_;
    std::function<double()> now_;
    double created_;        // when the line was made: the delay counts from here
    double start_ = -1;     // the first update: the rate counts from here (-1: none yet)
    double last_draw_ = -1;  // when the line was last drawn (-1: never)
    std::size_t width_ = 0;  // length of the line last drawn, to blank what a shorter one leaves
    BuildProgress last_;
    bool finished_ = false;
};

}  // namespace sg::loaders
