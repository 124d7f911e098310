// What the benchmark reads of its own process.
#pragma once

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

}  // namespace rightstrack::bench
