#include "classify/FastTextModel.h"

#include <fasttext/fasttext.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>
#include <system_error>

namespace rightstrack::classify {
namespace {

constexpr std::string_view kLabelPrefix = "__label__";

// A folder of its own under the system's temporary folder, removed with everything in it.
class TemporaryFolder {
public:
    static core::Result<TemporaryFolder> create() {
        auto pattern =
            (std::filesystem::temp_directory_path() / "rightstrack-train-XXXXXX").string();
        if (!mkdtemp(pattern.data()))
            return core::Error::io("cannot create a temporary folder for training", pattern);
        return TemporaryFolder(pattern);
    }
    TemporaryFolder(TemporaryFolder&& other) noexcept : path_(std::move(other.path_)) {
        other.path_.clear();
    }
    ~TemporaryFolder() {
        std::error_code ignored;
        if (!path_.empty())
            std::filesystem::remove_all(path_, ignored);
    }
    std::string file(std::string_view name) const { return (path_ / name).string(); }

private:
    explicit TemporaryFolder(std::filesystem::path path) : path_(std::move(path)) {}
    std::filesystem::path path_;
};

core::Status write_lines(const std::string& path, const std::vector<TrainingLine>& lines) {
    std::ofstream out(path, std::ios::binary);
    for (const auto& line : lines) {
        for (int label : line.labels) out << kLabelPrefix << label << ' ';
        out << line.text << '\n';
    }
    out.flush();
    if (!out)
        return core::Error::io("cannot write the training file", path);
    return {};
}

fasttext::Args arguments(const FastTextSettings& settings, const std::string& input) {
    fasttext::Args args;
    args.input = input;
    args.model = fasttext::model_name::sup;
    args.loss = settings.one_vs_all ? fasttext::loss_name::ova : fasttext::loss_name::softmax;
    args.epoch = settings.epochs;
    args.lr = settings.learning_rate;
    args.wordNgrams = settings.word_ngrams;
    args.dim = settings.dimension;
    args.bucket = settings.buckets;
    args.minCount = 1;
    args.minn = 0;  // No character n-grams: whole words, as the command line's supervised mode.
    args.maxn = 0;
    args.thread = 1;  // One thread and a fixed seed make training repeatable.
    args.seed = settings.seed;
    args.verbose = 0;
    return args;
}

}  // namespace

FastTextModel::FastTextModel(std::unique_ptr<fasttext::FastText> model)
    : model_(std::move(model)) {}
FastTextModel::FastTextModel(FastTextModel&&) noexcept = default;
FastTextModel& FastTextModel::operator=(FastTextModel&&) noexcept = default;
FastTextModel::~FastTextModel() = default;

core::Result<FastTextModel> FastTextModel::train(const std::vector<TrainingLine>& lines,
                                                 const FastTextSettings& settings) {
    if (lines.empty())
        return core::Error::invalid_input("nothing to train on");
    auto folder = TRY(TemporaryFolder::create());
    std::string input = folder.file("train.txt");
    TRY(write_lines(input, lines));
    auto model = std::make_unique<fasttext::FastText>();
    try {
        model->train(arguments(settings, input));
    } catch (const std::exception& error) {
        return core::Error::invalid_input(std::string("fastText could not train: ") + error.what());
    }
    return FastTextModel(std::move(model));
}

core::Result<FastTextModel> FastTextModel::load(const std::string& path) {
    std::error_code error;
    auto size = std::filesystem::file_size(path, error);
    if (error)
        return core::Error::io("cannot read the model: " + error.message(), path);
    if (size == 0)
        return core::Error::invalid_input("the model file is empty", path);
    auto model = std::make_unique<fasttext::FastText>();
    try {
        model->loadModel(path);
    } catch (const std::exception& failure) {
        return core::Error::invalid_input(
            std::string("not a usable fastText model (") + failure.what() + ")", path);
    }
    return FastTextModel(std::move(model));
}

core::Status FastTextModel::save(const std::string& path) const {
    // fastText writes the file in place; writing beside it and renaming means a failed or
    // interrupted save never leaves half a model under the real name.
    std::string temporary = path + ".partial";
    try {
        model_->saveModel(temporary);
    } catch (const std::exception& failure) {
        std::filesystem::remove(temporary);
        return core::Error::io(std::string("cannot write the model (") + failure.what() + ")",
                               path);
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        std::filesystem::remove(temporary, error);
        return core::Error::io("cannot write the model: " + error.message(), path);
    }
    return {};
}

std::vector<Prediction> FastTextModel::predict(const std::string& text, float threshold) const {
    std::istringstream in(text + '\n');
    std::vector<std::pair<fasttext::real, std::string>> raw;
    model_->predictLine(in, raw, -1, threshold);
    std::vector<Prediction> predictions;
    predictions.reserve(raw.size());
    for (const auto& [probability, label] : raw)
        predictions.push_back(
            {std::atoi(label.c_str() + kLabelPrefix.size()), static_cast<float>(probability)});
    return predictions;
}

}  // namespace rightstrack::classify
