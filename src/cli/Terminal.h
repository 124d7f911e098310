// How commands talk to the person at the terminal: errors in one format with the exit code
// that goes with them, and a progress line that is shown only when stderr is a terminal.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

#include "core/Error.h"

namespace rightstrack::cli {

// Prints "rightstrack: error: <where>: <message>" to stderr and returns the exit code.
int report_error(const core::Error& error);

class ProgressLine {
public:
    explicit ProgressLine(std::string label);
    ~ProgressLine();
    void update(size_t done, size_t total);
    void finish();

private:
    std::string label_;
    bool enabled_;
    bool shown_ = false;
    std::chrono::steady_clock::time_point last_;
};

}  // namespace rightstrack::cli
