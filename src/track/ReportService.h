// Progress reports on actions: a focal point (or the secretariat) writes a draft for a period,
// attaches evidence files and submits it; a coordinator approves it or returns it with a
// comment, and publishes what was approved. Each operation checks the report policy, keeps the
// workflow, runs in one transaction and audits its change. Evidence bytes are staged in the
// context's evidence folder before the transaction and renamed to their SHA-256 after it
// commits (EvidenceFiles), so that a failed edit leaves no file behind.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/ProgressReport.h"
#include "track/Context.h"
#include "track/Permissions.h"

namespace rightstrack::track {

struct EvidenceFile {
    std::string file_name;
    std::string bytes;
};

class ReportService {
public:
    explicit ReportService(Context context) : context_(std::move(context)) {}

    core::Result<model::ProgressReport> create(std::string_view actor, int64_t action,
                                               const std::string& period_start,
                                               const std::string& period_end,
                                               const std::string& narrative);
    // Replaces the narrative if given and adds evidence files; drafts and returned reports only.
    core::Result<model::ProgressReport> edit(std::string_view actor, int64_t id,
                                             const std::optional<std::string>& narrative,
                                             const std::vector<EvidenceFile>& evidence);
    core::Result<model::ProgressReport> submit(std::string_view actor, int64_t id);
    core::Result<model::ProgressReport> approve(std::string_view actor, int64_t id);
    // A comment saying what to change is required.
    core::Result<model::ProgressReport> send_back(std::string_view actor, int64_t id,
                                                  const std::string& comment);
    core::Result<model::ProgressReport> publish(std::string_view actor, int64_t id);
    core::Result<model::ProgressReport> get(std::string_view actor, int64_t id);
    // The reports the actor may read, by id.
    core::Result<std::vector<model::ProgressReport>> list(std::string_view actor);

private:
    template <typename Change>
    core::Result<model::ProgressReport> modify(std::string_view actor, int64_t id,
                                               Operation operation, const char* audit_operation,
                                               Change&& change);

    Context context_;
};

}  // namespace rightstrack::track
