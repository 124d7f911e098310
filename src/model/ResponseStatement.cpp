#include "model/ResponseStatement.h"

#include <algorithm>
#include <tuple>

namespace rightstrack::model {
namespace {

auto sort_key(const ResponseStatement& s) { return std::tie(s.paragraph, s.source); }

// The last dot-separated number of a paragraph: "122.17" -> "17"; "" when it has no dot.
std::string_view last_number(std::string_view paragraph) {
    auto dot = paragraph.rfind('.');
    return dot == std::string_view::npos ? std::string_view{} : paragraph.substr(dot + 1);
}

}  // namespace

ReportResponses::ReportResponses(std::vector<ResponseStatement> statements)
    : statements_(std::move(statements)) {
    std::sort(statements_.begin(), statements_.end(),
              [](const auto& a, const auto& b) { return sort_key(a) < sort_key(b); });
}

const ResponseStatement* ReportResponses::find(std::string_view paragraph) const {
    auto latest = [&](std::string_view key) -> const ResponseStatement* {
        auto end = std::partition_point(statements_.begin(), statements_.end(),
                                        [&](const auto& s) { return s.paragraph <= key; });
        if (end == statements_.begin() || std::prev(end)->paragraph != key)
            return nullptr;
        return &*std::prev(end);
    };
    if (paragraph.empty())
        return nullptr;
    if (const auto* exact = latest(paragraph))
        return exact;
    auto number = last_number(paragraph);
    return number.empty() ? nullptr : latest(number);
}

void apply_response(Recommendation& recommendation, const ResponseStatement& statement) {
    recommendation.response = statement.response;
    recommendation.response_source = statement.source;
}

std::string report_of_addendum(std::string_view symbol) {
    auto at = symbol.rfind("/Add.");
    return std::string(at == std::string_view::npos ? symbol : symbol.substr(0, at));
}

}  // namespace rightstrack::model
