#include "model/Mechanism.h"

#include <array>
#include <cctype>
#include <utility>

namespace rightstrack::model {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kTreatyBodies = {{
    {"CCPR", "Human Rights Committee"},
    {"CESCR", "Committee on Economic, Social and Cultural Rights"},
    {"CEDAW", "Committee on the Elimination of Discrimination against Women"},
    {"CRC", "Committee on the Rights of the Child"},
    {"CAT", "Committee against Torture"},
    {"SPT", "Subcommittee on Prevention of Torture"},
    {"CERD", "Committee on the Elimination of Racial Discrimination"},
    {"CRPD", "Committee on the Rights of Persons with Disabilities"},
    {"CMW", "Committee on Migrant Workers"},
    {"CED", "Committee on Enforced Disappearances"},
}};

bool valid_suffix(std::string_view suffix) {
    if (suffix.empty() || suffix.size() > 80)
        return false;
    for (char c : suffix)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.'))
            return false;
    return true;
}

}  // namespace

std::optional<std::string_view> treaty_body_name(std::string_view code) {
    for (const auto& [body, name] : kTreatyBodies)
        if (body == code)
            return name;
    return std::nullopt;
}

std::optional<Mechanism> Mechanism::parse(std::string_view code) {
    if (code == "UPR")
        return Mechanism{MechanismKind::Upr, "UPR"};
    if (treaty_body_name(code))
        return Mechanism{MechanismKind::TreatyBody, std::string(code)};
    if (code.starts_with("SP:") && valid_suffix(code.substr(3)))
        return Mechanism{MechanismKind::SpecialProcedure, std::string(code)};
    if (code.starts_with("NAP:") && valid_suffix(code.substr(4)))
        return Mechanism{MechanismKind::National, std::string(code)};
    return std::nullopt;
}

std::string_view Mechanism::kind_name() const {
    switch (kind) {
    case MechanismKind::Upr: return "upr";
    case MechanismKind::TreatyBody: return "treaty_body";
    case MechanismKind::SpecialProcedure: return "special_procedure";
    case MechanismKind::National: return "national";
    }
    return "upr";
}

}  // namespace rightstrack::model
