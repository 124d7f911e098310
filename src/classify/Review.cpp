#include "classify/Review.h"

#include <charconv>

#include "core/Text.h"

namespace rightstrack::classify {
namespace {

core::Result<int64_t> parse_id(std::string_view text, const std::string& where) {
    int64_t id = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() || id <= 0)
        return core::Error::invalid_input(
            "'" + std::string(text) + "' is not a suggestion id (a positive whole number)", where);
    return id;
}

std::vector<model::SuggestionReview> decisions(const std::vector<int64_t>& ids,
                                               model::ReviewAction action) {
    std::vector<model::SuggestionReview> reviews;
    for (int64_t id : ids) reviews.push_back({id, action, ""});
    return reviews;
}

}  // namespace

core::Result<store::ReviewSummary> review_suggestions(
    store::Store& store, const std::vector<model::SuggestionReview>& reviews) {
    if (reviews.empty())
        return core::Error::invalid_input("no suggestion to review");
    for (const auto& review : reviews)
        if (review.action == model::ReviewAction::Correct && review.corrected_to.empty())
            return core::Error::invalid_input("suggestion " + std::to_string(review.id) +
                                              " is corrected to no label");
    return store.review_suggestions(reviews);
}

core::Result<store::ReviewSummary> accept_suggestions(store::Store& store,
                                                      const std::vector<int64_t>& ids) {
    return review_suggestions(store, decisions(ids, model::ReviewAction::Accept));
}

core::Result<store::ReviewSummary> reject_suggestions(store::Store& store,
                                                      const std::vector<int64_t>& ids) {
    return review_suggestions(store, decisions(ids, model::ReviewAction::Reject));
}

core::Result<store::ReviewSummary> correct_suggestions(store::Store& store,
                                                       const std::vector<Correction>& corrections) {
    std::vector<model::SuggestionReview> reviews;
    for (const auto& correction : corrections)
        reviews.push_back({correction.id, model::ReviewAction::Correct, correction.label});
    return review_suggestions(store, reviews);
}

core::Result<std::vector<int64_t>> parse_suggestion_ids(std::string_view text,
                                                        const std::string& where) {
    std::vector<int64_t> ids;
    size_t start = 0;
    while (start <= text.size()) {
        size_t comma = text.find(',', start);
        if (comma == std::string_view::npos)
            comma = text.size();
        ids.push_back(TRY(parse_id(core::trim(text.substr(start, comma - start)), where)));
        start = comma + 1;
    }
    return ids;
}

core::Result<Correction> parse_correction(std::string_view text, const std::string& where) {
    size_t equals = text.find('=');
    if (equals == std::string_view::npos)
        return core::Error::invalid_input(
            "'" + std::string(text) + "' is not ID=LABEL (a suggestion id and the right label)",
            where);
    auto label = core::trim(text.substr(equals + 1));
    if (label.empty())
        return core::Error::invalid_input("'" + std::string(text) + "' names no label", where);
    return Correction{TRY(parse_id(core::trim(text.substr(0, equals)), where)), std::string(label)};
}

}  // namespace rightstrack::classify
