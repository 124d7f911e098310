// How a State under review words its position on recommendations in the addendum to its UPR
// Working Group report, in English, French and Spanish: "Slovenia accepts the following
// recommendations", "For the time being, the Government notes ...", "supported in part",
// "II. Noted recommendations", a table cell "Supported". Pure functions: thread-safe.
#pragma once

#include <optional>
#include <string_view>

#include "model/Response.h"

namespace rightstrack::ingest {

// The position a sentence or heading states, if it states one: partial support before noting
// before support, since "not supported" and "partially supported" contain "supported". Noting a
// fact ("notes that", "it should be noted") is not a position.
std::optional<model::Response> stated_position(std::string_view sentence);

// The position a table row states in a cell of its own: the text ends with "Supported",
// "Noted", "Accepted", "Partially supported" and the like, or starts with it.
std::optional<model::Response> position_cell(std::string_view text);

}  // namespace rightstrack::ingest
