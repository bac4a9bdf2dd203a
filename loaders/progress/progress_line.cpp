#include "loaders/progress/progress_line.hpp"

#include <cmath>
#include <cstdio>

namespace sg::loaders {

std::string format_duration(double seconds) {
    const long total = seconds <= 0 ? 0 : static_cast<long>(std::ceil(seconds));
    const long h = total / 3600, m = total / 60 % 60, s = total % 60;
    char buf[32];
    if (h > 0)
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", h, m, s);
    else
        std::snprintf(buf, sizeof buf, "%ld:%02ld", m, s);
    return buf;
}

std::string format_progress(const BuildProgress& p, double elapsed_seconds) {
    std::string line = "extracting " + std::to_string(p.documents_done) + "/" + std::to_string(p.documents_total) +
                       " documents";
    if (p.bytes_done == 0 || elapsed_seconds <= 0) return line;
    const double rate = static_cast<double>(p.bytes_done) / elapsed_seconds;  // bytes per second
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", rate / 1e6);
    line += std::string(", ") + buf + " MB/s";
    const double left = p.bytes_total > p.bytes_done ? static_cast<double>(p.bytes_total - p.bytes_done) / rate : 0.0;
    line += ", " + format_duration(left) + " left";
    return line;
}

double ProgressLine::steady_seconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

ProgressLine::ProgressLine(std::ostream& out, bool terminal, std::function<double()> now)
    : out_(out), terminal_(terminal), now_(std::move(now)), created_(terminal_ ? now_() : 0.0) {}

void ProgressLine::update(const BuildProgress& p) {
    if (!terminal_) return;
    last_ = p;
    const double at = now_();
    if (start_ < 0) start_ = at;  // the first document done: extraction is under way
    if (at - created_ < kDelaySeconds) return;
    if (last_draw_ >= 0 && at - last_draw_ < kIntervalSeconds) return;
    draw(p, at);
}

ProgressLine::~ProgressLine() { finish(); }

void ProgressLine::finish() {
    if (!terminal_ || last_draw_ < 0 || finished_) return;
    finished_ = true;
    draw(last_, now_());
    out_ << '\n';
    out_.flush();
}

void ProgressLine::draw(const BuildProgress& p, double at) {
    std::string line = format_progress(p, at - start_);
    const std::size_t width = line.size();
    // A shorter line than the last leaves its tail on screen: blank it.
    if (width < width_) line.append(width_ - width, ' ');
    width_ = width;
    out_ << '\r' << line;
    out_.flush();
    last_draw_ = at;
}

}  // namespace sg::loaders
