#include "ingest/ConcludingObservationsPhrasing.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>

#include "core/Text.h"
#include "ingest/ConcludingObservationsLanguages.h"
#include "ingest/LineText.h"

namespace rightstrack::ingest {
namespace {

// Phrases of a recommending sentence, lower-case. "recommends" is never part of a concern
// ("recommendation" is, and does not match); "should" alone is too common, hence its subjects.
constexpr std::array<std::string_view, 22> kRecommending = {
    "state party should",
    "it should ",
    "recommends",
    "urges",
    "calls upon",
    "calls on the state",
    "encourages",
    "invites the state",
    "requests the state",
    "requests that the state",
    "is requested to",
    "is encouraged to",
    "is urged to",
    "reiterates its recommendation",
    "reiterates its previous recommendation",
    "участнику следует",
    "ему следует",
    "рекомендует",
    "призывает",
    "предлагает государству",
    "просит государство",
    "побуждает"};

// Words after which a full stop ends no sentence: "(CCPR/C/KGZ/CO/2, para. 8)", "No. 21", "par.
// 8", "párr. 8", "núm. 23". "etc." too: in concluding observations it closes a list inside a
// sentence far more often than the sentence itself.
constexpr std::array<std::string_view, 30> kAbbreviations = {
    "para", "paras", "no",  "nos",  "art",   "arts", "mr", "ms",  "mrs", "dr",
    "e.g",  "i.e",   "cf",  "vol",  "p",     "pp",   "п",  "пп",  "ст",  "г",
    "см",   "par",   "etc", "párr", "párrs", "núm",  "nº", "mme", "sr",  "sra"};

// Longest first, so that "paragraphs" is not read as "paragraph" followed by "s", nor
// "paragraphe" as "paragraph" followed by "e".
constexpr std::array<std::string_view, 22> kReferenceWords = {
    "paragraphes", "paragraphe", "paragraphs", "paragraph", "paras.", "para.",
    "párrafos",    "párrafo",    "párrs.",     "párr.",     "par.",   "пунктах",
    "пунктам",     "пунктов",    "пункты",     "пункте",    "пункта", "пункт",
    "пп.",         "п.",         "parrafos",   "parrafo"};

// The conjunctions that join the last two items of a list, in the four languages.
constexpr std::array<std::string_view, 9> kListConjunctions = {" and", " or", " и", " или", " et",
                                                               " ou",  " y",  " e", " o"};

// The words before "75, paragraph 1" or after "paragraph 1" that make it a paragraph of a rule
// or an article, not of the document.
constexpr std::array<std::string_view, 7> kRuleWords = {"rule",  "article", "artículo", "art.",
                                                        "arts.", "règle",   "regla"};

using core::contains;
using core::contains_any;

// Lower-case, with the no-break and typographic hyphens PDFs use made plain ones, so that
// "государству‑участнику" matches.
std::string normalised(std::string_view text) {
    std::string lower = lower_case(text);
    std::string out;
    out.reserve(lower.size());
    for (size_t i = 0; i < lower.size(); ++i) {
        std::string_view rest = std::string_view(lower).substr(i);
        if (rest.starts_with("\u2010") || rest.starts_with("\u2011")) {
            out += '-';
            i += 2;
        } else if (rest.starts_with("\u00A0")) {
            out += ' ';
            i += 1;
        } else if (rest.starts_with("\u2019") || rest.starts_with("\u02BC")) {
            out += '\'';  // "l’état" as "l'état".
            i += rest.starts_with("\u2019") ? 2 : 1;
        } else {
            out += lower[i];
        }
    }
    return out;
}

// The ASCII letter a Cyrillic look-alike stands for, or the letter itself; 0 if not a
// lower-case letter of either.
char latin_letter(char32_t c) {
    if (c >= 'a' && c <= 'z')
        return static_cast<char>(c);
    switch (c) {
    case U'а': return 'a';
    case U'с': return 'c';
    case U'е': return 'e';
    case U'о': return 'o';
    case U'р': return 'p';
    case U'х': return 'x';
    case U'у': return 'y';
    case U'і': return 'i';
    default: return 0;
    }
}

// The letters of a label starting at `at`, in ASCII, and where they end.
std::pair<std::string, size_t> label_at(std::string_view text, size_t at) {
    std::string label;
    size_t i = at;
    while (i < text.size() && label.size() <= 4) {
        size_t next = i;
        char letter = latin_letter(next_code_point(text, next));
        if (!letter)
            break;
        label += letter;
        i = next;
    }
    return {label, i};
}

bool is_item_label(std::string_view label) {
    return label.size() == 1 || is_roman_numeral(label);
}

bool is_abbreviation_before(std::string_view text, size_t stop) {
    size_t begin = stop;
    while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '(') --begin;
    std::string word = lower_case(text.substr(begin, stop - begin));
    return std::find(kAbbreviations.begin(), kAbbreviations.end(), word) != kAbbreviations.end();
}

// Where the sentences of `text` start: after ".", "!" or "?" and a space, before a capital
// letter or an opening quote, unless the full stop ends an abbreviation.
std::vector<size_t> sentence_starts(std::string_view text) {
    std::vector<size_t> starts{0};
    for (size_t i = 0; i + 2 < text.size(); ++i) {
        if (std::string_view(".!?").find(text[i]) == std::string_view::npos || text[i + 1] != ' ')
            continue;
        size_t next = i + 2;
        char32_t c = first_code_point(text.substr(next));
        if (!(u_isupper(c) || c == U'“' || c == U'"' || c == U'«'))
            continue;
        if (text[i] == '.' && is_abbreviation_before(text, i))
            continue;
        starts.push_back(next);
    }
    return starts;
}

// "(CCPR/C/KGZ/CO/2, para. 8)": the reference at `at` follows a document symbol and a comma, so
// it names a paragraph of that other document.
bool follows_symbol(std::string_view lower, size_t at) {
    std::string_view before = core::trim(lower.substr(0, at));
    if (!before.ends_with(','))
        return false;
    before.remove_suffix(1);
    size_t space = before.find_last_of(" (");
    return contains(space == std::string_view::npos ? before : before.substr(space + 1), "/");
}

bool is_reference_word_at(std::string_view lower, size_t at, std::string_view word) {
    if (!lower.substr(at).starts_with(word))
        return false;
    // Inside a word ("гп.") it is no reference.
    if (at > 0 && std::string_view(" (,").find(lower[at - 1]) == std::string_view::npos)
        return false;
    return !follows_symbol(lower, at);
}

// An item of a reference list at `at`: "(a)" or "a)"; its label and where it ends.
std::optional<std::pair<std::string, size_t>> reference_item_at(std::string_view lower, size_t at) {
    bool parenthesis = at < lower.size() && lower[at] == '(';
    auto [label, end] = label_at(lower, at + (parenthesis ? 1 : 0));
    if (!is_item_label(label) || end >= lower.size() || lower[end] != ')')
        return std::nullopt;
    return std::pair{label, end + 1};
}

// "rule 75, paragraph 1, of the Committee's rules of procedure", "пунктом 1 правила 75": a
// paragraph of a rule, not of the document.
bool names_a_rule(std::string_view lower, size_t reference, size_t list_end) {
    std::string_view before = core::trim(lower.substr(0, reference));
    if (before.ends_with(','))
        before.remove_suffix(1);
    size_t space = before.find_last_of(' ');
    if (space != std::string_view::npos && core::parse_int(before.substr(space + 1))) {
        std::string_view word = core::trim(before.substr(0, space));
        for (std::string_view rule : kRuleWords)
            if (word.ends_with(rule))
                return true;
    }
    std::string_view after = lower.substr(std::min(list_end, lower.size()));
    size_t word = after.find_first_not_of(", ");
    after = word == std::string_view::npos ? std::string_view() : after.substr(word);
    for (std::string_view rule : {"of rule", "правил", "of article", "de l'article", "du règlement",
                                  "del artículo", "del reglamento"})
        if (after.starts_with(rule))
            return true;
    return false;
}

// Reads the list of paragraphs after a reference word: numbers, their items, "and", commas and
// glosses in parentheses, up to anything else ("above", the end of the sentence). Returns where
// it stopped.
size_t read_reference_list(std::string_view lower, size_t at, std::vector<ParagraphRef>& refs) {
    std::optional<int> current;
    bool bare = false;  // Whether refs.back() is `current` named without items so far.
    while (at < lower.size()) {
        if (lower[at] == ' ' || lower[at] == ',') {
            ++at;
            continue;
        }
        std::string_view rest = lower.substr(at);
        if (rest[0] >= '0' && rest[0] <= '9') {
            size_t end = rest.find_first_not_of("0123456789");
            end = end == std::string_view::npos ? rest.size() : end;
            if (end > 3 || (end < rest.size() && (rest[end] == '/' || rest[end] == '.')))
                return at;  // A year, a symbol or a decimal: not a paragraph.
            current = *core::parse_int(rest.substr(0, end));
            refs.push_back({*current, ""});
            bare = true;
            at += end;
            continue;
        }
        if (auto item = current ? reference_item_at(lower, at) : std::nullopt) {
            if (bare)
                refs.back().item = item->first;
            else
                refs.push_back({*current, item->first});
            bare = false;
            at = item->second;
            continue;
        }
        if (rest[0] == '(') {  // A gloss: "15 (d) (on pensions)".
            size_t close = rest.find(')');
            if (close == std::string_view::npos)
                return at;
            at += close + 1;
            continue;
        }
        bool joined = false;
        for (std::string_view conjunction :
             {"and ", "or ", "и ", "или ", "et ", "ou ", "y ", "e ", "o "}) {
            if (rest.starts_with(conjunction)) {
                at += conjunction.size();
                joined = true;
                break;
            }
        }
        if (!joined)
            return at;
    }
    return at;
}

// Whether `lower` asks to submit the next periodic report ("submit its next periodic report",
// "submit its combined seventh and eighth periodic reports") within a few words.
bool asks_for_periodic_report(std::string_view lower) {
    std::vector<ReportRequest> requests{{"submit its", "periodic report"},
                                        {"представить сво", "периодическ"}};
    requests.insert(requests.end(), kTranslatedReportRequests.begin(),
                    kTranslatedReportRequests.end());
    for (auto [verb, report] : requests) {
        for (size_t at = lower.find(verb); at != std::string_view::npos;
             at = lower.find(verb, at + 1)) {
            size_t found = lower.find(report, at);
            if (found != std::string_view::npos && found - at < 120)
                return true;
        }
    }
    return false;
}

}  // namespace

ParagraphRole paragraph_role(std::string_view text) {
    std::string lower = normalised(text);
    bool names_paragraphs = !paragraph_references(text).empty();
    if (names_paragraphs &&
        contains_any(lower, std::array<std::string_view, 3>{"urgent measures", "срочные меры",
                                                            "срочных мер"}))
        return ParagraphRole::Urgent;
    if (names_paragraphs && contains_any(lower, kTranslatedUrgent))
        return ParagraphRole::Urgent;
    bool about_recommendations = contains(lower, "recommendation") ||
                                 contains(lower, "рекомендац") ||
                                 contains_any(lower, kTranslatedRecommendation);
    bool follow_up = contains_any(
        lower, std::array<std::string_view, 11>{"follow-up", "follow up", "rule 75", "above",
                                                "within one year", "within two years", "months",
                                                "последующ", "выше", "в течение", "правила 75"});
    bool information = contains_any(
        lower,
        std::array<std::string_view, 4>{"provide", "information", "представить", "информац"});
    follow_up = follow_up || contains_any(lower, kTranslatedFollowUp);
    information = information || contains_any(lower, kTranslatedInformation);
    if (names_paragraphs && about_recommendations && follow_up && information)
        return ParagraphRole::FollowUp;
    if (asks_for_periodic_report(lower) || contains_any(lower, kTranslatedReportingProcedure) ||
        contains_any(lower, std::array<std::string_view, 7>{
                                "core document", "list of issues prior to reporting",
                                "simplified reporting procedure", "harmonized guidelines",
                                "базовый документ", "перечень вопросов", "упрощенной процедур"}))
        return ParagraphRole::NextReport;
    return ParagraphRole::Substantive;
}

size_t recommendation_start(std::string_view text) {
    std::vector<size_t> starts = sentence_starts(text);
    for (size_t i = 0; i < starts.size(); ++i) {
        size_t end = i + 1 < starts.size() ? starts[i + 1] : text.size();
        std::string sentence = normalised(text.substr(starts[i], end - starts[i]));
        if (contains_any(sentence, kRecommending) || sentence.starts_with("it should") ||
            recommends_in_french_or_spanish(sentence))
            return starts[i];
    }
    return std::string_view::npos;
}

std::vector<ParagraphRef> paragraph_references(std::string_view text) {
    std::string lower = normalised(text);
    std::vector<ParagraphRef> refs;
    for (size_t at = 0; at < lower.size(); ++at) {
        for (std::string_view word : kReferenceWords) {
            if (is_reference_word_at(lower, at, word)) {
                std::vector<ParagraphRef> list;
                size_t end = read_reference_list(lower, at + word.size(), list);
                if (!names_a_rule(lower, at, end))
                    refs.insert(refs.end(), list.begin(), list.end());
                at = std::max(at, end == 0 ? at : end - 1);
                break;
            }
        }
    }
    return refs;
}

std::optional<ItemMarker> item_marker_at(std::string_view text, size_t at) {
    bool parenthesis = at < text.size() && text[at] == '(';
    auto [label, end] = label_at(text, at + (parenthesis ? 1 : 0));
    if (!is_item_label(label) || end >= text.size() || text[end] != ')')
        return std::nullopt;
    ++end;
    if (end < text.size() && text[end] != ' ')
        return std::nullopt;
    while (end < text.size() && text[end] == ' ') ++end;
    return ItemMarker{label, end - at};
}

bool is_roman_numeral(std::string_view label) {
    constexpr std::array<std::string_view, 10> kNumerals = {"i",  "ii",  "iii",  "iv", "v",
                                                            "vi", "vii", "viii", "ix", "x"};
    return std::find(kNumerals.begin(), kNumerals.end(), label) != kNumerals.end();
}

std::string next_item_label(std::string_view label) {
    if (label.size() != 1 || label[0] < 'a' || label[0] >= 'z')
        return {};
    return std::string(1, static_cast<char>(label[0] + 1));
}

std::string_view without_final_conjunction(std::string_view text) {
    std::string_view t = core::trim(text);
    for (std::string_view conjunction : kListConjunctions) {
        if (t.ends_with(conjunction))
            return core::trim(t.substr(0, t.size() - conjunction.size()));
    }
    return t;
}

std::string item_sentence(std::string_view text) {
    std::string_view t = core::trim(text);
    std::string_view before = without_final_conjunction(t);
    if (before.ends_with(';') || before.ends_with(','))
        t = before;
    while (!t.empty() && (t.back() == ';' || t.back() == ','))
        t = core::trim(t.substr(0, t.size() - 1));
    std::string sentence(t);
    if (!sentence.empty() && !ends_sentence(sentence) && !sentence.ends_with(':'))
        sentence += '.';
    return sentence;
}

}  // namespace rightstrack::ingest
