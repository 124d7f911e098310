#include "model/ProgressReport.h"

#include <array>
#include <utility>

namespace rightstrack::model {
namespace {

constexpr std::array<std::pair<ReportStatus, std::string_view>, 5> kStatuses = {{
    {ReportStatus::Draft, "draft"},
    {ReportStatus::Submitted, "submitted"},
    {ReportStatus::Approved, "approved"},
    {ReportStatus::Returned, "returned"},
    {ReportStatus::Published, "published"},
}};

}  // namespace

std::string_view report_status_code(ReportStatus status) {
    for (const auto& [value, code] : kStatuses)
        if (value == status)
            return code;
    return "draft";
}

std::optional<ReportStatus> parse_report_status(std::string_view text) {
    for (const auto& [value, code] : kStatuses)
        if (code == text)
            return value;
    return std::nullopt;
}

}  // namespace rightstrack::model
