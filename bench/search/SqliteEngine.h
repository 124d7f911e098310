// Peer: SQLite FTS5. The analysed terms, space-joined, in a contentless FTS5 table whose
// unicode61 tokenizer gives back exactly those terms (checked after the build with fts5vocab);
// facets as columns of a documents table and (doc, value) tables, counted with GROUP BY over
// the matches materialised once per query; top hits by FTS5's bm25().
#pragma once

#include <filesystem>
#include <memory>

#include "Engine.h"
#include "store/sqlite/Database.h"

namespace rightstrack::bench {

class SqliteEngine : public Engine {
public:
    explicit SqliteEngine(std::filesystem::path folder) : folder_(std::move(folder)) {}
    std::string_view name() const override { return "sqlite-fts5"; }
    std::string_view ranking() const override { return "FTS5 bm25()"; }
    core::Status build(const Corpus& corpus) override;
    core::Result<Answer> search(const Query& query) override;

private:
    core::Status check_tokens(const Corpus& corpus);

    std::filesystem::path folder_;
    std::unique_ptr<store::sqlite::Database> db_;
    const Corpus* corpus_ = nullptr;
};

// The FTS5 query for the text part: "a" AND "b c" AND ("d" OR "e") NOT "f".
std::string fts5_expression(const Corpus& corpus, const Query& query);

}  // namespace rightstrack::bench
