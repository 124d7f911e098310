#include "classify/LinearModel.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <random>

namespace rightstrack::classify {
namespace {

constexpr std::string_view kMagic = "rightstrack-linear-1\n";

// A label whose loss gradient for a text is below this gets no update from it.
constexpr float kNegligibleGradient = 1e-3f;

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

}  // namespace

std::vector<LinearModel::Feature> LinearModel::features(std::string_view text) const {
    std::vector<Feature> out;
    for_each_key(text, [&](std::string_view key) {
        auto found = vocabulary_.find(std::string(key));
        if (found != vocabulary_.end())
            out.push_back({found->second, 1.0f});
    });
    // Repeated words become one feature, weighted by 1 + log of their count (sublinear term
    // frequency), times their IDF; the vector is then scaled to length 1.
    std::sort(out.begin(), out.end(), [](auto a, auto b) { return a.index < b.index; });
    std::vector<Feature> merged;
    for (const auto& f : out) {
        if (!merged.empty() && merged.back().index == f.index)
            merged.back().value += 1;
        else
            merged.push_back(f);
    }
    float norm = 0;
    for (auto& f : merged) {
        f.value = (1.0f + std::log(f.value)) * idf_[f.index];
        norm += f.value * f.value;
    }
    norm = std::sqrt(norm);
    for (auto& f : merged) f.value /= norm;
    return merged;
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
    put(out, static_cast<uint32_t>(idf_.size()));
    std::vector<const std::string*> keys(idf_.size());
    for (const auto& [key, index] : vocabulary_) keys[index] = &key;
    for (size_t index = 0; index < keys.size(); ++index) {
        put(out, static_cast<uint32_t>(keys[index]->size()));
        out.write(keys[index]->data(), static_cast<std::streamsize>(keys[index]->size()));
        put(out, idf_[index]);
    }
    out.write(reinterpret_cast<const char*>(bias_.data()),
              static_cast<std::streamsize>(bias_.size() * sizeof(float)));
    out.write(reinterpret_cast<const char*>(weights_.data()),
              static_cast<std::streamsize>(weights_.size() * sizeof(float)));
    return {};
}

core::Result<LinearModel> LinearModel::read(std::string_view bytes, const std::string& where) {
    if (bytes.substr(0, kMagic.size()) != kMagic)
        return core::Error::invalid_input("not a rightstrack linear model", where);
    Reader in{bytes.substr(kMagic.size())};
    LinearModel model;
    model.labels_ = in.take<uint32_t>();
    model.softmax_ = in.take<uint8_t>() != 0;
    uint32_t features = in.take<uint32_t>();
    // Each feature takes at least 8 bytes, which bounds what a damaged count can allocate.
    if (!in.ok || model.labels_ == 0 || size_t{features} * 8 > in.bytes.size())
        return core::Error::invalid_input("the linear model's header is damaged", where);
    for (uint32_t index = 0; index < features && in.ok; ++index) {
        auto key = in.take_bytes(in.take<uint32_t>());
        model.vocabulary_.emplace(std::string(key), index);
        model.idf_.push_back(in.take<float>());
    }
    size_t weights = size_t{features} * model.labels_;
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
