#include "classify/Metrics.h"

#include <algorithm>
#include <map>

namespace rightstrack::classify {
namespace {

struct Counts {
    size_t true_positives = 0;
    size_t false_positives = 0;
    size_t false_negatives = 0;
};

template <typename Label>
double macro_f1(const std::map<Label, Counts>& counts) {
    if (counts.empty())
        return 0;
    double sum = 0;
    for (const auto& [label, c] : counts)
        sum += f1(c.true_positives, c.false_positives, c.false_negatives);
    return sum / static_cast<double>(counts.size());
}

bool contains(const std::vector<std::string>& labels, const std::string& label) {
    return std::find(labels.begin(), labels.end(), label) != labels.end();
}

}  // namespace

double f1(size_t true_positives, size_t false_positives, size_t false_negatives) {
    size_t denominator = 2 * true_positives + false_positives + false_negatives;
    return denominator == 0 ? 0.0 : 2.0 * static_cast<double>(true_positives) / denominator;
}

LabelSetScores score_label_sets(const std::vector<std::vector<std::string>>& truth,
                                const std::vector<std::vector<std::string>>& suggested) {
    std::map<std::string, Counts> counts;
    Counts total;
    for (size_t i = 0; i < truth.size() && i < suggested.size(); ++i) {
        for (const auto& label : suggested[i]) {
            bool right = contains(truth[i], label);
            (right ? counts[label].true_positives : counts[label].false_positives)++;
            (right ? total.true_positives : total.false_positives)++;
        }
        for (const auto& label : truth[i])
            if (!contains(suggested[i], label)) {
                counts[label].false_negatives++;
                total.false_negatives++;
            }
    }
    LabelSetScores scores;
    scores.micro_f1 = f1(total.true_positives, total.false_positives, total.false_negatives);
    scores.macro_f1 = macro_f1(counts);
    size_t suggested_count = total.true_positives + total.false_positives;
    size_t true_count = total.true_positives + total.false_negatives;
    scores.precision = suggested_count ? double(total.true_positives) / suggested_count : 0;
    scores.recall = true_count ? double(total.true_positives) / true_count : 0;
    scores.labels = counts.size();
    return scores;
}

SingleLabelScores score_single_labels(const std::vector<int>& truth,
                                      const std::vector<int>& suggested) {
    std::map<int, Counts> counts;
    size_t right = 0;
    size_t n = std::min(truth.size(), suggested.size());
    for (size_t i = 0; i < n; ++i) {
        if (truth[i] == suggested[i]) {
            ++right;
            counts[truth[i]].true_positives++;
            continue;
        }
        counts[truth[i]].false_negatives++;
        if (suggested[i] != 0)
            counts[suggested[i]].false_positives++;
    }
    return {n ? double(right) / n : 0, macro_f1(counts)};
}

}  // namespace rightstrack::classify
