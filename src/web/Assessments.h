// A recommendation's implementation as HTML, one way for every page that shows it: the office's
// /office/assessments and the public recommendation page. The State's view is one line; the
// NHRI's and civil society's own judgements stand in a table of their own beside it, never
// merged into it. Pure functions; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "model/Implementation.h"
#include "web/Translations.h"

namespace rightstrack::web {

// A status's name for people, e.g. "Partially implemented".
std::string implementation_status_label(const Translator& t, model::ImplementationStatus status);

// "The State's view: Partially implemented", marked with the status's code (data-state-view).
std::string state_view(const Translator& t, model::ImplementationStatus status);

// Oldest first, as given; a line saying there is none yet when `assessments` is empty. Who
// assessed is the institution's name, and the assessor's user name where the service gave it
// (the reader's own institution, the administrator).
std::string assessments_table(const Translator& t,
                              const std::vector<model::Assessment>& assessments);

}  // namespace rightstrack::web
