#include "web/RecommendationPage.h"

#include "model/Response.h"
#include "web/ApiError.h"
#include "web/Html.h"

namespace rightstrack::web {
namespace {

std::string quote(const std::string& language, const std::string& text) {
    return "<blockquote lang=\"" + escape(language) + "\"><p>" + escape(text) +
           "</p></blockquote>\n";
}

// The text in the visitor's language where a translation exists, with the original under it;
// else the original alone.
std::string texts(const Translator& t, const model::Recommendation& recommendation) {
    if (recommendation.language != t.language())
        for (const auto& translation : recommendation.translations)
            if (translation.language == t.language())
                return quote(translation.language, translation.text) + "<p class=\"meta\">" +
                       escape(
                           t("recommendation.original", {{"language", recommendation.language}})) +
                       "</p>\n" + quote(recommendation.language, recommendation.text);
    return quote(recommendation.language, recommendation.text);
}

}  // namespace

Reply recommendation_page(WebContext& context, Visit& visit) {
    const auto& t = visit.t;
    const std::string id =
        visit.request.path_matches.empty() ? std::string() : visit.request.path_matches[0];
    auto stored = context.with_store([&](store::Store& store) { return store.recommendation(id); });
    if (!stored.ok()) {
        const int status = http_status(stored.error());
        return error_page(visit, status,
                          status == 404 ? t("error.not_found") : t("error.internal"));
    }
    const auto& recommendation = stored->recommendation;
    const auto& document = stored->document;
    std::string states;
    for (const auto& state : recommendation.recommending_states)
        states += (states.empty() ? "" : ", ") + state_name(state, t.language());
    const std::string response = model::response_code(recommendation.response).data();
    auto row = [](std::string_view name, const std::string& value) {
        return "<dt>" + escape(name) + "</dt><dd>" + escape(value) + "</dd>\n";
    };
    std::string title = document.symbol;
    if (!recommendation.paragraph.empty())
        title += " ¶ " + recommendation.paragraph;
    std::string main = "<h1>" + escape(title) + "</h1>\n" + texts(t, recommendation) + "<h2>" +
                       escape(t("recommendation.details")) + "</h2>\n<dl class=\"details\">\n";
    main += row(t("facet.state_under_review"), state_name(document.state, t.language()));
    main += row(t("facet.recommending_states"), states);
    main += row(t("facet.response"), label(t, "response." + response, response));
    if (!recommendation.response_source.empty())
        main += row(t("recommendation.response_source"), recommendation.response_source);
    main += row(t("facet.mechanism"), document.mechanism.code);
    if (document.cycle)
        main += row(t("facet.cycle"), std::to_string(*document.cycle));
    if (document.session)
        main += row(t("facet.session"), std::to_string(*document.session));
    main +=
        "</dl>\n<h2>" + escape(t("recommendation.provenance")) + "</h2>\n<dl class=\"details\">\n";
    main += row(t("facet.document"), document.symbol);
    if (!document.date.empty())
        main += row(t("recommendation.date"), document.date);
    main += row(t("recommendation.paragraph"),
                recommendation.paragraph.empty() ? "—" : recommendation.paragraph);
    main +=
        row(t("recommendation.page"),
            recommendation.provenance.page ? std::to_string(*recommendation.provenance.page) : "—");
    main += row(t("recommendation.importer"), recommendation.provenance.importer);
    main += "</dl>\n<ul class=\"related\"><li><a href=\"" +
            escape("/search?document=" + url_encode(document.symbol)) + "\">" +
            escape(t("recommendation.same_document")) + "</a></li><li><a href=\"" +
            escape("/search?similar=" + url_encode(recommendation.id)) + "\">" +
            escape(t("recommendation.similar")) + "</a></li><li><a href=\"" +
            escape("/states/" + url_encode(document.state)) + "\">" +
            escape(t("state.page_link", {{"state", state_name(document.state, t.language())}})) +
            "</a></li></ul>\n";
    return Reply::html(page(visit, title, main));
}

}  // namespace rightstrack::web
