// What the harness asks of every search engine it measures: index the corpus once, then answer
// each query with the total, the top 20 by relevance and the exact count of every value of
// every facet. Facets are disjunctive: a facet's counts apply every filter but its own. An
// engine is used by one thread.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "Corpus.h"
#include "Workload.h"
#include "core/Result.h"

namespace rightstrack::bench {

inline constexpr size_t kTopHits = 20;

struct Answer {
    std::uint64_t total = 0;   // Documents matching the text and every filter.
    std::vector<DocId> top;    // At most kTopHits, best first by the engine's relevance.
    // counts[facet][value]: documents matching the text and every filter except that facet's
    // that have the value. Sized corpus.facet(f).value_count(); zero where none.
    std::array<std::vector<std::uint64_t>, kFacetCount> counts;
};

class Engine {
public:
    virtual ~Engine() = default;
    // Short name for the report: "sqlite-fts5", "postgres", "xapian", "rightstrack".
    virtual std::string_view name() const = 0;
    // The relevance the top hits are ranked by, for the report ("BM25", "ts_rank", ...).
    virtual std::string_view ranking() const = 0;
    // Indexes every document of `corpus`, which outlives the engine.
    virtual core::Status build(const Corpus& corpus) = 0;
    virtual core::Result<Answer> search(const Query& query) = 0;
    // Resident memory the engine's index holds, when the engine can tell better than the
    // process's growth during build (a server's backend); nullopt otherwise.
    virtual std::optional<std::uint64_t> resident_bytes() { return std::nullopt; }
};

// Counts sized for `corpus`, all zero.
Answer empty_answer(const Corpus& corpus);

}  // namespace rightstrack::bench
