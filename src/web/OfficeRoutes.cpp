// The back office's routes (/office, for signed-in users; the pages are in OfficeDashboard,
// OfficeActions, OfficeIndicators, OfficeReports, OfficeClusters, OfficeAssessments,
// OfficeSuggestions and OfficeAdmin) and the public page of published plans (/plans, PlansPage).
// Every POST here carries the CSRF token, checked by the guard first.
#include "web/Office.h"
#include "web/Routes.h"

namespace rightstrack::web {

std::vector<Route> office_routes(WebContext& context) {
    // Each handler takes the context and the visit.
    auto to = [&context](Reply (*handler)(WebContext&, Visit&)) {
        return [&context, handler](Visit& visit) { return handler(context, visit); };
    };
    return {
        {"GET", "/office", to(office_dashboard)},
        {"GET", "/office/actions", to(action_list)},
        {"GET", "/office/actions/new", to(action_form)},
        {"POST", "/office/actions/new", to(action_save)},
        {"GET", "/office/actions/([0-9]+)", to(action_page)},
        {"GET", "/office/actions/([0-9]+)/edit", to(action_form)},
        {"POST", "/office/actions/([0-9]+)/edit", to(action_save)},
        {"POST", "/office/actions/([0-9]+)/status", to(action_status)},
        {"POST", "/office/actions/([0-9]+)/publish", to(action_publish)},
        {"POST", "/office/actions/([0-9]+)/indicators", to(indicator_define)},
        {"POST", "/office/actions/([0-9]+)/indicators/([0-9]+)/measurements",
         to(indicator_measure)},
        {"POST", "/office/actions/([0-9]+)/reports", to(report_create)},
        {"GET", "/office/reports/([0-9]+)", to(report_page)},
        {"POST", "/office/reports/([0-9]+)/(edit|submit|approve|return|publish)", to(report_step)},
        {"POST", "/office/reports/([0-9]+)/evidence", to(report_evidence)},
        {"GET", "/office/reports/([0-9]+)/evidence/([0-9a-f]{64})", to(evidence_download)},
        {"GET", "/office/clusters", to(cluster_list)},
        {"POST", "/office/clusters", to(cluster_create)},
        {"GET", "/office/clusters/([0-9]+)", to(cluster_page)},
        {"POST", "/office/clusters/([0-9]+)/(add|remove|link)", to(cluster_change)},
        {"GET", "/office/assessments", to(assessment_page)},
        {"POST", "/office/assessments", to(assessment_create)},
        {"GET", "/office/suggestions", to(suggestion_queue)},
        {"POST", "/office/suggestions", to(suggestion_review)},
        {"GET", "/office/users", to(user_list)},
        {"POST", "/office/users", to(user_create)},
        {"GET", "/office/institutions", to(institution_list)},
        {"POST", "/office/institutions", to(institution_create)},
        {"GET", "/office/audit", to(audit_log)},
        {"GET", "/plans", to(plans_page)},
    };
}

}  // namespace rightstrack::web
