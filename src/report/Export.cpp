#include "report/Export.h"

#include <nlohmann/json.hpp>

#include "core/Text.h"
#include "ingest/CsvWriter.h"
#include "model/ExchangeFormat.h"
#include "model/Taxonomy.h"
#include "report/RecordJson.h"

namespace rightstrack::report {
namespace {

std::string labels_of(const model::Recommendation& r, std::string_view taxonomy) {
    std::vector<std::string> codes;
    for (const auto& label : r.labels)
        if (label.taxonomy == taxonomy)
            codes.push_back(label.code);
    return core::join(codes, model::kValueSeparator);
}

bool is_column_taxonomy(std::string_view taxonomy) {
    return taxonomy == model::kIssues || taxonomy == model::kThemes ||
           taxonomy == model::kAffectedPersons || taxonomy == model::kSdgs;
}

std::string other_labels_of(const model::Recommendation& r) {
    std::vector<std::string> items;
    for (const auto& label : r.labels)
        if (!is_column_taxonomy(label.taxonomy))
            items.push_back(label.taxonomy + ":" + label.code);
    return core::join(items, model::kValueSeparator);
}

std::string translations_of(const model::Recommendation& r) {
    if (r.translations.empty())
        return {};
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    for (const auto& translation : r.translations)
        object[translation.language] = translation.text;
    return object.dump();
}

std::string optional_text(std::optional<int> value) {
    return value ? std::to_string(*value) : std::string();
}

std::vector<std::string> csv_cells(const model::Recommendation& r, const model::Document& d) {
    return {r.id, d.symbol, d.mechanism.code, d.state, optional_text(d.cycle),
            optional_text(d.session), r.paragraph,
            core::join(r.recommending_states, model::kValueSeparator),
            std::string(model::response_code(r.response)), optional_text(r.action_category),
            labels_of(r, model::kIssues), labels_of(r, model::kThemes),
            labels_of(r, model::kAffectedPersons), labels_of(r, model::kSdgs), r.text,
            r.language, translations_of(r), other_labels_of(r), r.response_source,
            optional_text(r.provenance.page), r.provenance.importer,
            r.provenance.importer_version, r.provenance.source_ref, d.title, d.date, d.language,
            d.sha256};
}

}  // namespace

std::optional<ExportFormat> parse_export_format(std::string_view name) {
    if (name == "csv")
        return ExportFormat::Csv;
    if (name == "jsonl")
        return ExportFormat::Jsonl;
    return std::nullopt;
}

core::Result<int64_t> export_recommendations(store::Store& store, ExportFormat format,
                                             std::ostream& out) {
    int64_t written = 0;
    std::string line;
    if (format == ExportFormat::Csv) {
        std::vector<std::string> header(model::kExchangeColumns.begin(),
                                        model::kExchangeColumns.end());
        ingest::append_csv_row(line, header);
        out << line;
    }
    TRY(store.scan(store::ScanOrder::Export, [&](const model::Recommendation& r,
                                                 const model::Document& d) -> core::Status {
        line.clear();
        if (format == ExportFormat::Csv)
            ingest::append_csv_row(line, csv_cells(r, d));
        else
            line = recommendation_json(r, d).dump() + "\n";
        out << line;
        ++written;
        if (!out)
            return core::Error::io("writing the export failed");
        return {};
    }));
    return written;
}

}  // namespace rightstrack::report
