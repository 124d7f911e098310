#include "track/ImportService.h"

#include "track/Permissions.h"

namespace rightstrack::track {

core::Status ImportService::authorise(std::string_view actor) const {
    auto user = TRY(context_.actor(actor));
    return check_import(user, Operation::DocumentImport);
}

core::Result<store::WriteSummary> ImportService::import(std::string_view actor, const Reader& read,
                                                        store::Commit commit) {
    TRY(authorise(actor));
    auto batch = TRY(read());
    return records_.write(batch, commit, {});
}

}  // namespace rightstrack::track
