#include "model/Institution.h"

#include <array>
#include <utility>

#include "core/Text.h"

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

std::vector<std::string_view> institution_kind_codes() {
    std::vector<std::string_view> codes;
    for (const auto& [value, code] : kKinds) codes.push_back(code);
    return codes;
}

std::string institution_kinds_text() {
    return core::alternatives(institution_kind_codes());
}

}  // namespace rightstrack::model
