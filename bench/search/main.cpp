// search-bench: the search benchmark of issue 4. Builds a corpus of real recommendation texts
// scaled to --docs documents, a workload of --queries queries, indexes the corpus in every
// engine of --engines, runs the workload on one thread in each, checks that all engines count
// the same hits and facet values, and prints build time, memory, latency percentiles and ratios.
#include <stdlib.h>
#include <sys/stat.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <numeric>

#include "Agreement.h"
#include "Analyse.h"
#include "Corpus.h"
#include "PostgresEngine.h"
#include "Process.h"
#include "ReferenceEngine.h"
#include "RightstrackEngine.h"
#include "Report.h"
#include "SourceRecommendations.h"
#include "SqliteEngine.h"
#include "StoreBuild.h"
#include "Workload.h"
#include "XapianEngine.h"
#include "core/Text.h"

namespace rightstrack::bench {
namespace {

constexpr std::uint64_t kSeed = 0x5EA4C4B3E4C40004ull;

struct Options {
    size_t docs = 30000;
    size_t queries = 1000;
    std::vector<std::string> engines = {"reference", "rightstrack", "sqlite", "postgres", "xapian"};
    std::string data = "../shared/data";
    std::string plot = "bench/results/search-latency.svg";
    size_t slowest = 0;  // Queries listed per engine, slowest first, to see where time goes.
    bool store_build = false;  // Also time the index built from a store of --docs.
    std::string keep_store;    // Where to keep that store (the web benchmark serves it).
};

core::Result<Options> parse_options(int argc, char** argv) {
    Options options;
    if (const char* data = std::getenv("RIGHTSTRACK_SHARED_DATA"))
        options.data = data;
    for (int i = 1; i < argc; ++i) {
        const std::string flag = argv[i];
        if (flag == "--store-build") {
            options.store_build = true;
            continue;
        }
        if (i + 1 >= argc)
            return core::Error::usage("missing value after " + flag);
        const std::string value = argv[++i];
        if (flag == "--docs" || flag == "--queries" || flag == "--slowest") {
            auto n = core::parse_int(value);
            if (!n || *n < 0 || (*n == 0 && flag != "--slowest"))
                return core::Error::usage(flag + " needs a positive number, not '" + value + "'");
            (flag == "--docs"      ? options.docs
             : flag == "--queries" ? options.queries
                                   : options.slowest) = static_cast<size_t>(*n);
        } else if (flag == "--engines") {
            options.engines.clear();
            for (auto name : core::split(value, ","))
                options.engines.emplace_back(name);
        } else if (flag == "--data") {
            options.data = value;
        } else if (flag == "--plot") {
            options.plot = value;
        } else if (flag == "--keep-store") {
            options.keep_store = value;
            options.store_build = true;
        } else {
            return core::Error::usage(
                "unknown option " + flag +
                " (--docs N --queries N --engines a,b --data DIR --plot F --slowest N"
                " --store-build --keep-store FILE)");
        }
    }
    return options;
}

// The `count` slowest queries of the run, slowest first, on standard error.
void print_slowest(const EngineRun& run, const std::vector<Query>& workload, const Corpus& corpus,
                   size_t count) {
    std::vector<size_t> order(run.latencies_ms.size());
    std::iota(order.begin(), order.end(), 0);
    count = std::min(count, order.size());
    std::partial_sort(order.begin(), order.begin() + count, order.end(),
                      [&](size_t a, size_t b) { return run.latencies_ms[a] > run.latencies_ms[b]; });
    for (size_t i = 0; i < count; ++i)
        std::cerr << "  " << run.latencies_ms[order[i]] << " ms  #" << order[i] << "  "
                  << workload[order[i]].describe(corpus) << "\n";
}

// A scratch folder for the engines' files, removed on every way out. Others may enter it
// (0711) because the PostgreSQL server runs as its own user.
class ScratchFolder {
public:
    ScratchFolder() {
        char name[] = "/tmp/search-bench-XXXXXX";
        path_ = ::mkdtemp(name) ? name : "";
        if (!path_.empty())
            ::chmod(path_.c_str(), 0711);
    }
    ~ScratchFolder() {
        std::error_code ignored;
        if (!path_.empty())
            std::filesystem::remove_all(path_, ignored);
    }
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

// Moves `from` (in the scratch folder) to `to`, copying when they lie on different file systems.
core::Status keep_file(const std::filesystem::path& from, const std::filesystem::path& to) {
    std::error_code error;
    std::filesystem::rename(from, to, error);
    if (error) {
        std::filesystem::copy_file(from, to, std::filesystem::copy_options::overwrite_existing,
                                   error);
        if (error)
            return core::Error::io("cannot keep the store: " + error.message(), to.string());
    }
    return {};
}

core::Result<std::unique_ptr<Engine>> make_engine(const std::string& name,
                                                  const std::filesystem::path& folder) {
    std::filesystem::create_directories(folder / name);
    if (name == "reference")
        return std::unique_ptr<Engine>(std::make_unique<ReferenceEngine>());
    if (name == "sqlite")
        return std::unique_ptr<Engine>(std::make_unique<SqliteEngine>(folder / name));
    if (name == "postgres")
        return std::unique_ptr<Engine>(std::make_unique<PostgresEngine>(folder / name));
    if (name == "xapian")
        return std::unique_ptr<Engine>(std::make_unique<XapianEngine>(folder / name));
    if (name == "rightstrack")
        return std::unique_ptr<Engine>(std::make_unique<RightstrackEngine>());
    return core::Error::usage("unknown engine '" + name +
                              "' (reference, rightstrack, sqlite, postgres, xapian)");
}

core::Status run(const Options& options) {
    const std::string csv = options.data + "/upr-info/recommendations_sessions_01-16.csv";
    auto start = std::chrono::steady_clock::now();
    auto rows = TRY(read_source_recommendations(csv));
    const Corpus corpus = generate_corpus(rows, options.docs, kSeed, english_analysis());
    const auto workload = make_workload(corpus, options.queries, kSeed + 1);
    std::cerr << "corpus: " << corpus.size() << " documents from " << rows.size()
              << " real recommendations, " << corpus.term_count() << " terms, "
              << corpus.token_count() << " tokens; " << workload.size() << " queries ("
              << std::to_string(seconds_since(start)) << " s)\n";

    ScratchFolder scratch;
    if (scratch.path().empty())
        return core::Error::io("cannot create a scratch folder under /tmp");
    std::vector<EngineRun> runs;
    std::vector<Answer> expected;
    std::string expected_engine;
    for (const auto& name : options.engines) {
        auto engine = TRY(make_engine(name, scratch.path()));
        EngineRun run{std::string(engine->name()), std::string(engine->ranking()), 0, {}, {}};
        const auto before = process_resident_bytes();
        start = std::chrono::steady_clock::now();
        TRY(engine->build(corpus));
        run.build_seconds = seconds_since(start);
        run.resident_bytes = engine->resident_bytes();
        if (!run.resident_bytes)
            run.resident_bytes = growth_since(before);
        std::cerr << run.name << ": built in " << run.build_seconds << " s\n";

        // A warm-up pass over a tenth of the workload, untimed, so that the first queries
        // do not pay for cold caches.
        for (size_t q = 0; q < workload.size() / 10; ++q)
            TRY(engine->search(workload[q]));
        for (size_t q = 0; q < workload.size(); ++q) {
            start = std::chrono::steady_clock::now();
            auto answer = TRY(engine->search(workload[q]));
            run.latencies_ms.push_back(seconds_since(start) * 1000.0);
            if (expected.size() < workload.size())
                expected.push_back(std::move(answer));
            else
                TRY(check_agreement(corpus, workload[q], q, expected_engine, expected[q], run.name,
                                    answer));
        }
        if (expected_engine.empty())
            expected_engine = run.name;
        if (auto memory = engine->resident_bytes())
            run.resident_bytes = std::max(*run.resident_bytes, *memory);
        std::cerr << run.name << ": " << workload.size() << " queries"
                  << (run.name == expected_engine ? "" : ", every count equal to " + expected_engine)
                  << "\n";
        print_slowest(run, workload, corpus, options.slowest);
        runs.push_back(std::move(run));
    }
    print_report(std::cout, runs, corpus.size(), workload.size());
    if (options.store_build) {
        auto built = TRY(measure_store_build(csv, options.docs, scratch.path()));
        std::cout << "\nindex built from the store: " << built.recommendations
                  << " recommendations in " << built.build_seconds << " s, resident memory +"
                  << built.resident_bytes / (1024 * 1024) << " MB (store written in "
                  << built.write_seconds << " s)\n";
        if (!options.keep_store.empty())
            TRY(keep_file(scratch.path() / "rightstrack.db", options.keep_store));
    }
    std::vector<EngineRun> plotted;
    for (const auto& run : runs)
        if (run.name != "reference")
            plotted.push_back(run);
    if (!plotted.empty()) {
        TRY(write_latency_svg(options.plot, plotted, corpus.size()));
        std::cout << "\nplot: " << options.plot << "\n";
    }
    return {};
}

}  // namespace
}  // namespace rightstrack::bench

int main(int argc, char** argv) {
    using namespace rightstrack;
    auto options = bench::parse_options(argc, argv);
    if (!options.ok()) {
        std::cerr << "search-bench: " << options.error().describe() << "\n";
        return core::exit_code(options.error().kind());
    }
    auto status = bench::run(*options);
    if (!status.ok()) {
        std::cerr << "search-bench: FAILED: " << status.error().describe() << "\n";
        return core::exit_code(status.error().kind());
    }
    return 0;
}
