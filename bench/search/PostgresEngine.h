// Peer: PostgreSQL full-text search. Each document's tsvector is written from the analysed
// terms and their positions directly (no parser in between, so nothing is split or dropped),
// indexed with GIN; facets as columns and (doc, value) tables counted with GROUP BY over the
// matches materialised once per query; top hits by ts_rank. One round trip per query over
// loopback TCP, which a server peer pays in any real use.
#pragma once

#include <libpq-fe.h>

#include <filesystem>
#include <memory>

#include "Engine.h"
#include "PostgresServer.h"

namespace rightstrack::bench {

class PostgresEngine : public Engine {
public:
    explicit PostgresEngine(std::filesystem::path folder) : folder_(std::move(folder)) {}
    ~PostgresEngine() override;
    std::string_view name() const override { return "postgres"; }
    std::string_view ranking() const override { return "ts_rank (not BM25)"; }
    core::Status build(const Corpus& corpus) override;
    core::Result<Answer> search(const Query& query) override;
    std::optional<std::uint64_t> resident_bytes() override;

private:
    core::Status execute(const std::string& sql);
    core::Status copy(const std::string& table, const std::string& rows);
    core::Status check_tokens(const Corpus& corpus);

    std::filesystem::path folder_;
    std::unique_ptr<PostgresServer> server_;
    PGconn* connection_ = nullptr;
    const Corpus* corpus_ = nullptr;
};

// The tsquery for the text part: 'a' & ('b' <-> 'c') & ('d' | 'e') & !'f'.
std::string tsquery_expression(const Corpus& corpus, const Query& query);

}  // namespace rightstrack::bench
