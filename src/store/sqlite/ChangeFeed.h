// The change feed of migration 0006: every write transaction raises the change sequence once,
// and the writer (BatchWriter, ResponseBook) stamps each recommendation it changes with it (a
// deleted one leaves a tombstone), so that a reader that saw the store at sequence N finds what
// changed since with two indexed reads. Runs in a transaction the caller holds; belongs to the
// thread that owns the Database.
#pragma once

#include <cstdint>

#include "store/Store.h"
#include "store/sqlite/Database.h"

namespace rightstrack::store::sqlite {

// Raises the change sequence for the write transaction the caller holds and returns it: the
// stamp of everything the transaction changes. Rolled back with the transaction (a dry run).
core::Result<int64_t> raise_change_sequence(Database& db);

core::Result<int64_t> change_sequence(Database& db);
// The same on "SELECT seq FROM change_sequence" prepared once and kept, for callers that ask
// often; reset after, so that no read is left open.
core::Result<int64_t> change_sequence(Statement& prepared);

// Visits the recommendations removed after `since`, then those written after it, and returns
// the change sequence (see Store::scan_changes); reads only the sequence when it is `since`.
core::Result<int64_t> read_changes(Database& db, int64_t since, const ChangeVisitor& visit);

}  // namespace rightstrack::store::sqlite
