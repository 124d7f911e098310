// `rightstrack import FILE...`: each file is read, checked and written in its own transaction,
// so a bad file changes nothing while the good ones around it are imported.

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>

#include "cli/Commands.h"
#include "cli/ReadAhead.h"
#include "cli/Terminal.h"
#include "report/RecordJson.h"
#include "store/Store.h"

namespace rightstrack::cli {
namespace {

struct FileOutcome {
    std::string file;
    std::string format;
    store::WriteSummary summary;
    std::optional<core::Error> error;
    // With --dry-run --json: the records the file would store.
    std::optional<nlohmann::ordered_json> records;
    double read_seconds = 0;   // Reading, decoding and parsing the file.
    double seconds = 0;        // All of it, writing included.
};

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// `position` is "[3/12] " when several files are imported, so the progress line says how far
// the whole run is.
core::Result<store::WriteSummary> write_file(store::Store& store, ReadFile read,
                                             store::Commit commit, const std::string& position,
                                             bool keep_records, FileOutcome& outcome) {
    const std::string& file = outcome.file;
    outcome.read_seconds = read.seconds;
    auto batch = TRY(std::move(read.batch));
    outcome.format = batch.format;
    if (keep_records)
        outcome.records = report::batch_json(batch);
    ProgressLine progress(position + file + ": writing");
    auto summary = store.write(batch, commit, [&](size_t done, size_t total) {
        progress.update(done, total);
    });
    if (!summary.ok())
        return summary.release_error().located(file);
    return summary;
}

nlohmann::ordered_json outcome_json(const FileOutcome& outcome, bool dry_run) {
    nlohmann::ordered_json json;
    json["file"] = outcome.file;
    json["format"] = outcome.format;
    if (outcome.error) {
        json["status"] = "failed";
        json["error"] = {{"kind", core::kind_name(outcome.error->kind())},
                         {"where", outcome.error->where()},
                         {"message", outcome.error->message()}};
        return json;
    }
    json["status"] = dry_run ? "dry_run" : "imported";
    json["documents_added"] = outcome.summary.documents_added;
    json["added"] = outcome.summary.added;
    json["updated"] = outcome.summary.updated;
    json["unchanged"] = outcome.summary.unchanged;
    json["responses"] = outcome.summary.responses;
    json["answered"] = outcome.summary.answered;
    json["responses_waiting"] = outcome.summary.responses_waiting;
    json["read_seconds"] = outcome.read_seconds;
    json["seconds"] = outcome.seconds;
    if (outcome.records)
        json["records"] = *outcome.records;
    return json;
}

void print_outcome(const FileOutcome& outcome, bool dry_run) {
    if (outcome.error) {
        report_error(*outcome.error);
        std::fprintf(stderr, "%s: nothing was imported from this file\n", outcome.file.c_str());
        return;
    }
    const auto& s = outcome.summary;
    std::printf("%s: %s %lld new, %lld updated, %lld unchanged recommendations"
                " (%lld new documents) in %.2f s\n",
                outcome.file.c_str(), dry_run ? "would import" : "imported",
                static_cast<long long>(s.added), static_cast<long long>(s.updated),
                static_cast<long long>(s.unchanged), static_cast<long long>(s.documents_added),
                outcome.seconds);
    if (s.responses > 0)
        std::printf("%s: %lld responses, which %s %lld stored recommendations; %lld wait for "
                    "their report\n",
                    outcome.file.c_str(), static_cast<long long>(s.responses),
                    dry_run ? "would change" : "changed", static_cast<long long>(s.answered),
                    static_cast<long long>(s.responses_waiting));
}

}  // namespace

int run_import(const ImportOptions& options) {
    auto store = store::open_sqlite_store(options.database);
    if (!store.ok())
        return report_error(store.error());
    auto labels = (*store)->label_catalog();
    if (!labels.ok())
        return report_error(labels.error());
    auto commit = options.dry_run ? store::Commit::No : store::Commit::Yes;
    std::vector<FileOutcome> outcomes;
    const size_t count = options.files.size();
    ReadAhead reads(options.files, *labels, std::thread::hardware_concurrency());
    for (size_t i = 0; i < count; ++i) {
        auto started = std::chrono::steady_clock::now();
        FileOutcome outcome{options.files[i], {}, {}, {}, {}, 0, 0};
        std::string position =
            count > 1 ? "[" + std::to_string(i + 1) + "/" + std::to_string(count) + "] " : "";
        bool keep_records = options.dry_run && options.json;
        auto summary = write_file(**store, reads.take(i), commit, position, keep_records, outcome);
        if (summary.ok())
            outcome.summary = *summary;
        else
            outcome.error = summary.release_error();
        outcome.seconds = seconds_since(started);
        if (!options.json)
            print_outcome(outcome, options.dry_run);
        else if (outcome.error)
            report_error(*outcome.error);
        outcomes.push_back(std::move(outcome));
    }
    bool failed = std::any_of(outcomes.begin(), outcomes.end(),
                              [](const auto& outcome) { return outcome.error.has_value(); });
    if (options.json) {
        nlohmann::ordered_json json;
        json["dry_run"] = options.dry_run;
        json["files"] = nlohmann::ordered_json::array();
        for (const auto& outcome : outcomes)
            json["files"].push_back(outcome_json(outcome, options.dry_run));
        std::printf("%s\n", json.dump(2).c_str());
    }
    return failed ? 1 : 0;
}

}  // namespace rightstrack::cli
