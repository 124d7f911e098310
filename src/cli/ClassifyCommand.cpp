// `rightstrack classify eval --train A.csv --test B.csv [--json]`: trains the label learners
// in memory on one labelled export and prints how well they suggest the labels of another.
// `rightstrack classify train --db PATH`: learns from the store's confirmed labels and saves
// the models beside the database as its next version.

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "classify/Evaluation.h"
#include "classify/LabelModels.h"
#include "cli/Commands.h"
#include "cli/Terminal.h"
#include "core/Files.h"
#include "ingest/ImportFile.h"
#include "store/Store.h"

namespace rightstrack::cli {
namespace {

// The labels every store knows (UPR Info's issue names among them), from a store in memory:
// evaluation reads files only, and must refuse the same unknown issues an import would.
core::Result<model::LabelCatalog> built_in_labels() {
    auto store = TRY(store::open_sqlite_store(":memory:"));
    return store->label_catalog();
}

core::Result<std::vector<classify::LabelledText>> read_labelled(const std::string& file,
                                                                const model::LabelCatalog& labels) {
    auto bytes = TRY(core::read_whole_file(file));
    auto batch = TRY(ingest::read_import_file(std::move(bytes), file, labels));
    auto texts = classify::labelled_texts(batch);
    for (const auto& text : texts)
        if (!text.issues.empty() || text.action_category)
            return texts;
    return core::Error::invalid_input(
        "no recommendation has UPR Info issues or an action category to learn from or judge", file);
}

nlohmann::ordered_json category_json(const classify::CategoryMethodScores& method) {
    return {{"accuracy", method.scores.accuracy},
            {"macro_f1", method.scores.macro_f1},
            {"coverage", method.coverage}};
}

nlohmann::ordered_json report_json(const classify::EvaluationReport& report) {
    nlohmann::ordered_json json;
    json["issues"] = {{"micro_f1", report.issues.micro_f1},
                      {"macro_f1", report.issues.macro_f1},
                      {"precision", report.issues.precision},
                      {"recall", report.issues.recall},
                      {"labels", report.issues.labels},
                      {"threshold", report.issue_threshold},
                      {"method", "fasttext-ova"}};
    json["action_category"] = {{"accuracy", report.category.scores.accuracy},
                               {"macro_f1", report.category.scores.macro_f1},
                               {"method", "rule-then-fasttext"},
                               {"rule", category_json(report.category_rule)},
                               {"fasttext", category_json(report.category_fasttext)},
                               {"rule_when_sure", category_json(report.category_rule_when_sure)}};
    json["train"] = {{"recommendations", report.train_texts}, {"seconds", report.train_seconds}};
    json["test"] = {{"recommendations", report.test_texts},
                    {"suggestions_per_second", report.suggestions_per_second}};
    return json;
}

void print_text(const classify::EvaluationReport& r) {
    std::printf("trained on %zu recommendations in %.1f s; judged on %zu\n", r.train_texts,
                r.train_seconds, r.test_texts);
    std::printf(
        "issues:           micro-F1 %.4f  macro-F1 %.4f  (precision %.4f, recall %.4f, "
        "threshold %.2f, %zu labels)\n",
        r.issues.micro_f1, r.issues.macro_f1, r.issues.precision, r.issues.recall,
        r.issue_threshold, r.issues.labels);
    auto line = [](const char* name, const classify::CategoryMethodScores& m) {
        std::printf("%-17s accuracy %.4f  macro-F1 %.4f  (coverage %.3f)\n", name,
                    m.scores.accuracy, m.scores.macro_f1, m.coverage);
    };
    line("action category:", r.category);
    line("  rule alone:", r.category_rule);
    line("  fastText alone:", r.category_fasttext);
    line("  rule when sure:", r.category_rule_when_sure);
    std::printf("suggestions: %.0f recommendations/s on one thread\n", r.suggestions_per_second);
}

}  // namespace

int run_classify_eval(const ClassifyEvalOptions& options) {
    auto labels = built_in_labels();
    if (!labels.ok())
        return report_error(labels.error());
    auto train = read_labelled(options.train, *labels);
    if (!train.ok())
        return report_error(train.error());
    auto test = read_labelled(options.test, *labels);
    if (!test.ok())
        return report_error(test.error());
    auto report = classify::evaluate(*train, *test);
    if (!report.ok())
        return report_error(report.error().located(options.train));
    if (options.json)
        std::printf("%s\n", report_json(*report).dump(2).c_str());
    else
        print_text(*report);
    return 0;
}

int run_classify_train(const ClassifyTrainOptions& options) {
    if (!std::filesystem::exists(options.database))
        return report_error(core::Error::not_found("no database at " + options.database));
    auto store = store::open_sqlite_store(options.database);
    if (!store.ok())
        return report_error(store.error());
    auto texts = classify::confirmed_labels(**store);
    if (!texts.ok())
        return report_error(texts.error());
    auto models = classify::LabelModels::train(*texts);
    if (!models.ok())
        return report_error(models.error().located(options.database));
    auto saved = models->save(options.database);
    if (!saved.ok())
        return report_error(saved.error());
    std::printf("trained on %zu recommendations with confirmed labels; models version %d in %s\n",
                texts->size(), models->version, classify::models_folder(options.database).c_str());
    return 0;
}

}  // namespace rightstrack::cli
