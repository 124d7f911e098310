#include "web/ApiError.h"

#include <nlohmann/json.hpp>

#include "index/QueryErrors.h"

namespace rightstrack::web {
namespace {

struct Mapping {
    int status;
    const char* code;
};

Mapping mapping_of(core::ErrorKind kind) {
    switch (kind) {
    case core::ErrorKind::InvalidInput: return {400, "invalid_input"};
    case core::ErrorKind::Usage: return {400, "bad_request"};
    case core::ErrorKind::NotFound: return {404, "not_found"};
    case core::ErrorKind::Conflict: return {409, "conflict"};
    case core::ErrorKind::PermissionDenied: return {403, "forbidden"};
    case core::ErrorKind::Io:
    case core::ErrorKind::Storage:
    case core::ErrorKind::Internal: break;
    }
    return {500, "internal"};
}

}  // namespace

int http_status(const core::Error& error) {
    return mapping_of(error.kind()).status;
}

ApiAnswer api_error(const core::Error& error) {
    const Mapping mapping = mapping_of(error.kind());
    if (mapping.status == 500)
        return api_error(500, mapping.code, "the server failed to answer; it has logged why");
    nlohmann::json body{{"code", mapping.code}, {"message", error.message()}};
    if (!error.where().empty())
        body["where"] = error.where();
    if (auto column = index::error_column(error))
        body["column"] = *column;
    return {mapping.status, nlohmann::json{{"error", body}}.dump()};
}

ApiAnswer api_error(int status, std::string code, std::string message) {
    nlohmann::json body{{"code", std::move(code)}, {"message", std::move(message)}};
    return {status, nlohmann::json{{"error", body}}.dump()};
}

ApiAnswer api_unauthenticated() {
    return api_error(401, "unauthenticated", "sign in first: this needs a session");
}

}  // namespace rightstrack::web
