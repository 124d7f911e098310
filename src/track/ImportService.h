// Importing documents into the store as a signed-in user (the back office's upload): the import
// policy is asked before the file is even read, so that a refused user costs no parsing; then
// the batch is written in one transaction, all of it or nothing, exactly as `rightstrack import`
// writes it. Reading the file is the caller's (ingest), which keeps track free of file formats.
#pragma once

#include <functional>
#include <string_view>

#include "model/ImportBatch.h"
#include "store/Store.h"
#include "track/Context.h"

namespace rightstrack::track {

class ImportService {
public:
    using Reader = std::function<core::Result<model::ImportBatch>()>;

    // `records` is the store the batch is written to (the same database as the context's).
    ImportService(Context context, store::Store& records)
        : context_(std::move(context)), records_(records) {}

    // Whether `actor` may import at all: PermissionDenied naming them when not.
    core::Status authorise(std::string_view actor) const;
    // Checks the policy, then reads and writes; with Commit::No, only what would change.
    core::Result<store::WriteSummary> import(std::string_view actor, const Reader& read,
                                             store::Commit commit);

private:
    Context context_;
    store::Store& records_;
};

}  // namespace rightstrack::track
