#include "model/Recommendation.h"

#include <algorithm>
#include <cctype>

#include "core/Hash.h"
#include "core/Text.h"

namespace rightstrack::model {

std::string make_recommendation_id(std::string_view document, std::string_view paragraph,
                                   std::string_view text, int occurrence) {
    core::DigestBuilder digest;
    digest.add(document).add(paragraph).add(text).add(occurrence);
    return digest.base32();
}

void normalise_labels(std::vector<LabelRef>& labels) {
    std::sort(labels.begin(), labels.end());
    labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
}

bool same_recommendation(const Recommendation& a, const Recommendation& b) {
    if (a.document != b.document || a.paragraph != b.paragraph || a.paragraph.empty())
        return false;
    const auto& x = a.recommending_states;
    const auto& y = b.recommending_states;
    if (x.empty() || y.empty())
        return x.empty() && y.empty();
    return std::any_of(x.begin(), x.end(), [&](const auto& state) {
        return std::find(y.begin(), y.end(), state) != y.end();
    });
}

void merge_description(Recommendation& own, const Recommendation& description) {
    own.labels.insert(own.labels.end(), description.labels.begin(), description.labels.end());
    normalise_labels(own.labels);
    if (own.response == Response::Pending && description.response != Response::Pending) {
        own.response = description.response;
        own.response_source = description.response_source;
    }
}

std::string content_fingerprint(const Recommendation& r) {
    core::DigestBuilder digest;
    digest.add(r.id).add(r.document).add(r.paragraph).add(r.text).add(r.language);
    digest.add(static_cast<int64_t>(r.translations.size()));
    for (const auto& translation : r.translations)
        digest.add(translation.language).add(translation.text);
    digest.add(static_cast<int64_t>(r.recommending_states.size()));
    for (const auto& state : r.recommending_states)
        digest.add(state);
    digest.add(response_code(r.response)).add(r.response_source);
    digest.add(r.action_category.value_or(0));
    digest.add(static_cast<int64_t>(r.labels.size()));
    for (const auto& label : r.labels)
        digest.add(label.taxonomy).add(label.code);
    const auto& p = r.provenance;
    digest.add(p.page.value_or(0)).add(p.importer).add(p.importer_version).add(p.source_ref);
    return digest.hex(16);
}

std::string paragraph_sort_key(std::string_view paragraph) {
    std::string key;
    for (size_t i = 0; i < paragraph.size();) {
        if (!std::isdigit(static_cast<unsigned char>(paragraph[i]))) {
            key += paragraph[i++];
            continue;
        }
        size_t end = i;
        while (end < paragraph.size() && std::isdigit(static_cast<unsigned char>(paragraph[end])))
            ++end;
        std::string_view digits = paragraph.substr(i, end - i);
        if (digits.size() < 8)
            key.append(8 - digits.size(), '0');
        key += digits;
        i = end;
    }
    return key;
}

}  // namespace rightstrack::model
