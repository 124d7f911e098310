// A recommendation as the learners see it: its text and the labels people gave it (UPR Info
// issues, action category). Built from an import batch (UPR Info's export) or, for training
// from the store, from confirmed labels only. Plain value type.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/ImportBatch.h"

namespace rightstrack::classify {

struct LabelledText {
    std::string text;
    std::vector<std::string> issues;     // UPR Info issue codes, sorted.
    std::optional<int> action_category;  // 1-5.
};

// One per recommendation of the batch, in batch order; joint recommendations (merged by the
// reader) count once.
std::vector<LabelledText> labelled_texts(const model::ImportBatch& batch);

}  // namespace rightstrack::classify
