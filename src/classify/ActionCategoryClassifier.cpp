#include "classify/ActionCategoryClassifier.h"

namespace rightstrack::classify {
namespace {

// Openings of one to three words as tokens; longer ones are too rare for fastText to learn
// from, and the rule covers them.
constexpr size_t kOpeningTokens = 3;

}  // namespace

std::string category_features(const std::string& normalised_text,
                              const std::vector<std::string>& leading_words) {
    std::string features;
    std::string opening;
    for (size_t i = 0; i < leading_words.size() && i < kOpeningTokens; ++i) {
        opening += '_';
        opening += leading_words[i];
        features += "__open" + std::to_string(i + 1) + opening + ' ';
    }
    return features + normalised_text;
}

core::Result<ActionCategoryClassifier> ActionCategoryClassifier::train(
    const std::vector<LabelledText>& texts, const TrainingText& normaliser) {
    LeadingVerbRule rule;
    std::vector<TrainingLine> lines;
    for (const auto& text : texts) {
        if (!text.action_category)
            continue;
        auto words = normaliser.leading_words(text.text, kLeadingWords);
        rule.add(words, *text.action_category);
        // fastText's labels are numbers from 0.
        lines.push_back({{*text.action_category - 1},
                         category_features(normaliser.normalise(text.text), words)});
    }
    if (lines.empty())
        return core::Error::invalid_input("no text has an action category to train on");
    auto model = TRY(FastTextModel::train(lines, FastTextSettings{}));
    return ActionCategoryClassifier(std::move(model), std::move(rule));
}

CategoryVerdict ActionCategoryClassifier::from_fasttext(
    const std::string& text, const std::vector<std::string>& leading_words,
    const TrainingText& normaliser) const {
    auto predictions =
        model_.predict(category_features(normaliser.normalise(text), leading_words), 0.0f);
    if (predictions.empty())
        return {};
    return {predictions.front().label + 1, predictions.front().probability};
}

CategoryVerdict ActionCategoryClassifier::suggest(const std::string& text,
                                                  const TrainingText& normaliser,
                                                  CategoryMethod method) const {
    auto words = normaliser.leading_words(text, kLeadingWords);
    switch (method) {
    case CategoryMethod::Rule: return rule_.guess(words);
    case CategoryMethod::FastText: return from_fasttext(text, words, normaliser);
    case CategoryMethod::RuleThenFastText:
        if (auto verdict = rule_.decide(words))
            return *verdict;
        return from_fasttext(text, words, normaliser);
    }
    return {};
}

}  // namespace rightstrack::classify
