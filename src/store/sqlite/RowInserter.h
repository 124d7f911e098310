// Buffers rows for one table and inserts them with one statement per kMaxRows rows
// ("INSERT INTO t (a, b) VALUES (?, ?), (?, ?), ..."). SQLite's per-statement cost dominates
// bulk imports, so this cuts the cost of child rows (States, labels) several times over.
// Rows become visible only after flush(); call it before reading the table or committing.
// Belongs to the thread that owns its Database.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "store/sqlite/Database.h"

namespace rightstrack::store::sqlite {

class RowInserter {
public:
    static constexpr size_t kMaxRows = 64;
    using Value = std::variant<int64_t, std::string>;

    // `target` is "table (column, ...)"; `width` the number of columns.
    RowInserter(Database& db, std::string target, int width);

    // Queues one row of `width` values, inserting the queue when it is full.
    core::Status add(std::initializer_list<Value> row);
    core::Status flush();

private:
    core::Result<Statement*> statement_for(size_t rows);

    Database& db_;
    std::string target_;
    int width_;
    std::vector<Value> pending_;                         // Rows, flattened.
    std::vector<std::optional<Statement>> statements_;  // Index: rows - 1.
};

}  // namespace rightstrack::store::sqlite
