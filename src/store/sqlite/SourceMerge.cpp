#include "store/sqlite/SourceMerge.h"

#include "core/Text.h"
#include "model/Recommendation.h"
#include "store/sqlite/RecommendationReader.h"

namespace rightstrack::store::sqlite {
namespace {

std::string joined_labels(const model::Recommendation& r) {
    std::vector<std::string> items;
    for (const auto& label : r.labels)
        items.push_back(label.taxonomy + ':' + label.code);
    return core::join(items, "|");
}

std::vector<model::LabelRef> split_labels(std::string_view text) {
    std::vector<model::LabelRef> labels;
    for (auto item : core::split(text, "|")) {
        auto colon = item.find(':');
        if (colon != std::string_view::npos)
            labels.push_back({std::string(item.substr(0, colon)),
                              std::string(item.substr(colon + 1))});
    }
    return labels;
}

bool is_description(const model::Recommendation& r, const std::set<std::string>& describing) {
    return !r.paragraph.empty() && describing.contains(r.document);
}

core::Status save_descriptions(Database& db, const model::ImportBatch& batch,
                               const std::set<std::string>& describing) {
    auto forget = TRY(db.prepare(
        "DELETE FROM recommendation_descriptions WHERE document = ? AND importer = ?"));
    auto insert = TRY(db.prepare(
        "INSERT OR REPLACE INTO recommendation_descriptions (uid, document, paragraph, states,"
        " response, response_source, labels, importer) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    std::set<std::pair<std::string, std::string>> forgotten;
    for (const auto& r : batch.recommendations) {
        if (!is_description(r, describing))
            continue;
        if (forgotten.emplace(r.document, r.provenance.importer).second)
            TRY(forget.bind(1, r.document).bind(2, r.provenance.importer).run());
        insert.bind(1, r.id).bind(2, r.document).bind(3, r.paragraph);
        insert.bind(4, core::join(r.recommending_states, "|"));
        insert.bind(5, model::response_code(r.response)).bind(6, r.response_source);
        insert.bind(7, joined_labels(r)).bind(8, r.provenance.importer);
        TRY(insert.run());
    }
    return {};
}

constexpr std::string_view kLoadDescriptions =
    "SELECT uid, paragraph, states, response, response_source, labels"
    " FROM recommendation_descriptions WHERE document = ? ORDER BY uid";

// The descriptions of `document`, read with `rows` (kLoadDescriptions), which is left reset.
core::Result<std::vector<model::Recommendation>> load_descriptions(Statement& rows,
                                                                   const std::string& document) {
    rows.bind(1, document);
    std::vector<model::Recommendation> out;
    while (TRY(rows.step())) {
        model::Recommendation r;
        r.id = rows.text(0);
        r.document = document;
        r.paragraph = rows.text(1);
        for (auto state : core::split(rows.text(2), "|"))
            if (!state.empty())
                r.recommending_states.emplace_back(state);
        r.response = model::parse_response(rows.text(3)).value_or(model::Response::Pending);
        r.response_source = rows.text(4);
        r.labels = split_labels(rows.text(5));
        out.push_back(std::move(r));
    }
    rows.reset();
    return out;
}

}  // namespace

SourceMerge::SourceMerge(ByDocument own_records, ByDocument descriptions,
                         std::set<std::string> describing_documents)
    : own_records_(std::move(own_records)),
      descriptions_(std::move(descriptions)),
      describing_documents_(std::move(describing_documents)) {}

core::Result<SourceMerge> SourceMerge::prepare(
    Database& db, const model::ImportBatch& batch,
    const std::unordered_map<std::string, bool>& own_file_stored) {
    std::set<std::string> describing;
    for (const auto& document : batch.documents)
        if (document.sha256.empty())
            describing.insert(document.symbol);
    TRY(save_descriptions(db, batch, describing));
    ByDocument own_records, descriptions;
    auto load = TRY(db.prepare(kLoadDescriptions));
    for (const auto& document : batch.documents) {
        const auto& symbol = document.symbol;
        if (!describing.contains(symbol)) {
            descriptions[symbol] = TRY(load_descriptions(load, symbol));
            continue;
        }
        auto stored = own_file_stored.find(symbol);
        if (stored == own_file_stored.end() || !stored->second)
            continue;
        auto& records = own_records[symbol];
        TRY(scan_document(db, symbol, [&](const model::Recommendation& r, const auto&) {
            records.push_back(r);
            return core::Status{};
        }));
    }
    return SourceMerge(std::move(own_records), std::move(descriptions), std::move(describing));
}

std::vector<model::Recommendation> SourceMerge::merged_into_stored(
    const model::Recommendation& description) const {
    std::vector<model::Recommendation> merged;
    auto records = own_records_.find(description.document);
    if (records == own_records_.end() || !is_description(description, describing_documents_))
        return merged;
    for (const auto& own : records->second) {
        if (!model::same_recommendation(own, description))
            continue;
        merged.push_back(own);
        model::merge_description(merged.back(), description);
    }
    return merged;
}

std::optional<model::Recommendation> SourceMerge::absorbing(const model::Recommendation& own) {
    std::optional<model::Recommendation> merged;
    auto descriptions = descriptions_.find(own.document);
    if (descriptions == descriptions_.end())
        return merged;
    for (const auto& description : descriptions->second) {
        if (!model::same_recommendation(own, description))
            continue;
        if (!merged)
            merged = own;
        model::merge_description(*merged, description);
        absorbed_.insert(description.id);
    }
    return merged;
}

}  // namespace rightstrack::store::sqlite
