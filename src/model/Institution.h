// An institution that answers for part of the plan or watches it: a ministry, a court, the
// prosecution, the police, the national human rights institution (Ombudsman) or a civil society
// organisation. Plain value type; no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::model {

enum class InstitutionKind { Ministry, Court, Prosecution, Police, Nhri, Cso, Other };

struct Institution {
    int64_t id = 0;    // Assigned by the store.
    std::string code;  // Short stable code users type: "MOJ", "OMBUDSMAN".
    std::string name;
    InstitutionKind kind = InstitutionKind::Other;
    bool operator==(const Institution&) const = default;
};

// "ministry", "court", "prosecution", "police", "nhri", "cso", "other".
std::string_view institution_kind_code(InstitutionKind kind);
std::optional<InstitutionKind> parse_institution_kind(std::string_view text);
// Every kind's code, in the order forms and messages list them.
std::vector<std::string_view> institution_kind_codes();
// "ministry, court, prosecution, police, nhri, cso or other": the choices, for messages and help.
std::string institution_kinds_text();

}  // namespace rightstrack::model
