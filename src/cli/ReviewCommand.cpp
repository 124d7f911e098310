// `rightstrack classify review --accept ID,... --reject ID,... --correct ID=LABEL ... --db PATH`:
// people's decisions on suggestions, all applied or none. `rightstrack classify suggestions
// [--state S] [--recommendation ID] [--limit N] [--json]` lists the suggestions to review.

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "classify/Review.h"
#include "cli/Commands.h"
#include "cli/Terminal.h"
#include "track/TrackJson.h"

namespace rightstrack::cli {
namespace {

core::Status add_ids(const std::vector<std::string>& lists, model::ReviewAction action,
                     const std::string& option, std::vector<model::SuggestionReview>& out) {
    for (const auto& list : lists)
        for (int64_t id : TRY(classify::parse_suggestion_ids(list, option)))
            out.push_back({id, action, ""});
    return {};
}

core::Result<std::vector<model::SuggestionReview>> reviews_of(
    const ClassifyReviewOptions& options) {
    std::vector<model::SuggestionReview> reviews;
    TRY(add_ids(options.accept, model::ReviewAction::Accept, "--accept", reviews));
    TRY(add_ids(options.reject, model::ReviewAction::Reject, "--reject", reviews));
    for (const auto& text : options.correct) {
        auto correction = TRY(classify::parse_correction(text, "--correct"));
        reviews.push_back({correction.id, model::ReviewAction::Correct, correction.label});
    }
    if (reviews.empty())
        return core::Error::usage("give --accept, --reject or --correct");
    return reviews;
}

core::Result<std::unique_ptr<store::Store>> open_existing(const std::string& database) {
    if (!std::filesystem::exists(database))
        return core::Error::not_found("no database at " + database);
    return store::open_sqlite_store(database);
}

void print_suggestion(const model::LabelSuggestion& s) {
    std::printf("%6lld  %-9s  %s  %s:%s  %.3f  %s v%d", static_cast<long long>(s.id),
                std::string(model::suggestion_state_code(s.state)).c_str(),
                s.recommendation.c_str(), s.label.taxonomy.c_str(), s.label.code.c_str(),
                s.confidence, s.model.c_str(), s.model_version);
    if (!s.corrected_to.empty())
        std::printf("  -> %s", s.corrected_to.c_str());
    std::printf("\n");
}

}  // namespace

int run_classify_review(const ClassifyReviewOptions& options) {
    auto reviews = reviews_of(options);
    if (!reviews.ok())
        return report_error(reviews.error());
    auto store = open_existing(options.database);
    if (!store.ok())
        return report_error(store.error());
    auto summary = classify::review_suggestions(**store, *reviews);
    if (!summary.ok())
        return report_error(summary.error());
    if (options.json)
        std::printf("%s\n", nlohmann::ordered_json{{"accepted", summary->accepted},
                                                   {"rejected", summary->rejected},
                                                   {"corrected", summary->corrected}}
                                .dump(2)
                                .c_str());
    else
        std::printf("accepted %lld, rejected %lld, corrected %lld\n",
                    static_cast<long long>(summary->accepted),
                    static_cast<long long>(summary->rejected),
                    static_cast<long long>(summary->corrected));
    return 0;
}

int run_classify_suggestions(const ClassifySuggestionsOptions& options) {
    store::SuggestionFilter filter{{}, options.recommendation, options.limit};
    if (!options.state.empty()) {
        filter.state = model::parse_suggestion_state(options.state);
        if (!filter.state)
            return report_error(core::Error::usage("unknown state '" + options.state + "' (" +
                                                   model::suggestion_states_text() + ")"));
    }
    auto store = open_existing(options.database);
    if (!store.ok())
        return report_error(store.error());
    auto list = (*store)->suggestions(filter);
    if (!list.ok())
        return report_error(list.error());
    if (options.json) {
        auto json = nlohmann::ordered_json::array();
        for (const auto& s : *list) json.push_back(nlohmann::ordered_json(track::to_json(s)));
        std::printf(
            "%s\n",
            nlohmann::ordered_json{{"total", list->size()}, {"suggestions", json}}.dump(2).c_str());
        return 0;
    }
    for (const auto& s : *list) print_suggestion(s);
    std::printf("%zu suggestions\n", list->size());
    return 0;
}

}  // namespace rightstrack::cli
