// A source document: a UN report, concluding observations, a matrix, or a dataset entry standing
// in for one. Identified by its symbol (A/HRC/15/2, CCPR/C/KGZ/CO/3) or, for sources that do not
// name one, a reference of our own such as "UPR/5/AFG" (review of Afghanistan at session 5).
#pragma once

#include <optional>
#include <string>

#include "model/Mechanism.h"

namespace rightstrack::model {

struct Document {
    std::string symbol;
    Mechanism mechanism{MechanismKind::Upr, "UPR"};
    std::string state;               // ISO 3166 alpha-3 of the State concerned.
    std::optional<int> session;      // UPR Working Group or Treaty Body session.
    std::optional<int> cycle;        // UPR cycle (1-4).
    std::string date;                // ISO 8601 (YYYY-MM-DD, or YYYY-MM, YYYY) or empty.
    std::string language;            // BCP 47 code of the document's language, e.g. "en".
    std::string title;
    // Of the file that is this document; empty when it was described by another source (a
    // dataset row, a matrix citing the report). A store keeps what the document's own file says
    // over what such a source says.
    std::string sha256;

    bool operator==(const Document&) const = default;
};

// The UPR cycle a Working Group session belongs to: 1 for sessions 1-12 (2008-2011), 2 for
// 13-26, 3 for 27-40, 4 for 41-54, and so on in cycles of 14 sessions.
int upr_cycle_of_session(int session);

// The reference used for a UPR review whose Working Group report symbol the source omits.
std::string upr_review_reference(int session, const std::string& state);

}  // namespace rightstrack::model
