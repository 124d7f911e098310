#include "store/sqlite/RecommendationReader.h"

#include <algorithm>
#include <optional>

namespace rightstrack::store::sqlite {
namespace {

constexpr std::string_view kColumns =
    "SELECT r.id, r.uid, r.paragraph, r.text, r.language, r.response, r.response_source,"
    " r.action_category, r.page, r.importer, r.importer_version, r.source_ref,"
    " d.id, d.symbol, d.mechanism, d.state_code, d.session, d.cycle, d.date, d.language,"
    " d.title, d.sha256";
constexpr std::string_view kFrom =
    " FROM recommendations r JOIN documents d ON d.id = r.document_id";
// CROSS JOIN keeps recommendations the outer loop, so that their rows come in id order unsorted.
constexpr std::string_view kFromInIdOrder =
    " FROM recommendations r CROSS JOIN documents d ON d.id = r.document_id ORDER BY r.id";
constexpr std::string_view kExportOrder =
    " ORDER BY d.state_code, d.cycle, d.session, d.symbol, r.paragraph_key, r.sequence, r.uid";

// kColumns of the recommendations and documents joined, then `rest` (WHERE, ORDER BY).
std::string select_sql(std::string_view rest) {
    return std::string(kColumns) + std::string(kFrom) + std::string(rest);
}

// The child rows of one recommendation, read with one prepared statement each.
struct ChildQueries {
    Statement states;
    Statement labels;
    Statement texts;
};

core::Result<ChildQueries> prepare_children(Database& db) {
    return ChildQueries{
        TRY(db.prepare("SELECT state_code FROM recommending_states"
                       " WHERE recommendation_id = ? ORDER BY position")),
        TRY(db.prepare("SELECT l.taxonomy_code, l.code FROM recommendation_labels rl"
                       " JOIN labels l ON l.id = rl.label_id WHERE rl.recommendation_id = ?"
                       " ORDER BY l.taxonomy_code, l.code")),
        TRY(db.prepare("SELECT language, text FROM recommendation_texts"
                       " WHERE recommendation_id = ? ORDER BY language")),
    };
}

model::Document read_document(const Statement& row) {
    model::Document d;
    d.symbol = row.text(13);
    d.mechanism = model::Mechanism::parse(row.text(14))
                      .value_or(model::Mechanism{model::MechanismKind::Upr, "UPR"});
    d.state = row.text(15);
    d.session = row.optional_integer(16);
    d.cycle = row.optional_integer(17);
    d.date = row.text(18);
    d.language = row.text(19);
    d.title = row.text(20);
    d.sha256 = row.text(21);
    return d;
}

model::Recommendation read_recommendation(const Statement& row, const std::string& symbol) {
    model::Recommendation r;
    r.id = row.text(1);
    r.document = symbol;
    r.paragraph = row.text(2);
    r.text = row.text(3);
    r.language = row.text(4);
    r.response = model::parse_response(row.text(5)).value_or(model::Response::Pending);
    r.response_source = row.text(6);
    r.action_category = row.optional_integer(7);
    r.provenance.page = row.optional_integer(8);
    r.provenance.importer = row.text(9);
    r.provenance.importer_version = row.text(10);
    r.provenance.source_ref = row.text(11);
    return r;
}

core::Status read_children(ChildQueries& queries, int64_t row_id, model::Recommendation& r) {
    queries.states.bind(1, row_id);
    while (TRY(queries.states.step()))
        r.recommending_states.emplace_back(queries.states.text(0));
    queries.states.reset();
    queries.labels.bind(1, row_id);
    while (TRY(queries.labels.step()))
        r.labels.push_back({std::string(queries.labels.text(0)),
                            std::string(queries.labels.text(1))});
    queries.labels.reset();
    queries.texts.bind(1, row_id);
    while (TRY(queries.texts.step()))
        r.translations.push_back({std::string(queries.texts.text(0)),
                                  std::string(queries.texts.text(1))});
    queries.texts.reset();
    return {};
}

// Visits the rows of `rows`, a statement selecting kColumns, each recommendation completed by
// add_children(row id, recommendation).
template <typename AddChildren>
core::Status visit_rows(Statement& rows, AddChildren&& add_children,
                        const RecommendationVisitor& visit) {
    std::optional<int64_t> document_id;
    model::Document document;
    while (TRY(rows.step())) {
        if (document_id != rows.integer(12)) {
            document_id = rows.integer(12);
            document = read_document(rows);
        }
        auto recommendation = read_recommendation(rows, document.symbol);
        TRY(add_children(rows.integer(0), recommendation));
        TRY(visit(recommendation, document));
    }
    return {};
}

// Visits the rows of `rows` with their children read by one lookup each.
core::Status visit_rows(Database& db, Statement& rows, const RecommendationVisitor& visit) {
    auto children = TRY(prepare_children(db));
    return visit_rows(
        rows,
        [&](int64_t id, model::Recommendation& r) { return read_children(children, id, r); },
        visit);
}

// One child table read alongside the recommendations in id order (its primary key leads with
// the recommendation's id): the rows of a recommendation are those under the cursor with its id.
class ChildRows {
public:
    static core::Result<ChildRows> open(Database& db, std::string_view sql) {
        ChildRows rows(TRY(db.prepare(sql)));
        rows.at_row_ = TRY(rows.rows_.step());
        return rows;
    }

    // Calls take(row) for each row of recommendation `id`, passing over those of earlier ids.
    template <typename Take>
    core::Status take(int64_t id, Take&& take) {
        while (at_row_ && rows_.integer(0) <= id) {
            if (rows_.integer(0) == id)
                take(rows_);
            at_row_ = TRY(rows_.step());
        }
        return {};
    }

private:
    explicit ChildRows(Statement rows) : rows_(std::move(rows)) {}
    Statement rows_;
    bool at_row_ = false;
};

}  // namespace

// Four sequential passes merged by recommendation id, instead of three lookups per row.
core::Status scan_in_storage_order(Database& db, const RecommendationVisitor& visit) {
    auto rows = TRY(db.prepare(std::string(kColumns) + std::string(kFromInIdOrder)));
    auto states = TRY(ChildRows::open(
        db, "SELECT recommendation_id, state_code FROM recommending_states"
            " ORDER BY recommendation_id, position"));
    auto labels = TRY(ChildRows::open(
        db, "SELECT rl.recommendation_id, l.taxonomy_code, l.code FROM recommendation_labels rl"
            " JOIN labels l ON l.id = rl.label_id ORDER BY rl.recommendation_id"));
    auto texts = TRY(ChildRows::open(
        db, "SELECT recommendation_id, language, text FROM recommendation_texts"
            " ORDER BY recommendation_id, language"));
    auto add_children = [&](int64_t id, model::Recommendation& r) -> core::Status {
        TRY(states.take(id, [&](const Statement& row) {
            r.recommending_states.emplace_back(row.text(1));
        }));
        TRY(labels.take(id, [&](const Statement& row) {
            r.labels.push_back({std::string(row.text(1)), std::string(row.text(2))});
        }));
        std::sort(r.labels.begin(), r.labels.end());  // As the export order reads them.
        return texts.take(id, [&](const Statement& row) {
            r.translations.push_back({std::string(row.text(1)), std::string(row.text(2))});
        });
    };
    return visit_rows(rows, add_children, visit);
}

core::Status scan_recommendations(Database& db, const RecommendationVisitor& visit) {
    auto rows = TRY(db.prepare(select_sql(kExportOrder)));
    return visit_rows(db, rows, visit);
}

// Through the change_seq index: with nothing or little changed, a few rows read, not all.
core::Status scan_changed(Database& db, int64_t since, const RecommendationVisitor& visit) {
    auto rows = TRY(db.prepare(select_sql(" WHERE r.change_seq > ?")));
    rows.bind(1, since);
    return visit_rows(db, rows, visit);
}

core::Status scan_document(Database& db, std::string_view symbol,
                           const RecommendationVisitor& visit) {
    auto rows = TRY(db.prepare(select_sql(" WHERE d.symbol = ?" + std::string(kExportOrder))));
    rows.bind(1, symbol);
    return visit_rows(db, rows, visit);
}

core::Result<StoredRecommendation> find_recommendation(Database& db, const std::string& id) {
    auto symbol = TRY(
        db.prepare("SELECT d.symbol FROM recommendations r JOIN documents d ON d.id = r.document_id"
                   " WHERE r.uid = ?"));
    symbol.bind(1, id);
    if (!TRY(symbol.step()))
        return core::Error::not_found("no recommendation " + id);
    std::optional<StoredRecommendation> found;
    auto keep = [&](const model::Recommendation& r, const model::Document& d) -> core::Status {
        if (r.id == id)
            found = StoredRecommendation{r, d};
        return {};
    };
    TRY(scan_document(db, symbol.text(0), keep));
    if (!found)
        return core::Error::internal("recommendation " + id + " was not read back");
    return std::move(*found);
}

}  // namespace rightstrack::store::sqlite
