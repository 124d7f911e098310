// The audit log's hash chain. Each entry's hash is the SHA-256 of the previous entry's hash and
// the entry's canonical form (its fields as compact JSON with sorted keys), so that changing,
// removing or reordering any entry breaks every hash after it. record() appends an entry through
// the store inside the caller's transaction; verify() walks the whole chain. Thread-safe given
// a store used by one thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/Result.h"
#include "model/AuditEntry.h"
#include "store/TrackingStore.h"

namespace rightstrack::track {

inline constexpr const char* kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// The text an entry's hash covers: every field but the hash itself.
std::string canonical_form(const model::AuditEntry& entry);
// SHA-256 hex of previous_hash, a newline, and canonical_form(entry).
std::string entry_hash(const model::AuditEntry& entry);

// What a change is, before it is chained.
struct Change {
    std::string actor;
    std::string operation;
    std::string resource;
    std::string before = "null";  // Canonical JSON.
    std::string after = "null";
};

// Appends `change`, stamped `at`, after the log's last entry. Call inside the transaction that
// makes the change.
core::Result<model::AuditEntry> record(store::TrackingStore& store, const Change& change,
                                       const std::string& at);

struct ChainReport {
    int64_t entries = 0;
    std::optional<int64_t> first_broken;  // Sequence of the first entry that does not hold.
    std::string problem;                  // Why it does not.
    std::string head = kGenesisHash;      // The last entry's hash: what to record elsewhere.
    bool intact() const { return !first_broken; }
};

// Walks the whole chain. A chain holds together even when its last entries were cut off, which
// only a head recorded outside the database can show: given `recorded_head` (a head that
// verify reported before, kept in a report or a letter), the chain must still contain it.
core::Result<ChainReport> verify_chain(store::TrackingStore& store,
                                       std::string_view recorded_head = {});

}  // namespace rightstrack::track
