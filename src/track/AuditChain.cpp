#include "track/AuditChain.h"

#include <nlohmann/json.hpp>

#include "core/Hash.h"

namespace rightstrack::track {

std::string canonical_form(const model::AuditEntry& entry) {
    // before and after are kept as the text that was recorded, not re-parsed: the hash must
    // cover the bytes stored, whatever a JSON library would make of them.
    nlohmann::json fields = {{"sequence", entry.sequence}, {"at", entry.at},
                             {"actor", entry.actor},       {"operation", entry.operation},
                             {"resource", entry.resource}, {"before", entry.before},
                             {"after", entry.after},       {"previous_hash", entry.previous_hash}};
    return fields.dump();
}

std::string entry_hash(const model::AuditEntry& entry) {
    return core::sha256_hex(entry.previous_hash + "\n" + canonical_form(entry));
}

core::Result<model::AuditEntry> record(store::TrackingStore& store, const Change& change,
                                       const std::string& at) {
    auto last = TRY(store.last_audit_entry());
    model::AuditEntry entry;
    entry.sequence = last ? last->sequence + 1 : 1;
    entry.at = at;
    entry.actor = change.actor;
    entry.operation = change.operation;
    entry.resource = change.resource;
    entry.before = change.before;
    entry.after = change.after;
    entry.previous_hash = last ? last->hash : kGenesisHash;
    entry.hash = entry_hash(entry);
    TRY(store.append_audit_entry(entry));
    return entry;
}

namespace {

// Why `entry` does not follow `previous` (nullopt for the first entry), or empty if it does.
std::string problem_of(const model::AuditEntry& entry, const model::AuditEntry* previous) {
    int64_t expected_sequence = previous ? previous->sequence + 1 : 1;
    if (entry.sequence != expected_sequence)
        return "sequence " + std::to_string(entry.sequence) + " where " +
               std::to_string(expected_sequence) + " was expected (an entry is missing)";
    std::string expected_previous = previous ? previous->hash : kGenesisHash;
    if (entry.previous_hash != expected_previous)
        return "its previous hash is not the hash of the entry before it";
    if (entry.hash != entry_hash(entry))
        return "its hash does not match its content (the entry was changed)";
    return {};
}

}  // namespace

core::Result<ChainReport> verify_chain(store::TrackingStore& store,
                                       std::string_view recorded_head) {
    ChainReport report;
    std::optional<model::AuditEntry> previous;
    bool head_found = recorded_head.empty() || recorded_head == kGenesisHash;
    TRY(store.scan_audit([&](const model::AuditEntry& entry) -> core::Status {
        ++report.entries;
        report.head = entry.hash;
        if (report.first_broken)
            return {};
        std::string problem = problem_of(entry, previous ? &*previous : nullptr);
        if (!problem.empty()) {
            report.first_broken = entry.sequence;
            report.problem = std::move(problem);
        }
        head_found = head_found || entry.hash == recorded_head;
        previous = entry;
        return {};
    }));
    if (!report.first_broken && !head_found) {
        report.first_broken = (previous ? previous->sequence : 0) + 1;
        report.problem = "the recorded head " + std::string(recorded_head) +
                         " is missing: entries were cut off the end of the log";
    }
    return report;
}

}  // namespace rightstrack::track
