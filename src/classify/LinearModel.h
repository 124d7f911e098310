// A linear classifier over TF-IDF of words and word pairs, trained by stochastic gradient
// descent: one logistic regression per label (independent probabilities, for issues) or one
// softmax over the labels (a single label, for the action category). It errs differently from
// fastText, so the two averaged do better than either. Deterministic (a fixed shuffle seed),
// small and quick. Immutable once trained; probabilities() may be called from several threads.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "classify/FastTextModel.h"
#include "core/Result.h"

namespace rightstrack::classify {

struct LinearSettings {
    int epochs = 15;
    float learning_rate = 0.5f;  // Falls linearly to 0 over the epochs.
    float l2 = 1e-6f;            // Weight decay per example seen.
    // Words and word pairs seen in fewer texts are dropped: they cannot generalise and would
    // make the model several times larger.
    size_t minimum_count = 2;
    bool softmax = false;  // One label per text instead of independent ones.
    // The weights kept are the average of those at the end of each pass from this share of the
    // passes on (Polyak averaging); 1 keeps the last pass's alone.
    float average_from = 1.0f;
    unsigned seed = 1;
};

class LinearModel {
public:
    // `lines` hold normalised texts (TrainingText) and label numbers below `label_count`.
    static core::Result<LinearModel> train(const std::vector<TrainingLine>& lines,
                                           size_t label_count, const LinearSettings& settings);

    // One probability per label number.
    std::vector<float> probabilities(std::string_view normalised_text) const;
    size_t label_count() const { return labels_; }

    // A binary form for LabelModels' files, and back; `where` names the file in errors.
    core::Status write(std::ostream& out) const;
    static core::Result<LinearModel> read(std::string_view bytes, const std::string& where);

private:
    struct Average;
    struct Feature {
        uint32_t index;
        float value;
    };

    std::vector<Feature> features(std::string_view normalised_text) const;
    // The bias plus `scale` times the weighted sum (training keeps the weights scaled).
    void scores(const std::vector<Feature>& features, float scale, std::vector<float>& out) const;

    std::unordered_map<std::string, uint32_t> vocabulary_;
    std::vector<float> idf_;
    std::vector<float> weights_;  // By feature, then label: weights_[feature * labels_ + label].
    std::vector<float> bias_;
    size_t labels_ = 0;
    bool softmax_ = false;
};

}  // namespace rightstrack::classify
