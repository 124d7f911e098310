#include "ingest/RecommendationNumbers.h"

#include <array>
#include <optional>

#include "core/Folding.h"
#include "core/Text.h"

namespace rightstrack::ingest {
namespace {

enum class Kind { Number, Dash, Separator, Word, Other };

struct Token {
    Kind kind;
    size_t begin;
    size_t end;
    std::string text;  // Lower-cased for words.
};

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_ascii_letter(char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

// Length of the dash at `at`: '-', or U+2010-U+2015 and U+2212 in UTF-8; 0 if none.
size_t dash_length(std::string_view text, size_t at) {
    if (text[at] == '-')
        return 1;
    if (text.substr(at, 2) == "\xE2\x80" && at + 2 < text.size()) {
        auto third = static_cast<unsigned char>(text[at + 2]);
        return third >= 0x90 && third <= 0x95 ? 3 : 0;
    }
    return text.substr(at, 3) == "\xE2\x88\x92" ? 3 : 0;
}

// Words that join numbers into a list or a range, in the languages of UN documents.
Kind word_kind(std::string_view word) {
    static constexpr std::array<std::string_view, 7> kSeparators = {"and", "et", "y",   "e",
                                                                    "и",   "as", "well"};
    static constexpr std::array<std::string_view, 6> kRangeWords = {"to", "through", "à",
                                                                    "a",  "al",      "по"};
    for (auto w : kSeparators)
        if (word == w)
            return Kind::Separator;
    for (auto w : kRangeWords)
        if (word == w)
            return Kind::Dash;
    return Kind::Word;
}

std::vector<Token> tokenise(std::string_view text) {
    std::vector<Token> tokens;
    size_t i = 0;
    while (i < text.size()) {
        char c = text[i];
        size_t start = i;
        if (c == ' ' || c == '\t' || c == '\n') {
            ++i;
        } else if (is_digit(c)) {
            while (i < text.size() &&
                   (is_digit(text[i]) ||
                    (text[i] == '.' && i + 1 < text.size() && is_digit(text[i + 1]))))
                ++i;
            // A number stuck to the word or stop before it is a footnote mark
            // ("recommendations.1") or part of a symbol ("A/HRC/28/15/Add.1"), not a list.
            bool stuck = start > 0 && (is_ascii_letter(text[start - 1]) || text[start - 1] == '.' ||
                                       text[start - 1] == '/');
            tokens.push_back({stuck ? Kind::Other : Kind::Number, start, i,
                              std::string(text.substr(start, i - start))});
        } else if (size_t dash = dash_length(text, i)) {
            i += dash;
            tokens.push_back({Kind::Dash, start, i, "-"});
        } else if (c == ',' || c == ';') {
            ++i;
            tokens.push_back({Kind::Separator, start, i, std::string(1, c)});
        } else if (is_ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80) {
            while (i < text.size() &&
                   (is_ascii_letter(text[i]) ||
                    (static_cast<unsigned char>(text[i]) >= 0x80 && dash_length(text, i) == 0)))
                ++i;
            auto raw = text.substr(start, i - start);
            // Cyrillic words start in capitals too ("Рекомендации 5 и 6"); ICU lowers them.
            auto word = core::has_cyrillic(raw) ? core::fold_for_matching(raw)
                                                : core::ascii_lower(raw);
            tokens.push_back({word_kind(word), start, i, std::move(word)});
        } else {
            ++i;
            tokens.push_back({Kind::Other, start, i, std::string(1, c)});
        }
    }
    return tokens;
}

// Words that introduce recommendations by number.
bool is_introducing_word(std::string_view word) {
    for (std::string_view w :
         {"recommendation", "recommendations", "rec", "recs", "paragraph", "paragraphs", "para",
          "paras", "recommandation", "recommandations", "recomendación", "recomendaciones",
          "recomendacion", "párrafo", "párrafos", "paragraphe", "paragraphes"})
        if (word == w)
            return true;
    // Russian inflects: "рекомендации", "рекомендаций", "рекомендациям"; "пункт", "пункты".
    return word.starts_with("рекомендаци") || word.starts_with("пункт");
}

// Words allowed between the introducing word and the list: "recommendations nos. 5 and 6",
// "the recommendations contained in paragraphs ...", "recommendations listed under ...".
bool is_filler(const Token& token) {
    if (token.kind == Kind::Other)
        return token.text == "." || token.text == ":" || token.text == "(";
    for (std::string_view w :
         {"the", "following", "no", "nos", "number", "numbers", "in", "contained", "listed",
          "under", "n", "nº", "n°", "les", "las", "suivantes", "siguientes"})
        if (token.text == w)
            return true;
    return false;
}

bool introduced_at(const std::vector<Token>& tokens, size_t first) {
    for (size_t back = 1; back <= 5 && back <= first; ++back) {
        const auto& token = tokens[first - back];
        if (token.kind == Kind::Word && is_introducing_word(token.text))
            return true;
        if (!is_filler(token))
            return false;
    }
    return false;
}

// Words after a number that make it a quantity, a date or a measure, not a recommendation.
bool is_quantity_word(const Token& token) {
    if (token.kind == Kind::Other)
        return token.text == "%";
    if (token.kind != Kind::Word)
        return false;
    for (std::string_view w :
         {"million", "millions",  "billion", "thousand", "per",      "percent", "years",
          "year",    "months",    "days",    "hours",    "euros",    "eur",     "dollars",
          "usd",     "km",        "persons", "people",   "children", "women",   "cases",
          "january", "february",  "march",   "april",    "may",      "june",    "july",
          "august",  "september", "october", "november", "december"})
        if (token.text == w)
            return true;
    return false;
}

using Number = std::vector<int>;

std::optional<Number> parse_number(std::string_view text) {
    Number parts;
    for (auto part : core::split(text, ".")) {
        auto value = core::parse_int(part);
        if (!value)
            return std::nullopt;
        parts.push_back(*value);
    }
    return parts;
}

std::string format(const Number& number) {
    std::string out;
    for (size_t i = 0; i < number.size(); ++i) out += (i ? "." : "") + std::to_string(number[i]);
    return out;
}

// "122.6266" -> (122.62, 122.66) when the halves of the last part ascend.
std::optional<std::pair<Number, Number>> lost_dash_range(const Number& number,
                                                         std::string_view digits) {
    auto last_dot = digits.rfind('.');
    if (number.size() < 2 || last_dot == std::string_view::npos)
        return std::nullopt;
    auto last = digits.substr(last_dot + 1);
    if (last.size() < 4 || last.size() > 6)
        return std::nullopt;
    for (size_t split : {last.size() / 2, (last.size() + 1) / 2}) {
        auto low = core::parse_int(last.substr(0, split));
        auto high = core::parse_int(last.substr(split));
        if (low && high && *low < *high && last[split] != '0') {
            Number from = number, to = number;
            from.back() = *low;
            to.back() = *high;
            return std::make_pair(from, to);
        }
    }
    return std::nullopt;
}

void add_range(Number from, Number to, std::vector<std::string>& out) {
    if (to.size() == 1 && from.size() > 1) {
        Number full(from.begin(), from.end() - 1);
        full.push_back(to[0]);
        to = full;
    }
    bool same_prefix =
        from.size() == to.size() && std::equal(from.begin(), from.end() - 1, to.begin());
    if (!same_prefix || to.back() < from.back() || to.back() - from.back() > 500) {
        out.push_back(format(from));
        out.push_back(format(to));
        return;
    }
    for (int n = from.back(); n <= to.back(); ++n) {
        from.back() = n;
        out.push_back(format(from));
    }
}

// Expands the numbers of one list; `range_after[i]` tells that a dash joins item i to i + 1.
std::vector<std::string> expand(const std::vector<const Token*>& items,
                                const std::vector<bool>& range_after) {
    std::vector<std::string> out;
    for (size_t i = 0; i < items.size(); ++i) {
        auto number = parse_number(items[i]->text);
        if (!number)
            continue;
        if (i + 1 < items.size() && range_after[i]) {
            if (auto to = parse_number(items[i + 1]->text))
                add_range(*number, *to, out);
            ++i;
        } else if (auto lost = lost_dash_range(*number, items[i]->text)) {
            add_range(lost->first, lost->second, out);
        } else {
            out.push_back(format(*number));
        }
    }
    return out;
}

}  // namespace

std::vector<NumberList> recommendation_number_lists(std::string_view text) {
    auto tokens = tokenise(text);
    std::vector<NumberList> lists;
    size_t i = 0;
    while (i < tokens.size()) {
        if (tokens[i].kind != Kind::Number) {
            ++i;
            continue;
        }
        size_t first = i;
        std::vector<const Token*> items = {&tokens[i]};
        std::vector<bool> range_after;
        bool dotted = tokens[i].text.find('.') != std::string::npos;
        ++i;
        // A joiner, or "as well as", then a number continues the list.
        while (i + 1 < tokens.size() &&
               (tokens[i].kind == Kind::Separator || tokens[i].kind == Kind::Dash)) {
            size_t next = i + 1;
            while (next < tokens.size() && tokens[next].kind == Kind::Separator &&
                   tokens[i].kind == Kind::Separator)
                ++next;
            if (next >= tokens.size() || tokens[next].kind != Kind::Number)
                break;
            range_after.push_back(tokens[i].kind == Kind::Dash);
            items.push_back(&tokens[next]);
            dotted = dotted || tokens[next].text.find('.') != std::string::npos;
            i = next + 1;
        }
        range_after.push_back(false);
        bool quantity = i < tokens.size() && is_quantity_word(tokens[i]);
        bool introduced = introduced_at(tokens, first);
        if (quantity || !(introduced || dotted))
            continue;
        NumberList list;
        list.begin = tokens[first].begin;
        list.end = items.back()->end;
        list.paragraphs = expand(items, range_after);
        list.introduced = introduced;
        lists.push_back(std::move(list));
    }
    return lists;
}

}  // namespace rightstrack::ingest
