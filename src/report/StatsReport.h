// Renders store statistics for people (aligned text tables) and for programs (JSON).
#pragma once

#include <string>

#include "store/Store.h"

namespace rightstrack::report {

std::string stats_text(const store::Statistics& stats);
std::string stats_json(const store::Statistics& stats);

}  // namespace rightstrack::report
