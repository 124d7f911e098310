// A linear classifier over TF-IDF of words and word pairs (and, if asked, of the words'
// character n-grams, hashed, for what the stemmer leaves apart), trained by stochastic gradient
// descent: one logistic regression per label (independent probabilities, for issues) or one
// softmax over the labels (a single label, for the action category). It errs differently from
// fastText, so the two averaged do better than either. Deterministic (a fixed shuffle seed),
// small and quick. Immutable once trained; probabilities() may be called from several threads.
#pragma once

#include <cstdint>
#include <functional>
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
    // Character n-grams (3 to 5 by default) of each word, hashed into this many buckets (0:
    // none), as a second group of features scaled to length `char_weight` (the words' group has
    // length 1). Buckets seen in fewer than `minimum_count` texts are dropped too.
    uint32_t char_buckets = 0;
    float char_weight = 0.5f;
    uint8_t char_shortest = 3;  // Characters, the word's end markers counted.
    uint8_t char_longest = 5;
    // Words in at least this share of the texts get no n-grams (0: every word gets them).
    float char_common_share = 0;
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
    // The features of the character n-grams of one word, unweighted.
    void add_grams(std::string_view word, std::vector<Feature>& out) const;
    // Fills gram_begin_ and word_grams_ from the vocabulary.
    void list_word_grams();
    // Whether a word is too common for n-grams (char_common_share).
    bool common_word(std::string_view word) const;
    void add_char_features(const std::vector<TrainingLine>& lines, const LinearSettings& settings);
    // The bias plus `scale` times the weighted sum (training keeps the weights scaled).
    void scores(const std::vector<Feature>& features, float scale, std::vector<float>& out) const;

    // Looked up by string_view, without a copy of every key.
    struct KeyHash {
        using is_transparent = void;
        size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
    };
    std::unordered_map<std::string, uint32_t, KeyHash, std::equal_to<>> vocabulary_;
    std::vector<float> idf_;
    std::vector<float> weights_;  // By feature, then label: weights_[feature * labels_ + label].
    std::vector<float> bias_;
    size_t labels_ = 0;
    bool softmax_ = false;
    float char_weight_ = 0;
    uint32_t char_modulus_ = 0;  // Hash buckets; 0 when the model has no character n-grams.
    size_t char_shortest_ = 3;
    size_t char_longest_ = 5;
    float char_idf_floor_ = 0;  // Words with a lower IDF get no n-grams.
    // By bucket, its feature number, or kNoFeature for buckets too rare to keep.
    std::vector<uint32_t> char_feature_;
    // By word feature, where its n-grams' features start in word_grams_ (empty for word pairs
    // and common words); derived from the rest, so not written.
    std::vector<uint32_t> gram_begin_;
    std::vector<uint32_t> word_grams_;
};

}  // namespace rightstrack::classify
