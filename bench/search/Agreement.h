// The benchmark's correctness check: every engine must count the same total and the same
// documents for every value of every facet as the first engine of the run. Rankings differ
// between engines and are not compared.
#pragma once

#include <string_view>

#include "Engine.h"

namespace rightstrack::bench {

// An error naming the query, the facet and value, and both counts, at the first difference.
core::Status check_agreement(const Corpus& corpus, const Query& query, size_t query_number,
                             std::string_view expected_engine, const Answer& expected,
                             std::string_view engine, const Answer& answer);

}  // namespace rightstrack::bench
