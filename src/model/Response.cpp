#include "model/Response.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace rightstrack::model {

std::string_view response_code(Response response) {
    switch (response) {
    case Response::Supported: return "supported";
    case Response::Noted: return "noted";
    case Response::PartiallySupported: return "partially_supported";
    case Response::Pending: return "pending";
    }
    return "pending";
}

std::optional<Response> parse_response(std::string_view text) {
    std::string key;
    for (char c : text)
        key += (c == ' ' || c == '-') ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (key == "supported" || key == "accepted")
        return Response::Supported;
    if (key == "noted" || key == "rejected" || key == "not_supported")
        return Response::Noted;
    if (key == "partially_supported" || key == "partially_accepted")
        return Response::PartiallySupported;
    if (key == "pending" || key == "")
        return Response::Pending;
    return std::nullopt;
}

}  // namespace rightstrack::model
