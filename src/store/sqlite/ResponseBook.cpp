#include "store/sqlite/ResponseBook.h"

#include <set>
#include <vector>

#include "model/Recommendation.h"
#include "store/sqlite/RecommendationReader.h"

namespace rightstrack::store::sqlite {
namespace {

std::string statement_key(const model::ResponseStatement& s) {
    return s.report + '\x1f' + s.paragraph + '\x1f' + s.source;
}

core::Status save_statements(Database& db, const model::ImportBatch& batch,
                             const std::unordered_map<std::string, int64_t>& document_ids) {
    auto forget = TRY(db.prepare("DELETE FROM response_statements WHERE source_id = ?"));
    auto insert = TRY(db.prepare(
        "INSERT OR REPLACE INTO response_statements (report, paragraph, source_id, response,"
        " page) VALUES (?, ?, ?, ?, ?)"));
    std::set<int64_t> forgotten;
    for (const auto& statement : batch.responses) {
        auto source = document_ids.find(statement.source);
        if (source == document_ids.end())
            return core::Error::internal("a response statement names source " +
                                         statement.source + ", which is not in its batch");
        if (forgotten.insert(source->second).second)
            TRY(forget.bind(1, source->second).run());
        insert.bind(1, statement.report).bind(2, statement.paragraph).bind(3, source->second);
        insert.bind(4, model::response_code(statement.response)).bind(5, statement.page);
        TRY(insert.run());
    }
    return {};
}

constexpr std::string_view kLoadStatements =
    "SELECT s.paragraph, d.symbol, s.response, s.page FROM response_statements s"
    " JOIN documents d ON d.id = s.source_id WHERE s.report = ?";

// The statements on `report`, read with `rows` (kLoadStatements), which is left reset.
core::Result<std::vector<model::ResponseStatement>> load_statements(Statement& rows,
                                                                    const std::string& report) {
    rows.bind(1, report);
    std::vector<model::ResponseStatement> statements;
    while (TRY(rows.step())) {
        model::ResponseStatement s;
        s.report = report;
        s.paragraph = rows.text(0);
        s.source = rows.text(1);
        s.response = model::parse_response(rows.text(2)).value_or(model::Response::Pending);
        s.page = rows.optional_integer(3);
        statements.push_back(std::move(s));
    }
    rows.reset();
    return statements;
}

}  // namespace

ResponseBook::ResponseBook(Database& db, std::map<std::string, model::ReportResponses> by_report)
    : db_(&db), by_report_(std::move(by_report)) {}

core::Result<ResponseBook> ResponseBook::record(
    Database& db, const model::ImportBatch& batch,
    const std::unordered_map<std::string, int64_t>& document_ids) {
    TRY(save_statements(db, batch, document_ids));
    std::set<std::string> reports;
    for (const auto& document : batch.documents)
        reports.insert(document.symbol);
    for (const auto& statement : batch.responses)
        reports.insert(statement.report);
    std::map<std::string, model::ReportResponses> by_report;
    auto rows = TRY(db.prepare(kLoadStatements));
    for (const auto& report : reports) {
        auto statements = TRY(load_statements(rows, report));
        if (!statements.empty())
            by_report.emplace(report, model::ReportResponses(std::move(statements)));
    }
    return ResponseBook(db, std::move(by_report));
}

const model::ResponseStatement* ResponseBook::new_answer(
    const model::Recommendation& recommendation) {
    auto responses = by_report_.find(recommendation.document);
    if (responses == by_report_.end())
        return nullptr;
    const auto* statement = responses->second.find(recommendation.paragraph);
    if (!statement)
        return nullptr;
    used_.insert(statement_key(*statement));
    bool same = recommendation.response == statement->response &&
                recommendation.response_source == statement->source;
    return same ? nullptr : statement;
}

core::Status ResponseBook::answer_stored(const model::ImportBatch& batch, WriteSummary& summary) {
    std::set<std::string> reports;
    for (const auto& statement : batch.responses)
        reports.insert(statement.report);
    for (const auto& document : batch.documents)
        reports.erase(document.symbol);
    std::vector<model::Recommendation> answered;
    for (const auto& report : reports) {
        TRY(scan_document(*db_, report, [&](const model::Recommendation& r, const auto&) {
            if (const auto* statement = new_answer(r)) {
                answered.push_back(r);
                model::apply_response(answered.back(), *statement);
            }
            return core::Status{};
        }));
    }
    // Stamped with the writer's change sequence (see ChangeFeed), raised for this transaction.
    auto update = TRY(db_->prepare(
        "UPDATE recommendations SET response = ?, response_source = ?, content_hash = ?,"
        " change_seq = (SELECT seq FROM change_sequence) WHERE uid = ?"));
    for (const auto& r : answered) {
        update.bind(1, model::response_code(r.response)).bind(2, r.response_source);
        update.bind(3, model::content_fingerprint(r)).bind(4, r.id);
        TRY(update.run());
    }
    summary.answered += static_cast<int64_t>(answered.size());
    for (const auto& statement : batch.responses)
        if (!used_.contains(statement_key(statement)))
            ++summary.responses_waiting;
    summary.responses += static_cast<int64_t>(batch.responses.size());
    return {};
}

}  // namespace rightstrack::store::sqlite
