#include "web/JsonApi.h"

#include <charconv>

#include "web/Guard.h"

namespace rightstrack::web {
namespace {

// A count from 0 to `most`, the parameter `name`'s value.
core::Result<std::size_t> count_parameter(const Request& request, const std::string& name,
                                          std::size_t fallback, std::size_t most) {
    for (const auto& [key, value] : request.query) {
        if (key != name)
            continue;
        std::size_t count = 0;
        const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), count);
        if (error != std::errc() || end != value.data() + value.size() || value.empty() ||
            count > most)
            return core::Error::invalid_input(name + " must be a number from 0 to " +
                                                  std::to_string(most) + ", not '" + value + "'",
                                              name);
        return count;
    }
    return fallback;
}

}  // namespace

core::Result<Page> parse_page(const Request& request) {
    Page page;
    page.limit = TRY(count_parameter(request, "limit", kDefaultPageSize, kMaxPageSize));
    // Offsets past the end give an empty page, not an error; the bound keeps the number sane.
    page.offset = TRY(count_parameter(request, "offset", 0, 1'000'000'000));
    return page;
}

nlohmann::json paged(const nlohmann::json& items, const Page& page) {
    nlohmann::json out = nlohmann::json::array();
    for (std::size_t i = page.offset; i < items.size() && out.size() < page.limit; ++i)
        out.push_back(items[i]);
    return {{"total", items.size()}, {"items", std::move(out)}};
}

core::Result<std::string> api_user(WebContext& context, const Visit& visit) {
    if (!visit.user.empty())
        return visit.user;
    auto token = visit.request.cookie(kSessionCookie);
    if (!token)
        return std::string();
    auto session = TRY(context.sessions.find(*token));
    return session ? session->user : std::string();
}

core::Result<nlohmann::json> json_body(const Request& request) {
    auto body = nlohmann::json::parse(request.body, nullptr, false);
    if (body.is_discarded() || !body.is_object())
        return core::Error::invalid_input("the request body must be a JSON object", "body");
    return body;
}

core::Result<int64_t> id_of(const std::string& text, const std::string& where) {
    int64_t id = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (error != std::errc() || end != text.data() + text.size() || text.empty() || id <= 0)
        return core::Error::invalid_input("'" + text + "' is not an id (a positive number)", where);
    return id;
}

Reply api_reply(const core::Result<nlohmann::json>& result) {
    if (!result.ok())
        return api_reply(api_error(result.error()));
    return Reply::json(result->dump());
}

Reply api_reply(const ApiAnswer& answer) {
    return Reply::json(answer.body, answer.status);
}

}  // namespace rightstrack::web
