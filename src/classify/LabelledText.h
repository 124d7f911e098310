// A recommendation as the learners see it: its text and the labels people gave it (UPR Info
// issues, action category). Built from an import batch (UPR Info's export) or, for training
// from the store, from confirmed labels only. Plain value type.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/Result.h"
#include "model/ImportBatch.h"
#include "store/Store.h"

namespace rightstrack::classify {

struct LabelledText {
    std::string text;
    std::vector<std::string> issues;     // UPR Info issue codes, sorted.
    std::optional<int> action_category;  // 1-5.
};

// One per recommendation of the batch, in batch order; joint recommendations (merged by the
// reader) count once.
std::vector<LabelledText> labelled_texts(const model::ImportBatch& batch);

// The store's recommendations with confirmed labels (the labels it holds: suggestions are kept
// apart) and an English text, their own or a translation: the learners analyse English only.
core::Result<std::vector<LabelledText>> confirmed_labels(store::Store& store);

// The recommendation's English text, its own or a translation; empty when it has none.
const std::string& english_text(const model::Recommendation& recommendation);

}  // namespace rightstrack::classify
