// Mechanisms that make recommendations: the UPR, the ten Treaty Bodies, the Special Procedures,
// and national frameworks (action plans) that users add. Plain values, no state: thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rightstrack::model {

enum class MechanismKind { Upr, TreatyBody, SpecialProcedure, National };

// A mechanism is identified by a code: "UPR", a Treaty Body ("CCPR", "CESCR", "CEDAW", "CRC",
// "CAT", "SPT", "CERD", "CRPD", "CMW", "CED"), "SP:<mandate>" for a Special Procedure mandate
// ("SP:torture") or "NAP:<name>" for a national action plan.
struct Mechanism {
    MechanismKind kind;
    std::string code;

    static std::optional<Mechanism> parse(std::string_view code);
    std::string_view kind_name() const;
    bool operator==(const Mechanism&) const = default;
};

// Treaty Body committee name for a code, e.g. "CAT" -> "Committee against Torture".
std::optional<std::string_view> treaty_body_name(std::string_view code);

}  // namespace rightstrack::model
