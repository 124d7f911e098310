// One entry of the append-only audit log: who changed what, when, and the resource before and
// after as JSON. Entries are hash-chained (track/AuditChain.h computes and checks the hashes).
// Plain value type; no I/O.
#pragma once

#include <cstdint>
#include <string>

namespace rightstrack::model {

struct AuditEntry {
    int64_t sequence = 0;       // 1, 2, 3... in the order of the log, assigned by the store.
    std::string at;             // UTC, "2026-01-31T12:00:00Z".
    std::string actor;          // User name.
    std::string operation;      // "action.create", "action.set_status", ...
    std::string resource;       // "action:12", "institution:MOJ", ...
    std::string before;         // Canonical JSON of the resource before, "null" when created.
    std::string after;          // Canonical JSON after, "null" when removed.
    std::string previous_hash;  // Hash of the entry before, 64 zeros for the first.
    std::string hash;           // SHA-256 hex of previous_hash and this entry's canonical form.
    bool operator==(const AuditEntry&) const = default;
};

}  // namespace rightstrack::model
