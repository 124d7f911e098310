#include "SqliteEngine.h"

#include "SqlFacets.h"

namespace rightstrack::bench {

namespace {

std::string quoted(const Corpus& corpus, const Clause& clause) {
    std::string text = "\"";
    for (size_t i = 0; i < clause.words.size(); ++i)
        text += (i ? " " : "") + corpus.term(clause.words[i]);
    return text + "\"";
}

std::string joined_terms(const Corpus& corpus, DocId doc) {
    std::string body;
    for (TermId term : corpus.terms_of(doc)) {
        if (!body.empty())
            body += ' ';
        body += corpus.term(term);
    }
    return body;
}

std::string schema() {
    std::string sql =
        "CREATE VIRTUAL TABLE text USING fts5(body, content='', "
        "tokenize='unicode61 remove_diacritics 0');"
        "CREATE TABLE doc(id INTEGER PRIMARY KEY";
    for (Facet facet : kFacets)
        if (!is_multi_valued(facet))
            sql += ", " + std::string(facet_name(facet)) + " INTEGER";
    sql += ");";
    for (Facet facet : kFacets)
        if (is_multi_valued(facet))
            sql += "CREATE TABLE " + std::string(facet_name(facet)) +
                   "(doc INTEGER, value INTEGER, PRIMARY KEY (doc, value)) WITHOUT ROWID;";
    return sql;
}

}  // namespace

std::string fts5_expression(const Corpus& corpus, const Query& query) {
    std::string text;
    for (const auto& clause : query.all)
        text += (text.empty() ? "" : " AND ") + quoted(corpus, clause);
    std::string any;
    for (const auto& clause : query.any)
        any += (any.empty() ? "" : " OR ") + quoted(corpus, clause);
    if (!any.empty())
        text += (text.empty() ? "(" : " AND (") + any + ")";
    for (const auto& clause : query.none)
        text = "(" + text + ") NOT " + quoted(corpus, clause);
    return text;
}

core::Status SqliteEngine::build(const Corpus& corpus) {
    corpus_ = &corpus;
    db_ = TRY(store::sqlite::Database::open((folder_ / "fts5.db").string(),
                                            store::sqlite::OpenMode::ReadWrite));
    TRY(db_->execute("PRAGMA cache_size = -524288; PRAGMA mmap_size = 4294967296;"));
    TRY(db_->execute(schema()));
    TRY(db_->begin_immediate());
    auto text = TRY(db_->prepare("INSERT INTO text(rowid, body) VALUES (?, ?)"));
    std::string doc_sql = "INSERT INTO doc VALUES (?";
    for (Facet facet : kFacets)
        if (!is_multi_valued(facet))
            doc_sql += ", ?";
    auto doc_row = TRY(db_->prepare(doc_sql + ")"));
    std::vector<store::sqlite::Statement> multi;
    for (Facet facet : kFacets)
        if (is_multi_valued(facet))
            multi.push_back(TRY(db_->prepare("INSERT INTO " + std::string(facet_name(facet)) +
                                             " VALUES (?, ?)")));
    for (DocId doc = 0; doc < corpus.size(); ++doc) {
        TRY(text.bind(1, int64_t{doc}).bind(2, joined_terms(corpus, doc)).run());
        text.reset();
        doc_row.bind(1, int64_t{doc});
        int column = 2;
        size_t next_multi = 0;
        for (Facet facet : kFacets) {
            auto values = corpus.values(facet, doc);
            if (is_multi_valued(facet)) {
                auto& insert = multi[next_multi++];
                for (ValueId value : values) {
                    TRY(insert.bind(1, int64_t{doc}).bind(2, int64_t{value}).run());
                    insert.reset();
                }
            } else if (values.empty()) {
                doc_row.bind_null(column++);
            } else {
                doc_row.bind(column++, int64_t{values[0]});
            }
        }
        TRY(doc_row.run());
        doc_row.reset();
    }
    TRY(db_->commit());
    TRY(db_->execute("INSERT INTO text(text) VALUES ('optimize'); ANALYZE;"));
    return check_tokens(corpus);
}

// The terms went in as text and were tokenized again by unicode61: the index must hold exactly
// the corpus's terms and occurrences, or FTS5 would count different hits from the others.
core::Status SqliteEngine::check_tokens(const Corpus& corpus) {
    TRY(db_->execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, text, row)"));
    auto totals = TRY(db_->prepare("SELECT count(*), sum(cnt) FROM temp.vocab"));
    TRY(totals.step());
    const auto terms = static_cast<size_t>(totals.integer(0));
    const auto tokens = static_cast<std::uint64_t>(totals.integer(1));
    if (terms != corpus.distinct_terms_used() || tokens != corpus.token_count())
        return core::Error::internal(
            "FTS5's unicode61 tokenizer did not keep the analysed terms: it indexed " +
            std::to_string(terms) + " terms and " + std::to_string(tokens) +
            " tokens where the corpus has " + std::to_string(corpus.distinct_terms_used()) +
            " and " + std::to_string(corpus.token_count()));
    return {};
}

core::Result<Answer> SqliteEngine::search(const Query& query) {
    const Corpus& corpus = *corpus_;
    const std::string match = fts5_expression(corpus, query);
    Answer answer = empty_answer(corpus);

    auto counts = TRY(db_->prepare(
        "WITH m AS MATERIALIZED (SELECT rowid AS id FROM text WHERE text MATCH ?) " +
        facet_count_sql(query)));
    counts.bind(1, match);
    while (TRY(counts.step())) {
        const auto facet = counts.integer(0);
        if (facet < 0)
            answer.total = static_cast<std::uint64_t>(counts.integer(2));
        else
            answer.counts[static_cast<size_t>(facet)][static_cast<size_t>(counts.integer(1))] =
                static_cast<std::uint64_t>(counts.integer(2));
    }

    auto top = TRY(db_->prepare(
        "SELECT text.rowid FROM text JOIN doc d ON d.id = text.rowid WHERE text MATCH ? AND " +
        filter_condition(query, std::nullopt) + " ORDER BY bm25(text) LIMIT " +
        std::to_string(kTopHits)));
    top.bind(1, match);
    while (TRY(top.step()))
        answer.top.push_back(static_cast<DocId>(top.integer(0)));
    return answer;
}

}  // namespace rightstrack::bench
