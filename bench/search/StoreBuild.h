// The "index built from the store" figure: UPR Info's export written into a SQLite store
// scaled to N recommendations (copy k of every document is "<symbol>/k", with its
// recommendations under ids of their own), then the time `index::Searcher::build` takes to read,
// analyse and index all of it, and the resident memory the index adds.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/Result.h"

namespace rightstrack::bench {

struct StoreBuild {
    std::size_t recommendations = 0;
    double write_seconds = 0;  // Writing the scaled store, for scale only.
    double build_seconds = 0;
    std::uint64_t resident_bytes = 0;
};

core::Result<StoreBuild> measure_store_build(const std::string& csv_path, std::size_t count,
                                             const std::filesystem::path& folder);

}  // namespace rightstrack::bench
