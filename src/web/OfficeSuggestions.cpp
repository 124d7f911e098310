// The review queue of label suggestions (/office/suggestions): the pending ones with the
// model's confidence, each with a checkbox and a field for a correction; accept, reject or
// correct the checked ones at once, all or nothing (classify's review, which confirms accepted
// and corrected labels and remembers rejections). For the secretariat and the administrator
// (track's check_suggestion_review).
#include <cmath>

#include "classify/Review.h"
#include "track/SuggestionPolicy.h"
#include "web/Html.h"
#include "web/Office.h"

namespace rightstrack::web {
namespace {

// How many pending suggestions one page shows, oldest first.
constexpr std::size_t kQueuePage = 100;

std::string queue_row(const Translator& t, const model::LabelSuggestion& suggestion) {
    const std::string id = std::to_string(suggestion.id);
    const long percent = std::lround(suggestion.confidence * 100);
    return "<tr data-suggestion=\"" + id + "\"><td><input type=\"checkbox\" name=\"id\" value=\"" +
           id + "\" id=\"s-" + id + "\" aria-label=\"" +
           escape(t("suggestions.select", {{"id", id}})) +
           "\"></td><td><a href=\"/recommendations/" + escape(suggestion.recommendation) + "\">" +
           escape(suggestion.recommendation) + "</a></td><td>" + escape(suggestion.label.taxonomy) +
           "</td><td>" + escape(suggestion.label.code) + "</td><td>" + std::to_string(percent) +
           "%</td><td><input name=\"correct_" + id + "\" aria-label=\"" +
           escape(t("suggestions.correction", {{"id", id}})) + "\"></td></tr>\n";
}

std::string queue_main(const Visit& visit, const std::vector<model::LabelSuggestion>& pending) {
    const auto& t = visit.t;
    std::string main = "<h1>" + escape(t("office.suggestions")) + "</h1>\n";
    if (pending.empty())
        return main + "<p>" + escape(t("suggestions.none")) + "</p>\n";
    main += "<form method=\"post\" action=\"/office/suggestions\">" + csrf_field(visit) +
            "<table class=\"list\">\n<caption>" +
            escape(t("suggestions.pending", {{"count", std::to_string(pending.size())}})) +
            "</caption>\n<thead><tr><th scope=\"col\">" + escape(t("suggestions.choose")) +
            "</th><th scope=\"col\">" + escape(t("suggestions.recommendation")) +
            "</th><th scope=\"col\">" + escape(t("suggestions.taxonomy")) +
            "</th><th scope=\"col\">" + escape(t("suggestions.label")) + "</th><th scope=\"col\">" +
            escape(t("suggestions.confidence")) + "</th><th scope=\"col\">" +
            escape(t("suggestions.correct_to")) + "</th></tr></thead>\n<tbody>\n";
    for (const auto& suggestion : pending) main += queue_row(t, suggestion);
    main += "</tbody></table>\n<p>";
    for (const char* decision : {"accept", "reject", "correct"})
        main += "<button type=\"submit\" name=\"decision\" value=\"" + std::string(decision) +
                "\">" + escape(t("suggestions." + std::string(decision))) + "</button> ";
    return main + "</p></form>\n";
}

// The checked suggestions as decisions of the kind the pressed button names.
core::Result<std::vector<model::SuggestionReview>> decisions(const Request& request) {
    const std::string decision = request.field("decision");
    std::vector<model::SuggestionReview> reviews;
    for (const auto& [name, value] : request.form) {
        if (name != "id")
            continue;
        auto ids = TRY(classify::parse_suggestion_ids(value, "form field id"));
        for (int64_t id : ids) {
            model::SuggestionReview review{id, model::ReviewAction::Accept, {}};
            if (decision == "reject")
                review.action = model::ReviewAction::Reject;
            else if (decision == "correct") {
                review.action = model::ReviewAction::Correct;
                review.corrected_to = request.field("correct_" + std::to_string(id));
                if (review.corrected_to.empty())
                    return core::Error::invalid_input("suggestion " + std::to_string(id) +
                                                          " is to be corrected but no label "
                                                          "was given",
                                                      "form field correct_" + std::to_string(id));
            } else if (decision != "accept")
                return core::Error::invalid_input("no decision '" + decision + "'",
                                                  "form field decision");
            reviews.push_back(std::move(review));
        }
    }
    if (reviews.empty())
        return core::Error::invalid_input("no suggestion was chosen", "form field id");
    return reviews;
}

}  // namespace

Reply suggestion_queue(WebContext& context, Visit& visit) {
    return at_desk(context, visit, [&](Desk& desk) {
        if (auto allowed = track::check_suggestion_review(desk.user); !allowed.ok())
            return refused(visit, allowed.error(), visit.t("refused.suggestions"));
        auto pending = context.with_store([](store::Store& store) {
            return store.suggestions({model::SuggestionState::Pending, {}, kQueuePage});
        });
        if (!pending.ok())
            return refused(visit, pending.error(), visit.t("office.suggestions"));
        return Reply::html(page(visit, visit.t("office.suggestions"), queue_main(visit, *pending)));
    });
}

Reply suggestion_review(WebContext& context, Visit& visit) {
    return at_desk(context, visit, [&](Desk& desk) {
        if (auto allowed = track::check_suggestion_review(desk.user); !allowed.ok())
            return refused(visit, allowed.error(), visit.t("refused.suggestions"));
        auto reviews = decisions(visit.request);
        if (!reviews.ok())
            return refused(visit, reviews.error(), visit.t("refused.suggestions"));
        auto done = context.with_store(
            [&](store::Store& store) { return classify::review_suggestions(store, *reviews); });
        if (!done.ok())
            return refused(visit, done.error(), visit.t("refused.suggestions"));
        return Reply::redirect("/office/suggestions");
    });
}

}  // namespace rightstrack::web
