#include "track/ReportWorkflow.h"

namespace rightstrack::track {

using model::ReportStatus;

bool is_legal_report_transition(ReportStatus from, ReportStatus to) {
    switch (from) {
    case ReportStatus::Draft:
    case ReportStatus::Returned: return to == ReportStatus::Submitted;
    case ReportStatus::Submitted:
        return to == ReportStatus::Approved || to == ReportStatus::Returned;
    case ReportStatus::Approved: return to == ReportStatus::Published;
    case ReportStatus::Published: return false;
    }
    return false;
}

core::Status check_report_transition(ReportStatus from, ReportStatus to, const std::string& where) {
    if (is_legal_report_transition(from, to))
        return {};
    return core::Error::invalid_input("a report cannot go from " +
                                          std::string(model::report_status_code(from)) + " to " +
                                          std::string(model::report_status_code(to)),
                                      where);
}

}  // namespace rightstrack::track
