#include "StoreBuild.h"

#include <chrono>

#include "Process.h"
#include "core/Files.h"
#include "index/Searcher.h"
#include "ingest/ImportFile.h"
#include "store/Store.h"

namespace rightstrack::bench {
namespace {

// Copy `copy` of the batch's documents and at most `limit` of its recommendations.
model::ImportBatch copy_of(const model::ImportBatch& batch, std::size_t copy, std::size_t limit) {
    const std::string suffix = "/" + std::to_string(copy);
    model::ImportBatch out;
    out.source = batch.source;
    out.format = batch.format;
    if (copy == 0)
        out.taxonomies = batch.taxonomies;
    for (model::Document document : batch.documents) {
        document.symbol += suffix;
        out.documents.push_back(std::move(document));
    }
    for (std::size_t i = 0; i < batch.recommendations.size() && i < limit; ++i) {
        model::Recommendation r = batch.recommendations[i];
        r.id += suffix;
        r.document += suffix;
        out.recommendations.push_back(std::move(r));
    }
    return out;
}

}  // namespace

core::Result<StoreBuild> measure_store_build(const std::string& csv_path, std::size_t count,
                                             const std::filesystem::path& folder) {
    auto store = TRY(store::open_sqlite_store((folder / "rightstrack.db").string()));
    auto labels = TRY(store->label_catalog());
    auto batch = TRY(ingest::read_import_file(TRY(core::read_whole_file(csv_path)), csv_path,
                                              labels));
    if (batch.recommendations.empty())
        return core::Error::invalid_input("no recommendations in the file", csv_path);

    StoreBuild result;
    auto start = std::chrono::steady_clock::now();
    for (std::size_t copy = 0; result.recommendations < count; ++copy) {
        auto written = TRY(store->write(copy_of(batch, copy, count - result.recommendations),
                                        store::Commit::Yes, {}));
        result.recommendations += static_cast<std::size_t>(written.added);
    }
    result.write_seconds = seconds_since(start);

    const auto before = process_resident_bytes();
    start = std::chrono::steady_clock::now();
    auto searcher = TRY(index::Searcher::build(*store));
    result.build_seconds = seconds_since(start);
    result.resident_bytes = growth_since(before);
    if (searcher.size() != result.recommendations)
        return core::Error::internal("the index has " + std::to_string(searcher.size()) +
                                     " recommendations, the store " +
                                     std::to_string(result.recommendations));
    return result;
}

}  // namespace rightstrack::bench
