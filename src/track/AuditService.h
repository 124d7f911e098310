// Reading the audit log: the entries (for the secretariat and the administrator) and the check
// of its hash chain.
#pragma once

#include <string_view>
#include <vector>

#include "model/AuditEntry.h"
#include "track/AuditChain.h"
#include "track/Context.h"

namespace rightstrack::track {

class AuditService {
public:
    explicit AuditService(Context context) : context_(std::move(context)) {}

    // Every entry, oldest first, optionally only those about `resource` ("action:3").
    core::Result<std::vector<model::AuditEntry>> list(std::string_view actor,
                                                      std::string_view resource = {});
    // See verify_chain.
    core::Result<ChainReport> verify(std::string_view actor, std::string_view recorded_head = {});

private:
    Context context_;
};

}  // namespace rightstrack::track
