#include "PostgresEngine.h"

#include <fstream>
#include <map>

#include "SqlFacets.h"

namespace rightstrack::bench {

namespace {

// PostgreSQL keeps positions up to 16383; longer texts would lose phrase matches.
constexpr size_t kMaxPosition = 16383;

std::string lexeme(const std::string& term) {
    std::string quoted = "'";
    for (char c : term)
        quoted += c == '\'' ? std::string("''") : std::string(1, c);
    return quoted + "'";
}

std::string clause_query(const Corpus& corpus, const Clause& clause) {
    std::string text;
    for (size_t i = 0; i < clause.words.size(); ++i)
        text += (i ? " <-> " : "") + lexeme(corpus.term(clause.words[i]));
    return clause.words.size() > 1 ? "(" + text + ")" : text;
}

// 'term':1,4 'other':2 — positions 1-based, as to_tsvector numbers words.
std::string tsvector_literal(const Corpus& corpus, std::span<const TermId> terms) {
    std::map<TermId, std::vector<size_t>> positions;
    for (size_t i = 0; i < terms.size(); ++i)
        positions[terms[i]].push_back(i + 1);
    std::string literal;
    for (const auto& [term, at] : positions) {
        literal += (literal.empty() ? "" : " ") + lexeme(corpus.term(term)) + ":";
        for (size_t i = 0; i < at.size(); ++i)
            literal += (i ? "," : "") + std::to_string(at[i]);
    }
    return literal;
}

}  // namespace

std::string tsquery_expression(const Corpus& corpus, const Query& query) {
    std::string text;
    for (const auto& clause : query.all)
        text += (text.empty() ? "" : " & ") + clause_query(corpus, clause);
    std::string any;
    for (const auto& clause : query.any)
        any += (any.empty() ? "" : " | ") + clause_query(corpus, clause);
    if (!any.empty())
        text += (text.empty() ? "(" : " & (") + any + ")";
    for (const auto& clause : query.none)
        text += " & !" + clause_query(corpus, clause);
    return text;
}

PostgresEngine::~PostgresEngine() {
    if (connection_)
        PQfinish(connection_);
}

core::Status PostgresEngine::execute(const std::string& sql) {
    PGresult* result = PQexec(connection_, sql.c_str());
    const auto status = PQresultStatus(result);
    std::string message = PQresultErrorMessage(result);
    PQclear(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return core::Error::storage("PostgreSQL: " + message + " in: " + sql.substr(0, 200));
    return {};
}

core::Status PostgresEngine::copy(const std::string& table, const std::string& rows) {
    PGresult* result = PQexec(connection_, ("COPY " + table + " FROM STDIN").c_str());
    const bool ready = PQresultStatus(result) == PGRES_COPY_IN;
    PQclear(result);
    if (!ready || PQputCopyData(connection_, rows.data(), static_cast<int>(rows.size())) != 1 ||
        PQputCopyEnd(connection_, nullptr) != 1)
        return core::Error::storage("PostgreSQL COPY " + table + ": " +
                                    PQerrorMessage(connection_));
    result = PQgetResult(connection_);
    const bool done = PQresultStatus(result) == PGRES_COMMAND_OK;
    std::string message = PQresultErrorMessage(result);
    PQclear(result);
    while ((result = PQgetResult(connection_)))
        PQclear(result);
    if (!done)
        return core::Error::storage("PostgreSQL COPY " + table + ": " + message);
    return {};
}

core::Status PostgresEngine::build(const Corpus& corpus) {
    corpus_ = &corpus;
    server_ = TRY(PostgresServer::start(folder_));
    connection_ = PQconnectdb(server_->connection().c_str());
    if (PQstatus(connection_) != CONNECTION_OK)
        return core::Error::storage(std::string("cannot connect to PostgreSQL: ") +
                                    PQerrorMessage(connection_));

    std::string columns = "id integer PRIMARY KEY, tsv tsvector";
    for (Facet facet : kFacets)
        if (!is_multi_valued(facet))
            columns += ", " + std::string(facet_name(facet)) + " integer";
    TRY(execute("CREATE TABLE doc (" + columns + ")"));
    for (Facet facet : kFacets)
        if (is_multi_valued(facet))
            TRY(execute("CREATE TABLE " + std::string(facet_name(facet)) +
                        " (doc integer, value integer)"));

    // Rows go in batches of COPY: one string for a million documents would be needlessly big.
    constexpr DocId kBatch = 50000;
    for (DocId first = 0; first < corpus.size(); first += kBatch) {
        std::string docs;
        std::array<std::string, kFacetCount> multi;
        const DocId last = std::min<DocId>(first + kBatch, static_cast<DocId>(corpus.size()));
        for (DocId doc = first; doc < last; ++doc) {
            auto terms = corpus.terms_of(doc);
            if (terms.size() > kMaxPosition)
                return core::Error::invalid_input("text of document " + std::to_string(doc) +
                                                  " has more words than PostgreSQL positions");
            docs += std::to_string(doc) + "\t" + tsvector_literal(corpus, terms);
            for (Facet facet : kFacets) {
                auto values = corpus.values(facet, doc);
                if (is_multi_valued(facet)) {
                    for (ValueId value : values)
                        multi[index_of(facet)] +=
                            std::to_string(doc) + "\t" + std::to_string(value) + "\n";
                } else {
                    docs += "\t" + (values.empty() ? std::string("\\N") : std::to_string(values[0]));
                }
            }
            docs += "\n";
        }
        TRY(copy("doc", docs));
        for (Facet facet : kFacets)
            if (is_multi_valued(facet))
                TRY(copy(std::string(facet_name(facet)), multi[index_of(facet)]));
    }
    TRY(execute("CREATE INDEX doc_text ON doc USING gin (tsv)"));
    for (Facet facet : kFacets)
        if (is_multi_valued(facet))
            TRY(execute("ALTER TABLE " + std::string(facet_name(facet)) +
                        " ADD PRIMARY KEY (doc, value)"));
    TRY(execute("VACUUM ANALYZE"));
    return check_tokens(corpus);
}

// Every term of every document, with every position, must be in the tsvectors.
core::Status PostgresEngine::check_tokens(const Corpus& corpus) {
    PGresult* result = PQexec(connection_,
                              "SELECT sum(length(tsv)), sum(array_length(tsvector_to_array(tsv), "
                              "1)) FROM doc");
    std::uint64_t lexemes = PQresultStatus(result) == PGRES_TUPLES_OK && !PQgetisnull(result, 0, 0)
                                ? std::stoull(PQgetvalue(result, 0, 0))
                                : 0;
    PQclear(result);
    result = PQexec(connection_, "SELECT count(*) FROM (SELECT unnest(tsv) AS u FROM doc) t, "
                                 "unnest((t.u).positions)");
    std::uint64_t positions = PQresultStatus(result) == PGRES_TUPLES_OK
                                  ? std::stoull(PQgetvalue(result, 0, 0))
                                  : 0;
    PQclear(result);
    std::uint64_t expected_lexemes = 0;
    for (DocId doc = 0; doc < corpus.size(); ++doc) {
        auto terms = corpus.terms_of(doc);
        std::vector<TermId> distinct(terms.begin(), terms.end());
        std::sort(distinct.begin(), distinct.end());
        expected_lexemes += static_cast<std::uint64_t>(
            std::unique(distinct.begin(), distinct.end()) - distinct.begin());
    }
    if (lexemes != expected_lexemes || positions != corpus.token_count())
        return core::Error::internal(
            "PostgreSQL's tsvectors do not hold the analysed terms: " + std::to_string(lexemes) +
            " lexemes and " + std::to_string(positions) + " positions where the corpus has " +
            std::to_string(expected_lexemes) + " and " + std::to_string(corpus.token_count()));
    return {};
}

core::Result<Answer> PostgresEngine::search(const Query& query) {
    const Corpus& corpus = *corpus_;
    const std::string tsquery = tsquery_expression(corpus, query);
    const std::string sql =
        "WITH m AS MATERIALIZED (SELECT id FROM doc WHERE tsv @@ $1::tsquery) " +
        facet_count_sql(query) +
        " UNION ALL SELECT -2, id, row_number() OVER (ORDER BY rank DESC, id) FROM (SELECT d.id, "
        "ts_rank(d.tsv, $1::tsquery) AS rank FROM doc d WHERE d.tsv @@ $1::tsquery AND " +
        filter_condition(query, std::nullopt) + " ORDER BY rank DESC, d.id LIMIT " +
        std::to_string(kTopHits) + ") top";
    const char* parameters[] = {tsquery.c_str()};
    PGresult* result =
        PQexecParams(connection_, sql.c_str(), 1, nullptr, parameters, nullptr, nullptr, 0);
    if (PQresultStatus(result) != PGRES_TUPLES_OK) {
        std::string message = PQresultErrorMessage(result);
        PQclear(result);
        return core::Error::storage("PostgreSQL: " + message + " for tsquery " + tsquery);
    }
    Answer answer = empty_answer(corpus);
    std::vector<std::pair<long, DocId>> top;
    for (int row = 0; row < PQntuples(result); ++row) {
        const long facet = std::stol(PQgetvalue(result, row, 0));
        const auto value = std::stoull(PQgetvalue(result, row, 1));
        const auto count = std::stoull(PQgetvalue(result, row, 2));
        if (facet == -1)
            answer.total = count;
        else if (facet == -2)
            top.emplace_back(static_cast<long>(count), static_cast<DocId>(value));
        else
            answer.counts[static_cast<size_t>(facet)][value] = count;
    }
    PQclear(result);
    std::sort(top.begin(), top.end());
    for (const auto& hit : top)
        answer.top.push_back(hit.second);
    return answer;
}

std::optional<std::uint64_t> PostgresEngine::resident_bytes() {
    // The backend serving our connection: its resident set includes the shared buffers it
    // touched, which is where the index lives while the benchmark runs.
    std::ifstream status("/proc/" + std::to_string(PQbackendPID(connection_)) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stoull(line.substr(6)) * 1024;
    return std::nullopt;
}

}  // namespace rightstrack::bench
