// The progress report workflow: draft -> submitted -> approved | returned; returned ->
// submitted again; approved -> published. Published is final. Pure functions; thread-safe.
#pragma once

#include <string>

#include "core/Result.h"
#include "model/ProgressReport.h"

namespace rightstrack::track {

bool is_legal_report_transition(model::ReportStatus from, model::ReportStatus to);

// An InvalidInput error at `where` naming both statuses unless the transition is legal.
core::Status check_report_transition(model::ReportStatus from, model::ReportStatus to,
                                     const std::string& where);

// Drafts and returned reports may still be written; others are frozen.
inline bool is_editable(model::ReportStatus status) {
    return status == model::ReportStatus::Draft || status == model::ReportStatus::Returned;
}

}  // namespace rightstrack::track
