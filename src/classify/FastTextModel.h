// A fastText classifier (libfasttext) behind our own types: training from lines of label
// numbers and normalised text, prediction with probabilities, saving and loading. Labels are
// numbers here (0..n-1) so that names with spaces never meet fastText's whitespace-separated
// format; the classifiers above keep the names. Training is deterministic: one thread, a fixed
// seed. A trained model is immutable; predict() may be called from several threads.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/Result.h"

namespace fasttext {
class FastText;
}

namespace rightstrack::classify {

struct FastTextSettings {
    int epochs = 25;
    double learning_rate = 0.5;
    int word_ngrams = 2;
    int dimension = 50;
    // Hash buckets for word pairs: fastText's default (2 million) makes 800 MB models; 200,000
    // scored the same on UPR Info's issues at a twentieth of the size.
    int buckets = 200000;
    bool one_vs_all = false;  // Independent sigmoid per label (multi-label) instead of softmax.
    int seed = 1;
};

struct TrainingLine {
    std::vector<int> labels;
    std::string text;  // Normalised (TrainingText), so free of fastText's whitespace rules.
};

struct Prediction {
    int label = 0;
    float probability = 0;
};

class FastTextModel {
public:
    FastTextModel(FastTextModel&&) noexcept;
    FastTextModel& operator=(FastTextModel&&) noexcept;
    ~FastTextModel();

    // Writes the lines to a file in a temporary folder (fastText trains from a file only),
    // trains, and removes the folder.
    static core::Result<FastTextModel> train(const std::vector<TrainingLine>& lines,
                                             const FastTextSettings& settings);
    static core::Result<FastTextModel> load(const std::string& path);
    core::Status save(const std::string& path) const;

    // Every label with a probability of at least `threshold`, most probable first; with
    // `threshold` 0, every label the model knows.
    std::vector<Prediction> predict(const std::string& text, float threshold) const;

private:
    explicit FastTextModel(std::unique_ptr<fasttext::FastText> model);

    std::unique_ptr<fasttext::FastText> model_;
};

}  // namespace rightstrack::classify
