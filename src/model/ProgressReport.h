// A focal point's progress report on one action for one period, with its evidence files, and
// where it stands in the workflow: draft -> submitted -> approved or returned (with the
// coordinator's comment) -> published. Plain value type; no I/O (the rules are in track/).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::model {

enum class ReportStatus { Draft, Submitted, Approved, Returned, Published };

// A file attached as evidence, kept by its SHA-256 (the bytes live beside the database).
struct Evidence {
    std::string file_name;  // As the author named it, without folders.
    std::string sha256;     // Lower-case hex.
    int64_t size = 0;       // Bytes.
    bool operator==(const Evidence&) const = default;
};

struct ProgressReport {
    int64_t id = 0;  // Assigned by the store.
    int64_t action = 0;
    std::string period_start;  // YYYY-MM-DD
    std::string period_end;    // YYYY-MM-DD
    std::string narrative;
    std::string author;  // User name.
    ReportStatus status = ReportStatus::Draft;
    std::string review_comment;  // The coordinator's, when returned.
    std::vector<Evidence> evidence;
    bool operator==(const ProgressReport&) const = default;
};

// "draft", "submitted", "approved", "returned", "published".
std::string_view report_status_code(ReportStatus status);
std::optional<ReportStatus> parse_report_status(std::string_view text);

}  // namespace rightstrack::model
