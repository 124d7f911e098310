#include "classify/IssueClassifier.h"

#include <algorithm>
#include <map>

#include "classify/Metrics.h"

namespace rightstrack::classify {
namespace {

// Every tenth text is held out to tune the threshold: a fixed pattern, so training repeats.
constexpr size_t kHoldOutEvery = 10;

struct Lines {
    std::vector<TrainingLine> kept;
    std::vector<TrainingLine> held_out;
};

std::vector<std::string> label_names(const std::vector<LabelledText>& texts) {
    std::vector<std::string> names;
    for (const auto& text : texts)
        names.insert(names.end(), text.issues.begin(), text.issues.end());
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

Lines training_lines(const std::vector<LabelledText>& texts, const std::vector<std::string>& names,
                     const TrainingText& normaliser) {
    std::map<std::string, int, std::less<>> numbers;
    for (size_t i = 0; i < names.size(); ++i) numbers.emplace(names[i], static_cast<int>(i));
    Lines lines;
    size_t labelled = 0;
    for (const auto& text : texts) {
        if (text.issues.empty())
            continue;
        TrainingLine line{{}, normaliser.normalise(text.text)};
        for (const auto& issue : text.issues) line.labels.push_back(numbers.at(issue));
        auto& part = labelled++ % kHoldOutEvery == kHoldOutEvery - 1 ? lines.held_out : lines.kept;
        part.push_back(std::move(line));
    }
    return lines;
}

// Issues above `threshold`, or the most probable one alone.
std::vector<Prediction> above(const std::vector<Prediction>& predictions, float threshold) {
    std::vector<Prediction> chosen;
    for (const auto& p : predictions)
        if (p.probability >= threshold)
            chosen.push_back(p);
    if (chosen.empty() && !predictions.empty())
        chosen.push_back(predictions.front());
    return chosen;
}

}  // namespace

FastTextSettings issue_settings() {
    FastTextSettings settings;
    settings.one_vs_all = true;
    return settings;
}

float tune_threshold(const std::vector<std::vector<Prediction>>& predictions,
                     const std::vector<std::vector<int>>& truth) {
    float best = 0.5f;
    double best_f1 = -1;
    for (int step = 1; step < 20; ++step) {
        float threshold = 0.05f * step;
        size_t tp = 0, fp = 0, fn = 0;
        for (size_t i = 0; i < predictions.size(); ++i) {
            auto chosen = above(predictions[i], threshold);
            size_t hits = 0;
            for (const auto& p : chosen)
                hits += std::count(truth[i].begin(), truth[i].end(), p.label) > 0;
            tp += hits;
            fp += chosen.size() - hits;
            fn += truth[i].size() - hits;
        }
        double score = f1(tp, fp, fn);
        if (score > best_f1) {
            best_f1 = score;
            best = threshold;
        }
    }
    return best;
}

core::Result<IssueClassifier> IssueClassifier::train(const std::vector<LabelledText>& texts,
                                                     const TrainingText& normaliser) {
    auto names = label_names(texts);
    auto lines = training_lines(texts, names, normaliser);
    if (lines.held_out.empty())
        return core::Error::invalid_input("too few texts with issues to train on (" +
                                          std::to_string(lines.kept.size()) + "; at least " +
                                          std::to_string(kHoldOutEvery) + " are needed)");
    auto settings = issue_settings();
    auto first = TRY(FastTextModel::train(lines.kept, settings));
    std::vector<std::vector<Prediction>> predictions;
    std::vector<std::vector<int>> truth;
    for (const auto& line : lines.held_out) {
        predictions.push_back(first.predict(line.text, 0.01f));
        truth.push_back(line.labels);
    }
    float threshold = tune_threshold(predictions, truth);
    lines.kept.insert(lines.kept.end(), std::make_move_iterator(lines.held_out.begin()),
                      std::make_move_iterator(lines.held_out.end()));
    auto model = TRY(FastTextModel::train(lines.kept, settings));
    return IssueClassifier(std::move(model), std::move(names), threshold);
}

std::vector<Suggestion> IssueClassifier::suggest(const std::string& normalised_text) const {
    std::vector<Suggestion> suggestions;
    for (const auto& p : above(model_.predict(normalised_text, 0.01f), threshold_))
        suggestions.push_back({labels_[static_cast<size_t>(p.label)], p.probability});
    return suggestions;
}

}  // namespace rightstrack::classify
