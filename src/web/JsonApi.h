// What the JSON API's handlers share beyond search: pages of a list (limit and offset, the
// answer {"total", "items"}), the signed-in user of a JSON client (the session cookie, looked up
// here because API routes are plain and set no cookie), a POST's JSON body, and results turned
// into replies through ApiError's one table.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/Result.h"
#include "web/ApiError.h"
#include "web/WebContext.h"

namespace rightstrack::web {

// Lists answer this many items unless asked, and never more than the most.
inline constexpr std::size_t kDefaultPageSize = 50;
inline constexpr std::size_t kMaxPageSize = 1000;

struct Page {
    std::size_t limit = kDefaultPageSize;
    std::size_t offset = 0;
};

// ?limit=&offset=; an error names the parameter at fault.
core::Result<Page> parse_page(const Request& request);

// {"total": items.size(), "items": the page's part of items}.
nlohmann::json paged(const nlohmann::json& items, const Page& page);

// The signed-in user's name: the guard's (a POST), else the session cookie's; empty for none.
core::Result<std::string> api_user(WebContext& context, const Visit& visit);

// The POST body as a JSON object; invalid_input naming the body when it is not one.
core::Result<nlohmann::json> json_body(const Request& request);

// A count from a path segment or parameter (an id); invalid_input naming `where` otherwise.
core::Result<int64_t> id_of(const std::string& text, const std::string& where);

// A JSON reply: the value with 200, or the error as ApiError maps it.
Reply api_reply(const core::Result<nlohmann::json>& result);
Reply api_reply(const ApiAnswer& answer);

}  // namespace rightstrack::web
