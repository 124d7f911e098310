#include "web/RecommendationPage.h"

#include "model/Response.h"
#include "track/ImplementationService.h"
#include "web/ApiError.h"
#include "web/Assessments.h"
#include "web/Html.h"
#include "web/Office.h"

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

std::string row(std::string_view name, const std::string& value) {
    return "<dt>" + escape(name) + "</dt><dd>" + escape(value) + "</dd>\n";
}

std::string details(const Translator& t, const store::StoredRecommendation& stored) {
    const auto& recommendation = stored.recommendation;
    const auto& document = stored.document;
    std::string states;
    for (const auto& state : recommendation.recommending_states)
        states += (states.empty() ? "" : ", ") + state_name(state, t.language());
    const std::string response = model::response_code(recommendation.response).data();
    std::string out =
        "<h2>" + escape(t("recommendation.details")) + "</h2>\n<dl class=\"details\">\n";
    out += row(t("facet.state_under_review"), state_name(document.state, t.language()));
    out += row(t("facet.recommending_states"), states);
    out += row(t("facet.response"), label(t, "response." + response, response));
    if (!recommendation.response_source.empty())
        out += row(t("recommendation.response_source"), recommendation.response_source);
    out += row(t("facet.mechanism"), document.mechanism.code);
    if (document.cycle)
        out += row(t("facet.cycle"), std::to_string(*document.cycle));
    if (document.session)
        out += row(t("facet.session"), std::to_string(*document.session));
    return out + "</dl>\n";
}

// The State's view (from its published actions, or a coordinator's decision) and, under it and
// apart, the independent assessments: what a visitor reads, signed in or not, since this is the
// public's page.
std::string implementation(const Translator& t, const track::ImplementationView& view) {
    const auto& status = view.status;
    std::string out = "<h2>" + escape(t("recommendation.implementation")) + "</h2>\n";
    out += status.actions.empty() && !status.override_
               ? "<p class=\"meta\">" + escape(t("recommendation.no_plan")) + "</p>\n"
               : state_view(t, status.effective());
    return out + "<h3>" + escape(t("office.assessments")) + "</h3>\n<p>" +
           escape(t("assessment.intro")) + "</p>\n" + assessments_table(t, view.assessments);
}

std::string provenance(const Translator& t, const store::StoredRecommendation& stored) {
    const auto& recommendation = stored.recommendation;
    const auto& document = stored.document;
    std::string out =
        "<h2>" + escape(t("recommendation.provenance")) + "</h2>\n<dl class=\"details\">\n";
    out += row(t("facet.document"), document.symbol);
    if (!document.date.empty())
        out += row(t("recommendation.date"), document.date);
    out += row(t("recommendation.paragraph"),
               recommendation.paragraph.empty() ? "—" : recommendation.paragraph);
    out +=
        row(t("recommendation.page"),
            recommendation.provenance.page ? std::to_string(*recommendation.provenance.page) : "—");
    out += row(t("recommendation.importer"), recommendation.provenance.importer);
    return out + "</dl>\n";
}

std::string related(const Translator& t, const store::StoredRecommendation& stored) {
    const auto& document = stored.document;
    return "<ul class=\"related\"><li><a href=\"" +
           escape("/search?document=" + url_encode(document.symbol)) + "\">" +
           escape(t("recommendation.same_document")) + "</a></li><li><a href=\"" +
           escape("/search?similar=" + url_encode(stored.recommendation.id)) + "\">" +
           escape(t("recommendation.similar")) + "</a></li><li><a href=\"" +
           escape("/states/" + url_encode(document.state)) + "\">" +
           escape(t("state.page_link", {{"state", state_name(document.state, t.language())}})) +
           "</a></li></ul>\n";
}

}  // namespace

Reply recommendation_page(WebContext& context, Visit& visit) {
    const auto& t = visit.t;
    const std::string id =
        visit.request.path_matches.empty() ? std::string() : visit.request.path_matches[0];
    auto failed = [&](const core::Error& error) {
        const int status = http_status(error);
        return error_page(visit, status,
                          status == 404 ? t("error.not_found") : t("error.internal"));
    };
    auto stored = context.with_store([&](store::Store& store) { return store.recommendation(id); });
    if (!stored.ok())
        return failed(stored.error());
    return at_counter(context, visit, [&](track::Context& tracking) {
        auto view = track::ImplementationService(tracking).visitor_view(id);
        if (!view.ok())
            return failed(view.error());
        std::string title = stored->document.symbol;
        if (!stored->recommendation.paragraph.empty())
            title += " ¶ " + stored->recommendation.paragraph;
        const std::string main = "<h1>" + escape(title) + "</h1>\n" +
                                 texts(t, stored->recommendation) + details(t, *stored) +
                                 implementation(t, *view) + provenance(t, *stored) +
                                 related(t, *stored);
        return Reply::html(page(visit, title, main));
    });
}

}  // namespace rightstrack::web
