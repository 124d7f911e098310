#include "model/StateRegistry.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "core/Folding.h"
#include "core/Text.h"

namespace rightstrack::model {
namespace {

// The languages whose country names ICU supplies at run time, besides the English in the table.
constexpr const char* kLocalLanguages[] = {"ru", "ky", "fr", "es"};

std::string upper_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    }
    return out;
}

bool looks_like_code(std::string_view text) {
    if (text.size() != 2 && text.size() != 3)
        return false;
    for (char c : text) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            return false;
    }
    return true;
}

// The folded name without a leading article, so that "The Gambia" and "Gambia" agree.
std::string matching_key(std::string_view name) {
    std::string key = core::fold_for_matching(name);
    constexpr std::string_view kArticle = "the ";
    if (key.size() > kArticle.size() && key.starts_with(kArticle))
        key.erase(0, kArticle.size());
    return key;
}

// ICU's name of the region in `language`, or empty when ICU has none (it then returns the code).
std::string icu_country_name(std::string_view alpha2, const char* language) {
    icu::Locale region("", std::string(alpha2).c_str());
    icu::UnicodeString name;
    region.getDisplayCountry(icu::Locale(language), name);
    std::string utf8;
    name.toUTF8String(utf8);
    return utf8 == alpha2 ? std::string() : utf8;
}

std::vector<StateRegistry::Name> english_names(const StateInfo& state) {
    std::vector<StateRegistry::Name> names{{std::string(state.name), "en"}};
    if (state.formal_name != state.name)
        names.push_back({std::string(state.formal_name), "en"});
    for (std::string_view variant : core::split(state.variants, "|")) {
        if (!variant.empty())
            names.push_back({std::string(variant), "en"});
    }
    return names;
}

}  // namespace

const StateRegistry& StateRegistry::instance() {
    static const StateRegistry registry(state_table());
    return registry;
}

StateRegistry::StateRegistry(std::span<const StateInfo> table) {
    for (const StateInfo& state : table) {
        by_code_.emplace(upper_ascii(state.alpha3), &state);
        if (!state.alpha2.empty())
            by_code_.emplace(upper_ascii(state.alpha2), &state);
    }
    for (const StateInfo& state : table)
        add_names(state);
    for (const LocalStateName& local : local_state_names())
        add_local_name(local);
}

void StateRegistry::add_local_name(const LocalStateName& local) {
    auto state = by_code_.find(std::string(local.alpha3));
    auto names = names_.find(local.alpha3);
    if (state == by_code_.end() || names == names_.end())
        return;  // A small test table without this State.
    for (const Name& known : names->second)
        if (known.text == local.name)
            return;
    names->second.push_back({std::string(local.name), std::string(local.language)});
    add_key(std::string(local.name), *state->second);
}

void StateRegistry::add_names(const StateInfo& state) {
    std::vector<Name> names = english_names(state);
    if (!state.alpha2.empty()) {
        for (const char* language : kLocalLanguages) {
            std::string name = icu_country_name(state.alpha2, language);
            if (!name.empty())
                names.push_back({std::move(name), language});
        }
    }
    for (const Name& name : names)
        add_key(name.text, state);
    names_.emplace(state.alpha3, std::move(names));
}

// Registers one name. A key claimed by two States is a table bug: it is reported in
// conflicts() and resolves to nothing, so that no caller silently gets the wrong State.
void StateRegistry::add_key(const std::string& name, const StateInfo& state) {
    std::string key = matching_key(name);
    if (key.empty())
        return;
    if (looks_like_code(key)) {
        auto code = by_code_.find(upper_ascii(key));
        if (code != by_code_.end() && code->second != &state) {
            conflicts_.push_back("\"" + name + "\" of " + std::string(state.alpha3) +
                                 " is the code of " + std::string(code->second->alpha3));
        }
    }
    auto [existing, inserted] = by_key_.emplace(key, &state);
    if (inserted || existing->second == &state)
        return;
    std::string other = existing->second ? std::string(existing->second->alpha3) : "several";
    conflicts_.push_back("\"" + name + "\" (key \"" + key + "\") names both " +
                         std::string(state.alpha3) + " and " + other);
    existing->second = nullptr;
}

const StateInfo* StateRegistry::find_by_code(std::string_view alpha3) const {
    if (alpha3.size() != 3)
        return nullptr;
    auto found = by_code_.find(upper_ascii(alpha3));
    return found == by_code_.end() ? nullptr : found->second;
}

const StateInfo* StateRegistry::resolve(std::string_view name) const {
    std::string_view trimmed = core::trim(name);
    if (looks_like_code(trimmed)) {
        auto code = by_code_.find(upper_ascii(trimmed));
        if (code != by_code_.end())
            return code->second;
    }
    auto found = by_key_.find(matching_key(trimmed));
    return found == by_key_.end() ? nullptr : found->second;
}

std::vector<StateRegistry::Name> StateRegistry::names_of(std::string_view alpha3) const {
    const StateInfo* state = find_by_code(alpha3);
    if (state == nullptr)
        return {};
    return names_.at(state->alpha3);
}

}  // namespace rightstrack::model
