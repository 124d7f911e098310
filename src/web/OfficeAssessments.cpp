// Independent assessments in the office, /office/assessments?recommendation=ID: a
// recommendation's status as the State sees it (derived from its actions, or a coordinator's
// override) and beside it, never merged into it, the assessments of the NHRI and civil society,
// oldest first; for a contributor, the form that adds one. Through track's
// ImplementationService as the signed-in user: everyone in the office reads them, only
// contributors write them.
#include "track/ImplementationService.h"
#include "track/Permissions.h"
#include "web/Assessments.h"
#include "web/Html.h"
#include "web/Office.h"

namespace rightstrack::web {
namespace {

using model::ImplementationStatus;

std::string choose_form(const Translator& t, const std::string& recommendation) {
    return "<form method=\"get\" action=\"/office/assessments\" class=\"search\">"
           "<label for=\"f-recommendation\">" +
           escape(t("assessment.recommendation")) +
           "</label> <input id=\"f-recommendation\" name=\"recommendation\" type=\"text\" "
           "value=\"" +
           escape(recommendation) + "\" required> <button type=\"submit\">" +
           escape(t("assessment.show")) + "</button></form>\n";
}

std::string assess_form(const Visit& visit, const std::string& recommendation) {
    const auto& t = visit.t;
    std::string out =
        "<h2>" + escape(t("assessment.new")) +
        "</h2>\n<form method=\"post\" action=\"/office/assessments\" "
        "class=\"stacked\">" +
        csrf_field(visit) + "<input type=\"hidden\" name=\"recommendation\" value=\"" +
        escape(recommendation) + "\"><p><label for=\"f-status\">" + escape(t("assessment.status")) +
        "</label>\n<select id=\"f-status\" name=\"status\">";
    for (auto status :
         {ImplementationStatus::NotStarted, ImplementationStatus::PartiallyImplemented,
          ImplementationStatus::Implemented})
        out += "<option value=\"" + std::string(model::implementation_status_code(status)) + "\">" +
               escape(implementation_status_label(t, status)) + "</option>";
    return out + "</select></p>\n" +
           textarea_field("narrative", t("assessment.narrative"), "", true) +
           textarea_field("evidence", t("assessment.evidence"), "") +
           "<p><button type=\"submit\">" + escape(t("assessment.create")) +
           "</button></p></form>\n";
}

core::Result<std::string> assessments_main(Desk& desk, const Visit& visit) {
    const auto& t = visit.t;
    const std::string recommendation = visit.request.parameter("recommendation");
    std::string main = "<h1>" + escape(t("office.assessments")) + "</h1>\n<p>" +
                       escape(t("assessment.intro")) + "</p>\n" + choose_form(t, recommendation);
    if (recommendation.empty())
        return main;
    track::ImplementationService implementation(desk.tracking);
    const auto status = TRY(implementation.status(desk.user.name, recommendation));
    const auto assessments = TRY(implementation.assessments(desk.user.name, recommendation));
    main += "<h2><a href=\"/recommendations/" + escape(url_encode(recommendation)) + "\">" +
            escape(recommendation) + "</a></h2>\n" + state_view(t, status.effective()) +
            assessments_table(t, assessments);
    if (track::check_implementation(desk.user, track::Operation::AssessmentCreate, recommendation)
            .ok())
        main += assess_form(visit, recommendation);
    return main;
}

core::Result<std::string> assess(Desk& desk, const Request& form) {
    const std::string code = form.field("status");
    const auto status = model::parse_implementation_status(code);
    if (!status)
        return core::Error::invalid_input("no implementation status '" + code + "'",
                                          "form field status");
    model::Assessment assessment;
    assessment.recommendation = form.field("recommendation");
    assessment.status = *status;
    assessment.narrative = form.field("narrative");
    assessment.evidence = form.field("evidence");
    return TRY(track::ImplementationService(desk.tracking).assess(desk.user.name, assessment))
        .recommendation;
}

}  // namespace

Reply assessment_page(WebContext& context, Visit& visit) {
    return at_desk(context, visit, [&](Desk& desk) {
        auto main = assessments_main(desk, visit);
        if (!main.ok())
            return refused(visit, main.error(), visit.t("refused.assessment_read"));
        return Reply::html(page(visit, visit.t("office.assessments"), *main));
    });
}

Reply assessment_create(WebContext& context, Visit& visit) {
    return at_desk(context, visit, [&](Desk& desk) {
        auto assessed = assess(desk, visit.request);
        if (!assessed.ok())
            return refused(visit, assessed.error(), visit.t("refused.assessment_create"));
        return Reply::redirect("/office/assessments?recommendation=" + url_encode(*assessed));
    });
}

}  // namespace rightstrack::web
