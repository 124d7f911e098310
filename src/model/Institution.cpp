#include "model/Institution.h"

#include <array>
#include <utility>

namespace rightstrack::model {
namespace {

constexpr std::array<std::pair<InstitutionKind, std::string_view>, 7> kKinds = {{
    {InstitutionKind::Ministry, "ministry"},
    {InstitutionKind::Court, "court"},
    {InstitutionKind::Prosecution, "prosecution"},
    {InstitutionKind::Police, "police"},
    {InstitutionKind::Nhri, "nhri"},
    {InstitutionKind::Cso, "cso"},
    {InstitutionKind::Other, "other"},
}};

}  // namespace

std::string_view institution_kind_code(InstitutionKind kind) {
    for (const auto& [value, code] : kKinds)
        if (value == kind)
            return code;
    return "other";
}

std::optional<InstitutionKind> parse_institution_kind(std::string_view text) {
    for (const auto& [value, code] : kKinds)
        if (code == text)
            return value;
    return std::nullopt;
}

}  // namespace rightstrack::model
