#include "ingest/RomanceOrdinals.h"

#include <unordered_map>

#include "core/Text.h"

namespace rightstrack::ingest {
namespace {

std::optional<int> lookup(const std::unordered_map<std::string_view, int>& table,
                          std::string_view word) {
    auto found = table.find(word);
    return found == table.end() ? std::nullopt : std::optional<int>(found->second);
}

// "123e", "123eme", "1re", "1er", "63er", "68o", "2a": the number before the suffix.
std::optional<int> numeric_ordinal(std::string_view word) {
    for (std::string_view suffix : {"eme", "er", "re", "e", "o", "a"}) {
        if (word.size() > suffix.size() && word.ends_with(suffix))
            return core::parse_int(word.substr(0, word.size() - suffix.size()));
    }
    return std::nullopt;
}

// French ordinals end in "ieme" (or are "premier", "premiere"); the words before them are
// cardinals: "cent vingt troisieme", "quatre vingt dix neuvieme", "vingt et unieme".
const std::unordered_map<std::string_view, int>& french_ordinals() {
    static const std::unordered_map<std::string_view, int> ordinals{
        {"premier", 1},      {"premiere", 1},      {"unieme", 1},       {"deuxieme", 2},
        {"troisieme", 3},    {"quatrieme", 4},     {"cinquieme", 5},    {"sixieme", 6},
        {"septieme", 7},     {"huitieme", 8},      {"neuvieme", 9},     {"dixieme", 10},
        {"onzieme", 11},     {"douzieme", 12},     {"treizieme", 13},   {"quatorzieme", 14},
        {"quinzieme", 15},   {"seizieme", 16},     {"vingtieme", 20},   {"trentieme", 30},
        {"quarantieme", 40}, {"cinquantieme", 50}, {"soixantieme", 60}, {"centieme", 100}};
    return ordinals;
}

const std::unordered_map<std::string_view, int>& french_cardinals() {
    static const std::unordered_map<std::string_view, int> cardinals{
        {"dix", 10},      {"onze", 11},   {"douze", 12},    {"treize", 13},
        {"quatorze", 14}, {"quinze", 15}, {"seize", 16},    {"vingt", 20},
        {"vingts", 20},   {"trente", 30}, {"quarante", 40}, {"cinquante", 50},
        {"soixante", 60}, {"cent", 100},  {"quatre", 4},    {"et", 0}};
    return cardinals;
}

// Spanish ordinals are all ordinal words, added up: "centesimo vigesimo tercer" 123.
const std::unordered_map<std::string_view, int>& spanish_ordinals() {
    static const std::unordered_map<std::string_view, int> ordinals{
        {"primer", 1},        {"primero", 1},       {"segundo", 2},        {"tercer", 3},
        {"tercero", 3},       {"cuarto", 4},        {"quinto", 5},         {"sexto", 6},
        {"septimo", 7},       {"setimo", 7},        {"octavo", 8},         {"noveno", 9},
        {"decimo", 10},       {"undecimo", 11},     {"duodecimo", 12},     {"vigesimo", 20},
        {"trigesimo", 30},    {"cuadragesimo", 40}, {"quincuagesimo", 50}, {"sexagesimo", 60},
        {"septuagesimo", 70}, {"octogesimo", 80},   {"nonagesimo", 90},    {"centesimo", 100}};
    return ordinals;
}

// "quatre vingt dix neuvieme": the cardinals before the ordinal word, "quatre" multiplying the
// "vingt" after it.
std::optional<int> french_words_before(const std::vector<std::string_view>& words, size_t end) {
    std::optional<int> value = lookup(french_ordinals(), words[end - 1]);
    if (!value)
        return std::nullopt;
    size_t first = end - 1;
    while (first > 0 && lookup(french_cardinals(), words[first - 1])) --first;
    int total = *value;
    for (size_t i = first; i + 1 < end; ++i) {
        bool times_twenty = words[i] == "quatre" && i + 2 < end &&
                            (words[i + 1] == "vingt" || words[i + 1] == "vingts");
        if (words[i] == "quatre" && i + 2 == end && words[end - 1] == "vingtieme") {
            total += 60;  // "quatre vingtieme": four twenties.
            continue;
        }
        if (words[i] == "quatre" && !times_twenty)
            return std::nullopt;  // "quatre" alone before an ordinal is no French number.
        if (times_twenty) {
            total += 80;
            ++i;
        } else {
            total += *lookup(french_cardinals(), words[i]);
        }
    }
    return total;
}

std::optional<int> spanish_words_before(const std::vector<std::string_view>& words, size_t end) {
    int total = 0;
    for (size_t i = end; i > 0; --i) {
        std::optional<int> value = lookup(spanish_ordinals(), words[i - 1]);
        if (!value)
            break;
        total += *value;
    }
    return total > 0 ? std::optional<int>(total) : std::nullopt;
}

}  // namespace

std::optional<int> romance_ordinal_before(const std::vector<std::string_view>& words, size_t end) {
    if (end == 0 || end > words.size())
        return std::nullopt;
    if (auto number = numeric_ordinal(words[end - 1]))
        return number;
    if (auto number = french_words_before(words, end))
        return number;
    return spanish_words_before(words, end);
}

}  // namespace rightstrack::ingest
