// Evidence files on their way into the evidence folder: each is written first under a
// temporary name beside its final one, and renamed to its SHA-256 only by keep(), which the
// report service calls once the transaction citing it has committed. Files never kept (the
// operation failed, was denied or rolled back) are removed when the EvidenceFiles goes, so
// that a failed operation leaves nothing behind. Belongs to one operation on one thread.
#pragma once

#include <string>
#include <vector>

#include "core/Result.h"
#include "model/ProgressReport.h"

namespace rightstrack::track {

class EvidenceFiles {
public:
    explicit EvidenceFiles(std::string folder) : folder_(std::move(folder)) {}
    EvidenceFiles(const EvidenceFiles&) = delete;
    EvidenceFiles& operator=(const EvidenceFiles&) = delete;
    ~EvidenceFiles();

    // Writes `bytes` under a temporary name (nothing when the folder already holds them) and
    // returns what the report will cite. `file_name` loses any folders.
    core::Result<model::Evidence> stage(const std::string& file_name, const std::string& bytes);
    // Renames every staged file to its SHA-256; after the commit.
    core::Status keep();

private:
    struct Staged {
        std::string temporary;
        std::string final;
    };

    std::string folder_;
    std::vector<Staged> staged_;
};

}  // namespace rightstrack::track
