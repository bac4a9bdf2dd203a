// The time section: per position, its supporting and opposing statements by calendar month, of
// the statements whose documents are dated.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "report/selection.hpp"

namespace sg::report {

struct Timeline {
    std::vector<std::string> months;  // "2014-06", every month from the first to the last, in order
    std::vector<std::string> positions;
    // positions.size() x months.size(), row-major
    std::vector<std::uint32_t> supports, opposes;
    std::size_t undated = 0;  // statements left out: their document has no date
    bool empty() const { return months.empty(); }
};

Timeline timeline_of(const Selection& selection);

// The section's SVG: one strip per position, supports as green bars above its axis, opposes as red
// bars below, one bar per month; bars carry a <title> with the numbers.
std::string timeline_svg(const Timeline& t);

}  // namespace sg::report
