#include "classify/LabelSuggester.h"

#include <algorithm>

namespace rightstrack::classify {
namespace {

bool has_confirmed_issue(const model::Recommendation& recommendation) {
    return std::any_of(recommendation.labels.begin(), recommendation.labels.end(),
                       [](const auto& label) { return label.taxonomy == model::kIssues; });
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

// Suggests what the recommendation lacks; false when the models had nothing to say.
bool suggest_for(const model::Recommendation& recommendation, const std::string& text,
                 const LabelModels& models, const TrainingText& normaliser,
                 std::vector<model::LabelSuggestion>& out) {
    size_t before = out.size();
    if (!has_confirmed_issue(recommendation))
        for (const auto& issue : models.issues.suggest(normaliser.normalise(text)))
            out.push_back(make(recommendation.id, model::kIssues, issue.label, issue.confidence,
                               kIssuesModelName, models.version));
    if (!recommendation.action_category) {
        auto verdict = models.category.suggest(text, normaliser);
        if (verdict.category != 0)
            out.push_back(make(recommendation.id, model::kActionCategories,
                               std::to_string(verdict.category), verdict.confidence,
                               kCategoryModelName, models.version));
    }
    return out.size() > before;
}

}  // namespace

core::Result<SuggestReport> suggest_labels(store::Store& store, const LabelModels& models,
                                           const SuggestOptions& options) {
    SuggestReport report;
    report.model_version = models.version;
    TrainingText normaliser;
    std::vector<model::LabelSuggestion> suggestions;
    // Suggestions are gathered first and stored after the scan, which reads in a transaction
    // of its own.
    TRY(store.scan(
        store::ScanOrder::Export,
        [&](const model::Recommendation& recommendation, const model::Document&) -> core::Status {
            if (options.limit != 0 && report.recommendations >= options.limit)
                return {};
            if (has_confirmed_issue(recommendation) && recommendation.action_category) {
                ++report.labelled;
                return {};
            }
            const auto& text = english_text(recommendation);
            if (text.empty())
                ++report.without_english;
            else if (suggest_for(recommendation, text, models, normaliser, suggestions))
                ++report.recommendations;
            else
                ++report.unknown_words;
            return {};
        }));
    report.write = TRY(store.save_suggestions(suggestions));
    return report;
}

}  // namespace rightstrack::classify
