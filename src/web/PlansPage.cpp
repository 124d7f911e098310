// GET /plans: the plan as published, for everyone (no sign-in): each published action with its
// status, dates, institutions, its indicators' latest values against baseline and target, and
// its published progress reports. Read through track's PublicPlans.
#include <sstream>

#include "track/PublicPlans.h"
#include "web/Html.h"
#include "web/Office.h"

namespace rightstrack::web {
namespace {

std::string number(double value) {
    std::ostringstream text;
    text << value;
    return text.str();
}

std::string progress(const Translator& t, const model::Indicator& indicator) {
    std::string out = "<li>" + escape(indicator.name) + " (" + escape(indicator.unit) + "): ";
    if (indicator.baseline)
        out += escape(t("plans.baseline", {{"value", number(*indicator.baseline)}})) + "; ";
    if (!indicator.measurements.empty()) {
        const auto& latest = indicator.measurements.back();
        out += escape(t("plans.latest", {{"value", number(latest.value)}, {"date", latest.date}})) +
               "; ";
    }
    if (indicator.target)
        out += escape(t("plans.target", {{"value", number(*indicator.target)}}));
    return out + "</li>\n";
}

std::string plan_entry(const Translator& t, const track::PublishedAction& published) {
    const auto& action = published.action;
    const std::string id = "plan-" + std::to_string(action.id);
    std::string out = "<article aria-labelledby=\"" + id + "\" data-action=\"" +
                      std::to_string(action.id) + "\">\n<h2 id=\"" + id + "\">" +
                      escape(action.title) + "</h2>\n<dl class=\"details\">\n";
    auto row = [](std::string_view name, const std::string& value) {
        return "<dt>" + escape(name) + "</dt><dd>" + escape(value) + "</dd>\n";
    };
    out += row(t("action.status"), action_status_label(t, action.status));
    out += row(t("action.lead"), action.lead_institution);
    if (!action.start_date.empty())
        out += row(t("action.start"), action.start_date);
    if (!action.due_date.empty())
        out += row(t("action.due"), action.due_date);
    out += "</dl>\n";
    if (!action.description.empty())
        out += "<p>" + escape(action.description) + "</p>\n";
    if (!published.indicators.empty()) {
        out += "<h3>" + escape(t("action.indicators")) + "</h3>\n<ul>\n";
        for (const auto& indicator : published.indicators) out += progress(t, indicator);
        out += "</ul>\n";
    }
    out += "<h3>" + escape(t("action.reports")) + "</h3>\n";
    if (published.reports.empty())
        return out + "<p class=\"meta\">" + escape(t("plans.no_reports")) + "</p>\n</article>\n";
    for (const auto& report : published.reports)
        out += "<section class=\"report\"><h4>" +
               escape(t("report.period",
                        {{"start", report.period_start}, {"end", report.period_end}})) +
               "</h4><p>" + escape(report.narrative) + "</p></section>\n";
    return out + "</article>\n";
}

}  // namespace

Reply plans_page(WebContext& context, Visit& visit) {
    return at_counter(context, visit, [&](track::Context& tracking) {
        const auto& t = visit.t;
        auto plans = track::PublicPlans(tracking).list();
        if (!plans.ok())
            return refused(visit, plans.error(), t("plans.title"));
        std::string main =
            "<h1>" + escape(t("plans.title")) + "</h1>\n<p>" + escape(t("plans.intro")) + "</p>\n";
        if (plans->empty())
            main += "<p>" + escape(t("plans.none")) + "</p>\n";
        for (const auto& published : *plans) main += plan_entry(t, published);
        return Reply::html(page(visit, t("plans.title"), main));
    });
}

}  // namespace rightstrack::web
