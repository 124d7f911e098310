// What the benchmark reads of its own process: memory and time.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <string>

namespace rightstrack::bench {

// Resident memory, from /proc/self/status; 0 where that cannot be read.
inline std::uint64_t process_resident_bytes() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stoull(line.substr(6)) * 1024;
    return 0;
}

// How much resident memory grew since it was `before` (0 if it shrank).
inline std::uint64_t growth_since(std::uint64_t before) {
    const std::uint64_t now = process_resident_bytes();
    return now - std::min(before, now);
}

inline double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace rightstrack::bench
