#include "classify/LabelSuggester.h"

#include <algorithm>
#include <optional>
#include <set>

#include "classify/SdgGoals.h"

namespace rightstrack::classify {
namespace {

bool has_confirmed(const model::Recommendation& recommendation, std::string_view taxonomy) {
    return std::any_of(recommendation.labels.begin(), recommendation.labels.end(),
                       [&](const auto& label) { return label.taxonomy == taxonomy; });
}

model::LabelSuggestion make(const std::string& recommendation, std::string_view taxonomy,
                            std::string code, float confidence, const char* model_name,
                            int version) {
    model::LabelSuggestion s;
    s.recommendation = recommendation;
    s.label = {std::string(taxonomy), std::move(code)};
    // fastText's probabilities may stray past 1 by a rounding error.
    s.confidence = std::clamp(static_cast<double>(confidence), 0.0, 1.0);
    s.model = model_name;
    s.model_version = version;
    return s;
}

// What suggesting needs besides the recommendation: the models, and the SDG goals when the
// store's SDG taxonomy has English target names to compare texts with.
struct Suggesters {
    const LabelModels& models;
    std::optional<SdgGoalSuggester> goals;
    std::set<std::string> goal_codes;  // Goals the store's SDG taxonomy has.
    TrainingText normaliser;

    bool complete(const model::Recommendation& recommendation) const {
        return has_confirmed(recommendation, model::kIssues) && recommendation.action_category &&
               (!goals || has_confirmed(recommendation, model::kSdgs));
    }
};

// The issues that pass their goals on: the confirmed ones, sure, or else those suggested.
std::vector<Suggestion> issue_evidence(const model::Recommendation& recommendation,
                                       const std::vector<Suggestion>& suggested) {
    std::vector<Suggestion> confirmed;
    for (const auto& label : recommendation.labels)
        if (label.taxonomy == model::kIssues)
            confirmed.push_back({label.code, 1.0f});
    return confirmed.empty() ? suggested : confirmed;
}

// Suggests what the recommendation lacks; false when the models had nothing to say.
bool suggest_for(const model::Recommendation& recommendation, const std::string& text,
                 const Suggesters& with, std::vector<model::LabelSuggestion>& out) {
    size_t before = out.size();
    const auto& models = with.models;
    // Confirmed issues make suggesting them needless, for themselves and for the goals.
    std::vector<Suggestion> issues;
    if (!has_confirmed(recommendation, model::kIssues))
        issues = models.issues.suggest(with.normaliser.normalise(text));
    for (const auto& issue : issues)
        out.push_back(make(recommendation.id, model::kIssues, issue.label, issue.confidence,
                           kIssuesModelName, models.version));
    if (!recommendation.action_category) {
        auto verdict = models.category.suggest(text, with.normaliser);
        if (verdict.category != 0)
            out.push_back(make(recommendation.id, model::kActionCategories,
                               std::to_string(verdict.category), verdict.confidence,
                               kCategoryModelName, models.version));
    }
    if (with.goals && !has_confirmed(recommendation, model::kSdgs))
        for (const auto& goal : with.goals->suggest(text, issue_evidence(recommendation, issues)))
            if (with.goal_codes.contains(goal.label))
                out.push_back(make(recommendation.id, model::kSdgs, goal.label, goal.confidence,
                                   kSdgModelName, models.version));
    return out.size() > before;
}

// The SDG goals' suggester, when the store has the goals and English names of their targets.
core::Status prepare_goals(store::Store& store, Suggesters& with) {
    auto sdgs = TRY(store.taxonomy(std::string(model::kSdgs)));
    for (const auto& label : sdgs.labels)
        if (label.code.find('.') == std::string::npos)
            with.goal_codes.insert(label.code);
    auto goals = SdgGoalSuggester::build(sdgs, "en");
    if (goals.ok() && !with.goal_codes.empty())
        with.goals = goals.release_value();
    return {};
}

}  // namespace

core::Result<SuggestReport> suggest_labels(store::Store& store, const LabelModels& models,
                                           const SuggestOptions& options) {
    SuggestReport report;
    report.model_version = models.version;
    Suggesters with{models, std::nullopt, {}, {}};
    TRY(prepare_goals(store, with));
    report.sdg_goals = with.goals.has_value();
    std::vector<model::LabelSuggestion> suggestions;
    // Suggestions are gathered first and stored after the scan, which reads in a transaction
    // of its own.
    TRY(store.scan(
        store::ScanOrder::Export,
        [&](const model::Recommendation& recommendation, const model::Document&) -> core::Status {
            if (options.limit != 0 && report.recommendations >= options.limit)
                return {};
            if (with.complete(recommendation)) {
                ++report.labelled;
                return {};
            }
            const auto& text = english_text(recommendation);
            if (text.empty())
                ++report.without_english;
            else if (suggest_for(recommendation, text, with, suggestions))
                ++report.recommendations;
            else
                ++report.unknown_words;
            return {};
        }));
    report.write = TRY(store.save_suggestions(suggestions));
    return report;
}

}  // namespace rightstrack::classify
