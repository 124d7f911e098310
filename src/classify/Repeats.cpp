#include "classify/Repeats.h"

#include <algorithm>
#include <limits>

namespace rightstrack::classify {
namespace {

core::Status add_cycle(index::Searcher& searcher, const RepeatsReport& of, int cycle,
                       const RepeatsOptions& options, std::vector<Repeat>& out) {
    index::SimilarRequest request;
    request.id = of.id;
    request.filters = {{"state_under_review", {of.state_under_review}},
                       {"cycle", {std::to_string(cycle)}}};
    request.limit = options.limit;
    auto result = TRY(searcher.similar(request));
    for (const auto& hit : result.hits)
        if (hit.score >= options.min_score)
            out.push_back({hit.summary->id, cycle, hit.score, hit.summary->document,
                           hit.summary->paragraph, hit.summary->text});
    return {};
}

}  // namespace

core::Result<RepeatsReport> find_repeats(store::Store& store, index::Searcher& searcher,
                                         const std::string& id, const RepeatsOptions& options) {
    auto stored = TRY(store.recommendation(id));
    RepeatsReport report{
        id, stored.document.state, stored.document.cycle, stored.recommendation.text, {}};
    if (!report.cycle)
        return core::Error::invalid_input("recommendation " + id + " (" + stored.document.symbol +
                                          ") has no cycle, so no earlier cycles to look in");
    for (int cycle = 1; cycle < *report.cycle; ++cycle)
        TRY(add_cycle(searcher, report, cycle, options, report.earlier));
    // The best across cycles; at equal scores the later cycle, the closer repeat.
    std::stable_sort(report.earlier.begin(), report.earlier.end(),
                     [](const Repeat& a, const Repeat& b) {
                         return a.score != b.score ? a.score > b.score : a.cycle > b.cycle;
                     });
    if (report.earlier.size() > options.limit)
        report.earlier.resize(options.limit);
    return report;
}

core::Result<std::vector<RepeatsReport>> find_repeats_in_review(store::Store& store,
                                                                index::Searcher& searcher,
                                                                const std::string& state, int cycle,
                                                                const RepeatsOptions& options) {
    index::SearchRequest request;
    request.filters = {{"state_under_review", {state}}, {"cycle", {std::to_string(cycle)}}};
    request.sort = index::SortOrder::DocumentOrder;
    request.limit = std::numeric_limits<std::uint32_t>::max();
    auto review = TRY(searcher.search(request));
    if (review.hits.empty())
        return core::Error::not_found("no recommendation to " + state + " in cycle " +
                                      std::to_string(cycle));
    std::vector<RepeatsReport> reports;
    for (const auto& hit : review.hits)
        reports.push_back(TRY(find_repeats(store, searcher, hit.summary->id, options)));
    return reports;
}

}  // namespace rightstrack::classify
