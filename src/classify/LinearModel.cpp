#include "classify/LinearModel.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <random>

namespace rightstrack::classify {
namespace {

// Version 2 added character n-grams; version 1 files (without them) are still read.
constexpr std::string_view kMagic = "rightstrack-linear-2\n";
constexpr std::string_view kMagicVersion1 = "rightstrack-linear-1\n";
static_assert(kMagic.size() == kMagicVersion1.size());

// A label whose loss gradient for a text is below this gets no update from it.
constexpr float kNegligibleGradient = 1e-3f;

constexpr uint32_t kNoFeature = UINT32_MAX;
// More buckets than this in a file means a damaged one (the table takes 4 bytes a bucket).
constexpr uint32_t kMaxCharBuckets = 1u << 24;

// Calls `use` with every word and every pair of neighbouring words ("ratifi the") of a text
// whose words are separated by single spaces.
template <typename Use>
void for_each_key(std::string_view text, Use&& use) {
    std::string pair;
    std::string_view previous;
    while (!text.empty()) {
        size_t space = text.find(' ');
        std::string_view word = text.substr(0, space);
        text = space == std::string_view::npos ? std::string_view{} : text.substr(space + 1);
        if (word.empty())
            continue;
        use(word);
        if (!previous.empty()) {
            pair.assign(previous);
            pair += ' ';
            pair += word;
            use(std::string_view(pair));
        }
        previous = word;
    }
}

// Calls `use` with the bucket of every character n-gram of every word, the word marked at both
// ends ("<ratifi>": "<ra", "rat", ..., "fi>"), as fastText's subwords.
template <typename Skip, typename Use>
void for_each_char_bucket(std::string_view text, uint32_t modulus, size_t shortest, size_t longest,
                          Skip&& skip, Use&& use) {
    std::string marked;
    while (!text.empty()) {
        size_t space = text.find(' ');
        std::string_view word = text.substr(0, space);
        text = space == std::string_view::npos ? std::string_view{} : text.substr(space + 1);
        if (word.empty() || word.front() == '_' || skip(word))  // '_': the category's openings.
            continue;
        marked.assign("<");
        marked += word;
        marked += '>';
        for (size_t begin = 0; begin < marked.size(); ++begin)
            for (size_t length = shortest; length <= longest && begin + length <= marked.size();
                 ++length) {
                // FNV-1a: fixed, so that a saved model's buckets mean the same when read.
                uint32_t hash = 2166136261u;
                for (size_t i = begin; i < begin + length; ++i) {
                    hash ^= static_cast<unsigned char>(marked[i]);
                    hash *= 16777619u;
                }
                use(hash % modulus);
            }
    }
}

float sigmoid(float score) {
    return 1.0f / (1.0f + std::exp(-score));
}

void softmax_in_place(std::vector<float>& scores) {
    float top = *std::max_element(scores.begin(), scores.end());
    float sum = 0;
    for (auto& s : scores) sum += s = std::exp(s - top);
    for (auto& s : scores) s /= sum;
}

template <typename T>
void put(std::ostream& out, const T& value) {
    out.write(reinterpret_cast<const char*>(&value), sizeof value);
}

// Reads binary values from the front of `bytes`; `ok` turns false once it runs short.
struct Reader {
    std::string_view bytes;
    bool ok = true;

    template <typename T>
    T take() {
        T value{};
        if (bytes.size() < sizeof value) {
            ok = false;
            return value;
        }
        std::memcpy(&value, bytes.data(), sizeof value);
        bytes.remove_prefix(sizeof value);
        return value;
    }
    std::string_view take_bytes(size_t size) {
        if (bytes.size() < size) {
            ok = false;
            return {};
        }
        auto out = bytes.substr(0, size);
        bytes.remove_prefix(size);
        return out;
    }
};

// Repeated keys become one feature, weighted by 1 + log of their count (sublinear term
// frequency), times their IDF; the group is then scaled to `length` and added to `out`.
template <typename Feature>
void add_group(std::vector<Feature>& keys, const std::vector<float>& idf, float length,
               std::vector<Feature>& out) {
    std::sort(keys.begin(), keys.end(), [](auto a, auto b) { return a.index < b.index; });
    size_t start = out.size();
    for (const auto& f : keys) {
        if (out.size() > start && out.back().index == f.index)
            out.back().value += 1;
        else
            out.push_back(f);
    }
    float norm = 0;
    for (size_t i = start; i < out.size(); ++i) {
        out[i].value = (1.0f + std::log(out[i].value)) * idf[out[i].index];
        norm += out[i].value * out[i].value;
    }
    norm = std::sqrt(norm);
    if (norm > 0)
        for (size_t i = start; i < out.size(); ++i) out[i].value *= length / norm;
}

}  // namespace

std::vector<LinearModel::Feature> LinearModel::features(std::string_view text) const {
    std::vector<Feature> keys;
    std::vector<Feature> grams;
    for_each_key(text, [&](std::string_view key) {
        auto found = vocabulary_.find(key);
        bool known = found != vocabulary_.end();
        if (known)
            keys.push_back({found->second, 1.0f});
        if (char_modulus_ == 0 || key.find(' ') != std::string_view::npos)
            return;
        if (known) {
            // A known word's n-grams were listed once, which spares hashing them for every text.
            for (uint32_t i = gram_begin_[found->second]; i < gram_begin_[found->second + 1]; ++i)
                grams.push_back({word_grams_[i], 1.0f});
        } else {
            add_grams(key, grams);
        }
    });
    std::vector<Feature> out;
    add_group(keys, idf_, 1.0f, out);
    if (char_modulus_ > 0)
        add_group(grams, idf_, char_weight_, out);
    return out;
}

void LinearModel::add_grams(std::string_view word, std::vector<Feature>& out) const {
    for_each_char_bucket(
        word, char_modulus_, char_shortest_, char_longest_, [](std::string_view) { return false; },
        [&](uint32_t bucket) {
            if (char_feature_[bucket] != kNoFeature)
                out.push_back({char_feature_[bucket], 1.0f});
        });
}

void LinearModel::list_word_grams() {
    gram_begin_.assign(vocabulary_.size() + 1, 0);
    word_grams_.clear();
    std::vector<const std::string*> keys(vocabulary_.size());
    for (const auto& [key, index] : vocabulary_) keys[index] = &key;
    std::vector<Feature> grams;
    for (size_t index = 0; index < keys.size(); ++index) {
        const auto& key = *keys[index];
        if (char_modulus_ > 0 && key.find(' ') == std::string::npos && !common_word(key)) {
            grams.clear();
            add_grams(key, grams);
            for (const auto& g : grams) word_grams_.push_back(g.index);
        }
        gram_begin_[index + 1] = static_cast<uint32_t>(word_grams_.size());
    }
}

bool LinearModel::common_word(std::string_view word) const {
    if (char_idf_floor_ <= 0)
        return false;
    auto found = vocabulary_.find(word);
    return found != vocabulary_.end() && idf_[found->second] < char_idf_floor_;
}

void LinearModel::scores(const std::vector<Feature>& features, float scale,
                         std::vector<float>& out) const {
    out.assign(labels_, 0.0f);
    for (const auto& f : features) {
        const float* row = &weights_[size_t{f.index} * labels_];
        for (size_t label = 0; label < labels_; ++label) out[label] += f.value * row[label];
    }
    for (size_t label = 0; label < labels_; ++label) out[label] = out[label] * scale + bias_[label];
}

std::vector<float> LinearModel::probabilities(std::string_view normalised_text) const {
    std::vector<float> out;
    scores(features(normalised_text), 1.0f, out);
    if (softmax_)
        softmax_in_place(out);
    else
        for (auto& s : out) s = sigmoid(s);
    return out;
}

// Sums the weights at the end of passes, to keep their average: the last pass's weights
// follow the last examples seen more than the average does.
struct LinearModel::Average {
    std::vector<double> weights;
    std::vector<double> bias;
    size_t passes = 0;

    void add(const LinearModel& model, double scale) {
        weights.resize(model.weights_.size(), 0.0);
        bias.resize(model.bias_.size(), 0.0);
        for (size_t i = 0; i < weights.size(); ++i) weights[i] += model.weights_[i] * scale;
        for (size_t i = 0; i < bias.size(); ++i) bias[i] += model.bias_[i];
        ++passes;
    }
    void replace(LinearModel& model) const {
        if (passes == 0)
            return;
        for (size_t i = 0; i < weights.size(); ++i)
            model.weights_[i] = static_cast<float>(weights[i] / double(passes));
        for (size_t i = 0; i < bias.size(); ++i)
            model.bias_[i] = static_cast<float>(bias[i] / double(passes));
    }
};

// Keeps the hash buckets of character n-grams that occur in at least `minimum_count` texts, in
// bucket order, as features after the words'.
void LinearModel::add_char_features(const std::vector<TrainingLine>& lines,
                                    const LinearSettings& settings) {
    char_modulus_ = settings.char_buckets;
    char_weight_ = settings.char_weight;
    char_shortest_ = settings.char_shortest;
    char_longest_ = settings.char_longest;
    // The IDF of a word in `char_common_share` of the texts: words at least that common are
    // learnt well whole.
    char_idf_floor_ =
        settings.char_common_share > 0
            ? std::log((1.0f + lines.size()) / (1.0f + settings.char_common_share * lines.size())) +
                  1.0f
            : 0.0f;
    std::vector<uint32_t> frequency(char_modulus_, 0);
    std::vector<uint32_t> seen;
    for (const auto& line : lines) {
        seen.clear();
        for_each_char_bucket(
            line.text, char_modulus_, char_shortest_, char_longest_,
            [&](std::string_view word) { return common_word(word); },
            [&](uint32_t b) { seen.push_back(b); });
        std::sort(seen.begin(), seen.end());
        seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
        for (uint32_t b : seen) frequency[b]++;
    }
    char_feature_.assign(char_modulus_, kNoFeature);
    for (uint32_t bucket = 0; bucket < char_modulus_; ++bucket) {
        if (frequency[bucket] < settings.minimum_count)
            continue;
        char_feature_[bucket] = static_cast<uint32_t>(idf_.size());
        idf_.push_back(std::log((1.0f + lines.size()) / (1.0f + frequency[bucket])) + 1.0f);
    }
    list_word_grams();
}

core::Result<LinearModel> LinearModel::train(const std::vector<TrainingLine>& lines,
                                             size_t label_count, const LinearSettings& settings) {
    if (lines.empty() || label_count == 0)
        return core::Error::invalid_input("nothing to train the linear model on");
    LinearModel model;
    model.labels_ = label_count;
    model.softmax_ = settings.softmax;

    // Document frequencies, then the vocabulary in order of first appearance (repeatable).
    std::unordered_map<std::string, uint32_t> frequency;
    std::vector<std::string> seen;
    for (const auto& line : lines) {
        seen.clear();
        for_each_key(line.text, [&](std::string_view key) { seen.emplace_back(key); });
        std::sort(seen.begin(), seen.end());
        seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
        for (const auto& key : seen) frequency[key]++;
    }
    for (const auto& line : lines)
        for_each_key(line.text, [&](std::string_view key) {
            auto count = frequency.find(std::string(key));
            if (count->second < settings.minimum_count || model.vocabulary_.count(count->first))
                return;
            model.vocabulary_.emplace(count->first, static_cast<uint32_t>(model.idf_.size()));
            // Smoothed IDF, as scikit-learn's TfidfVectorizer computes it.
            model.idf_.push_back(std::log((1.0f + lines.size()) / (1.0f + count->second)) + 1.0f);
        });
    if (model.idf_.empty())
        return core::Error::invalid_input("no word occurs often enough to train the linear model");
    if (settings.char_buckets > 0)
        model.add_char_features(lines, settings);

    std::vector<std::vector<Feature>> examples;
    examples.reserve(lines.size());
    for (const auto& line : lines) examples.push_back(model.features(line.text));
    model.weights_.assign(model.idf_.size() * label_count, 0.0f);
    model.bias_.assign(label_count, 0.0f);

    // Plain SGD with the weights kept as scale * weights_, so that weight decay costs one
    // multiplication per example instead of a pass over every weight.
    std::vector<size_t> order(lines.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::mt19937 random(settings.seed);
    double scale = 1;
    size_t steps = static_cast<size_t>(settings.epochs) * lines.size();
    size_t step = 0;
    std::vector<float> gradient;
    std::vector<size_t> active;
    int average_from = static_cast<int>(settings.average_from * float(settings.epochs));
    Average averaged;
    for (int epoch = 0; epoch < settings.epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), random);
        for (size_t i : order) {
            float rate = settings.learning_rate * (1.0f - float(step++) / float(steps));
            model.scores(examples[i], static_cast<float>(scale), gradient);
            if (settings.softmax)
                softmax_in_place(gradient);
            else
                for (auto& g : gradient) g = sigmoid(g);
            for (int label : lines[i].labels)
                if (label >= 0 && static_cast<size_t>(label) < label_count)
                    gradient[static_cast<size_t>(label)] -= 1.0f;
            scale *= 1.0 - double(rate) * settings.l2;
            float step_size = rate / static_cast<float>(scale);
            // Most labels are already well apart from a text after the first passes; their
            // updates would be too small to matter and cost most of the training time.
            active.clear();
            for (size_t label = 0; label < label_count; ++label)
                if (std::abs(gradient[label]) >= kNegligibleGradient)
                    active.push_back(label);
            for (const auto& f : examples[i]) {
                float* row = &model.weights_[size_t{f.index} * label_count];
                for (size_t label : active) row[label] -= step_size * f.value * gradient[label];
            }
            for (size_t label = 0; label < label_count; ++label)
                model.bias_[label] -= rate * gradient[label];
            if (scale < 1e-3) {
                for (auto& w : model.weights_) w *= static_cast<float>(scale);
                scale = 1;
            }
        }
        if (epoch >= average_from)
            averaged.add(model, scale);
    }
    for (auto& w : model.weights_) w *= static_cast<float>(scale);
    averaged.replace(model);
    return model;
}

core::Status LinearModel::write(std::ostream& out) const {
    out << kMagic;
    put(out, static_cast<uint32_t>(labels_));
    put(out, static_cast<uint8_t>(softmax_));
    put(out, char_weight_);
    put(out, char_modulus_);
    put(out, static_cast<uint8_t>(char_shortest_));
    put(out, static_cast<uint8_t>(char_longest_));
    put(out, char_idf_floor_);
    put(out, static_cast<uint32_t>(vocabulary_.size()));
    std::vector<const std::string*> keys(vocabulary_.size());
    for (const auto& [key, index] : vocabulary_) keys[index] = &key;
    for (size_t index = 0; index < keys.size(); ++index) {
        put(out, static_cast<uint32_t>(keys[index]->size()));
        out.write(keys[index]->data(), static_cast<std::streamsize>(keys[index]->size()));
        put(out, idf_[index]);
    }
    // The character n-grams' features follow the words', in bucket order.
    put(out, static_cast<uint32_t>(idf_.size() - vocabulary_.size()));
    for (uint32_t bucket = 0; bucket < char_feature_.size(); ++bucket)
        if (char_feature_[bucket] != kNoFeature) {
            put(out, bucket);
            put(out, idf_[char_feature_[bucket]]);
        }
    out.write(reinterpret_cast<const char*>(bias_.data()),
              static_cast<std::streamsize>(bias_.size() * sizeof(float)));
    out.write(reinterpret_cast<const char*>(weights_.data()),
              static_cast<std::streamsize>(weights_.size() * sizeof(float)));
    return {};
}

core::Result<LinearModel> LinearModel::read(std::string_view bytes, const std::string& where) {
    bool version1 = bytes.substr(0, kMagicVersion1.size()) == kMagicVersion1;
    if (!version1 && bytes.substr(0, kMagic.size()) != kMagic)
        return core::Error::invalid_input("not a rightstrack linear model", where);
    Reader in{bytes.substr(kMagic.size())};
    LinearModel model;
    model.labels_ = in.take<uint32_t>();
    model.softmax_ = in.take<uint8_t>() != 0;
    if (!version1) {
        model.char_weight_ = in.take<float>();
        model.char_modulus_ = in.take<uint32_t>();
        model.char_shortest_ = in.take<uint8_t>();
        model.char_longest_ = in.take<uint8_t>();
        model.char_idf_floor_ = in.take<float>();
        if (!std::isfinite(model.char_weight_) || !std::isfinite(model.char_idf_floor_) ||
            model.char_modulus_ > kMaxCharBuckets || model.char_shortest_ == 0 ||
            model.char_longest_ < model.char_shortest_)
            return core::Error::invalid_input("the linear model's settings are damaged", where);
    }
    uint32_t words = in.take<uint32_t>();
    // Each feature takes at least 8 bytes, which bounds what a damaged count can allocate.
    if (!in.ok || model.labels_ == 0 || size_t{words} * 8 > in.bytes.size())
        return core::Error::invalid_input("the linear model's header is damaged", where);
    for (uint32_t index = 0; index < words && in.ok; ++index) {
        auto key = in.take_bytes(in.take<uint32_t>());
        model.vocabulary_.emplace(std::string(key), index);
        model.idf_.push_back(in.take<float>());
    }
    uint32_t grams = version1 ? 0 : in.take<uint32_t>();
    if (!in.ok || size_t{grams} * 8 > in.bytes.size() || (grams > 0 && model.char_modulus_ == 0))
        return core::Error::invalid_input("the linear model's n-gram table is damaged", where);
    model.char_feature_.assign(model.char_modulus_, kNoFeature);
    for (uint32_t gram = 0; gram < grams && in.ok; ++gram) {
        auto bucket = in.take<uint32_t>();
        if (bucket >= model.char_modulus_)
            return core::Error::invalid_input("the linear model's n-gram table is damaged", where);
        model.char_feature_[bucket] = static_cast<uint32_t>(model.idf_.size());
        model.idf_.push_back(in.take<float>());
    }
    if (model.char_modulus_ > 0)
        model.list_word_grams();
    size_t features = model.idf_.size();
    size_t weights = features * model.labels_;
    if (!in.ok || in.bytes.size() != (model.labels_ + weights) * sizeof(float))
        return core::Error::invalid_input("the linear model is truncated or damaged", where);
    model.bias_.resize(model.labels_);
    model.weights_.resize(weights);
    std::memcpy(model.bias_.data(), in.bytes.data(), model.labels_ * sizeof(float));
    std::memcpy(model.weights_.data(), in.bytes.data() + model.labels_ * sizeof(float),
                weights * sizeof(float));
    return model;
}

}  // namespace rightstrack::classify
