// The back office under /office, for the people who carry the plan out: the deadlines
// dashboard, actions with their indicators, progress reports with their evidence, clusters,
// independent assessments and the suggestion review queue; and the public /plans
// page of what was published. Every page runs the track services as the signed-in user, so the
// permissions are the services' (Permissions); a refusal is a page with the error's status
// (ApiError's table) naming what was refused, and nothing changes. This header holds the steps
// the office's pages share and the handlers OfficeRoutes registers.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/Error.h"
#include "model/Action.h"
#include "model/Indicator.h"
#include "model/ProgressReport.h"
#include "model/User.h"
#include "track/Context.h"
#include "web/WebContext.h"

namespace rightstrack::web {

// What an office page works with: the tracking services' context over a leased store, and
// the signed-in user as the store knows them.
struct Desk {
    track::Context& tracking;
    const model::User& user;
};

using DeskWork = std::function<Reply(Desk&)>;

// Runs `work` for a signed-in user admitted to the office: a visitor is sent to sign in, a
// user whose role acts on nothing here (a viewer) gets a 403 page.
Reply at_desk(WebContext& context, Visit& visit, const DeskWork& work);
// Runs `work` with the tracking context alone, for public pages.
Reply at_counter(WebContext& context, Visit& visit,
                 const std::function<Reply(track::Context&)>& work);

// The page for a service's refusal: 403 names the refused `what` (already translated) and the
// service's reason, 400 the input's fault, 404 what is missing, 500 nothing of the insides.
Reply refused(const Visit& visit, const core::Error& error, std::string_view what);

// "MOJ, MOE" or "MOJ MOE" (a form's list) into its items.
std::vector<std::string> items_of(const std::string& text);

// The route's first captured number (an id in the path); 0 when there is none.
int64_t path_id(const Visit& visit);

// Form pieces: a labelled text input, a labelled textarea, a button-only form.
std::string input_field(std::string_view name, std::string_view label, std::string_view value,
                        std::string_view type = "text", bool required = false);
std::string textarea_field(std::string_view name, std::string_view label, std::string_view value,
                           bool required = false);
std::string button_form(const Visit& visit, std::string_view action, std::string_view label);

// A status's name for people, e.g. "In progress" for action status in_progress.
std::string action_status_label(const Translator& t, model::ActionStatus status);
std::string report_status_label(const Translator& t, model::ReportStatus status);

// The action page's indicators with their measurements, and the forms the user may use.
std::string indicators_section(const Visit& visit, const model::User& user,
                               const model::Action& action,
                               const std::vector<model::Indicator>& indicators);

Reply office_dashboard(WebContext& context, Visit& visit);
Reply action_list(WebContext& context, Visit& visit);
Reply action_page(WebContext& context, Visit& visit);
Reply action_form(WebContext& context, Visit& visit);
Reply action_save(WebContext& context, Visit& visit);
Reply action_status(WebContext& context, Visit& visit);
Reply action_publish(WebContext& context, Visit& visit);
// POST /office/actions/ID/indicators, /office/actions/ID/indicators/ID/measurements.
Reply indicator_define(WebContext& context, Visit& visit);
Reply indicator_measure(WebContext& context, Visit& visit);
Reply report_create(WebContext& context, Visit& visit);
Reply report_page(WebContext& context, Visit& visit);
// POST /office/reports/ID/(edit|submit|approve|return|publish).
Reply report_step(WebContext& context, Visit& visit);
// POST /office/reports/ID/evidence: files (multipart) added to a draft or returned report.
Reply report_evidence(WebContext& context, Visit& visit);
// GET /office/reports/ID/evidence/SHA256: a file the report cites.
Reply evidence_download(WebContext& context, Visit& visit);
// Clusters (OfficeClusters): the list and its form, one cluster's page, and its changes.
Reply cluster_list(WebContext& context, Visit& visit);
Reply cluster_create(WebContext& context, Visit& visit);
Reply cluster_page(WebContext& context, Visit& visit);
// POST /office/clusters/ID/(add|remove|link): recommendations in or out, or an action linked.
Reply cluster_change(WebContext& context, Visit& visit);
// Independent assessments (OfficeAssessments): ?recommendation=ID, and a contributor's new one.
Reply assessment_page(WebContext& context, Visit& visit);
Reply assessment_create(WebContext& context, Visit& visit);
Reply suggestion_queue(WebContext& context, Visit& visit);
Reply suggestion_review(WebContext& context, Visit& visit);
Reply plans_page(WebContext& context, Visit& visit);
Reply user_list(WebContext& context, Visit& visit);
Reply user_create(WebContext& context, Visit& visit);
Reply institution_list(WebContext& context, Visit& visit);
Reply institution_create(WebContext& context, Visit& visit);
// The audit log, newest first (?resource= narrows it to one), under its chain's verification.
Reply audit_log(WebContext& context, Visit& visit);

}  // namespace rightstrack::web
