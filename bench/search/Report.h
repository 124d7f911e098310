// What the benchmark prints and draws: per engine its build time, memory and latency
// percentiles, the ratios between engines, and the latency distributions as an SVG plot.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/Result.h"

namespace rightstrack::bench {

struct EngineRun {
    std::string name;
    std::string ranking;
    double build_seconds = 0;
    std::optional<std::uint64_t> resident_bytes;
    std::vector<double> latencies_ms;  // One per query, in workload order.
};

struct LatencySummary {
    double p50 = 0, p90 = 0, p99 = 0, max = 0;
};

// Nearest-rank percentiles.
LatencySummary summarise(std::vector<double> latencies_ms);

void print_report(std::ostream& out, const std::vector<EngineRun>& runs, size_t docs,
                  size_t queries);

// Cumulative distributions of every engine's latencies on a logarithmic time axis.
core::Status write_latency_svg(const std::filesystem::path& path,
                               const std::vector<EngineRun>& runs, size_t docs);

}  // namespace rightstrack::bench
