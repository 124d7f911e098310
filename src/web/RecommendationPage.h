// The portal's page of one recommendation, GET /recommendations/ID: its text, the State under
// review and the recommending States, the response and its source, its implementation (the
// State's view and, apart, the independent assessments of the NHRI and civil society, as track's
// ImplementationService gives them to a visitor), and its provenance (document symbol and date,
// paragraph, page, importer). 404 for an id the store does not have.
#pragma once

#include "web/WebContext.h"

namespace rightstrack::web {

Reply recommendation_page(WebContext& context, Visit& visit);

}  // namespace rightstrack::web
