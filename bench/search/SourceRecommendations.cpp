#include "SourceRecommendations.h"

#include <unordered_map>

#include "core/Files.h"
#include "ingest/ImportFile.h"
#include "model/Taxonomy.h"
#include "store/Store.h"

namespace rightstrack::bench {

core::Result<std::vector<SourceRecommendation>> read_source_recommendations(
    const std::string& csv_path) {
    // The built-in taxonomies (UPR Info's issues among them) live in the store's migrations; an
    // in-memory store is the simplest way to have the catalog the importer checks labels with.
    auto store = TRY(store::open_sqlite_store(":memory:"));
    auto labels = TRY(store->label_catalog());
    auto bytes = TRY(core::read_whole_file(csv_path));
    auto batch = TRY(ingest::read_import_file(std::move(bytes), csv_path, labels));
    if (batch.recommendations.empty())
        return core::Error::invalid_input("no recommendations in the file", csv_path);

    std::unordered_map<std::string, const model::Document*> documents;
    for (const auto& document : batch.documents)
        documents[document.symbol] = &document;

    std::vector<SourceRecommendation> rows;
    rows.reserve(batch.recommendations.size());
    for (auto& r : batch.recommendations) {
        auto document = documents.find(r.document);
        if (document == documents.end())
            return core::Error::internal("recommendation " + r.id + " names unknown document " +
                                         r.document);
        SourceRecommendation row;
        row.text = std::move(r.text);
        row.state_under_review = document->second->state;
        row.session = document->second->session.value_or(0);
        row.recommending_states = std::move(r.recommending_states);
        row.response = std::string(model::response_code(r.response));
        row.action_category = r.action_category;
        for (const auto& label : r.labels)
            if (label.taxonomy == model::kIssues)
                row.issues.push_back(label.code);
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace rightstrack::bench
