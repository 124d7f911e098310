// Scope guard for a transaction: rolls back unless commit() succeeded, so that an early
// return on error (TRY) can never leave half a write behind. A write transaction takes the
// write lock at once; a reading one (BEGIN DEFERRED) takes none and sees one snapshot.
#pragma once

#include "store/sqlite/Database.h"

namespace rightstrack::store::sqlite {

class Transaction {
public:
    static core::Result<Transaction> begin(Database& db) {
        TRY(db.begin_immediate());
        return Transaction(db);
    }
    static core::Result<Transaction> begin_reading(Database& db) {
        TRY(db.execute("BEGIN DEFERRED"));
        return Transaction(db);
    }
    Transaction(Transaction&& other) noexcept : db_(other.db_), open_(other.open_) {
        other.open_ = false;
    }
    Transaction(const Transaction&) = delete;
    ~Transaction() {
        if (open_)
            db_.rollback();
    }

    core::Status commit() {
        TRY(db_.commit());
        open_ = false;
        return {};
    }

private:
    explicit Transaction(Database& db) : db_(db) {}
    Database& db_;
    bool open_ = true;
};

}  // namespace rightstrack::store::sqlite
