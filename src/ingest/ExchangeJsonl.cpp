#include "ingest/ExchangeJsonl.h"

#include <nlohmann/json.hpp>


#include "core/Text.h"
#include "ingest/ExchangeBatch.h"
#include "model/StateRegistry.h"

namespace rightstrack::ingest {
namespace {

using Json = nlohmann::json;

// Field access that names what is wrong instead of throwing.
class Fields {
public:
    explicit Fields(const Json& object) : object_(object) {}

    core::Result<std::string> text(const char* name, bool required = false) const {
        auto found = object_.find(name);
        if (found == object_.end() || found->is_null()) {
            if (required)
                return core::Error::invalid_input(std::string("missing field '") + name + "'");
            return std::string();
        }
        if (!found->is_string())
            return core::Error::invalid_input(std::string("field '") + name + "' must be text");
        return found->get<std::string>();
    }

    core::Result<std::optional<int>> number(const char* name, int low, int high) const {
        auto found = object_.find(name);
        if (found == object_.end() || found->is_null())
            return std::optional<int>();
        if (!found->is_number_integer() || *found < low || *found > high)
            return core::Error::invalid_input(std::string("field '") + name +
                                              "' must be a whole number from " +
                                              std::to_string(low) + " to " + std::to_string(high));
        return std::optional<int>(found->get<int>());
    }

    const Json* find(const char* name) const {
        auto found = object_.find(name);
        return found == object_.end() ? nullptr : &*found;
    }

private:
    const Json& object_;
};

core::Result<std::string> state_code(const std::string& code) {
    const auto* state = model::StateRegistry::instance().find_by_code(code);
    if (!state)
        return core::Error::invalid_input("unknown State code '" + code + "'");
    return std::string(state->alpha3);
}

core::Result<model::Document> read_document(const Json& json) {
    if (!json.is_object())
        return core::Error::invalid_input("field 'document' must be an object");
    Fields fields(json);
    model::Document d;
    d.symbol = TRY(fields.text("symbol", true));
    auto mechanism = model::Mechanism::parse(TRY(fields.text("mechanism", true)));
    if (!mechanism)
        return core::Error::invalid_input("unknown mechanism in the document");
    d.mechanism = *mechanism;
    d.state = TRY(state_code(TRY(fields.text("state", true))));
    d.session = TRY(fields.number("session", 1, 9999));
    d.cycle = TRY(fields.number("cycle", 1, 9));
    d.date = TRY(fields.text("date"));
    d.language = TRY(fields.text("language"));
    d.title = TRY(fields.text("title"));
    d.sha256 = TRY(fields.text("sha256"));
    return d;
}

core::Status read_labels(const Json* json, model::Recommendation& r) {
    if (!json || json->is_null())
        return {};
    if (!json->is_object())
        return core::Error::invalid_input("field 'labels' must map taxonomies to lists of codes");
    for (const auto& [taxonomy, codes] : json->items()) {
        if (!codes.is_array())
            return core::Error::invalid_input("labels of '" + taxonomy + "' must be a list");
        for (const auto& code : codes) {
            if (!code.is_string() || code.get<std::string>().empty())
                return core::Error::invalid_input("label " + code.dump() + " in taxonomy '" +
                                                  taxonomy + "' is not a code");
            r.labels.push_back({taxonomy, code.get<std::string>()});
        }
    }
    model::normalise_labels(r.labels);
    return {};
}

core::Status read_lists(const Fields& fields, model::Recommendation& r) {
    if (const Json* states = fields.find("recommending_states")) {
        if (!states->is_array())
            return core::Error::invalid_input("field 'recommending_states' must be a list");
        for (const auto& code : *states) {
            if (!code.is_string())
                return core::Error::invalid_input("recommending States must be ISO codes");
            r.recommending_states.push_back(TRY(state_code(code.get<std::string>())));
        }
    }
    if (const Json* translations = fields.find("translations")) {
        if (!translations->is_object())
            return core::Error::invalid_input("field 'translations' must map languages to text");
        for (const auto& [language, text] : translations->items()) {
            if (!text.is_string())
                return core::Error::invalid_input("translation '" + language + "' is not text");
            r.translations.push_back({language, text.get<std::string>()});
        }
    }
    return {};
}

core::Status read_provenance(const Json* json, model::Recommendation& r) {
    if (!json || json->is_null())
        return {};
    if (!json->is_object())
        return core::Error::invalid_input("field 'provenance' must be an object");
    Fields fields(*json);
    r.provenance.page = TRY(fields.number("page", 1, 100000));
    r.provenance.importer = TRY(fields.text("importer"));
    if (r.provenance.importer.empty())
        r.provenance.importer = kExchangeJsonlImporter;
    r.provenance.importer_version = TRY(fields.text("importer_version"));
    r.provenance.source_ref = TRY(fields.text("source_ref"));
    return {};
}

core::Result<model::Recommendation> read_recommendation(const Json& json,
                                                        const std::string& symbol) {
    Fields fields(json);
    model::Recommendation r;
    r.id = TRY(fields.text("id", true));
    r.document = symbol;
    r.paragraph = TRY(fields.text("paragraph"));
    r.text = TRY(fields.text("text", true));
    r.language = TRY(fields.text("language"));
    if (r.language.empty())
        r.language = "en";
    TRY(read_lists(fields, r));
    auto response = model::parse_response(TRY(fields.text("response")));
    if (!response)
        return core::Error::invalid_input("unknown response");
    r.response = *response;
    r.response_source = TRY(fields.text("response_source"));
    r.action_category = TRY(fields.number("action_category", 1, 5));
    TRY(read_labels(fields.find("labels"), r));
    TRY(read_provenance(fields.find("provenance"), r));
    return r;
}

core::Status add_line(std::string_view line, ExchangeBatch& batch) {
    Json json = Json::parse(line, nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return core::Error::invalid_input("not a JSON object");
    const Json* document_json = Fields(json).find("document");
    if (!document_json)
        return core::Error::invalid_input("missing field 'document'");
    auto document = TRY(read_document(*document_json));
    auto recommendation = TRY(read_recommendation(json, document.symbol));
    return batch.add(std::move(document), std::move(recommendation));
}

}  // namespace

bool looks_like_jsonl(std::string_view utf8) {
    std::string_view start = core::trim(utf8.substr(0, 64));
    return !start.empty() && start.front() == '{';
}

core::Result<model::ImportBatch> read_exchange_jsonl(std::string_view utf8,
                                                     const std::string& file_name,
                                                     const model::LabelCatalog& labels) {
    ExchangeBatch batch{std::string(kExchangeJsonlImporter), labels};
    size_t line_number = 0;
    for (auto line : core::split(utf8, "\n")) {
        ++line_number;
        if (core::trim(line).empty())
            continue;
        auto added = add_line(line, batch);
        if (!added.ok())
            return added.release_error().located(file_name + ":" + std::to_string(line_number));
    }
    return batch.finish();
}

}  // namespace rightstrack::ingest
