// Resolves any known spelling of a State (codes, UN names, variants from real data, Russian and
// Kyrgyz names from ICU's locale data) to its entry in state_table(). Built once on first use
// and immutable afterwards: thread-safe.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/State.h"

namespace rightstrack::model {

class StateRegistry {
public:
    // The registry over state_table(), built on first use.
    static const StateRegistry& instance();
    // A registry over another table, which must outlive it (tests use small tables).
    explicit StateRegistry(std::span<const StateInfo> table);

    // Exact alpha-3 code, case-insensitive ("kgz" -> Kyrgyzstan).
    const StateInfo* find_by_code(std::string_view alpha3) const;
    // Any name or code; nullptr if unknown or ambiguous.
    const StateInfo* resolve(std::string_view name) const;

    struct Name {
        std::string text;
        std::string language;  // "en", "ru" or "ky".
    };
    // Every name known for the State: English short, formal and variant names, then the
    // Russian and Kyrgyz names. Empty for an unknown code.
    std::vector<Name> names_of(std::string_view alpha3) const;

    // Names that fold to the same key for two different States, one line each. The table is
    // meant to have none; a non-empty list is a bug in the table (the tests check it), and
    // such names resolve to nullptr rather than to an arbitrary one of the States.
    const std::vector<std::string>& conflicts() const { return conflicts_; }

private:
    void add_names(const StateInfo& state);
    void add_local_name(const LocalStateName& local);
    void add_key(const std::string& name, const StateInfo& state);

    std::unordered_map<std::string, const StateInfo*> by_code_;  // Upper-case alpha-3 and alpha-2.
    std::unordered_map<std::string, const StateInfo*> by_key_;   // Matching key of each name.
    std::unordered_map<std::string_view, std::vector<Name>> names_;  // By alpha-3.
    std::vector<std::string> conflicts_;
};

}  // namespace rightstrack::model
