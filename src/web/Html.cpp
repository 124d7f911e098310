#include "web/Html.h"

#include "model/StateRegistry.h"

namespace rightstrack::web {
namespace {

// The current address with `lang` set to `language`, for the language switch.
std::string with_language(const Request& request, std::string_view language) {
    std::string target = request.path + "?";
    for (const auto& [name, value] : request.query)
        if (name != "lang")
            target += url_encode(name) + "=" + url_encode(value) + "&";
    return target + "lang=" + std::string(language);
}

std::string language_switch(const Visit& visit) {
    std::string out = "<ul class=\"languages\">";
    for (std::string_view language : kLanguages) {
        const std::string key = "language." + std::string(language);
        const std::string name = escape(visit.t(key));
        if (language == visit.t.language())
            out += "<li><span aria-current=\"true\" lang=\"" + std::string(language) + "\">" +
                   name + "</span></li>";
        else
            out += "<li><a lang=\"" + std::string(language) + "\" hreflang=\"" +
                   std::string(language) + "\" href=\"" +
                   escape(with_language(visit.request, language)) + "\">" + name + "</a></li>";
    }
    return out + "</ul>";
}

// The site's areas: Search (with the recommendations it leads to), States, Plans and, for a
// signed-in user, the Office. The area the page belongs to carries aria-current: "page" on its
// own first page, "true" further in.
std::string menu(const Visit& visit) {
    struct Area {
        const char* path;
        const char* key;
        const char* also;  // Another prefix that belongs to the area, or "".
    };
    static constexpr Area kAreas[] = {{"/search", "nav.search", "/recommendations/"},
                                      {"/states", "nav.states", ""},
                                      {"/plans", "nav.plans", ""},
                                      {"/office", "nav.office", ""}};
    const std::string& path = visit.request.path;
    std::string out = "<ul class=\"menu\">";
    for (const auto& area : kAreas) {
        const std::string_view prefix = area.path;
        if (prefix == "/office" && visit.user.empty())
            continue;
        const bool here = path == prefix || path.starts_with(std::string(prefix) + "/") ||
                          (*area.also && path.starts_with(area.also));
        const std::string current = !here            ? ""
                                    : path == prefix ? " aria-current=\"page\""
                                                     : " aria-current=\"true\"";
        out += "<li><a href=\"" + std::string(prefix) + "\"" + current + ">" +
               escape(visit.t(area.key)) + "</a></li>";
    }
    return out + "</ul>";
}

std::string account(const Visit& visit) {
    if (visit.user.empty())
        return "<a href=\"/login\">" + escape(visit.t("nav.login")) + "</a>";
    return "<form method=\"post\" action=\"/logout\" class=\"logout\">" + csrf_field(visit) +
           "<span>" + escape(visit.t("nav.signed_in_as", {{"user", visit.user}})) +
           "</span> <button type=\"submit\">" + escape(visit.t("nav.logout")) + "</button></form>";
}

}  // namespace

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string highlighted(const index::Snippet& snippet) {
    std::string out;
    std::size_t at = 0;
    const std::string_view text = snippet.text;
    for (const auto& [first, second] : snippet.highlights) {
        if (first < at || second > text.size() || first > second)
            continue;  // Ranges are ascending and within the text; anything else is skipped.
        out += escape(text.substr(at, first - at));
        out += "<mark>" + escape(text.substr(first, second - first)) + "</mark>";
        at = second;
    }
    return out + escape(text.substr(at));
}

std::string label(const Translator& t, const std::string& key, const std::string& fallback) {
    std::string_view text = t(key);
    return text == key ? fallback : std::string(text);
}

std::string state_name(std::string_view code, std::string_view language) {
    const auto& registry = model::StateRegistry::instance();
    const model::StateInfo* state = registry.find_by_code(code);
    if (!state)
        return std::string(code);
    if (language == "en")
        return std::string(state->name);
    // The UN's own form first where it differs from ICU's ("Кыргызстан", not "Киргизия").
    for (const auto& local : model::local_state_names())
        if (local.alpha3 == state->alpha3 && local.language == language)
            return std::string(local.name);
    for (const auto& name : registry.names_of(state->alpha3))
        if (name.language == language)
            return name.text;
    return std::string(state->name);
}

std::string csrf_field(const Visit& visit) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + escape(visit.csrf_token) + "\">";
}

std::string page(const Visit& visit, std::string_view title, std::string_view main) {
    const auto& t = visit.t;
    std::string out;
    out.reserve(main.size() + 2048);
    out += "<!DOCTYPE html>\n<html lang=\"" + t.language() +
           "\">\n<head>\n"
           "<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<title>" +
           escape(title) + " · " + escape(t("site.name")) +
           "</title>\n"
           "<link rel=\"stylesheet\" href=\"/static/site.css\">\n</head>\n<body>\n";
    out += "<a class=\"skip\" href=\"#main\">" + escape(t("nav.skip")) + "</a>\n";
    out += "<header class=\"site\"><a class=\"brand\" href=\"/search\">" + escape(t("site.name")) +
           "</a>\n<nav aria-label=\"" + escape(t("nav.label")) + "\">" + menu(visit) + "\n";
    out += "<div class=\"tools\"><span class=\"label\">" + escape(t("nav.language")) + "</span>" +
           language_switch(visit) + account(visit) + "</div></nav></header>\n";
    out += "<main id=\"main\">\n";
    out += main;
    out += "\n</main>\n<footer class=\"site\"><p>" + escape(t("footer.text")) +
           "</p></footer>\n</body>\n</html>\n";
    return out;
}

Reply error_page(const Visit& visit, int status, std::string_view message) {
    const std::string title = visit.t("error.title", {{"status", std::to_string(status)}});
    return Reply::html(
        page(visit, title, "<h1>" + escape(title) + "</h1>\n<p>" + escape(message) + "</p>\n"),
        status);
}

}  // namespace rightstrack::web
