#include "classify/LabelModels.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <regex>
#include <sstream>

#include "core/Files.h"
#include "core/Hash.h"
#include "core/Text.h"

namespace rightstrack::classify {
namespace {

namespace fs = std::filesystem;

std::string versioned(const std::string& folder, const std::string& name, int version,
                      const std::string& extension) {
    return (fs::path(folder) / (name + "-v" + std::to_string(version) + extension)).string();
}

core::Status write_text(const std::string& path, const std::string& text) {
    return core::write_file_atomically(path, [&](std::ostream& out) -> core::Status {
        out << text;
        return {};
    });
}

// Versions with a manifest, i.e. completely written.
std::vector<int> saved_versions(const std::string& folder) {
    std::vector<int> versions;
    std::error_code error;
    static const std::regex manifest("v([0-9]+)\\.manifest");
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        std::smatch match;
        std::string name = entry.path().filename().string();
        if (std::regex_match(name, match, manifest))
            versions.push_back(std::stoi(match[1]));
    }
    return versions;
}

// The common threshold first, then each issue with its own threshold after a tab.
std::string labels_text(const IssueClassifier& issues) {
    const auto& thresholds = issues.thresholds();
    std::string text = "threshold " + std::to_string(thresholds.common) + "\n";
    for (size_t i = 0; i < issues.labels().size(); ++i)
        text += issues.labels()[i] + "\t" + std::to_string(thresholds.by_label[i]) + "\n";
    return text;
}

core::Result<IssueClassifier> read_issues(LinearModel linear, std::optional<IssueStacker> stacker,
                                          const std::string& path) {
    auto text = TRY(core::read_whole_file(path));
    std::istringstream in(text);
    std::string line;
    float threshold = -1;
    if (std::getline(in, line) && line.rfind("threshold ", 0) == 0)
        threshold = std::strtof(line.c_str() + 10, nullptr);
    if (threshold <= 0 || threshold >= 1)
        return core::Error::invalid_input(
            "the first line must be 'threshold' and a number "
            "between 0 and 1",
            path + ":1");
    std::vector<std::string> labels;
    IssueThresholds thresholds{threshold, {}};
    while (std::getline(in, line)) {
        size_t tab = line.find('\t');
        float own = tab == std::string::npos ? 0 : std::strtof(line.c_str() + tab + 1, nullptr);
        if (own <= 0 || own >= 1)
            return core::Error::invalid_input(
                "each issue must be followed by a tab and its threshold between 0 and 1",
                path + ":" + std::to_string(labels.size() + 2));
        labels.push_back(line.substr(0, tab));
        thresholds.by_label.push_back(own);
    }
    if (labels.size() != linear.label_count())
        return core::Error::invalid_input("the issues do not match the linear model's (" +
                                              std::to_string(linear.label_count()) + ")",
                                          path);
    if (stacker && stacker->label_count() != labels.size())
        return core::Error::invalid_input("the issues do not match the second stage's (" +
                                              std::to_string(stacker->label_count()) + ")",
                                          path);
    return IssueClassifier::from_parts(std::move(linear), std::move(stacker), std::move(labels),
                                       std::move(thresholds));
}

core::Result<LinearModel> read_linear(const std::string& path) {
    return LinearModel::read(TRY(core::read_whole_file(path)), path);
}

// Checks a file against the digest its manifest gives.
core::Status check_digest(const std::string& path, const std::string& expected) {
    auto bytes = TRY(core::read_whole_file(path));
    if (core::sha256_hex(bytes) != expected)
        return core::Error::invalid_input(
            "the file is damaged or was changed after training (its SHA-256 differs from the "
            "manifest's)",
            path);
    return {};
}

// The file names the manifest gives, once each file's digest is checked.
core::Result<std::vector<std::string>> check_manifest(const std::string& folder,
                                                      const std::string& manifest_path) {
    auto manifest = TRY(core::read_whole_file(manifest_path));
    std::istringstream in(manifest);
    std::string digest, name;
    std::vector<std::string> names;
    while (in >> digest >> name) {
        TRY(check_digest((fs::path(folder) / name).string(), digest));
        names.push_back(name);
    }
    // Versions saved before the issues' second stage have five files.
    if (names.size() != 6 && names.size() != 5)
        return core::Error::invalid_input("the manifest must name the six model files",
                                          manifest_path);
    return names;
}

// The issues' second stage when the version has one.
core::Result<std::optional<IssueStacker>> read_stacker(const std::string& path,
                                                       const std::vector<std::string>& names) {
    if (std::find(names.begin(), names.end(), fs::path(path).filename().string()) == names.end())
        return std::optional<IssueStacker>();
    return std::optional<IssueStacker>(
        TRY(IssueStacker::read(TRY(core::read_whole_file(path)), path)));
}

}  // namespace

std::string models_folder(const std::string& database) {
    return database + ".models";
}

core::Result<LabelModels> LabelModels::train(const std::vector<LabelledText>& texts) {
    size_t with_issues = 0;
    for (const auto& text : texts) with_issues += !text.issues.empty();
    if (with_issues < kMinimumTrainingTexts)
        return core::Error::invalid_input(
            "too few confirmed labels to train: " + std::to_string(with_issues) +
            " recommendations have issues, at least " + std::to_string(kMinimumTrainingTexts) +
            " are needed");
    TrainingText normaliser;
    auto issues = TRY(IssueClassifier::train(texts, normaliser));
    auto category = TRY(ActionCategoryClassifier::train(texts, normaliser));
    return LabelModels{std::move(issues), std::move(category), 0};
}

core::Status LabelModels::save(const std::string& database) {
    std::string folder = models_folder(database);
    std::error_code error;
    fs::create_directories(folder, error);
    if (error)
        return core::Error::io("cannot create the models folder: " + error.message(), folder);
    auto versions = saved_versions(folder);
    int next = versions.empty() ? 1 : *std::max_element(versions.begin(), versions.end()) + 1;
    std::vector<std::string> paths = {
        versioned(folder, "issues", next, ".linear"), versioned(folder, "issues", next, ".labels"),
        versioned(folder, "category", next, ".bin"), versioned(folder, "category", next, ".rule"),
        versioned(folder, "category", next, ".linear")};
    TRY(core::write_file_atomically(paths[0],
                                    [&](std::ostream& out) { return issues.linear().write(out); }));
    TRY(write_text(paths[1], labels_text(issues)));
    TRY(category.model().save(paths[2]));
    TRY(write_text(paths[3], category.rule().serialise()));
    TRY(core::write_file_atomically(
        paths[4], [&](std::ostream& out) { return category.linear().write(out); }));
    if (issues.stacker()) {
        paths.push_back(versioned(folder, "issues", next, ".stack"));
        TRY(core::write_file_atomically(
            paths[5], [&](std::ostream& out) { return issues.stacker()->write(out); }));
    }
    std::string manifest;
    for (const auto& path : paths)
        manifest += core::sha256_hex(TRY(core::read_whole_file(path))) + " " +
                    fs::path(path).filename().string() + "\n";
    TRY(write_text((fs::path(folder) / ("v" + std::to_string(next) + ".manifest")).string(),
                   manifest));
    version = next;
    return {};
}

core::Result<LabelModels> LabelModels::load_latest(const std::string& database) {
    std::string folder = models_folder(database);
    auto versions = saved_versions(folder);
    if (versions.empty())
        return core::Error::not_found(
            "no trained models beside the database (run `rightstrack "
            "classify train` first): " +
            folder);
    int version = *std::max_element(versions.begin(), versions.end());
    auto names = TRY(check_manifest(
        folder, (fs::path(folder) / ("v" + std::to_string(version) + ".manifest")).string()));
    auto linear = TRY(read_linear(versioned(folder, "issues", version, ".linear")));
    auto stacker = TRY(read_stacker(versioned(folder, "issues", version, ".stack"), names));
    auto issues = TRY(read_issues(std::move(linear), std::move(stacker),
                                  versioned(folder, "issues", version, ".labels")));
    auto category_model = TRY(FastTextModel::load(versioned(folder, "category", version, ".bin")));
    auto category_linear = TRY(read_linear(versioned(folder, "category", version, ".linear")));
    std::string rule_path = versioned(folder, "category", version, ".rule");
    auto rule = TRY(LeadingVerbRule::parse(TRY(core::read_whole_file(rule_path)), rule_path));
    return LabelModels{std::move(issues),
                       ActionCategoryClassifier::from_parts(
                           std::move(category_model), std::move(category_linear), std::move(rule)),
                       version};
}

}  // namespace rightstrack::classify
