// Repeats across cycles: for a recommendation, the most similar recommendations the same State
// under review received in earlier cycles, with their similarity. A recommendation made again is
// a sign that the first was not implemented. The similarity is the search index's "more like
// this" (index::Searcher::similar, tf-idf cosine from 0 to 1), asked once per earlier cycle with
// the State and that cycle as filters, so each repeat is known by its cycle. Not thread-safe
// (the Searcher).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "index/Searcher.h"
#include "store/Store.h"

namespace rightstrack::classify {

struct Repeat {
    std::string id;
    int cycle = 0;
    double score = 0;  // Cosine similarity, 0-1.
    std::string document;
    std::string paragraph;
    std::string text;
};

struct RepeatsReport {
    std::string id;
    std::string state_under_review;
    std::optional<int> cycle;
    std::string text;
    std::vector<Repeat> earlier;  // Most similar first; empty in a first cycle.
};

struct RepeatsOptions {
    std::size_t limit = 5;
    double min_score = 0;  // Leave out repeats less similar than this.
};

// NotFound naming the id when the store lacks it; an error when its cycle is unknown, since
// "earlier" then means nothing.
core::Result<RepeatsReport> find_repeats(store::Store& store, index::Searcher& searcher,
                                         const std::string& id, const RepeatsOptions& options = {});

// The same for every recommendation `state` (ISO alpha-3) received in `cycle`, in document
// order: a review's recommendations that repeat earlier ones. NotFound when it received none.
core::Result<std::vector<RepeatsReport>> find_repeats_in_review(store::Store& store,
                                                                index::Searcher& searcher,
                                                                const std::string& state, int cycle,
                                                                const RepeatsOptions& options = {});

}  // namespace rightstrack::classify
