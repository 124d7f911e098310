#include "track/AuditService.h"

#include "track/Permissions.h"

namespace rightstrack::track {

core::Result<std::vector<model::AuditEntry>> AuditService::list(std::string_view actor,
                                                                std::string_view resource) {
    std::vector<model::AuditEntry> entries;
    TRY(context_.store.read_transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_audit(user, Operation::AuditRead));
        return context_.store.scan_audit([&](const model::AuditEntry& entry) -> core::Status {
            if (resource.empty() || entry.resource == resource)
                entries.push_back(entry);
            return {};
        });
    }));
    return entries;
}

core::Result<ChainReport> AuditService::verify(std::string_view actor,
                                               std::string_view recorded_head) {
    ChainReport report;
    TRY(context_.store.read_transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_audit(user, Operation::AuditRead));
        report = TRY(verify_chain(context_.store, recorded_head));
        return {};
    }));
    return report;
}

}  // namespace rightstrack::track
