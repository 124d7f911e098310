#include "store/sqlite/ChangeFeed.h"

#include "store/sqlite/RecommendationReader.h"

namespace rightstrack::store::sqlite {

core::Result<int64_t> raise_change_sequence(Database& db) {
    TRY(db.execute("UPDATE change_sequence SET seq = seq + 1"));
    return change_sequence(db);
}

core::Result<int64_t> change_sequence(Database& db) {
    auto query = TRY(db.prepare("SELECT seq FROM change_sequence"));
    return change_sequence(query);
}

core::Result<int64_t> change_sequence(Statement& prepared) {
    auto row = prepared.step();
    const int64_t sequence = row.ok() && *row ? prepared.integer(0) : 0;
    prepared.reset();
    if (!row.ok())
        return row.error();
    if (!*row)
        return core::Error::storage("the change sequence is missing (table change_sequence)");
    return sequence;
}

// Removals first: an id removed and written again since is then left written.
core::Result<int64_t> read_changes(Database& db, int64_t since, const ChangeVisitor& visit) {
    int64_t reached = TRY(change_sequence(db));
    if (reached == since)
        return reached;
    auto removed = TRY(db.prepare("SELECT uid FROM removed_recommendations WHERE change_seq > ?"));
    removed.bind(1, since);
    while (TRY(removed.step())) TRY(visit.removed(std::string(removed.text(0))));
    TRY(scan_changed(db, since, visit.changed));
    return reached;
}

}  // namespace rightstrack::store::sqlite
