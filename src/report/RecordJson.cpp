#include "report/RecordJson.h"

#include <unordered_map>

namespace rightstrack::report {

nlohmann::ordered_json document_json(const model::Document& d) {
    nlohmann::ordered_json json;
    json["symbol"] = d.symbol;
    json["mechanism"] = d.mechanism.code;
    json["mechanism_kind"] = d.mechanism.kind_name();
    json["state"] = d.state;
    json["session"] = d.session ? nlohmann::ordered_json(*d.session) : nullptr;
    json["cycle"] = d.cycle ? nlohmann::ordered_json(*d.cycle) : nullptr;
    json["date"] = d.date;
    json["language"] = d.language;
    json["title"] = d.title;
    json["sha256"] = d.sha256;
    return json;
}

nlohmann::ordered_json recommendation_json(const model::Recommendation& r,
                                           const model::Document& d) {
    nlohmann::ordered_json json;
    json["id"] = r.id;
    json["document"] = document_json(d);
    json["paragraph"] = r.paragraph;
    json["text"] = r.text;
    json["language"] = r.language;
    json["translations"] = nlohmann::ordered_json::object();
    for (const auto& translation : r.translations)
        json["translations"][translation.language] = translation.text;
    json["recommending_states"] = r.recommending_states;
    json["response"] = model::response_code(r.response);
    json["response_source"] = r.response_source;
    json["action_category"] = r.action_category ? nlohmann::ordered_json(*r.action_category)
                                                : nullptr;
    json["labels"] = nlohmann::ordered_json::object();
    for (const auto& label : r.labels)
        json["labels"][label.taxonomy].push_back(label.code);
    json["provenance"] = {{"page", r.provenance.page ? nlohmann::ordered_json(*r.provenance.page)
                                                     : nullptr},
                          {"importer", r.provenance.importer},
                          {"importer_version", r.provenance.importer_version},
                          {"source_ref", r.provenance.source_ref}};
    return json;
}

nlohmann::ordered_json response_statement_json(const model::ResponseStatement& s) {
    nlohmann::ordered_json json;
    json["report"] = s.report;
    json["paragraph"] = s.paragraph;
    json["response"] = model::response_code(s.response);
    json["source"] = s.source;
    json["page"] = s.page ? nlohmann::ordered_json(*s.page) : nullptr;
    return json;
}

nlohmann::ordered_json batch_json(const model::ImportBatch& batch) {
    std::unordered_map<std::string, const model::Document*> documents;
    nlohmann::ordered_json json;
    json["documents"] = nlohmann::ordered_json::array();
    for (const auto& document : batch.documents) {
        documents[document.symbol] = &document;
        json["documents"].push_back(document_json(document));
    }
    json["recommendations"] = nlohmann::ordered_json::array();
    for (const auto& recommendation : batch.recommendations) {
        auto found = documents.find(recommendation.document);
        auto entry = found == documents.end()
                         ? recommendation_json(recommendation, model::Document{})
                         : recommendation_json(recommendation, *found->second);
        entry["document"] = recommendation.document;
        json["recommendations"].push_back(std::move(entry));
    }
    json["responses"] = nlohmann::ordered_json::array();
    for (const auto& statement : batch.responses)
        json["responses"].push_back(response_statement_json(statement));
    return json;
}

}  // namespace rightstrack::report
