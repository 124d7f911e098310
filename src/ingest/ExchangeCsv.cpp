#include "ingest/ExchangeCsv.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/Text.h"
#include "ingest/ExchangeBatch.h"
#include "model/ExchangeFormat.h"
#include "model/StateRegistry.h"
#include "model/Taxonomy.h"

namespace rightstrack::ingest {
namespace {

// Indexes into kExchangeColumns.
enum Column { kId, kDocument, kMechanism, kStateUnderReview, kCycle, kSession, kParagraph,
              kRecommendingStates, kResponse, kActionCategory, kIssues, kThemes,
              kAffectedPersons, kSdgs, kText, kLanguage, kTranslations, kOtherLabels,
              kResponseSource, kPage, kImporter, kImporterVersion, kSourceRef, kDocumentTitle,
              kDocumentDate, kDocumentLanguage, kDocumentSha256 };

using Cells = std::vector<std::string_view>;

std::vector<std::string_view> split_values(std::string_view cell) {
    std::vector<std::string_view> values;
    if (cell.empty())
        return values;
    for (auto value : core::split(cell, model::kValueSeparator))
        values.push_back(core::trim(value));
    return values;
}

core::Result<std::optional<int>> optional_number(std::string_view cell, std::string_view column,
                                                 int low, int high) {
    if (cell.empty())
        return std::optional<int>();
    auto value = core::parse_int(cell);
    if (!value || *value < low || *value > high)
        return core::Error::invalid_input(std::string(column) + " must be empty or a number from " +
                                          std::to_string(low) + " to " + std::to_string(high) +
                                          ", not '" + std::string(cell) + "'");
    return value;
}

core::Result<std::string> state_code(std::string_view cell, std::string_view column) {
    const auto* state = model::StateRegistry::instance().find_by_code(cell);
    if (!state)
        return core::Error::invalid_input("unknown State code '" + std::string(cell) +
                                          "' in column " + std::string(column));
    return std::string(state->alpha3);
}

core::Result<model::Document> read_document(const Cells& cells) {
    model::Document d;
    d.symbol = cells[kDocument];
    if (d.symbol.empty())
        return core::Error::invalid_input("the document column is empty");
    auto mechanism = model::Mechanism::parse(cells[kMechanism]);
    if (!mechanism)
        return core::Error::invalid_input("unknown mechanism '" + std::string(cells[kMechanism]) +
                                          "'");
    d.mechanism = *mechanism;
    d.state = TRY(state_code(cells[kStateUnderReview], "state_under_review"));
    d.cycle = TRY(optional_number(cells[kCycle], "cycle", 1, 9));
    d.session = TRY(optional_number(cells[kSession], "session", 1, 9999));
    d.title = cells[kDocumentTitle];
    d.date = cells[kDocumentDate];
    d.language = cells[kDocumentLanguage];
    d.sha256 = cells[kDocumentSha256];
    return d;
}

void add_labels(std::string_view cell, std::string_view taxonomy, model::Recommendation& r) {
    for (auto code : split_values(cell))
        r.labels.push_back({std::string(taxonomy), std::string(code)});
}

core::Status add_other_labels(std::string_view cell, model::Recommendation& r) {
    for (auto item : split_values(cell)) {
        auto colon = item.find(':');
        if (colon == std::string_view::npos)
            return core::Error::invalid_input("other_labels items must be taxonomy:code, not '" +
                                              std::string(item) + "'");
        add_labels(item.substr(colon + 1), item.substr(0, colon), r);
    }
    return {};
}

core::Result<std::vector<model::Translation>> read_translations(std::string_view cell) {
    std::vector<model::Translation> translations;
    if (cell.empty())
        return translations;
    auto json = nlohmann::json::parse(cell, nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return core::Error::invalid_input("translations must be a JSON object of language: text");
    for (const auto& [language, text] : json.items()) {
        if (!text.is_string())
            return core::Error::invalid_input("translation '" + language + "' is not text");
        translations.push_back({language, text.get<std::string>()});
    }
    return translations;
}

core::Result<model::Recommendation> read_recommendation(const Cells& cells) {
    model::Recommendation r;
    r.id = cells[kId];
    if (r.id.empty())
        return core::Error::invalid_input("the id column is empty");
    r.document = cells[kDocument];
    r.paragraph = cells[kParagraph];
    r.text = cells[kText];
    if (r.text.empty())
        return core::Error::invalid_input("the text column is empty");
    r.language = cells[kLanguage].empty() ? "en" : std::string(cells[kLanguage]);
    r.translations = TRY(read_translations(cells[kTranslations]));
    for (auto code : split_values(cells[kRecommendingStates]))
        r.recommending_states.push_back(TRY(state_code(code, "recommending_states")));
    auto response = model::parse_response(cells[kResponse]);
    if (!response)
        return core::Error::invalid_input("unknown response '" + std::string(cells[kResponse]) +
                                          "'");
    r.response = *response;
    r.response_source = cells[kResponseSource];
    r.action_category = TRY(optional_number(cells[kActionCategory], "action_category", 1, 5));
    add_labels(cells[kIssues], model::kIssues, r);
    add_labels(cells[kThemes], model::kThemes, r);
    add_labels(cells[kAffectedPersons], model::kAffectedPersons, r);
    add_labels(cells[kSdgs], model::kSdgs, r);
    TRY(add_other_labels(cells[kOtherLabels], r));
    model::normalise_labels(r.labels);
    r.provenance.page = TRY(optional_number(cells[kPage], "page", 1, 100000));
    r.provenance.importer = cells[kImporter].empty() ? std::string(kExchangeImporter)
                                                     : std::string(cells[kImporter]);
    r.provenance.importer_version = cells[kImporterVersion];
    r.provenance.source_ref = cells[kSourceRef];
    return r;
}

core::Status add_row(const CsvRow& row, ExchangeBatch& batch) {
    Cells cells(row.fields.begin(), row.fields.end());
    auto document = TRY(read_document(cells));
    return batch.add(std::move(document), TRY(read_recommendation(cells)));
}

}  // namespace

bool is_exchange_header(const CsvRow& header) {
    return header.fields.size() >= model::kExchangeColumns.size() &&
           std::equal(model::kExchangeColumns.begin(), model::kExchangeColumns.end(),
                      header.fields.begin());
}

core::Result<model::ImportBatch> read_exchange_csv(CsvReader& reader, const CsvRow& header,
                                                   const model::LabelCatalog& labels) {
    ExchangeBatch batch{std::string(kExchangeImporter), labels};
    while (auto row = TRY(reader.next())) {
        TRY(check_field_count(*row, header.fields.size(), reader.file_name()));
        auto added = add_row(*row, batch);
        if (!added.ok())
            return added.release_error().located(reader.file_name() + ":" +
                                                 std::to_string(row->line));
    }
    return batch.finish();
}

}  // namespace rightstrack::ingest
