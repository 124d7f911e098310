#include "classify/LabelledText.h"

#include "model/Taxonomy.h"

namespace rightstrack::classify {

namespace {

LabelledText labelled(const model::Recommendation& recommendation, const std::string& text) {
    LabelledText labelled{text, {}, recommendation.action_category};
    for (const auto& label : recommendation.labels)
        if (label.taxonomy == model::kIssues)
            labelled.issues.push_back(label.code);
    return labelled;
}

}  // namespace

std::vector<LabelledText> labelled_texts(const model::ImportBatch& batch) {
    std::vector<LabelledText> texts;
    texts.reserve(batch.recommendations.size());
    for (const auto& recommendation : batch.recommendations)
        texts.push_back(labelled(recommendation, recommendation.text));
    return texts;
}

const std::string& english_text(const model::Recommendation& recommendation) {
    static const std::string none;
    if (recommendation.language == "en")
        return recommendation.text;
    for (const auto& translation : recommendation.translations)
        if (translation.language == "en")
            return translation.text;
    return none;
}

core::Result<std::vector<LabelledText>> confirmed_labels(store::Store& store) {
    std::vector<LabelledText> texts;
    TRY(store.scan(
        store::ScanOrder::Any,
        [&](const model::Recommendation& recommendation, const model::Document&) -> core::Status {
            const auto& text = english_text(recommendation);
            auto one = labelled(recommendation, text);
            if (!text.empty() && (!one.issues.empty() || one.action_category))
                texts.push_back(std::move(one));
            return {};
        }));
    return texts;
}

}  // namespace rightstrack::classify
