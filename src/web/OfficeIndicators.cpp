// Indicators on an action's office page: each with its baseline, target and unit, and its
// measurements as a table (date, value, group, source, who recorded it); the form that defines
// one (the secretariat's) and, under each indicator, the form that records a dated, sourced
// measurement (the secretariat's and the action's focal points'). Both through track's
// IndicatorService as the signed-in user; the forms shown are those the policy allows, and the
// service checks again when one is sent.
#include <charconv>
#include <sstream>

#include "track/IndicatorService.h"
#include "track/Permissions.h"
#include "web/Html.h"
#include "web/Office.h"

namespace rightstrack::web {
namespace {

using track::Operation;

std::string number(const std::optional<double>& value) {
    if (!value)
        return "—";
    std::ostringstream text;
    text << *value;
    return text.str();
}

// A decimal number from a form field; empty gives none, anything else that is not a number is
// an error naming the field.
core::Result<std::optional<double>> number_field(const Request& request, const std::string& name) {
    const std::string text = request.field(name);
    if (text.empty())
        return std::optional<double>();
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return core::Error::invalid_input("'" + text + "' is not a number", "form field " + name);
    return std::optional<double>(value);
}

// A labelled input whose id is unique on the page (several measurement forms share names).
std::string field(std::string_view name, std::string_view id, std::string_view label,
                  std::string_view type, bool required, std::string_view extra = {}) {
    return "<p><label for=\"" + std::string(id) + "\">" + escape(label) + "</label>\n<input id=\"" +
           std::string(id) + "\" name=\"" + std::string(name) + "\" type=\"" + std::string(type) +
           "\"" + (required ? " required" : "") + std::string(extra) + "></p>\n";
}

std::string measurements_table(const Translator& t, const model::Indicator& indicator) {
    if (indicator.measurements.empty())
        return "<p class=\"meta\">" + escape(t("indicator.no_measurements")) + "</p>\n";
    std::string out = "<table class=\"list\" data-indicator=\"" + std::to_string(indicator.id) +
                      "\">\n<caption>" +
                      escape(t("indicator.measurements", {{"name", indicator.name}})) +
                      "</caption>\n<thead><tr>";
    for (const char* key : {"indicator.date", "indicator.value", "indicator.group",
                            "indicator.source", "indicator.recorded_by"})
        out += "<th scope=\"col\">" + escape(t(key)) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& measurement : indicator.measurements) {
        std::string group;
        for (const auto& [dimension, value] : measurement.breakdown)
            group += (group.empty() ? "" : ", ") +
                     label(t, "dimension." + std::string(model::dimension_code(dimension)),
                           std::string(model::dimension_code(dimension))) +
                     ": " + value;
        out += "<tr><td>" + escape(measurement.date) + "</td><td class=\"number\">" +
               escape(number(measurement.value)) + "</td><td>" +
               escape(group.empty() ? std::string(t("indicator.total")) : group) + "</td><td>" +
               escape(measurement.source) + "</td><td>" + escape(measurement.recorded_by) +
               "</td></tr>\n";
    }
    return out + "</tbody></table>\n";
}

std::string measure_form(const Visit& visit, const model::Action& action,
                         const model::Indicator& indicator) {
    const auto& t = visit.t;
    const std::string suffix = "-" + std::to_string(indicator.id);
    std::string out =
        "<form method=\"post\" action=\"/office/actions/" + std::to_string(action.id) +
        "/indicators/" + std::to_string(indicator.id) +
        "/measurements\" class=\"stacked\" aria-label=\"" +
        escape(t("indicator.measure_for", {{"name", indicator.name}})) + "\">" + csrf_field(visit) +
        field("value", "f-value" + suffix, t("indicator.value_in", {{"unit", indicator.unit}}),
              "text", true, " inputmode=\"decimal\"") +
        field("date", "f-date" + suffix, t("indicator.date"), "date", true) +
        field("source", "f-source" + suffix, t("indicator.source"), "text", true);
    for (auto dimension : indicator.disaggregation) {
        const std::string code(model::dimension_code(dimension));
        out += field("for_" + code, "f-for-" + code + suffix,
                     t("indicator.for", {{"dimension", label(t, "dimension." + code, code)}}),
                     "text", false);
    }
    return out + "<p><button type=\"submit\">" + escape(t("indicator.record")) +
           "</button></p></form>\n";
}

std::string define_form(const Visit& visit, const model::Action& action) {
    const auto& t = visit.t;
    std::string out = "<h3>" + escape(t("indicator.new")) +
                      "</h3>\n<form method=\"post\" action=\"/office/actions/" +
                      std::to_string(action.id) + "/indicators\" class=\"stacked\">" +
                      csrf_field(visit) +
                      input_field("name", t("indicator.name"), "", "text", true) +
                      input_field("unit", t("indicator.unit"), "", "text", true) +
                      field("baseline", "f-baseline", t("indicator.baseline"), "text", false,
                            " inputmode=\"decimal\"") +
                      field("target", "f-target", t("indicator.target"), "text", false,
                            " inputmode=\"decimal\"") +
                      "<fieldset><legend>" + escape(t("indicator.disaggregation")) + "</legend>";
    for (auto dimension : model::kAllDimensions) {
        const std::string code(model::dimension_code(dimension));
        out += "<input id=\"f-by-" + code + "\" name=\"by_" + code +
               "\" type=\"checkbox\" value=\"1\"> <label for=\"f-by-" + code +
               "\" class=\"inline\">" + escape(label(t, "dimension." + code, code)) + "</label> ";
    }
    return out + "</fieldset>\n<p><button type=\"submit\">" + escape(t("indicator.define")) +
           "</button></p></form>\n";
}

}  // namespace

std::string indicators_section(const Visit& visit, const model::User& user,
                               const model::Action& action,
                               const std::vector<model::Indicator>& indicators) {
    const auto& t = visit.t;
    std::string out = "<h2>" + escape(t("action.indicators")) + "</h2>\n";
    if (indicators.empty())
        out += "<p class=\"meta\">" + escape(t("office.none")) + "</p>\n";
    const bool may_measure =
        track::check_indicator(user, Operation::IndicatorMeasure, &action).ok();
    for (const auto& indicator : indicators) {
        out += "<h3>" + escape(indicator.name) + " (" + escape(indicator.unit) + ")</h3>\n<p>" +
               escape(t("indicator.baseline_target", {{"baseline", number(indicator.baseline)},
                                                      {"target", number(indicator.target)}})) +
               "</p>\n" + measurements_table(t, indicator);
        if (may_measure)
            out += measure_form(visit, action, indicator);
    }
    if (track::check_indicator(user, Operation::IndicatorDefine, &action).ok())
        out += define_form(visit, action);
    return out;
}

Reply indicator_define(WebContext& context, Visit& visit) {
    return at_desk(context, visit, [&](Desk& desk) {
        const auto& form = visit.request;
        const int64_t action = path_id(visit);
        auto defined = [&]() -> core::Result<model::Indicator> {
            model::Indicator indicator;
            indicator.action = action;
            indicator.name = form.field("name");
            indicator.unit = form.field("unit");
            indicator.baseline = TRY(number_field(form, "baseline"));
            indicator.target = TRY(number_field(form, "target"));
            for (auto dimension : model::kAllDimensions)
                if (!form.field("by_" + std::string(model::dimension_code(dimension))).empty())
                    indicator.disaggregation.push_back(dimension);
            return track::IndicatorService(desk.tracking).define(desk.user.name, indicator);
        }();
        if (!defined.ok())
            return refused(visit, defined.error(), visit.t("refused.indicator_define"));
        return Reply::redirect("/office/actions/" + std::to_string(action));
    });
}

Reply indicator_measure(WebContext& context, Visit& visit) {
    return at_desk(context, visit, [&](Desk& desk) {
        const auto& form = visit.request;
        const int64_t action = path_id(visit);
        const auto& matches = visit.request.path_matches;
        const std::string indicator_text = matches.size() > 1 ? matches[1] : "";
        auto measured = [&]() -> core::Result<model::Measurement> {
            const auto value = TRY(number_field(form, "value"));
            if (!value)
                return core::Error::invalid_input("a measurement needs a value",
                                                  "form field value");
            auto indicators =
                TRY(track::IndicatorService(desk.tracking).list(desk.user.name, action));
            // The indicator must be one of this action's: the page's address says which.
            const model::Indicator* indicator = nullptr;
            for (const auto& candidate : indicators)
                if (std::to_string(candidate.id) == indicator_text)
                    indicator = &candidate;
            if (!indicator)
                return core::Error::not_found("no indicator " + indicator_text + " on action " +
                                              std::to_string(action));
            track::Reading reading{
                *value, indicator->unit, form.field("date"), form.field("source"), {}};
            for (auto dimension : indicator->disaggregation) {
                const std::string code(model::dimension_code(dimension));
                if (const std::string group = form.field("for_" + code); !group.empty())
                    reading.breakdown.emplace_back(code, group);
            }
            return track::IndicatorService(desk.tracking)
                .measure(desk.user.name, indicator->id, reading);
        }();
        if (!measured.ok())
            return refused(visit, measured.error(), visit.t("refused.indicator_measure"));
        return Reply::redirect("/office/actions/" + std::to_string(action));
    });
}

}  // namespace rightstrack::web
