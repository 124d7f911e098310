#include "classify/LabelledText.h"

#include "model/Taxonomy.h"

namespace rightstrack::classify {

std::vector<LabelledText> labelled_texts(const model::ImportBatch& batch) {
    std::vector<LabelledText> texts;
    texts.reserve(batch.recommendations.size());
    for (const auto& recommendation : batch.recommendations) {
        LabelledText text{recommendation.text, {}, recommendation.action_category};
        for (const auto& label : recommendation.labels)
            if (label.taxonomy == model::kIssues)
                text.issues.push_back(label.code);
        texts.push_back(std::move(text));
    }
    return texts;
}

}  // namespace rightstrack::classify
