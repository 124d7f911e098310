// The real recommendations the corpus is made from: UPR Info's export read through the project's
// own importer (the same merge of one-row-per-State rows as `rightstrack import`).
#pragma once

#include <string>
#include <vector>

#include "Corpus.h"
#include "core/Result.h"

namespace rightstrack::bench {

core::Result<std::vector<SourceRecommendation>> read_source_recommendations(
    const std::string& csv_path);

}  // namespace rightstrack::bench
