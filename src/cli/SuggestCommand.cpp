// `rightstrack classify suggest --db PATH [--limit N] [--json]`: the latest saved models suggest
// UPR Info issues and the action category for every recommendation without confirmed labels of
// that kind; the suggestions are stored apart from confirmed labels, for people to review. No
// usable models: an error, and nothing is written.

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "classify/LabelSuggester.h"
#include "cli/Commands.h"
#include "cli/Terminal.h"

namespace rightstrack::cli {
namespace {

void print(const classify::SuggestReport& r, const std::string& folder, bool json) {
    if (json) {
        nlohmann::ordered_json out = {{"model_version", r.model_version},
                                      {"recommendations", r.recommendations},
                                      {"suggestions", r.write.stored},
                                      {"replaced", r.write.replaced},
                                      {"refused_as_rejected", r.write.refused},
                                      {"already_labelled", r.labelled},
                                      {"without_english_text", r.without_english},
                                      {"unknown_words", r.unknown_words},
                                      {"sdg_goals", r.sdg_goals}};
        std::printf("%s\n", out.dump(2).c_str());
        return;
    }
    std::printf("models version %d (%s): %lld suggestions for %zu recommendations\n",
                r.model_version, folder.c_str(), static_cast<long long>(r.write.stored),
                r.recommendations);
    std::printf("  replaced %lld pending suggestions; left out %lld labels people rejected\n",
                static_cast<long long>(r.write.replaced), static_cast<long long>(r.write.refused));
    std::printf(
        "  skipped: %zu already labelled, %zu without an English text, %zu with too few "
        "known words\n",
        r.labelled, r.without_english, r.unknown_words);
}

}  // namespace

int run_classify_suggest(const ClassifySuggestOptions& options) {
    if (!std::filesystem::exists(options.database))
        return report_error(core::Error::not_found("no database at " + options.database));
    // The models first: without them nothing is opened for writing.
    auto models = classify::LabelModels::load_latest(options.database);
    if (!models.ok())
        return report_error(models.error());
    auto store = store::open_sqlite_store(options.database);
    if (!store.ok())
        return report_error(store.error());
    auto report = classify::suggest_labels(**store, *models, {options.limit});
    if (!report.ok())
        return report_error(report.error());
    print(*report, classify::models_folder(options.database), options.json);
    return 0;
}

}  // namespace rightstrack::cli
