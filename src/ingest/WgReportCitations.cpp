#include "ingest/WgReportCitations.h"

#include <cctype>
#include <regex>
#include <tuple>

#include "core/Text.h"
#include "ingest/CompoundItems.h"
#include "ingest/ImperativeVerbs.h"
#include "model/StateRegistry.h"

namespace rightstrack::ingest {
namespace {

bool is_roman_subitem(const std::string& group) {
    static const std::regex kRoman("^(ii|iii|iv|vi|vii|viii|ix|xi|xii)$");
    return std::regex_match(group, kRoman);
}

// Letters in one parenthesis: "b" in "(b)", "a" and "d" in "(a, d)".
std::vector<std::string> letters_in(const std::string& group) {
    std::vector<std::string> letters;
    for (auto part : core::split(group, ",")) {
        part = core::trim(part);
        if (!part.empty())
            letters.emplace_back(part);
    }
    return letters;
}

// Where the sentence that `from` is in ends: the "." before white space and a capital letter or
// the end, not the dot of an abbreviation ("e.g.", "Mr.", "No.").
size_t sentence_end(const std::string& text, size_t from) {
    for (size_t dot = text.find('.', from); dot != std::string::npos;
         dot = text.find('.', dot + 1)) {
        if (dot + 1 >= text.size())
            return dot;
        if (text[dot + 1] != ' ' || dot + 2 >= text.size() ||
            !std::isupper(static_cast<unsigned char>(text[dot + 2])))
            continue;
        size_t word = text.find_last_of(" (", dot);
        word = word == std::string::npos ? 0 : word + 1;
        std::string before = text.substr(word, dot - word);
        if (before.size() <= 2 || before == "Mrs" || before.find('.') != std::string::npos)
            continue;  // "e.g.", "Mr.", "Ms.", "St.".
        return dot;
    }
    return text.size();
}

// Words that end one lettered recommendation to introduce the next: "...; and encouraged (b)",
// "...; it also recommended (c)".
bool is_lead_in(std::string_view word) {
    for (std::string_view lead : {"and", "it", "also", "further", "recommended", "encouraged",
                                  "urged", "invited", "suggested", "that"})
        if (word == lead)
            return true;
    return false;
}

// Whether a cut ends where the next letter starts, after the words that lead to it, or where
// its sentence does ("... abolishing it."), whose last word stays.
enum class CutEnd { NextLetter, Sentence };

// The recommendation text from `begin` to `end`, without the separators before the next one.
std::string cut(const std::string& text, size_t begin, size_t end, CutEnd at) {
    std::string_view part = core::trim(std::string_view(text).substr(begin, end - begin));
    if (part.starts_with("and "))
        part.remove_prefix(4);
    if (part.ends_with("."))
        at = CutEnd::Sentence;  // "... abolishing it. (c) Welcoming ...": no words lead to (c).
    while (true) {
        size_t space = part.find_last_of(' ');
        if (at == CutEnd::NextLetter && space != std::string_view::npos &&
            is_lead_in(part.substr(space + 1)))
            part.remove_suffix(part.size() - space);
        else if (!part.empty() && (part.back() == ';' || part.back() == ',' || part.back() == '.' ||
                                   part.back() == ':'))
            part.remove_suffix(1);
        else
            break;
        part = core::trim(part);
    }
    return core::collapse_whitespace(part);
}

// The position of letter `letter`'s marker, "(b)" or " b)", at or after `from`, and its length.
std::pair<size_t, size_t> find_marker(const std::string& text, char letter, size_t from) {
    std::string open = std::string("(") + letter + ")";
    std::string bare = std::string(" ") + letter + ")";
    size_t a = text.find(open, from);
    size_t b = text.find(bare, from);
    if (b != std::string::npos && (a == std::string::npos || b < a))
        return {b + 1, 2};
    return {a, 3};
}

// The word that ends `text`, and `text` without it.
std::pair<std::string_view, std::string_view> split_last_word(std::string_view text) {
    text = core::trim(text);
    size_t space = text.find_last_of(' ');
    if (space == std::string_view::npos)
        return {text, {}};
    return {text.substr(space + 1), core::trim(text.substr(0, space))};
}

// What the words before a letter leave open for it: "to adhere to both the (b) Rome Statute"
// leaves "to adhere to" wanting an object and gives the letter its "the"; "the Convention on X
// and (d) the Optional Protocol" joins a further object with "and" or "or".
struct OpenPhrase {
    bool wants_object = false;  // The words end in "to" or "of".
    bool joins = false;         // They end in "and" or "or".
    std::string determiner;     // "the " the letter's object takes from them.
};

OpenPhrase open_phrase(std::string_view before) {
    OpenPhrase open;
    before = core::trim(before);
    if (before.empty() || std::string_view(";,.:").find(before.back()) != std::string_view::npos)
        return open;
    auto [word, rest] = split_last_word(before);
    if (word == "the" || word == "its" || word == "their") {
        open.determiner = std::string(word) + " ";
        std::tie(word, rest) = split_last_word(rest);
    }
    if (word == "both" || word == "either")
        std::tie(word, rest) = split_last_word(rest);
    open.joins = word == "and" || word == "or";
    open.wants_object = word == "to" || word == "of";
    return open;
}

// Whether a letter's words are an object, not an action of their own: "the OP-CAT", "Rome
// Statute", "incentives for the military", not "take measures" or "that it ratify".
bool is_object(std::string_view words) {
    std::string_view first = words.substr(0, words.find(' '));
    if (first == "the" || first == "its" || first == "their")
        return true;
    return (starts_as_noun_phrase(words) || starts_as_bare_noun(words)) &&
           !is_imperative_verb(first);
}

// Whether a letter's words open with a verb ("consider", "to adhere", "ratifying"), and so may
// lend it to an object after them; "(a) equal emphasis on X and (b) the visit of Y" are two
// recommendations named by their nouns.
bool starts_with_verb(std::string_view words) {
    if (words.starts_with("to "))
        words.remove_prefix(3);
    std::string_view first = words.substr(0, words.find(' '));
    return is_imperative_verb(first) || (first.size() > 5 && first.ends_with("ing"));
}

// "(c) consider the ratification of the Convention on X and (d) the Optional Protocol",
// "(a) to ratify the ICCPR and to adhere to both the (b) Rome Statute and (c) the OP-CAT",
// "(d) repeal measures such as rewards to informants or (e) incentives for the military": a
// letter may stand inside a phrase, before a further object of the words before it, which are
// its recommendation's too ("consider the ratification of the Optional Protocol", "to adhere to
// the Rome Statute", "repeal measures such as incentives for the military"). The letter before
// keeps its own object only.
void complete_phrases(const std::string& text,
                      const std::vector<std::pair<size_t, size_t>>& markers,
                      std::vector<std::pair<std::string, std::string>>& out) {
    for (size_t k = 1; k < markers.size() && k < out.size(); ++k) {
        size_t begin = markers[k - 1].first + markers[k - 1].second;
        if (sentence_end(text, begin) < markers[k].first)
            continue;
        OpenPhrase open =
            open_phrase(std::string_view(text).substr(begin, markers[k].first - begin));
        std::string& before = out[k - 1].second;
        std::string& own = out[k].second;
        std::string lead;
        if (open.wants_object) {
            // The last clause of the words before: "to ratify the ICCPR and | to adhere to".
            std::string_view words = before;
            while (true) {
                auto [word, rest] = split_last_word(words);
                if (word != "the" && word != "its" && word != "their" && word != "both" &&
                    word != "either")
                    break;
                words = rest;
            }
            size_t clause = words.rfind(" and ");
            if (clause == std::string_view::npos)
                continue;
            lead = std::string(words.substr(clause + 5));
            before = std::string(words.substr(0, clause));
        } else if (open.joins && is_object(own) && starts_with_verb(before)) {
            if (auto [word, rest] = split_last_word(before); word == "or" || word == "and")
                before = std::string(rest);
            if (size_t such = before.find(" such as "); such != std::string::npos)
                lead = before.substr(0, such + 8);
            else
                lead = std::string(verb_lead(before));
        }
        if (!lead.empty())
            own = lead + " " + open.determiner + own;
    }
}

}  // namespace

std::vector<ParagraphCitation> paragraph_citations(const std::string& sentence) {
    std::vector<ParagraphCitation> citations;
    std::string lower = core::ascii_lower(sentence);
    for (size_t at = lower.find("paragraph"); at != std::string::npos;
         at = lower.find("paragraph", at + 1)) {
        size_t i = at + 9 + (lower.compare(at + 9, 1, "s") == 0 ? 1 : 0);
        if (lower.compare(i, 1, ":") == 0)
            ++i;  // "in paragraphs: 71; 72 (c)".
        // "in paragraphs numbers 26 (a), 33 (b)".
        for (std::string_view word : {" numbers ", " number ", " nos. ", " no. "})
            if (lower.compare(i, word.size(), word) == 0) {
                i += word.size() - 1;
                break;
            }
        int current = 0;
        bool last_was_letter = false;  // With nothing but white space since: "(a) (ii)".
        char last_letter = 0;
        while (i < lower.size()) {
            char c = lower[i];
            if (c == ' ' || c == '\n') {
                ++i;
                continue;
            }
            if (c == ',' || c == ';') {
                last_was_letter = false;
                ++i;
                continue;
            }
            // "paragraphs 45, 56, last sentence, and 63": the part of a paragraph cited is read
            // as the whole paragraph.
            if (size_t sentence = lower.find(" sentence", i);
                sentence != std::string::npos && sentence - i <= 6 &&
                (lower.compare(i, 4, "last") == 0 || lower.compare(i, 5, "first") == 0 ||
                 lower.compare(i, 6, "second") == 0)) {
                i = sentence + 9;
                continue;
            }
            // "67 (a), (b) (i) and (ii)": "and" joins sub-items as it joins letters, so a roman
            // group after it is still the letter's.
            if (lower.compare(i, 4, "and ") == 0) {
                i += 4;
                continue;
            }
            if (std::isdigit(static_cast<unsigned char>(c))) {
                size_t end = i;
                while (end < lower.size() && std::isdigit(static_cast<unsigned char>(lower[end])))
                    ++end;
                if (end - i > 3 || (end < lower.size() && lower[end] == '.' &&
                                    end + 1 < lower.size() && std::isdigit(lower[end + 1])))
                    break;  // A year or a "76.12" item number, not a paragraph.
                current = std::stoi(lower.substr(i, end - i));
                citations.push_back({current, ""});
                last_was_letter = false;
                i = end;
                continue;
            }
            if (c == '(' && current) {
                size_t close = lower.find(')', i);
                // "23 (last sentence)": as "23, last sentence", the whole paragraph.
                if (close != std::string::npos && close - i <= 20 &&
                    std::string_view(lower).substr(i + 1, close - i - 1).ends_with(" sentence")) {
                    last_was_letter = false;
                    i = close + 1;
                    continue;
                }
                // "26 (a) (Czech Republic), 33 (b) (Denmark)": the State that made the cited
                // recommendation, named after it.
                if (close != std::string::npos && close - i > 4 &&
                    std::isupper(static_cast<unsigned char>(sentence[i + 1])) &&
                    model::StateRegistry::instance().resolve(
                        std::string_view(sentence).substr(i + 1, close - i - 1)) != nullptr) {
                    last_was_letter = false;
                    i = close + 1;
                    continue;
                }
                // "48 (b, c, d, e, f)": a group of letters, each checked below.
                if (close == std::string::npos || close - i > 40)
                    break;
                std::string group = lower.substr(i + 1, close - i - 1);
                auto letters = letters_in(group);
                bool roman = last_was_letter &&
                             (is_roman_subitem(group) || (group == "i" && last_letter != 'h'));
                bool all_letters = !letters.empty();
                for (const auto& l : letters)
                    all_letters = all_letters && l.size() == 1 && std::islower(l[0]);
                if (!roman && !all_letters)
                    break;
                if (!roman) {
                    for (const auto& letter : letters) {
                        if (citations.back().paragraph == current &&
                            citations.back().letter.empty())
                            citations.back().letter = letter;
                        else
                            citations.push_back({current, letter});
                    }
                    last_letter = letters.back()[0];
                }
                last_was_letter = true;
                i = close + 1;
                continue;
            }
            break;  // "above", "did not enjoy": the end of the list.
        }
        at = i > at ? i - 1 : at;
    }
    return citations;
}

std::vector<std::pair<std::string, std::string>> lettered_recommendations(const std::string& text) {
    std::vector<std::pair<std::string, std::string>> out;
    std::string lower = core::ascii_lower(text);
    size_t from = lower.find("recommend");
    from = from == std::string::npos ? 0 : from;
    // "... and (a) recommended that ...": a letter may stand before the word it letters, and
    // "Switzerland (a) encouraged X to ... It recommended (b) ...": the letters may start
    // before the first "recommended", with another verb of recommending, when a "(b)"
    // follows.
    if (size_t a = text.find("(a)");
        a != std::string::npos && a < from && text.find("(b)", a) != std::string::npos)
        from = a;
    std::vector<std::pair<size_t, size_t>> markers;  // Position and length, letter by letter.
    for (char letter = 'a'; letter <= 'z'; ++letter) {
        auto marker = find_marker(text, letter, from);
        if (marker.first == std::string::npos)
            break;
        markers.push_back(marker);
        from = marker.first + marker.second;
    }
    for (size_t k = 0; k < markers.size(); ++k) {
        size_t begin = markers[k].first + markers[k].second;
        bool last = k + 1 == markers.size();
        size_t next = last ? text.size() : markers[k + 1].first;
        size_t end = std::min(next, sentence_end(text, begin));
        out.emplace_back(
            std::string(1, static_cast<char>('a' + k)),
            cut(text, begin, end, !last && end == next ? CutEnd::NextLetter : CutEnd::Sentence));
    }
    complete_phrases(text, markers, out);
    if (!out.empty())
        return out;
    // No letters: each "recommended ..." sentence is one recommendation.
    static const std::regex kRecommended(R"(\brecommend(?:ed|s)\s+)");
    for (std::sregex_iterator it(text.begin(), text.end(), kRecommended), end; it != end; ++it) {
        size_t begin = static_cast<size_t>(it->position(0) + it->length(0));
        std::string sentence = cut(text, begin, sentence_end(text, begin), CutEnd::Sentence);
        if (!sentence.empty())
            out.emplace_back("", sentence);
    }
    return out;
}

namespace {

// The State named at the very start of `text`, as alpha-3; empty if none.
std::string state_at_start(const std::string& text) {
    std::string_view rest = core::trim(text);
    if (rest.starts_with("The "))
        rest.remove_prefix(4);
    auto words = core::split(rest, " ");
    const auto& registry = model::StateRegistry::instance();
    for (size_t n = std::min<size_t>(words.size(), 9); n > 0; --n) {
        std::string name(words[0]);
        for (size_t i = 1; i < n; ++i) name += " " + std::string(words[i]);
        while (!name.empty() && (name.back() == ',' || name.back() == ':')) name.pop_back();
        // Reports name States in full; a word of three letters or fewer ("In", "It") would
        // only resolve as an ISO code.
        if (name.size() <= 3)
            continue;
        if (const auto* state = registry.resolve(name))
            return std::string(state->alpha3);
    }
    return "";
}

}  // namespace

std::string speaker_of(const std::string& text) {
    if (auto state = state_at_start(text); !state.empty())
        return state;
    // "Noting that ..., Argentina asked about ...", "Highlighting ..., Mexico recommended":
    // the subject after the opening clause, which starts with a participle or "While".
    std::string_view first = core::trim(text);
    first = first.substr(0, first.find(' '));
    bool participle = first.size() > 5 && first.ends_with("ing") &&
                      std::isupper(static_cast<unsigned char>(first.front()));
    if (!participle && first != "While" && first != "Despite")
        return "";
    size_t comma = text.find(", ");
    if (comma == std::string::npos || comma > 400)
        return "";
    return state_at_start(text.substr(comma + 2));
}

DialogueParagraphs::DialogueParagraphs(const std::vector<Paragraph>& paragraphs) {
    static const std::regex kNumbered(R"(^(\d{1,3})\.\s+([\s\S]*)$)");
    Paragraph* current = nullptr;
    for (const Paragraph& paragraph : paragraphs) {
        if (paragraph.footnote)
            continue;
        std::smatch match;
        if (std::regex_match(paragraph.text, match, kNumbered)) {
            current = &paragraphs_[std::stoi(match[1])];
            *current = Paragraph{match[2], paragraph.page, false};
        } else if (current) {
            current->text += " " + paragraph.text;
        }
    }
}

std::vector<CitedText> DialogueParagraphs::resolve(const ParagraphCitation& citation) const {
    auto found = paragraphs_.find(citation.paragraph);
    if (found == paragraphs_.end())
        return {};
    std::string state = speaker_of(found->second.text);
    std::vector<CitedText> out;
    auto recommendations = lettered_recommendations(found->second.text);
    // "33 (a) and (b)" of a paragraph that letters none of its recommendations ("Denmark
    // recommended that ... It further recommended that ..."): the letters count them in order.
    bool unlettered = !recommendations.empty() && recommendations.front().first.empty();
    if (unlettered && citation.letter.size() == 1) {
        size_t index = static_cast<size_t>(citation.letter[0] - 'a');
        if (index >= recommendations.size())
            return {};
        recommendations = {{citation.letter, recommendations[index].second}};
    }
    for (auto& [letter, text] : recommendations) {
        if (!citation.letter.empty() && letter != citation.letter)
            continue;
        std::string reference = std::to_string(citation.paragraph);
        if (!letter.empty())
            reference += " (" + letter + ")";
        out.push_back({reference, text, state, found->second.page});
    }
    return out;
}

}  // namespace rightstrack::ingest
