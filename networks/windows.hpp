// A series of networks over moving time windows (--window N days|weeks|months|years): windows of
// N units that start one unit apart, from the unit of the first statement's date to the window
// that reaches the last one; each window's statements are filtered (exclusions, duplicates) on
// their own, and every window has the labels of the whole range so the matrices line up.
#pragma once

#include <string>
#include <vector>

#include "networks/matrix.hpp"
#include "networks/write.hpp"

namespace sg::networks {

enum class WindowUnit { Days, Weeks, Months, Years };

struct WindowOptions {
    int size = 1;
    WindowUnit unit = WindowUnit::Months;
};

// Statements without a date belong to no window. An empty series when no statement has a date.
std::vector<NetworkInWindow> network_series(const std::vector<Statement>& all, const NetworkOptions& options,
                                            const WindowOptions& window);

}  // namespace sg::networks
