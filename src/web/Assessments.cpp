#include "web/Assessments.h"

#include "web/Html.h"

namespace rightstrack::web {
namespace {

// "Ombudsman (OMB)", then the assessor's user name where the reader may read it: "Ombudsman
// (OMB), ombudsman"; "—" for neither.
std::string assessor_cell(const model::Assessment& assessment) {
    std::string out;
    if (!assessment.institution.empty())
        out = assessment.institution_name.empty()
                  ? assessment.institution
                  : assessment.institution_name + " (" + assessment.institution + ")";
    if (!assessment.assessor.empty())
        out += (out.empty() ? "" : ", ") + assessment.assessor;
    return escape(out.empty() ? "—" : out);
}

}  // namespace

std::string implementation_status_label(const Translator& t, model::ImplementationStatus status) {
    const std::string code(model::implementation_status_code(status));
    return label(t, "implementation_status." + code, code);
}

std::string state_view(const Translator& t, model::ImplementationStatus status) {
    return "<p data-state-view=\"" + std::string(model::implementation_status_code(status)) +
           "\">" +
           escape(
               t("assessment.state_view", {{"status", implementation_status_label(t, status)}})) +
           "</p>\n";
}

std::string assessments_table(const Translator& t,
                              const std::vector<model::Assessment>& assessments) {
    if (assessments.empty())
        return "<p class=\"meta\">" + escape(t("assessment.none")) + "</p>\n";
    std::string out = "<table class=\"list assessments\">\n<caption>" +
                      escape(t("office.assessments")) + "</caption>\n<thead><tr>";
    for (const char* key : {"assessment.at", "assessment.assessor", "assessment.status",
                            "assessment.narrative", "assessment.evidence"})
        out += "<th scope=\"col\">" + escape(t(key)) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& assessment : assessments)
        out += "<tr><td>" + escape(assessment.at) + "</td><td>" + assessor_cell(assessment) +
               "</td><td data-status=\"" +
               std::string(model::implementation_status_code(assessment.status)) + "\">" +
               escape(implementation_status_label(t, assessment.status)) + "</td><td>" +
               escape(assessment.narrative) + "</td><td>" + escape(assessment.evidence) +
               "</td></tr>\n";
    return out + "</tbody></table>\n";
}

}  // namespace rightstrack::web
