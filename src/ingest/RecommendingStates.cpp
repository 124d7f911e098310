#include "ingest/RecommendingStates.h"

#include <algorithm>
#include <cctype>

#include "core/Text.h"
#include "model/StateRegistry.h"

namespace rightstrack::ingest {
namespace {

// Strips the separators that end a list item: ";", ".", "; and", white space.
std::string_view trim_item_end(std::string_view text) {
    while (true) {
        text = core::trim(text);
        if (text.ends_with(" and"))
            text.remove_suffix(4);
        else if (!text.empty() && (text.back() == ';' || text.back() == '.' || text.back() == ','))
            text.remove_suffix(1);
        else
            return text;
    }
}

// Position of the "(" that opens the parenthesis closing at `close`, allowing one level of
// nesting, as in "(Iran (Islamic Republic of))". npos when unbalanced.
size_t matching_open(std::string_view text, size_t close) {
    int depth = 0;
    for (size_t i = close + 1; i-- > 0;) {
        if (text[i] == ')')
            ++depth;
        else if (text[i] == '(' && --depth == 0)
            return i;
    }
    return std::string_view::npos;
}

// A State's name as a report writes it in a list: capitalised and longer than a code ("and" is
// not Andorra's "AND", nor "CAT" Qatar's).
bool is_name(std::string_view name) {
    return name.size() > 3 && std::isupper(static_cast<unsigned char>(name.front())) &&
           !looks_like_acronym(name);
}

// "United Kingdom France": State names the source runs together without their comma, read
// greedily, the longest name first at each word (so "Guinea" does not stop "Guinea Bissau" nor
// "Niger" "Nigeria"); empty unless every word belongs to a name and there are two names or more.
std::vector<std::string> resolve_run(std::string_view list) {
    constexpr size_t kMostWords = 12;  // Longer parentheses are sentences, not State lists.
    const auto& registry = model::StateRegistry::instance();
    std::string text = core::collapse_whitespace(list);
    auto words = core::split(text, " ");
    if (words.size() < 2 || words.size() > kMostWords)
        return {};
    std::vector<std::string> codes;
    for (size_t start = 0; start < words.size();) {
        const model::StateInfo* state = nullptr;
        size_t end = words.size();
        for (; end > start; --end) {
            std::string_view name(
                words[start].data(),
                words[end - 1].data() + words[end - 1].size() - words[start].data());
            if (is_name(name) && (state = registry.resolve(name)) != nullptr)
                break;
        }
        if (state == nullptr)
            return {};
        codes.emplace_back(state->alpha3);
        start = end;
    }
    return codes.size() >= 2 ? codes : std::vector<std::string>{};
}

// Resolves "Spain, Belgium and the Netherlands" to codes; empty if any part is not a State.
// Names that themselves contain commas or "and" ("Bolivia (Plurinational State of)", "Trinidad
// and Tobago") are tried whole before being split; names run together come last.
std::vector<std::string> resolve_list(std::string_view list) {
    const auto& registry = model::StateRegistry::instance();
    list = core::trim(list);
    if (looks_like_acronym(list))
        return {};
    if (const auto* state = registry.resolve(list))
        return {std::string(state->alpha3)};
    for (std::string_view separator : {";", ",", " and "}) {
        auto parts = core::split(list, separator);
        if (parts.size() < 2)
            continue;
        // Try every cut: the first part may itself contain the separator.
        for (size_t cut = 1; cut < parts.size(); ++cut) {
            std::string head(parts[0]);
            for (size_t i = 1; i < cut; ++i) head += std::string(separator) + std::string(parts[i]);
            auto first = resolve_list(head);
            if (first.empty())
                continue;
            std::string_view rest = list.substr(head.size() + separator.size());
            auto others = resolve_list(rest);
            if (others.empty())
                continue;
            first.insert(first.end(), others.begin(), others.end());
            return first;
        }
    }
    return resolve_run(list);
}

// A parenthesised State list inside an item: [open, close], the States it names, and whether
// it closes a recommendation (see closes_segment()) or credits only the words before it.
struct StateGroup {
    size_t open;
    size_t close;
    std::vector<std::string> states;
    bool closes;
};

// True when only white space and then ";", "." or the end follow position `after`. A footnote
// mark the PDF leaves after the parenthesis ("(Switzerland)3;", "(Chile)*") is skipped.
bool closes_segment(std::string_view text, size_t after) {
    size_t mark = after;
    while (mark < text.size() && mark < after + 2 &&
           (std::isdigit(static_cast<unsigned char>(text[mark])) || text[mark] == '*'))
        ++mark;
    size_t next = text.find_first_not_of(" \t\n", mark);
    return next == std::string_view::npos || text[next] == ';' || text[next] == '.' ||
           text[next] == '(';
}

std::vector<StateGroup> state_groups(std::string_view text) {
    std::vector<StateGroup> groups;
    for (size_t close = text.find(')'); close != std::string_view::npos;
         close = text.find(')', close + 1)) {
        size_t open = matching_open(text, close);
        if (open == std::string_view::npos)
            continue;
        if (!groups.empty() && open < groups.back().close)
            continue;  // Inside a group already taken, e.g. "(Iran (Islamic Republic of))".
        auto states = resolve_list(text.substr(open + 1, close - open - 1));
        if (!states.empty())
            groups.push_back({open, close, std::move(states), closes_segment(text, close + 1)});
    }
    return groups;
}

// Appends the States not already named: "(Spain); (Spain)" credits Spain once.
void add_states(std::vector<std::string>& states, const std::vector<std::string>& more) {
    for (const auto& state : more)
        if (std::find(states.begin(), states.end(), state) == states.end())
            states.push_back(state);
}

// A compound item letters the recommendations of its States, "(a) Ratify X (Chile); (b) adopt Y
// (Peru)": the letter ("(a)" to "(z)", or a roman "(iv)") is not part of the text.
std::string_view without_letter(std::string_view text) {
    size_t close = text.find(')');
    if (!text.starts_with("(") || close == std::string_view::npos || close < 2 || close > 5 ||
        close + 1 >= text.size() || text[close + 1] != ' ')
        return text;
    for (size_t i = 1; i < close; ++i)
        if (!std::islower(static_cast<unsigned char>(text[i])))
            return text;
    return core::trim(text.substr(close + 1));
}

// "the courts5 and the victims12,": the PDF gives a footnote's raised mark as digits run into
// the word before it. No English word ends in digits, so one or two digits right after a word of
// three letters or more whose last letter is small are a mark and go (names in capitals,
// "CO2", "G77", keep theirs).
std::string without_footnote_marks(std::string_view text) {
    std::string out;
    size_t run = 0;  // Letters of the word ending here; non-ASCII bytes count as letters.
    bool small = false;
    for (size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (std::isdigit(c) && run >= 3 && small) {
            size_t end = i;
            while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
            if (end - i <= 2 && (end == text.size() || std::string_view(" ,;.:)").find(
                                                            text[end]) != std::string_view::npos)) {
                i = end - 1;
                run = 0;
                continue;
            }
        }
        bool letter = std::isalpha(c) || c >= 0x80;
        run = letter ? run + 1 : 0;
        small = std::islower(c);
        out += static_cast<char>(c);
    }
    return out;
}

// The text of a segment: without leading separators left by the previous segment.
std::string segment_text(std::string_view text) {
    text = core::trim(text);
    while (!text.empty() && (text.front() == ';' || text.front() == '.' || text.front() == ','))
        text = core::trim(text.substr(1));
    if (text.starts_with("and "))
        text = text.substr(4);
    return core::collapse_whitespace(
        trim_item_end(without_footnote_marks(without_letter(text))));
}

// The words that join one State's part of a compound item to another State's ("Consider
// ratifying (Jordan)/ratify (Chile)", "Sign (Uganda) and ratify (Chile)"): dropped where the
// part starts a State's own recommendation.
std::string_view without_joint(std::string_view text) {
    while (true) {
        text = core::trim(text);
        if (!text.empty() && (text.front() == ',' || text.front() == '/' || text.front() == ';'))
            text.remove_prefix(1);
        else if (text.starts_with("and/or "))
            text.remove_prefix(7);
        else if (text.starts_with("and ") || text.starts_with("or "))
            text.remove_prefix(text.front() == 'a' ? 4 : 3);
        else
            return text;
    }
}

// Appends a part of a compound item to a State's text, with one space unless punctuation
// follows.
void append_part(std::string& text, std::string_view part) {
    part = core::trim(part);
    if (part.empty())
        return;
    if (!text.empty() && part.front() != ',' && part.front() != ';')
        text += ' ';
    text += part;
}

// Where a footnote mark after a State list ends: "(Chile)3 and" continues after the "3".
size_t after_mark(std::string_view item, size_t close) {
    size_t start = close + 1;
    while (start < item.size() && start < close + 3 &&
           (std::isdigit(static_cast<unsigned char>(item[start])) || item[start] == '*'))
        ++start;
    return start;
}

bool is_determiner(std::string_view word) {
    static const std::vector<std::string_view> kDeterminers = {
        "the", "its", "a", "an", "all", "this", "these", "their", "that", "those"};
    return std::find(kDeterminers.begin(), kDeterminers.end(), word) != kDeterminers.end();
}

// Where the verb of an alternative ends and its object, shared by the alternatives, begins:
// "ratify as soon as possible | the Convention", "consider ratifying | ICCPR". The object starts
// at a determiner or at a capitalised word (a name or an acronym); npos when none does.
size_t object_start(std::string_view text) {
    size_t at = 0;
    while (at < text.size()) {
        size_t end = text.find(' ', at);
        std::string_view word = text.substr(at, end == std::string_view::npos ? end : end - at);
        if (at > 0 && !word.empty() &&
            (std::isupper(static_cast<unsigned char>(word.front())) || is_determiner(word)))
            return at;
        if (end == std::string_view::npos)
            break;
        at = end + 1;
    }
    return std::string_view::npos;
}

// Whether words end wanting an object, as no English sentence does: in a preposition or in a
// verb of joining a treaty ("... to be bound by", "Consider ratifying", "Accede to").
bool lacks_object(std::string_view text) {
    static const std::vector<std::string_view> kOpenEnds = {
        "to",     "by",        "of",        "on",      "for",      "with",       "into",
        "ratify", "ratifying", "sign",      "signing", "accede",   "acceding",   "adhere",
        "join",   "joining",   "implement", "adopt",   "consider", "considering"};
    text = core::trim(text);
    size_t space = text.find_last_of(' ');
    std::string last =
        core::ascii_lower(space == std::string_view::npos ? text : text.substr(space + 1));
    return std::find(kOpenEnds.begin(), kOpenEnds.end(), last) != kOpenEnds.end();
}

// Whether words qualify what comes before them rather than start a recommendation: they open
// with a preposition or a linking word ("through the legislative process", "as a step towards",
// "in particular ...", "including ...", "which ...").
bool continues_sentence(std::string_view words) {
    static const std::vector<std::string_view> kLinks = {
        "as",         "through", "in",    "with",   "by",    "at",    "including", "particularly",
        "especially", "notably", "which", "where",  "when",  "while", "within",    "without",
        "so",         "for",     "from",  "on",     "under", "inter", "taking",    "bearing",
        "according",  "based",   "via",   "before", "after"};
    std::string_view first = words.substr(0, words.find_first_of(" ,;"));
    return std::find(kLinks.begin(), kLinks.end(), first) != kLinks.end();
}

// The word that starts `text`.
std::string_view first_word(std::string_view text) {
    text = core::trim(text);
    return text.substr(0, text.find(' '));
}

// Whether a part of a compound item starts as a noun phrase, not with a verb: with "the" ("the
// Optional Protocol") or an acronym ("CEDAW", "OP-CAT"). English imperatives,
// which recommendations are, start with their verb.
bool starts_as_noun_phrase(std::string_view text) {
    std::string_view word = first_word(text);
    while (!word.empty() && (word.back() == ',' || word.back() == ':')) word.remove_suffix(1);
    if (word == "the" || word == "The")
        return true;
    return word.size() >= 2 && std::isupper(static_cast<unsigned char>(word[0])) &&
           std::isupper(static_cast<unsigned char>(word[1])) &&
           std::all_of(word.begin(), word.end(), [](char c) {
               return std::isupper(static_cast<unsigned char>(c)) || c == '-' ||
                      std::isdigit(static_cast<unsigned char>(c));
           });
}

// The words of a recommendation that take an object, its verb with what leads to the object:
// up to the last preposition or verb of joining ("to", "ratify", "acceding", ...) before the
// first name or acronym ("To ratify | the Second Optional Protocol", "Consider the possibility
// of acceding to | the other instruments, in particular the Convention", "Consider ratifying or
// acceding to: | OP-CAT"). Empty when no name follows such a word.
std::string_view verb_lead(std::string_view text) {
    size_t lead_end = std::string_view::npos;
    bool named = false;
    for (size_t at = 0; at < text.size() && !named;) {
        size_t end = std::min(text.find(' ', at), text.size());
        std::string_view word = text.substr(at, end - at);
        named = at > 0 && !word.empty() && std::isupper(static_cast<unsigned char>(word.front()));
        if (named)
            break;
        while (!word.empty() && (word.back() == ':' || word.back() == ',')) word.remove_suffix(1);
        if (at > 0 && lacks_object(word))
            lead_end = at + word.size();
        at = end + 1;
    }
    if (!named || lead_end == std::string_view::npos)
        return {};
    return text.substr(0, lead_end);
}

// One part of a compound item and the States it is credited to.
struct Part {
    std::string text;
    std::vector<std::string> states;
};

// A recommendation whose parts name different States: "Consider ratifying (Jordan)/ratify
// (Chile) the Convention", "Abolish X (Chile, Peru) as soon as possible (Peru)". Each State's
// recommendation is its own parts in order, then the words after the last State list, which
// complete every State's sentence. States whose words come out the same share one text.
std::vector<AttributedText> compose(const std::vector<Part>& parts, std::string_view tail) {
    std::vector<std::string> order;
    for (const auto& part : parts) add_states(order, part.states);
    std::vector<AttributedText> out;
    for (const auto& state : order) {
        std::string text;
        // "Establish an institution (Chile), through the legislative process (Peru)": a State
        // whose first part only qualifies the words before it takes those words too.
        size_t first = 0;
        while (std::find(parts[first].states.begin(), parts[first].states.end(), state) ==
               parts[first].states.end())
            ++first;
        bool continues = first > 0 && continues_sentence(without_joint(parts[first].text));
        // "Ratify ICCPR (Chile), the Optional Protocol (Peru)": a State whose first part is a
        // noun phrase takes the verb of the first part (see verb_lead()).
        bool borrows = first > 0 && starts_as_noun_phrase(without_joint(parts[first].text));
        if (borrows)
            text = verb_lead(segment_text(parts.front().text));
        for (size_t i = 0; i < parts.size(); ++i) {
            const Part& part = parts[i];
            if (!(continues && i < first) &&
                std::find(part.states.begin(), part.states.end(), state) == part.states.end())
                continue;
            std::string_view words = part.text;
            if (text.empty() || (borrows && i == first) || core::trim(words).starts_with("/"))
                words = without_joint(words);
            append_part(text, words);
        }
        // "Consider ratifying (Jordan)/ratify as soon as possible the Convention (Chile)": a
        // State's words that end wanting an object ("Consider ratifying", "be bound by"),
        // followed by alternatives joined by "/", share the object the last alternative ends in.
        size_t last = parts.size();
        for (size_t i = 0; i < parts.size(); ++i)
            if (std::find(parts[i].states.begin(), parts[i].states.end(), state) !=
                parts[i].states.end())
                last = i;
        bool alternatives = last + 1 < parts.size();
        for (size_t i = last + 1; i < parts.size(); ++i)
            alternatives = alternatives && core::trim(parts[i].text).starts_with("/");
        if (alternatives && core::trim(tail).empty() && lacks_object(text)) {
            std::string_view final_words = without_joint(parts.back().text);
            size_t object = object_start(final_words);
            if (object != std::string_view::npos)
                append_part(text, final_words.substr(object));
        }
        append_part(text, tail);
        text = segment_text(text);
        auto same = std::find_if(out.begin(), out.end(),
                                 [&](const AttributedText& a) { return a.text == text; });
        if (same != out.end())
            same->states.push_back(state);
        else
            out.push_back({std::move(text), {state}});
    }
    return out;
}

// Splits a compound item into its recommendations before verb alternatives are taken apart (see
// attribute_segments() in the header).
std::vector<AttributedText> attributed_parts(std::string_view item) {
    std::vector<AttributedText> segments;
    std::vector<Part> parts;  // Of the recommendation in progress.
    size_t start = 0;
    for (auto& group : state_groups(item)) {
        std::string_view words = item.substr(start, group.open - start);
        start = after_mark(item, group.close);
        // "Sign (Chile) and ratify (Peru) the Convention; adopt a law (Peru)": the words up to
        // the ";" complete the parts before, a new recommendation follows.
        if (size_t end = words.find(';'); !parts.empty() && end != std::string_view::npos) {
            for (auto& composed : compose(parts, words.substr(0, end)))
                segments.push_back(std::move(composed));
            parts.clear();
            words.remove_prefix(end + 1);
        }
        if (!group.closes) {
            parts.push_back({std::string(words), group.states});
            continue;
        }
        if (!parts.empty()) {
            parts.push_back({std::string(words), group.states});
            for (auto& composed : compose(parts, "")) segments.push_back(std::move(composed));
            parts.clear();
            continue;
        }
        std::string text = segment_text(words);
        if (text.empty() && !segments.empty())
            add_states(segments.back().states, group.states);
        else {
            segments.push_back({std::move(text), {}});
            add_states(segments.back().states, group.states);
        }
    }
    if (!parts.empty()) {
        for (auto& composed : compose(parts, item.substr(start)))
            segments.push_back(std::move(composed));
        return segments;
    }
    std::string rest = segment_text(item.substr(start));
    // A footnote mark the PDF put after the final ";" or "." ("(Chile);2", "(Chile). *") is
    // not a recommendation.
    bool mark = rest.size() <= 2 && std::all_of(rest.begin(), rest.end(), [](char c) {
                    return std::isdigit(static_cast<unsigned char>(c)) || c == '*';
                });
    if ((!rest.empty() && !mark) || segments.empty())
        segments.push_back({std::move(rest), {}});
    return segments;
}

// Whether `word` is written in capitals, as an acronym is ("HIV", "OSCE", "ODIHR").
bool is_capitals(std::string_view word) {
    return word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char c) {
               return std::isupper(static_cast<unsigned char>(c)) || c == '-';
           });
}

// The word that ends `text`.
std::string_view last_word(std::string_view text) {
    text = core::trim(text);
    size_t space = text.find_last_of(' ');
    return space == std::string_view::npos ? text : text.substr(space + 1);
}

size_t word_count(std::string_view words) {
    words = core::trim(words);
    return words.empty() ? 0 : 1 + std::count(words.begin(), words.end(), ' ');
}

// Whether the words before an object are a verb phrase short enough to be one alternative:
// "ratify", "consider becoming party to", and at most one word longer than the longest of the
// alternatives before it (`longest`). Longer words ("Continue/strengthen efforts in order to
// achieve the goals") hold more than the verb, and where the shared object starts is unknown.
bool is_verb_phrase(std::string_view words, size_t longest) {
    size_t count = word_count(words);
    return count > 0 && count <= 4 && count <= longest + 1 &&
           words.find(',') == std::string_view::npos;
}

// "Ratify/consider ratifying the Convention (France, Mexico)": the UN merges the alternatives
// of the verb of several States' recommendations with "/" in the order it lists the States, so
// when there are as many alternatives as States, each State asked its own one with the object
// they share (France: "Ratify the Convention", Mexico: "consider ratifying the Convention"). The
// alternatives end at the object of the last one (see object_start()); each later one is verb
// words alone. Slashes between acronyms ("HIV/AIDS") or in "and/or" join no alternatives.
std::vector<std::string> verb_alternatives(std::string_view text, size_t count) {
    if (count < 2)
        return {};
    auto chunks = core::split(text, "/");
    if (chunks.size() != count)
        return {};
    size_t longest = 0;
    for (size_t i = 0; i + 1 < chunks.size(); ++i) {
        longest = std::max(longest, word_count(chunks[i]));
        std::string_view before = last_word(chunks[i]), after = first_word(chunks[i + 1]);
        if (before.empty() || after.empty() || is_capitals(before) || is_capitals(after) ||
            before == "and" || !std::isalpha(static_cast<unsigned char>(before.back())) ||
            !std::isalpha(static_cast<unsigned char>(after.front())))
            return {};
        if (i > 0 && (object_start(core::trim(chunks[i])) != std::string_view::npos ||
                      !is_verb_phrase(chunks[i], 4)))
            return {};
    }
    std::string_view last = core::trim(chunks.back());
    size_t object = object_start(last);
    if (object == std::string_view::npos || !is_verb_phrase(last.substr(0, object), longest))
        return {};
    std::vector<std::string> texts;
    for (size_t i = 0; i + 1 < chunks.size(); ++i) {
        std::string alternative(core::trim(chunks[i]));
        append_part(alternative, last.substr(object));
        texts.push_back(std::move(alternative));
    }
    texts.emplace_back(last);
    for (auto& t : texts)
        t.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(t.front())));
    return texts;
}

// Splits the segments whose verb alternatives match their States one to one (see
// verb_alternatives()).
std::vector<AttributedText> with_alternatives_apart(std::vector<AttributedText> segments) {
    std::vector<AttributedText> out;
    for (auto& segment : segments) {
        auto texts = verb_alternatives(segment.text, segment.states.size());
        if (texts.empty()) {
            out.push_back(std::move(segment));
            continue;
        }
        for (size_t i = 0; i < texts.size(); ++i)
            out.push_back({std::move(texts[i]), {segment.states[i]}});
    }
    return out;
}

// "To ratify ICCPR (Brazil); CEDAW (Chile); the Optional Protocol to CEDAW (Peru)": the parts
// after the first that are noun phrases are further objects of the first one's verb, which they
// borrow ("To ratify CEDAW", "To ratify the Optional Protocol to CEDAW").
std::vector<AttributedText> with_verbs_borrowed(std::vector<AttributedText> segments) {
    if (segments.size() < 2 || starts_as_noun_phrase(segments.front().text))
        return segments;
    std::string lead(verb_lead(segments.front().text));
    if (lead.empty())
        return segments;
    for (size_t i = 1; i < segments.size(); ++i) {
        std::string& text = segments[i].text;
        if (segments[i].states.empty() || !starts_as_noun_phrase(text))
            continue;
        if (first_word(text) == "The")
            text.front() = static_cast<char>(std::tolower(static_cast<unsigned char>(text.front())));
        text = lead + " " + text;
    }
    return segments;
}

}  // namespace

bool looks_like_acronym(std::string_view name) {
    return name.size() <= 3 && std::all_of(name.begin(), name.end(), [](char c) {
               return std::isupper(static_cast<unsigned char>(c));
           });
}

std::vector<AttributedText> attribute_segments(std::string_view item) {
    return with_alternatives_apart(with_verbs_borrowed(attributed_parts(item)));
}

}  // namespace rightstrack::ingest
