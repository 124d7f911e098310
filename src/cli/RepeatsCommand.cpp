// `rightstrack classify repeats ID [--limit N] [--min-score S] [--json] [--db PATH]`: the
// recommendations most like this one that the same State under review received in earlier
// cycles, each with its cycle and cosine similarity; `--state S --cycle N` instead of an id does
// so for every recommendation of that review. A classify command rather than a flag of
// `search --similar`: it finds the State and cycle from the recommendation itself and asks each
// earlier cycle in turn, which a search's filters cannot say ("cycles before this one's").

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "classify/Repeats.h"
#include "cli/Commands.h"
#include "cli/Terminal.h"

namespace rightstrack::cli {
namespace {

nlohmann::ordered_json report_json(const classify::RepeatsReport& report) {
    auto earlier = nlohmann::ordered_json::array();
    for (const auto& r : report.earlier)
        earlier.push_back({{"id", r.id},
                           {"cycle", r.cycle},
                           {"score", r.score},
                           {"document", r.document},
                           {"paragraph", r.paragraph},
                           {"text", r.text}});
    return {{"id", report.id},
            {"state_under_review", report.state_under_review},
            {"cycle", report.cycle.value_or(0)},
            {"text", report.text},
            {"repeats", earlier}};
}

void print_text(const classify::RepeatsReport& report) {
    std::printf("%s (%s, cycle %d): %s\n", report.id.c_str(), report.state_under_review.c_str(),
                report.cycle.value_or(0), report.text.c_str());
    if (report.earlier.empty())
        std::printf("no similar recommendation to %s in an earlier cycle\n",
                    report.state_under_review.c_str());
    for (const auto& r : report.earlier)
        std::printf("  %.3f  cycle %d  %s  %s %s\n         %s\n", r.score, r.cycle, r.id.c_str(),
                    r.document.c_str(), r.paragraph.c_str(), r.text.c_str());
}

}  // namespace

int run_classify_repeats(const ClassifyRepeatsOptions& options) {
    if (!std::filesystem::exists(options.database))
        return report_error(core::Error::not_found("no database at " + options.database));
    if (options.id.empty() && options.state.empty())
        return report_error(
            core::Error::usage("give a recommendation's id, or --state and --cycle"));
    if (options.min_score < 0 || options.min_score > 1)
        return report_error(core::Error::usage("--min-score must be between 0 and 1"));
    auto store = store::open_sqlite_store(options.database);
    if (!store.ok())
        return report_error(store.error());
    auto searcher = index::Searcher::build(**store);
    if (!searcher.ok())
        return report_error(searcher.error());
    classify::RepeatsOptions wanted{options.limit, options.min_score};
    if (!options.id.empty()) {
        auto report = classify::find_repeats(**store, *searcher, options.id, wanted);
        if (!report.ok())
            return report_error(report.error());
        if (options.json)
            std::printf("%s\n", report_json(*report).dump(2).c_str());
        else
            print_text(*report);
        return 0;
    }
    auto reports =
        classify::find_repeats_in_review(**store, *searcher, options.state, options.cycle, wanted);
    if (!reports.ok())
        return report_error(reports.error());
    // In text, only the recommendations that repeat: the point of looking at a whole review.
    auto json = nlohmann::ordered_json::array();
    size_t repeating = 0;
    for (const auto& report : *reports) {
        repeating += !report.earlier.empty();
        if (options.json)
            json.push_back(report_json(report));
        else if (!report.earlier.empty())
            print_text(report);
    }
    if (!options.json)
        std::printf(
            "%zu of %zu recommendations to %s in cycle %d are like one of an earlier "
            "cycle\n",
            repeating, reports->size(), options.state.c_str(), options.cycle);
    if (options.json)
        std::printf("%s\n", nlohmann::ordered_json{{"state_under_review", options.state},
                                                   {"cycle", options.cycle},
                                                   {"recommendations", json}}
                                .dump(2)
                                .c_str());
    return 0;
}

}  // namespace rightstrack::cli
