// The State's position on a recommendation. UPR Info's "Accepted" is `Supported`; partially
// accepted recommendations are `PartiallySupported`; `Pending` until the State has answered.
#pragma once

#include <optional>
#include <string_view>

namespace rightstrack::model {

enum class Response { Supported, Noted, PartiallySupported, Pending };

// Export spelling: "supported", "noted", "partially_supported", "pending".
std::string_view response_code(Response response);
// Accepts the export spelling and the usual source spellings ("Accepted", "Supported",
// "Noted", "Partially accepted", ...), case-insensitively.
std::optional<Response> parse_response(std::string_view text);

}  // namespace rightstrack::model
