#include "ingest/IdentityClues.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <unordered_map>
#include <utility>

#include "core/Text.h"
#include "ingest/LineText.h"
#include "ingest/RomanceOrdinals.h"
#include "model/StateRegistry.h"

namespace rightstrack::ingest {
namespace {

// Month names as dates write them, in English, French, Spanish and Russian (genitive).
const std::unordered_map<std::string_view, int>& month_numbers() {
    static const std::unordered_map<std::string_view, int> months{
        {"january", 1},    {"february", 2},   {"march", 3},      {"april", 4},     {"may", 5},
        {"june", 6},       {"july", 7},       {"august", 8},     {"september", 9}, {"october", 10},
        {"november", 11},  {"december", 12},  {"janvier", 1},    {"février", 2},   {"mars", 3},
        {"avril", 4},      {"mai", 5},        {"juin", 6},       {"juillet", 7},   {"août", 8},
        {"septembre", 9},  {"octobre", 10},   {"novembre", 11},  {"décembre", 12}, {"enero", 1},
        {"febrero", 2},    {"marzo", 3},      {"abril", 4},      {"mayo", 5},      {"junio", 6},
        {"julio", 7},      {"agosto", 8},     {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10},
        {"noviembre", 11}, {"diciembre", 12}, {"января", 1},     {"февраля", 2},   {"марта", 3},
        {"апреля", 4},     {"мая", 5},        {"июня", 6},       {"июля", 7},      {"августа", 8},
        {"сентября", 9},   {"октября", 10},   {"ноября", 11},    {"декабря", 12}};
    return months;
}

const std::unordered_map<std::string_view, int>& ordinal_numbers() {
    static const std::unordered_map<std::string_view, int> ordinals{
        {"first", 1},        {"second", 2},      {"third", 3},       {"fourth", 4},
        {"fifth", 5},        {"sixth", 6},       {"seventh", 7},     {"eighth", 8},
        {"ninth", 9},        {"tenth", 10},      {"eleventh", 11},   {"twelfth", 12},
        {"thirteenth", 13},  {"fourteenth", 14}, {"fifteenth", 15},  {"sixteenth", 16},
        {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20},
        {"thirtieth", 30},   {"fortieth", 40},   {"fiftieth", 50},   {"sixtieth", 60},
        {"seventieth", 70},  {"eightieth", 80},  {"ninetieth", 90}};
    return ordinals;
}

const std::unordered_map<std::string_view, int>& tens_numbers() {
    static const std::unordered_map<std::string_view, int> tens{
        {"twenty", 20}, {"thirty", 30},  {"forty", 40},  {"fifty", 50},
        {"sixty", 60},  {"seventy", 70}, {"eighty", 80}, {"ninety", 90}};
    return tens;
}

std::optional<int> lookup(const std::unordered_map<std::string_view, int>& table,
                          std::string_view word) {
    auto found = table.find(word);
    return found == table.end() ? std::nullopt : std::optional<int>(found->second);
}

// A date's token, lower-cased, without the punctuation that may follow it ("2010.", "2008,").
std::string date_token(std::string_view token) {
    while (!token.empty() && std::string_view(".,;:)").find(token.back()) != token.npos)
        token.remove_suffix(1);
    return lower_case(token);
}

std::optional<int> day_of(const std::string& token) {
    std::string_view digits = token == "1er" ? "1" : token;
    auto day = core::parse_int(digits);
    return day && *day >= 1 && *day <= 31 && digits.size() <= 2 ? day : std::nullopt;
}

// The date starting at tokens[i]: a day, a month, a year, with "de" between them in Spanish.
std::string date_at(const std::vector<std::string>& tokens, size_t i) {
    std::optional<int> day = day_of(tokens[i]);
    size_t at = i + 1;
    auto skip_de = [&] {
        if (at < tokens.size() && tokens[at] == "de")
            ++at;
    };
    skip_de();
    if (!day || at >= tokens.size())
        return {};
    std::optional<int> month = lookup(month_numbers(), tokens[at++]);
    skip_de();
    if (!month || at >= tokens.size() || tokens[at].size() != 4)
        return {};
    std::optional<int> year = core::parse_int(tokens[at]);
    if (!year || *year < 1900)
        return {};
    char iso[32];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", *year, *month, *day);
    return iso;
}

// The n of "n hundred" whose "hundred" is words[at]: "one", "two"; 1 when none is written.
int hundreds_multiplier(const std::vector<std::string_view>& words, size_t at) {
    if (at >= 1 && words[at - 1] == "two")
        return 2;
    return 1;
}

// Russian ordinals as the session's "на его ... сессии" declines them (feminine prepositional,
// folded: "шестьдесят шестои", "сто двадцать восьмои"), by stem.
const std::unordered_map<std::string_view, int>& russian_ordinal_stems() {
    static const std::unordered_map<std::string_view, int> stems{
        {"перв", 1},       {"втор", 2},         {"треть", 3},        {"четверт", 4},
        {"пят", 5},        {"шест", 6},         {"седьм", 7},        {"восьм", 8},
        {"девят", 9},      {"десят", 10},       {"одиннадцат", 11},  {"двенадцат", 12},
        {"тринадцат", 13}, {"четырнадцат", 14}, {"пятнадцат", 15},   {"шестнадцат", 16},
        {"семнадцат", 17}, {"восемнадцат", 18}, {"девятнадцат", 19}, {"двадцат", 20},
        {"тридцат", 30},   {"сороков", 40},     {"пятидесят", 50},   {"шестидесят", 60},
        {"семидесят", 70}, {"восьмидесят", 80}, {"девяност", 90},    {"сот", 100}};
    return stems;
}

const std::unordered_map<std::string_view, int>& russian_tens() {
    static const std::unordered_map<std::string_view, int> tens{
        {"двадцать", 20},   {"тридцать", 30},  {"сорок", 40},       {"пятьдесят", 50},
        {"шестьдесят", 60}, {"семьдесят", 70}, {"восемьдесят", 80}, {"девяносто", 90}};
    return tens;
}

// The number of the Russian ordinal ending at words[end - 1]: "сто двадцать восьмои" 128, "128
// и" (folded from "128-й") 128.
std::optional<int> russian_ordinal_before(const std::vector<std::string_view>& words, size_t end) {
    if (end == 0 || end > words.size())
        return std::nullopt;
    std::string_view word = words[end - 1];
    if (word == "и" && end >= 2)
        return core::parse_int(words[end - 2]);
    // "провела свою сорок четвертую (третью) сессию": the feminine accusative a Working Group
    // report's "held its ... session" declines it to.
    size_t ending = word.ends_with("ои") || word.ends_with("еи") || word.ends_with("ую")
                        ? std::string_view("ои").size()
                        : word.ends_with("ью") ? std::string_view("ю").size() : 0;
    if (ending == 0)
        return std::nullopt;
    std::optional<int> value = lookup(russian_ordinal_stems(), word.substr(0, word.size() - ending));
    if (!value)
        return std::nullopt;
    size_t first = end - 1;
    if (*value < 10 && first >= 1) {
        if (auto tens = lookup(russian_tens(), words[first - 1])) {
            *value += *tens;
            --first;
        }
    }
    if (*value < 100 && first >= 1 && words[first - 1] == "сто")
        *value += 100;
    return value;
}

// "8th", "34th", "1st": the number before an English ordinal suffix.
std::optional<int> numeric_ordinal(std::string_view word) {
    for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
        if (word.size() > suffix.size() && word.ends_with(suffix))
            return core::parse_int(word.substr(0, word.size() - suffix.size()));
    }
    return std::nullopt;
}

enum class Script { Latin, Cyrillic, Arabic, Han, Other };

Script script_of(char32_t c) {
    UScriptCode code = static_cast<UScriptCode>(u_getIntPropertyValue(c, UCHAR_SCRIPT));
    switch (code) {
    case USCRIPT_LATIN: return Script::Latin;
    case USCRIPT_CYRILLIC: return Script::Cyrillic;
    case USCRIPT_ARABIC: return Script::Arabic;
    case USCRIPT_HAN: return Script::Han;
    default: return Script::Other;
    }
}

// Stop words that only one of the three Latin-script UN languages uses.
constexpr std::array<std::array<std::string_view, 12>, 3> kStopWords = {{
    {"the", "and", "of", "to", "that", "was", "for", "with", "were", "has", "have", "which"},
    {"les", "des", "et", "du", "une", "pour", "dans", "est", "sur", "aux", "qui", "le"},
    {"los", "las", "del", "y", "una", "por", "para", "con", "el", "al", "sus", "se"},
}};
constexpr std::array<std::string_view, 3> kLatinLanguages = {"en", "fr", "es"};

std::string latin_language(std::string_view text) {
    std::array<size_t, 3> counts{};
    for (std::string_view word : core::split(text, " ")) {
        std::string lower = lower_case(word);
        for (size_t language = 0; language < kStopWords.size(); ++language) {
            const auto& words = kStopWords[language];
            counts[language] += std::find(words.begin(), words.end(), lower) != words.end();
        }
    }
    size_t best = std::max_element(counts.begin(), counts.end()) - counts.begin();
    size_t total = counts[0] + counts[1] + counts[2];
    return counts[best] >= 5 && counts[best] * 2 > total ? std::string(kLatinLanguages[best]) : "";
}

// How a session is named, from the most to the least trusted.
enum class SessionClue { HeldIts, WorkingGroup, Symbol, None };

// What names the session that the word "session" at words[i] ends, and its number.
std::pair<SessionClue, std::optional<int>> session_at(const std::vector<std::string_view>& words,
                                                      size_t i) {
    auto before = [&](std::string_view word, size_t within) {
        for (size_t k = i > within ? i - within : 0; k < i; ++k) {
            if (words[k] == word)
                return true;
        }
        return false;
    };
    if (std::optional<int> ordinal = ordinal_before(words, i)) {
        if (before("held", 4) && before("its", 3))
            return {SessionClue::HeldIts, ordinal};
        if (before("periodic", 4) && before("review", 3))
            return {SessionClue::WorkingGroup, ordinal};
    }
    if (i + 1 < words.size() && i >= 1 && words[i - 1] == "review")
        return {SessionClue::WorkingGroup, core::parse_int(words[i + 1])};
    if (std::optional<int> ordinal = russian_ordinal_before(words, i))
        if (before("провела", 6) && before("свою", 5))
            return {SessionClue::HeldIts, ordinal};
    // A report in French, "a tenu sa quarante-quatrième session", or Spanish, "celebró su
    // cuadragésimo cuarto período de sesiones" (folded, without accents).
    size_t end = i;
    if (words[i] == "sesiones" && i >= 2 && words[i - 1] == "de" && words[i - 2] == "periodo")
        end = i - 2;
    if (std::optional<int> ordinal = romance_ordinal_before(words, end))
        if ((before("tenu", 6) && before("sa", 5)) || (before("celebro", 6) && before("su", 5)))
            return {SessionClue::HeldIts, ordinal};
    return {SessionClue::None, std::nullopt};
}

// "a hrc wg 6 8 kgz 1": the session of a Working Group document's symbol.
std::optional<int> symbol_session_at(const std::vector<std::string_view>& words, size_t i) {
    if (i + 2 >= words.size() || words[i] != "wg" || words[i + 1] != "6")
        return std::nullopt;
    std::optional<int> session = core::parse_int(words[i + 2]);
    return session && *session >= 1 && *session <= 99 ? session : std::nullopt;
}

}  // namespace

std::string state_named_at_start(std::string_view folded) {
    std::vector<std::string_view> words = words_of(folded);
    words.resize(std::min<size_t>(words.size(), 8));
    for (size_t count = words.size(); count > 0; --count) {
        std::string_view first = words.front(), last = words[count - 1];
        std::string_view name(first.data(), last.data() + last.size() - first.data());
        if (name.size() < 4)
            continue;  // Shorter runs would read as codes.
        if (const model::StateInfo* state = model::StateRegistry::instance().resolve(name))
            return std::string(state->alpha3);
    }
    return {};
}

std::optional<int> upr_session_in(const std::vector<std::string>& folded) {
    SessionClue best = SessionClue::None;
    std::optional<int> session;
    for (const std::string& text : folded) {
        std::vector<std::string_view> words = words_of(text);
        for (size_t i = 0; i < words.size(); ++i) {
            auto [clue, number] = words[i] == "session" || words[i] == "sesiones" ||
                                          words[i] == "сессию"
                                      ? session_at(words, i)
                                      : std::pair{SessionClue::Symbol, symbol_session_at(words, i)};
            if (number && clue < best) {
                best = clue;
                session = number;
            }
        }
    }
    return session;
}

std::optional<int> committee_session_in(const std::vector<std::string>& folded) {
    constexpr size_t kAdoptedWithin = 12;  // Words between "adopted" and "session".
    for (const std::string& text : folded) {
        std::vector<std::string_view> words = words_of(text);
        for (size_t i = 0; i < words.size(); ++i) {
            // The word the ordinal comes before: "session", "сессии", or the "periodo" of "periodo
            // de sesiones".
            size_t end = i;
            if (words[i] == "sesiones" && i >= 2 && words[i - 1] == "de" &&
                words[i - 2] == "periodo")
                end = i - 2;
            else if (words[i] != "session" && words[i] != "сессии")
                continue;
            bool adopted = false;
            for (size_t k = end > kAdoptedWithin ? end - kAdoptedWithin : 0; k < end; ++k)
                adopted = adopted || words[k].starts_with("adopt") ||
                          words[k].starts_with("aprobad") || words[k].starts_with("принят");
            if (!adopted)
                continue;
            if (auto session = ordinal_before(words, end))
                return session;
            if (auto session = russian_ordinal_before(words, end))
                return session;
            if (auto session = romance_ordinal_before(words, end))
                return session;
        }
    }
    return std::nullopt;
}

std::string first_date(std::string_view text) {
    std::vector<std::string> tokens;
    for (std::string_view token : core::split(text, " ")) {
        if (!token.empty())
            tokens.push_back(date_token(token));
    }
    for (size_t i = 0; i < tokens.size(); ++i) {
        std::string date = date_at(tokens, i);
        if (!date.empty())
            return date;
    }
    return {};
}

std::optional<int> ordinal_before(const std::vector<std::string_view>& words, size_t end) {
    if (end == 0 || end > words.size())
        return std::nullopt;
    std::string_view word = words[end - 1];
    if (auto number = numeric_ordinal(word))
        return number;
    if (word == "hundredth")
        return 100 * hundreds_multiplier(words, end - 1);
    std::optional<int> value = lookup(ordinal_numbers(), word);
    size_t first = end - 1;  // The first word of the ordinal below a hundred.
    if (value && *value < 10 && end >= 2) {
        if (auto tens = lookup(tens_numbers(), words[end - 2])) {
            *value += *tens;
            --first;
        }
    }
    if (!value)
        return std::nullopt;
    // "one hundred and twenty eighth": the sessions of the older Committees.
    size_t at = first >= 1 && words[first - 1] == "and" ? first - 1 : first;
    if (at >= 1 && words[at - 1] == "hundred")
        return 100 * hundreds_multiplier(words, at - 1) + *value;
    return value;
}

std::vector<std::string_view> words_of(std::string_view folded) {
    std::vector<std::string_view> words;
    for (std::string_view word : core::split(folded, " ")) {
        if (!word.empty())
            words.push_back(word);
    }
    return words;
}

std::string language_of(std::string_view text) {
    std::array<size_t, 5> letters{};
    size_t kyrgyz = 0;  // Letters Kyrgyz writes and Russian does not: ң, ө, ү.
    for (size_t i = 0; i < text.size();) {
        char32_t c = next_code_point(text, i);
        if (!u_isalpha(c))
            continue;
        Script script = script_of(c);
        ++letters[static_cast<size_t>(script)];
        if (script == Script::Cyrillic) {
            char32_t lower = u_tolower(c);
            kyrgyz += lower == 0x04A3 || lower == 0x04E9 || lower == 0x04AF;
        }
    }
    size_t latin = letters[0], cyrillic = letters[1], arabic = letters[2], han = letters[3];
    if (cyrillic > latin && cyrillic >= 50)
        return kyrgyz * 100 >= cyrillic ? "ky" : "ru";
    if (arabic > latin && arabic >= 50)
        return "ar";
    if (han > latin && han >= 20)
        return "zh";
    return latin_language(text);
}

}  // namespace rightstrack::ingest
