#include "store/sqlite/SuggestionBook.h"

#include <charconv>
#include <set>
#include <unordered_set>

#include "store/sqlite/ChangeFeed.h"
#include "store/sqlite/Transaction.h"

namespace rightstrack::store::sqlite {
namespace {

constexpr std::string_view kNow = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')";

std::string label_name(const model::LabelRef& label) {
    return label.taxonomy + ":" + label.code;
}

// The statements saving a batch needs, prepared once.
struct SaveStatements {
    Statement find_label;
    Statement find_recommendation;
    Statement was_turned_down;
    Statement drop_pending;
    Statement insert;

    static core::Result<SaveStatements> prepare(Database& db) {
        return SaveStatements{
            TRY(db.prepare("SELECT id FROM labels WHERE taxonomy_code = ? AND code = ?")),
            TRY(db.prepare("SELECT 1 FROM recommendations WHERE uid = ?")),
            TRY(db.prepare("SELECT 1 FROM label_suggestions WHERE recommendation_uid = ?"
                           " AND label_id = ? AND (state = 'rejected' OR state = 'corrected')")),
            // "+state": without it SQLite picks the index by state and reads every pending
            // suggestion for each recommendation, quadratic over a store's first suggest.
            TRY(db.prepare("DELETE FROM label_suggestions WHERE recommendation_uid = ?"
                           " AND +state = 'pending' AND label_id IN"
                           " (SELECT id FROM labels WHERE taxonomy_code = ?)")),
            TRY(db.prepare("INSERT INTO label_suggestions (recommendation_uid, label_id,"
                           " confidence, model, model_version, created_at) VALUES"
                           " (?, ?, ?, ?, ?, " +
                           std::string(kNow) + ")")),
        };
    }
};

core::Result<bool> exists(Statement& query) {
    bool found = TRY(query.step());
    query.reset();
    return found;
}

core::Result<int64_t> label_id(Statement& find, const model::LabelRef& label) {
    find.bind(1, label.taxonomy).bind(2, label.code);
    bool found = TRY(find.step());
    int64_t id = found ? find.integer(0) : 0;
    find.reset();
    if (!found)
        return core::Error::invalid_input("no label " + label_name(label) +
                                          " in the store's taxonomies");
    return id;
}

core::Status check_suggestion(SaveStatements& s, const model::LabelSuggestion& suggestion) {
    if (!(suggestion.confidence >= 0 && suggestion.confidence <= 1))
        return core::Error::invalid_input("the confidence of " + label_name(suggestion.label) +
                                          " for " + suggestion.recommendation +
                                          " is not between 0 and 1");
    s.find_recommendation.bind(1, suggestion.recommendation);
    if (!TRY(exists(s.find_recommendation)))
        return core::Error::not_found("no recommendation " + suggestion.recommendation +
                                      " to suggest " + label_name(suggestion.label) + " for");
    return {};
}

// A suggestion as the store keeps it, with the ids it refers to resolved.
struct Stored {
    int64_t id = 0;
    std::string state;
    std::string recommendation;
    model::LabelRef label;
    int64_t label_id = 0;
};

core::Result<Stored> stored_suggestion(Statement& find, int64_t id) {
    find.bind(1, id);
    bool found = TRY(find.step());
    Stored stored;
    if (found)
        stored = {id,
                  std::string(find.text(0)),
                  std::string(find.text(1)),
                  {std::string(find.text(2)), std::string(find.text(3))},
                  find.integer(4)};
    find.reset();
    if (!found)
        return core::Error::not_found("no suggestion " + std::to_string(id));
    return stored;
}

// The statements reviewing needs, prepared once.
struct ReviewStatements {
    Statement find_suggestion;
    Statement find_recommendation;
    Statement find_label;
    Statement mark;
    Statement confirm_label;
    Statement confirm_category;
    Statement stamp;

    static core::Result<ReviewStatements> prepare(Database& db) {
        return ReviewStatements{
            TRY(db.prepare("SELECT s.state, s.recommendation_uid, l.taxonomy_code, l.code, l.id"
                           " FROM label_suggestions s JOIN labels l ON l.id = s.label_id"
                           " WHERE s.id = ?")),
            TRY(db.prepare("SELECT id FROM recommendations WHERE uid = ?")),
            TRY(db.prepare("SELECT id FROM labels WHERE taxonomy_code = ? AND code = ?")),
            TRY(db.prepare("UPDATE label_suggestions SET state = ?, corrected_label_id = ?,"
                           " reviewed_at = " +
                           std::string(kNow) + " WHERE id = ?")),
            TRY(db.prepare("INSERT OR IGNORE INTO recommendation_labels"
                           " (recommendation_id, label_id) VALUES (?, ?)")),
            TRY(db.prepare("UPDATE recommendations SET action_category = ? WHERE id = ?")),
            TRY(db.prepare("UPDATE recommendations SET change_seq = ? WHERE id = ?")),
        };
    }
};

core::Result<int64_t> recommendation_row(Statement& find, const Stored& suggestion) {
    find.bind(1, suggestion.recommendation);
    bool found = TRY(find.step());
    int64_t row = found ? find.integer(0) : 0;
    find.reset();
    if (!found)
        return core::Error::not_found("suggestion " + std::to_string(suggestion.id) +
                                      ": its recommendation " + suggestion.recommendation +
                                      " is no longer in the store");
    return row;
}

// The label a correction replaces the suggestion by: one of the same taxonomy, not the same.
core::Result<int64_t> correction(Statement& find, const Stored& suggestion,
                                 const std::string& code) {
    std::string where = "suggestion " + std::to_string(suggestion.id);
    if (code == suggestion.label.code)
        return core::Error::invalid_input(
            "a correction to the label suggested (" + code + "): accept it instead", where);
    find.bind(1, suggestion.label.taxonomy).bind(2, code);
    bool found = TRY(find.step());
    int64_t id = found ? find.integer(0) : 0;
    find.reset();
    if (!found)
        return core::Error::invalid_input(
            "'" + code + "' is not a label of the taxonomy " + suggestion.label.taxonomy, where);
    return id;
}

// Confirms the label on the recommendation: the action category is a column of its own.
core::Status confirm(ReviewStatements& s, int64_t row, const std::string& taxonomy,
                     const std::string& code, int64_t label, int64_t change) {
    if (taxonomy == model::kActionCategories) {
        int category = 0;
        auto [end, error] = std::from_chars(code.data(), code.data() + code.size(), category);
        if (error != std::errc() || end != code.data() + code.size() || category < 1 ||
            category > 5)
            return core::Error::invalid_input("'" + code + "' is not an action category (1-5)");
        TRY(s.confirm_category.bind(1, static_cast<int64_t>(category)).bind(2, row).run());
    } else
        TRY(s.confirm_label.bind(1, row).bind(2, label).run());
    return s.stamp.bind(1, change).bind(2, row).run();
}

core::Status review_one(ReviewStatements& s, const model::SuggestionReview& review, int64_t change,
                        ReviewSummary& summary) {
    auto suggestion = TRY(stored_suggestion(s.find_suggestion, review.id));
    if (suggestion.state != "pending")
        return core::Error::conflict("suggestion " + std::to_string(review.id) + " was already " +
                                     suggestion.state);
    int64_t row = TRY(recommendation_row(s.find_recommendation, suggestion));
    if (review.action == model::ReviewAction::Reject) {
        ++summary.rejected;
        return s.mark.bind(1, "rejected").bind_null(2).bind(3, review.id).run();
    }
    if (review.action == model::ReviewAction::Accept) {
        ++summary.accepted;
        TRY(s.mark.bind(1, "accepted").bind_null(2).bind(3, review.id).run());
        return confirm(s, row, suggestion.label.taxonomy, suggestion.label.code,
                       suggestion.label_id, change);
    }
    int64_t corrected = TRY(correction(s.find_label, suggestion, review.corrected_to));
    ++summary.corrected;
    TRY(s.mark.bind(1, "corrected").bind(2, corrected).bind(3, review.id).run());
    return confirm(s, row, suggestion.label.taxonomy, review.corrected_to, corrected, change);
}

model::LabelSuggestion listed(const Statement& row) {
    model::LabelSuggestion s;
    s.id = row.integer(0);
    s.recommendation = row.text(1);
    s.label = {std::string(row.text(2)), std::string(row.text(3))};
    s.confidence = row.real(4);
    s.model = row.text(5);
    s.model_version = static_cast<int>(row.integer(6));
    s.created = row.text(7);
    s.state = model::parse_suggestion_state(row.text(8)).value_or(model::SuggestionState::Pending);
    s.corrected_to = row.text(9);
    s.reviewed = row.text(10);
    return s;
}

}  // namespace

core::Result<SuggestionWrite> save_suggestions(
    Database& db, const std::vector<model::LabelSuggestion>& suggestions) {
    auto transaction = TRY(Transaction::begin(db));
    auto s = TRY(SaveStatements::prepare(db));
    SuggestionWrite write;
    // Each recommendation's pending suggestions of a taxonomy are dropped once, before the
    // first new one of that kind, so that a batch may bring several (issues are multi-label).
    std::set<std::pair<std::string, std::string>> dropped;
    for (const auto& suggestion : suggestions) {
        TRY(check_suggestion(s, suggestion));
        int64_t label = TRY(label_id(s.find_label, suggestion.label));
        if (dropped.emplace(suggestion.recommendation, suggestion.label.taxonomy).second) {
            TRY(s.drop_pending.bind(1, suggestion.recommendation)
                    .bind(2, suggestion.label.taxonomy)
                    .run());
            write.replaced += db.changes();
        }
        s.was_turned_down.bind(1, suggestion.recommendation).bind(2, label);
        if (TRY(exists(s.was_turned_down))) {
            ++write.refused;
            continue;
        }
        s.insert.bind(1, suggestion.recommendation).bind(2, label);
        s.insert.bind_real(3, suggestion.confidence).bind(4, suggestion.model);
        TRY(s.insert.bind(5, static_cast<int64_t>(suggestion.model_version)).run());
        ++write.stored;
    }
    TRY(transaction.commit());
    return write;
}

core::Result<std::vector<model::LabelSuggestion>> list_suggestions(Database& db,
                                                                   const SuggestionFilter& filter) {
    auto query = TRY(db.prepare(
        "SELECT s.id, s.recommendation_uid, l.taxonomy_code, l.code, s.confidence, s.model,"
        " s.model_version, s.created_at, s.state, coalesce(c.code, ''),"
        " coalesce(s.reviewed_at, '')"
        " FROM label_suggestions s JOIN labels l ON l.id = s.label_id"
        " LEFT JOIN labels c ON c.id = s.corrected_label_id"
        " WHERE (?1 IS NULL OR s.state = ?1) AND (?2 = '' OR s.recommendation_uid = ?2)"
        " AND EXISTS (SELECT 1 FROM recommendations r WHERE r.uid = s.recommendation_uid)"
        " ORDER BY s.id LIMIT ?3"));
    if (filter.state)
        query.bind(1, model::suggestion_state_code(*filter.state));
    else
        query.bind_null(1);
    query.bind(2, filter.recommendation);
    query.bind(3, filter.limit == 0 ? int64_t{-1} : static_cast<int64_t>(filter.limit));
    std::vector<model::LabelSuggestion> out;
    while (TRY(query.step())) out.push_back(listed(query));
    return out;
}

core::Result<ReviewSummary> review_suggestions(
    Database& db, const std::vector<model::SuggestionReview>& reviews) {
    std::unordered_set<int64_t> seen;
    for (const auto& review : reviews)
        if (!seen.insert(review.id).second)
            return core::Error::invalid_input("suggestion " + std::to_string(review.id) +
                                              " is reviewed twice in one call");
    auto transaction = TRY(Transaction::begin(db));
    int64_t change = TRY(raise_change_sequence(db));
    auto s = TRY(ReviewStatements::prepare(db));
    ReviewSummary summary;
    for (const auto& review : reviews) TRY(review_one(s, review, change, summary));
    TRY(transaction.commit());
    return summary;
}

core::Status restore_reviewed_labels(Database& db, int64_t change) {
    // Reviewed suggestions are few, and found by state first (label_suggestions_by_state).
    constexpr std::string_view kReviewed =
        " FROM label_suggestions s"
        " JOIN recommendations r ON r.uid = s.recommendation_uid AND r.change_seq = ?1"
        " JOIN labels l ON l.id = coalesce(s.corrected_label_id, s.label_id)"
        " WHERE s.state IN ('accepted', 'corrected')";
    auto labels =
        TRY(db.prepare("INSERT OR IGNORE INTO recommendation_labels (recommendation_id, label_id)"
                       " SELECT r.id, l.id" +
                       std::string(kReviewed) + " AND l.taxonomy_code <> 'action_categories'"));
    TRY(labels.bind(1, change).run());
    // The latest review of a category wins.
    auto categories =
        TRY(db.prepare("UPDATE recommendations SET action_category = reviewed.category FROM ("
                       " SELECT r.id AS id, CAST(l.code AS INTEGER) AS category, max(s.id)" +
                       std::string(kReviewed) +
                       " AND l.taxonomy_code = 'action_categories' GROUP BY r.id"
                       ") AS reviewed WHERE recommendations.id = reviewed.id"
                       " AND recommendations.action_category IS NULL"));
    return categories.bind(1, change).run();
}

}  // namespace rightstrack::store::sqlite
