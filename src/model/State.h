// States: ISO 3166 alpha-3 codes, UN names, the spellings found in real data, UN regional
// group and organisations. The table is compiled into the binary (StateTable.cpp) and seeded
// into the store, so name resolution needs no database. Immutable after start: thread-safe.
#pragma once

#include <span>
#include <string_view>

namespace rightstrack::model {

// The five UN regional groups; `Observer` for non-member observer States (Holy See, Palestine)
// and `None` for entries that are not States (the "unknown State" marker).
enum class RegionalGroup { African, AsiaPacific, EasternEuropean, LatinAmericanCaribbean,
                           WesternEuropeanOthers, Observer, None };

// Short code as UPR Info writes it ("Africa", "Asia", "EEG", "GRULAC", "WEOG", "Observer").
std::string_view regional_group_code(RegionalGroup group);

struct StateInfo {
    std::string_view alpha3;         // ISO 3166-1 alpha-3, e.g. "KGZ".
    std::string_view alpha2;         // ISO 3166-1 alpha-2, e.g. "KG" (used for ICU names).
    std::string_view name;           // UN short name, e.g. "Kyrgyzstan".
    std::string_view formal_name;    // UN formal name, e.g. "Kyrgyz Republic".
    RegionalGroup group;
    std::string_view organisations;  // Codes joined by '|', e.g. "OIC|CIS".
    std::string_view variants;       // Other English spellings joined by '|'.
};

struct OrganisationInfo {
    std::string_view code;  // "EU", "OIC", "AU", ...
    std::string_view name;  // "European Union", ...
};

// A State's name in another language where the UN's official form differs from ICU's locale
// data, which the registry uses for all other Russian, Kyrgyz, French and Spanish names.
struct LocalStateName {
    std::string_view alpha3;
    std::string_view language;  // "ru", "ky", "fr" or "es".
    std::string_view name;
};

std::span<const StateInfo> state_table();
std::span<const OrganisationInfo> organisation_table();
std::span<const LocalStateName> local_state_names();

// The pseudo-State that stands for a recommending State the source does not name (UPR Info
// writes "(Unknown)"). ISO 3166 leaves XAA-XZZ to users; XXX is the conventional "unspecified".
inline constexpr std::string_view kUnknownStateCode = "XXX";

}  // namespace rightstrack::model
