// A State's answer to recommendations of a report, given in another document: the addendum to a
// UPR Working Group report ("Slovenia accepts recommendations 122.1, 122.12 ..."), or a later
// statement. It names the recommendations by paragraph, so it can arrive before or after the
// report: the store keeps statements and applies them whenever either side is imported.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/Recommendation.h"
#include "model/Response.h"

namespace rightstrack::model {

struct ResponseStatement {
    std::string report;     // Symbol of the report it answers: "A/HRC/28/15".
    std::string paragraph;  // "122.17"; or "17" where the source numbers recommendations alone.
    Response response = Response::Pending;
    std::string source;     // Symbol of the document stating it: "A/HRC/28/15/Add.1".
    std::optional<int> page;  // Page of `source`, when known.

    bool operator==(const ResponseStatement&) const = default;
};

// The statements that answer one report's recommendations.
class ReportResponses {
public:
    explicit ReportResponses(std::vector<ResponseStatement> statements);

    // The statement that answers a recommendation of the report at `paragraph`: one naming the
    // paragraph itself ("122.17"), else one naming its last number alone ("17": addenda that
    // count the recommendations 1 to n). Where several documents answer it, the last by symbol
    // (a corrigendum or a later addendum) wins. Null when none does.
    const ResponseStatement* find(std::string_view paragraph) const;

    bool empty() const { return statements_.empty(); }

private:
    std::vector<ResponseStatement> statements_;  // Sorted by (paragraph, source).
};

// Gives `recommendation` the response and source of `statement`.
void apply_response(Recommendation& recommendation, const ResponseStatement& statement);

// The symbol of the report that an addendum belongs to: "A/HRC/28/15/Add.1" -> "A/HRC/28/15";
// other symbols are returned as they are.
std::string report_of_addendum(std::string_view symbol);

}  // namespace rightstrack::model
