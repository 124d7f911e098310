#include "cli/Terminal.h"

#include <unistd.h>

#include <cstdio>

namespace rightstrack::cli {

int report_error(const core::Error& error) {
    std::fprintf(stderr, "rightstrack: error: %s\n", error.describe().c_str());
    return core::exit_code(error.kind());
}

ProgressLine::ProgressLine(std::string label)
    : label_(std::move(label)), enabled_(::isatty(STDERR_FILENO) != 0) {}

ProgressLine::~ProgressLine() {
    finish();
}

void ProgressLine::update(size_t done, size_t total) {
    if (!enabled_)
        return;
    auto now = std::chrono::steady_clock::now();
    // Redrawing at most ten times a second keeps the terminal from slowing the import.
    if (shown_ && done < total && now - last_ < std::chrono::milliseconds(100))
        return;
    last_ = now;
    shown_ = true;
    int percent = total ? static_cast<int>(100 * done / total) : 100;
    std::fprintf(stderr, "\r\033[K%s %zu/%zu (%d%%)", label_.c_str(), done, total, percent);
    std::fflush(stderr);
}

void ProgressLine::finish() {
    if (enabled_ && shown_)
        std::fprintf(stderr, "\r\033[K");
    shown_ = false;
}

}  // namespace rightstrack::cli
