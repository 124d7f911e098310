// A small JSON-Schema check for the API tests, enough for the OpenAPI 3.0 document the server
// serves: type (with nullable), required, properties, additionalProperties (false or a schema),
// items, enum, allOf and $ref into the document's components. Each failure names the place in
// the value ("/items/0/status") and why.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace rightstrack::web {

class OpenApiValidator {
public:
    explicit OpenApiValidator(nlohmann::json document) : document_(std::move(document)) {}

    // The failures of `value` against the schema of `path`'s `method` answer with `status`;
    // one failure naming what is missing when the document describes no such answer.
    std::vector<std::string> check(const std::string& method, const std::string& path, int status,
                                   const nlohmann::json& value) const {
        std::vector<std::string> failures;
        const auto pointer = nlohmann::json::json_pointer("/paths/" + escape(path) + "/" + method +
                                                          "/responses/" + std::to_string(status));
        if (!document_.contains(pointer))
            return {"the document has no answer " + std::to_string(status) + " for " + method +
                    " " + path};
        const nlohmann::json& response = resolve(document_.at(pointer));
        validate(value, response.at("content").at("application/json").at("schema"), "", failures);
        return failures;
    }

    const nlohmann::json& document() const { return document_; }

private:
    static std::string escape(const std::string& path) {
        std::string out;
        for (char c : path) out += c == '/' ? std::string("~1") : std::string(1, c);
        return out;
    }

    const nlohmann::json& resolve(const nlohmann::json& schema) const {
        if (!schema.is_object() || !schema.contains("$ref"))
            return schema;
        const std::string ref = schema.at("$ref");
        return resolve(document_.at(nlohmann::json::json_pointer(ref.substr(1))));
    }

    static bool has_type(const nlohmann::json& value, const std::string& type) {
        if (type == "object")
            return value.is_object();
        if (type == "array")
            return value.is_array();
        if (type == "string")
            return value.is_string();
        if (type == "integer")
            return value.is_number_integer();
        if (type == "number")
            return value.is_number();
        if (type == "boolean")
            return value.is_boolean();
        return false;
    }

    void validate(const nlohmann::json& value, const nlohmann::json& given, const std::string& at,
                  std::vector<std::string>& failures) const {
        const nlohmann::json& schema = resolve(given);
        const std::string place = at.empty() ? "/" : at;
        if (value.is_null()) {
            if (!schema.value("nullable", false) &&
                (schema.contains("type") || schema.contains("allOf")))
                failures.push_back(place + ": null where the schema allows none");
            return;
        }
        if (schema.contains("allOf"))
            for (const auto& part : schema.at("allOf")) validate(value, part, at, failures);
        if (schema.contains("type") && !has_type(value, schema.at("type"))) {
            failures.push_back(place + ": not of type " + schema.at("type").get<std::string>());
            return;
        }
        if (schema.contains("enum")) {
            bool listed = false;
            for (const auto& allowed : schema.at("enum")) listed = listed || allowed == value;
            if (!listed)
                failures.push_back(place + ": " + value.dump() + " is not one of the enum");
        }
        if (value.is_array() && schema.contains("items"))
            for (std::size_t i = 0; i < value.size(); ++i)
                validate(value[i], schema.at("items"), at + "/" + std::to_string(i), failures);
        if (!value.is_object())
            return;
        if (schema.contains("required"))
            for (const auto& name : schema.at("required"))
                if (!value.contains(name.get<std::string>()))
                    failures.push_back(place + ": lacks " + name.get<std::string>());
        const auto properties = schema.value("properties", nlohmann::json::object());
        for (const auto& [name, item] : value.items()) {
            if (properties.contains(name)) {
                validate(item, properties.at(name), at + "/" + name, failures);
                continue;
            }
            if (!schema.contains("additionalProperties"))
                continue;
            const auto& extra = schema.at("additionalProperties");
            if (extra.is_boolean()) {
                if (!extra.get<bool>())
                    failures.push_back(place + ": " + name + " is not in the schema");
            } else {
                validate(item, extra, at + "/" + name, failures);
            }
        }
    }

    nlohmann::json document_;
};

}  // namespace rightstrack::web
