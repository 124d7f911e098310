#include "classify/Evaluation.h"

#include <chrono>

#include "classify/ActionCategoryClassifier.h"
#include "classify/IssueClassifier.h"

namespace rightstrack::classify {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

CategoryMethodScores score_method(const std::vector<LabelledText>& test,
                                  const ActionCategoryClassifier& classifier,
                                  const TrainingText& normaliser, CategoryMethod method) {
    std::vector<int> truth;
    std::vector<int> suggested;
    for (const auto& text : test) {
        if (!text.action_category)
            continue;
        truth.push_back(*text.action_category);
        suggested.push_back(classifier.suggest(text.text, normaliser, method).category);
    }
    return {score_single_labels(truth, suggested), 1.0};
}

// The rule alone where it decides, to show how sure "sure" is.
CategoryMethodScores score_rule_when_sure(const std::vector<LabelledText>& train,
                                          const std::vector<LabelledText>& test,
                                          const TrainingText& normaliser) {
    LeadingVerbRule rule;
    for (const auto& text : train)
        if (text.action_category)
            rule.add(normaliser.leading_words(text.text, kLeadingWords), *text.action_category);
    std::vector<int> truth;
    std::vector<int> suggested;
    size_t categorised = 0;
    for (const auto& text : test) {
        if (!text.action_category)
            continue;
        ++categorised;
        if (auto verdict = rule.decide(normaliser.leading_words(text.text, kLeadingWords))) {
            truth.push_back(*text.action_category);
            suggested.push_back(verdict->category);
        }
    }
    return {score_single_labels(truth, suggested),
            categorised ? double(truth.size()) / categorised : 0};
}

LabelSetScores score_issues(const std::vector<LabelledText>& test,
                            const IssueClassifier& classifier, const TrainingText& normaliser) {
    std::vector<std::vector<std::string>> truth;
    std::vector<std::vector<std::string>> suggested;
    for (const auto& text : test) {
        if (text.issues.empty())
            continue;
        truth.push_back(text.issues);
        suggested.emplace_back();
        for (const auto& suggestion : classifier.suggest(normaliser.normalise(text.text)))
            suggested.back().push_back(suggestion.label);
    }
    return score_label_sets(truth, suggested);
}

double suggestions_per_second(const std::vector<LabelledText>& test, const IssueClassifier& issues,
                              const ActionCategoryClassifier& category,
                              const TrainingText& normaliser) {
    auto start = Clock::now();
    size_t suggested = 0;
    for (const auto& text : test) {
        suggested += issues.suggest(normaliser.normalise(text.text)).size();
        suggested += category.suggest(text.text, normaliser).category != 0;
    }
    double seconds = seconds_since(start);
    return suggested > 0 && seconds > 0 ? double(test.size()) / seconds : 0;
}

}  // namespace

core::Result<EvaluationReport> evaluate(const std::vector<LabelledText>& train,
                                        const std::vector<LabelledText>& test) {
    if (test.empty())
        return core::Error::invalid_input("no recommendations to evaluate on");
    TrainingText normaliser;
    EvaluationReport report;
    report.train_texts = train.size();
    report.test_texts = test.size();
    auto start = Clock::now();
    auto issues = TRY(IssueClassifier::train(train, normaliser));
    auto category = TRY(ActionCategoryClassifier::train(train, normaliser));
    report.train_seconds = seconds_since(start);
    report.issues = score_issues(test, issues, normaliser);
    report.issue_threshold = issues.thresholds().common;
    report.category = score_method(test, category, normaliser, CategoryMethod::RuleThenLinear);
    report.category_linear = score_method(test, category, normaliser, CategoryMethod::Linear);
    report.category_rule = score_method(test, category, normaliser, CategoryMethod::Rule);
    report.category_fasttext = score_method(test, category, normaliser, CategoryMethod::FastText);
    report.category_rule_when_sure = score_rule_when_sure(train, test, normaliser);
    report.suggestions_per_second = suggestions_per_second(test, issues, category, normaliser);
    return report;
}

}  // namespace rightstrack::classify
