#include "ingest/CompoundItems.h"

#include <algorithm>
#include <cctype>

#include "core/Text.h"
#include "ingest/ImperativeVerbs.h"
#include "ingest/StateLists.h"
#include "ingest/WgReportPhrasing.h"

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

// A compound item letters the recommendations of its States, "(a) Ratify X (Chile); (b) adopt Y
// (Peru)": the letter ("(a)" to "(z)", or a roman "(iv)") is not part of the text. A "(i)"
// that a "(ii)" follows opens sub-items, which RomanSubItems reads by their markers.
std::string_view without_letter(std::string_view text) {
    size_t close = text.find(')');
    if (!text.starts_with("(") || close == std::string_view::npos || close < 2 || close > 5 ||
        close + 1 >= text.size() || text[close + 1] != ' ')
        return text;
    if (text.starts_with("(i) ") && text.find("(ii)") != std::string_view::npos)
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
            if (end - i <= 2 && (end == text.size() || std::string_view(" ,;.:)").find(text[end]) !=
                                                           std::string_view::npos)) {
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

// Without a joining word at the start ("and through a law"), keeping punctuation.
std::string_view without_joining_word(std::string_view text) {
    text = core::trim(text);
    for (std::string_view word : {"and/or ", "and ", "or "})
        if (text.starts_with(word))
            return text.substr(word.size());
    return text;
}

bool is_determiner(std::string_view word) {
    static const std::vector<std::string_view> kDeterminers = {
        "the", "its", "a", "an", "all", "this", "these", "their", "that", "those"};
    return std::find(kDeterminers.begin(), kDeterminers.end(), word) != kDeterminers.end();
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
// "in particular ...", "including ...", "which ...", "already signed"), a past participle
// ("signed in 2007") or a present one ("allowing for complaints"): English imperatives, which
// recommendations are, open with their verb's plain form instead.
bool continues_sentence(std::string_view words) {
    static const std::vector<std::string_view> kLinks = {
        "as",           "through",    "in",      "with",      "by",    "at",     "including",
        "particularly", "especially", "notably", "which",     "where", "when",   "while",
        "within",       "without",    "so",      "for",       "from",  "on",     "under",
        "inter",        "taking",     "bearing", "according", "based", "via",    "before",
        "after",        "already",    "if",      "once",      "among", "amongst"};
    std::string_view first = words.substr(0, words.find_first_of(" ,;"));
    if (std::find(kLinks.begin(), kLinks.end(), first) != kLinks.end())
        return true;
    bool lower = !first.empty() && std::islower(static_cast<unsigned char>(first.front()));
    bool participle = (first.ends_with("ed") && !first.ends_with("eed")) ||
                      (first.ends_with("ing") && first.size() > 5);
    // "... the Paris Principles (Uzbekistan) promptly (Peru)": an adverb alone qualifies the
    // sentence before it.
    bool adverb =
        first.ends_with("ly") && first.size() > 4 &&
        core::trim(words.substr(first.size())).find_first_not_of(" ,;.") == std::string_view::npos;
    return lower && (participle || adverb);
}

}  // namespace

std::string segment_text(std::string_view text) {
    text = core::trim(text);
    while (!text.empty() && (text.front() == ';' || text.front() == '.' || text.front() == ','))
        text = core::trim(text.substr(1));
    if (text.starts_with("and "))
        text = text.substr(4);
    return core::collapse_whitespace(trim_item_end(without_footnote_marks(without_letter(text))));
}

void append_part(std::string& text, std::string_view part) {
    part = core::trim(part);
    if (part.empty())
        return;
    if (!text.empty() && part.front() != ',' && part.front() != ';')
        text += ' ';
    text += part;
}

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

std::string_view first_word(std::string_view text) {
    text = core::trim(text);
    return text.substr(0, text.find(' '));
}

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
        if (lacks_object(word))
            lead_end = at + word.size();
        at = end + 1;
    }
    if (!named || lead_end == std::string_view::npos)
        return {};
    return text.substr(0, lead_end);
}

namespace {

bool names(const Part& part, const std::string& state) {
    return std::find(part.states.begin(), part.states.end(), state) != part.states.end();
}

// Whether a part starts with its own verb: neither a noun phrase ("the Protocol", "its
// reservations", "CAT") nor words that qualify the part before.
bool has_verb(const Part& part) {
    std::string_view words = without_joint(part.text);
    return !starts_as_noun_phrase(words) && !is_determiner(core::ascii_lower(first_word(words))) &&
           !continues_sentence(words);
}

// Whether a noun phrase names an object by the one before it: "its Optional Protocol", "the
// Optional Protocol thereto", "the Protocol to it". Such an object is not a recommendation
// without the one it refers to.
bool refers_back(std::string_view words) {
    std::string lower = core::ascii_lower(core::trim(words));
    return lower.starts_with("its ") || lower.starts_with("their ") ||
           ((lower.starts_with("the ") &&
             (lower.ends_with(" thereto") || lower.ends_with(" to it"))));
}

// `text` without the noun phrase it ends in, up to the word that leads to it: a preposition or
// linking word, a determiner, a verb of the list, an adverb or a comma ("continue to cooperate
// with | OHCHR", "strengthen the | national human rights architecture", "particularly against |
// women and indigenous population"). Empty when nothing leads to it, and the words stay whole.
std::string without_final_noun_phrase(std::string_view text) {
    auto words = core::split(core::trim(text), " ");
    while (!words.empty()) {
        std::string_view word = words.back();
        // "legal, educational": a comma inside a list of nouns; after any other word it ends a
        // clause ("the Roma population, as well as").
        bool comma = word.ends_with(",");
        if (comma)
            word.remove_suffix(1);
        if (word.ends_with(";") || word.ends_with(":") || word.empty())
            break;
        bool name =
            (std::isupper(static_cast<unsigned char>(word.front())) && !is_imperative_verb(word)) ||
            std::isdigit(static_cast<unsigned char>(word.front()));
        bool noun = word == "and" || word == "or" || starts_as_bare_noun(word);
        if ((!noun && !name) || (comma && !noun))
            break;
        words.pop_back();
    }
    std::string out;
    for (const auto& word : words) append_part(out, word);
    return out;
}

// Whether part `i` is a noun phrase without a determiner joined by "and" to the sentence before
// it, in the place of that sentence's last noun phrase: "continue to cooperate with OHCHR (Saudi
// Arabia) and human rights mechanisms (Kuwait)", "counter illiteracy (Chile) amongst girls (Peru)
// and women (Spain)". Its State's recommendation is that sentence with the State's noun phrase
// instead ("continue to cooperate with human rights mechanisms", see
// without_final_noun_phrase()); "and ensure ... (Kuwait)", a verb, is a further action instead.
bool adds_bare_object(const std::vector<Part>& parts, size_t i) {
    std::string_view words = core::trim(parts[i].text);
    if (i == 0 || !words.starts_with("and ") || words.starts_with("and/or ") ||
        !starts_as_bare_noun(words.substr(4)))
        return false;
    if (lacks_object(without_joint(parts[i - 1].text)))
        return false;
    // The sentence has a verb: the part before, or the nearest before it that qualifies nothing.
    for (size_t at = i; at-- > 0;) {
        std::string_view before = without_joint(parts[at].text);
        if (!continues_sentence(before))
            return !starts_as_noun_phrase(before) &&
                   !is_determiner(core::ascii_lower(first_word(before))) &&
                   !starts_as_bare_noun(before);
    }
    return false;
}

// Whether part `i` is a further object joined by "and" to the verb and object of the part before
// it: "ratify the Convention (Brazil) and the Optional Protocol thereto (Iraq)". Its State's
// recommendation is the whole phrase, "ratify the Convention and the Optional Protocol
// thereto", as the "and" adds to the object before (", the Protocol (Iraq)" would be a second
// object of the verb alone, see starts_own_sentence()).
bool joins_object(const std::vector<Part>& parts, size_t i) {
    if (i == 0)
        return false;
    if (adds_bare_object(parts, i))
        return true;
    std::string_view words = core::trim(parts[i].text);
    if (!words.starts_with("and ") || words.starts_with("and/or "))
        return false;
    words = core::trim(words.substr(4));
    if (!refers_back(words))
        return false;
    std::string_view before = without_joint(parts[i - 1].text);
    return has_verb(parts[i - 1]) && !lacks_object(before) &&
           object_start(before) != std::string_view::npos;
}

// The part that starts the sentence part `first` continues: the nearest one before it that does
// not itself continue a sentence ("Ratify X (Austria) already signed (Algeria), as soon as
// possible (France)": France's sentence starts at "Ratify X", without Algeria's words), nor adds
// an object to the part before it (see joins_object()).
size_t sentence_start(const std::vector<Part>& parts, size_t first) {
    size_t start = first - 1;
    while (start > 0 &&
           (continues_sentence(without_joint(parts[start].text)) || joins_object(parts, start)))
        --start;
    return start;
}

// The part whose verb a noun-phrase part `first` borrows: the nearest one before it that starts
// with its own verb ("Ratify X (Chile), speed up Y (Peru), the Convention (Peru)": "speed up").
size_t verb_part(const std::vector<Part>& parts, size_t first) {
    size_t at = first - 1;
    while (at > 0 && !has_verb(parts[at])) --at;
    return at;
}

// Whether a part is an adverb alone ("Positively", "To favourably", "/positively").
bool is_lone_adverb(std::string_view text) {
    std::string_view words = without_joint(text);
    if (words.starts_with("To ") || words.starts_with("to "))
        words = core::trim(words.substr(3));
    return words.find(' ') == std::string_view::npos && words.size() > 4 && words.ends_with("ly");
}

// Whether part `i` is an adverb alone that qualifies the verb after it: "Positively (Canada)
// consider X (Spain)", and its alternatives "To favourably (Chile)/positively (Peru) consider
// X": one that opens the item, or follows such a one after "/". Elsewhere an adverb alone
// qualifies the sentence before it (see continues_sentence()).
bool leads_verb(const std::vector<Part>& parts, size_t i) {
    if (!is_lone_adverb(parts[i].text))
        return false;
    return i == 0 || (core::trim(parts[i].text).starts_with("/") && leads_verb(parts, i - 1));
}

// The part whose verb the adverb alone at `i` qualifies (see leads_verb()); `i` itself when it
// qualifies none.
size_t qualified_verb(const std::vector<Part>& parts, size_t i) {
    size_t verb = i;
    if (leads_verb(parts, i))
        while (verb + 1 < parts.size() && leads_verb(parts, verb)) ++verb;
    return verb;
}

// Whether part `i` of a State, after parts of other States only since `previous`, starts a
// further recommendation of the State: a noun phrase after a comma whose verb is another
// State's ("Speed up ratification of X (Brazil), ratify Y (Mexico), the Convention (Brazil)"),
// not the object of verbs that lack one ("Issue (Chile) and implement (Peru) a standing
// invitation (Chile, Peru)"), nor words after another State's qualifier ("X (Chile), in a
// timely fashion (Japan), Y (Chile)"), nor the verb the State's adverb qualifies ("To
// favourably (Chile)/positively (Peru) consider ratifying (Chile), the Covenant (Peru)").
bool starts_own_sentence(const std::vector<Part>& parts, size_t previous, size_t i) {
    std::string_view words = core::trim(parts[i].text);
    if (!words.starts_with(",") || core::trim(words.substr(1)).starts_with("and ") ||
        core::trim(words.substr(1)).starts_with("or "))
        return false;
    words = without_joint(words);
    if (!starts_as_noun_phrase(words) && !is_determiner(core::ascii_lower(first_word(words))))
        return false;
    size_t verb = verb_part(parts, i);
    return verb > previous && verb != qualified_verb(parts, previous) &&
           !lacks_object(segment_text(parts[verb].text));
}

// "the ratification", "consider accession", "the possibility of ratification", "the
// ratification process": words naming the act of joining a treaty, after a determiner, "of" or
// the verb that opens the words, which take the
// treaty's name after "of" or "to" ("treaties pending ratification" names no act).
bool ends_in_noun_of_action(std::string_view text) {
    static const std::vector<std::string_view> kNouns = {"ratification", "accession", "signature"};
    std::string lower = core::ascii_lower(core::trim(text));
    auto words = core::split(lower, " ");
    if (words.size() >= 2 && words.back() == "process")
        words.pop_back();
    if (words.empty() || std::find(kNouns.begin(), kNouns.end(), words.back()) == kNouns.end())
        return false;
    if (words.size() <= 2)
        return true;
    std::string_view before = words[words.size() - 2];
    return is_determiner(before) || before == "of";
}

// "To examine the possibility of joining (Algeria)/consider the ratification (Argentina) of the
// Convention (Algeria, Argentina)": the words the alternatives share open with the "of" that
// the last one's noun takes; a verb of joining a treaty before them takes its object without it
// ("joining the Convention"), or with "to" ("acceding to the Convention").
std::string joined_to_verb(std::string_view text, std::string_view words) {
    static const std::vector<std::string_view> kDirect = {"ratify",  "ratifying", "sign",
                                                          "signing", "join",      "joining"};
    static const std::vector<std::string_view> kTo = {"accede", "acceding", "adhere", "adhering"};
    std::string_view rest = core::trim(words);
    if (!rest.starts_with("of "))
        return std::string(words);
    std::string last = core::ascii_lower(first_word(text.substr(text.find_last_of(' ') + 1)));
    if (std::find(kDirect.begin(), kDirect.end(), last) != kDirect.end())
        return std::string(rest.substr(3));
    if (std::find(kTo.begin(), kTo.end(), last) != kTo.end())
        return "to " + std::string(rest.substr(3));
    return std::string(words);
}

// How an object is joined to words that want it: "accession to", "ratification of"; a gerund
// that leads the object ("ratifying the Convention") only after words that are not themselves
// a verb of joining ("Consider signing and/or ratifying | the Convention").
std::string object_after(std::string_view text, std::string_view object) {
    text = core::trim(text);
    std::string last = core::ascii_lower(text.substr(text.find_last_of(' ') + 1));
    std::string_view gerund = first_word(object);
    if (gerund.ends_with("ing") && gerund.size() > 5 && last != "consider" && lacks_object(last))
        object = core::trim(object.substr(gerund.size()));
    if (!ends_in_noun_of_action(text))
        return std::string(object);
    return (last == "accession" ? "to " : "of ") + std::string(object);
}

// Whether a State's words stop before the object of their verb: they end in a preposition or a
// verb of joining ("Consider acceding to", "Sign and ratify"), in a noun of that act ("Complete
// the ratification process"), or start with such a verb and name nothing after it ("Ratify as
// soon as possible").
bool wants_object(std::string_view text) {
    static const std::vector<std::string_view> kJoining = {
        "ratify", "sign", "accede", "adhere", "join", "consider", "favourably", "positively"};
    text = core::trim(text);
    if (text.empty())
        return false;
    if (lacks_object(text) || ends_in_noun_of_action(text))
        return true;
    // A verb alone ("Introduce") before other States' words; not an acronym ("CEDAW") nor an
    // adverb ("Seriously"), which qualifies the verb after it.
    if (text.find(' ') == std::string_view::npos && text.size() > 1 && !text.ends_with("ly") &&
        std::isupper(static_cast<unsigned char>(text[0])) &&
        std::all_of(text.begin() + 1, text.end(),
                    [](char c) { return std::islower(static_cast<unsigned char>(c)); }))
        return true;
    std::string verb = core::ascii_lower(first_word(text));
    while (!verb.empty() && (verb.back() == ',' || verb.back() == ':')) verb.pop_back();
    return std::find(kJoining.begin(), kJoining.end(), verb) != kJoining.end() &&
           object_start(text) == std::string_view::npos;
}

// Whether words give a purpose: "to" and a verb ("to permit the monitoring ..."), not a
// determiner or a name ("to the Convention", "to CEDAW"), or "in order to", "so as to".
bool starts_purpose(std::string_view words) {
    words = core::trim(words);
    if (words.starts_with("in order to ") || words.starts_with("so as to "))
        return true;
    if (!words.starts_with("to "))
        return false;
    std::string_view next = first_word(words.substr(3));
    return !next.empty() && std::islower(static_cast<unsigned char>(next.front())) &&
           !is_determiner(next) && is_imperative_verb(next);
}

// The object of an alternative's verb, up to the words that qualify the sentence rather than
// name the object: a comma, "as ..." or a further verb after "and"/"or" ("the OP-CAT and
// establish a mechanism", but "the Convention and its Protocol").
std::string object_extent(std::string_view words) {
    std::string out;
    for (size_t at = 0; at < words.size();) {
        size_t end = std::min(words.find(' ', at), words.size());
        std::string_view word = words.substr(at, end - at);
        size_t next_at = std::min(end + 1, words.size());
        std::string_view next =
            words.substr(next_at, std::min(words.find(' ', next_at), words.size()) - next_at);
        // Nouns of action ("the promotion and protection of") join nouns, not verbs.
        bool noun = next.ends_with("tion") || next.ends_with("ment") || next.ends_with("ance") ||
                    next.ends_with("ence") || next.ends_with("ity");
        // Gerunds joined to gerunds ("signing and ratifying") share the object after them.
        bool gerunds = out.ends_with("ing") && next.ends_with("ing");
        bool joins_verb = (word == "and" || word == "or") && !next.empty() &&
                          std::islower(static_cast<unsigned char>(next.front())) &&
                          !is_determiner(next) && !noun && !gerunds;
        if (!out.empty() && (word == "as" || joins_verb))
            break;
        append_part(out, word);
        // "Cruel, Inhuman or Degrading" goes on; ", as well as", ", and ensuring" do not, nor a
        // purpose of the last alternative's own (", to permit ...", ", in order to ...").
        bool qualifier_next = next == "and" || next == "or" ||
                              continues_sentence(words.substr(next_at)) ||
                              starts_purpose(words.substr(next_at)) ||
                              (!next.empty() && next.front() == '/');
        if (word.ends_with(";") || (word.ends_with(",") && qualifier_next)) {
            out.pop_back();
            break;
        }
        at = end + 1;
    }
    return out;
}

// The object of an alternative's own verb ("ratify as soon as possible the Convention": "the
// Convention"), the whole of words that are a noun phrase; empty when there is none.
std::string object_of(std::string_view words) {
    std::string_view lead = verb_lead(words);
    if (lead.empty()) {
        bool noun_phrase =
            starts_as_noun_phrase(words) || is_determiner(core::ascii_lower(first_word(words)));
        return noun_phrase ? object_extent(words) : std::string();
    }
    // The object starts at its determiner or name, after any adverbs.
    std::string_view rest = core::trim(words.substr(lead.size()));
    bool at_object = starts_as_noun_phrase(rest) ||
                     is_determiner(core::ascii_lower(first_word(rest))) ||
                     (!rest.empty() && std::isupper(static_cast<unsigned char>(rest.front())));
    // A lead of more than six words holds more than the verb, and where the object starts is
    // unknown, unless it ends in a verb the object follows at once ("Finalise and publish at an
    // early date and then swiftly implement | its National Human Rights Action Plan").
    bool long_lead = std::count(lead.begin(), lead.end(), ' ') > 5;
    if (long_lead && !(at_object && is_imperative_verb(lead.substr(lead.find_last_of(' ') + 1))))
        return {};
    size_t object = at_object ? 0 : object_start(rest);
    if (object == std::string_view::npos)
        return {};
    // "consider (Chile), with priority, (Italy) ratifying the Convention": after "consider"
    // the object is the gerund with its own.
    if (lead.find(' ') == std::string_view::npos && lead.ends_with("ing"))
        return std::string(lead) + " " + object_extent(rest.substr(object));
    return object_extent(rest.substr(object));
}

// The object that the alternatives after part `after` end in ("Consider ratifying (Jordan)/
// accede to (Peru)/ratify the Convention (Chile)": "the Convention"), with the part it is in;
// empty when a part with a complete phrase of its own comes first.
std::pair<std::string, size_t> shared_object(const std::vector<Part>& parts, size_t after) {
    for (size_t k = after + 1; k < parts.size(); ++k) {
        std::string_view words = without_joint(parts[k].text);
        if (words.empty() || wants_object(words))
            continue;
        std::string object = object_of(words);
        // "Introduce (Chile) and establish a moratorium (Peru)": a verb joined by "and" or "/"
        // shares its object, which starts at the determiner.
        std::string_view joint = core::trim(parts[k].text);
        bool conjunction = joint.starts_with("and ") || joint.starts_with("/");
        bool bare_verb = core::trim(parts[after].text).find(' ') == std::string_view::npos;
        if (object.empty() && conjunction && bare_verb && k == after + 1) {
            size_t start = object_start(words);
            if (start != std::string_view::npos)
                object = object_extent(words.substr(start));
        }
        if (!object.empty())
            return {std::move(object), k};
        if (!continues_sentence(words))
            return {};
    }
    return {};
}

// The verb a noun phrase joined to an alternative borrows from it: its verb_lead(), or the
// words before its object ("consider the ratification (Chile) or the possibility of
// ratification (Peru)": "consider").
std::string borrowed_verb(std::string_view verb_text, std::string_view noun_phrase) {
    std::string_view lead = verb_lead(verb_text);
    if (!lead.empty())
        return std::string(lead);
    size_t object = object_start(verb_text);
    bool alternative = core::trim(noun_phrase).starts_with("or ");
    if (!alternative || object == std::string_view::npos)
        return {};
    return std::string(core::trim(verb_text.substr(0, object)));
}

// Whether words start a clause of a recommendation with a verb's plain form ("speed up ...",
// "follow through ...", see starts_with_plain_verb()), and not with a word that goes on with
// the sentence before: a pronoun or linking word, an adverb, or a noun that "of" follows
// ("freedom of opinion").
bool starts_clause(std::string_view words) {
    static const std::vector<std::string_view> kNotVerbs = {
        "which", "whose", "who",    "namely", "thereby", "also", "not",   "only",
        "even",  "both",  "either", "such",   "each",    "any",  "other", "more"};
    words = core::trim(words);
    std::string_view word = first_word(words);
    while (!word.empty() && (word.back() == ',' || word.back() == ':')) word.remove_suffix(1);
    if (word.empty() || !std::islower(static_cast<unsigned char>(word.front())) ||
        word.ends_with("ly") ||
        std::find(kNotVerbs.begin(), kNotVerbs.end(), word) != kNotVerbs.end() ||
        first_word(core::trim(words.substr(word.size()))) == "of")
        return false;
    // "speed up", "proceed": a plain verb that only looks like a participle.
    return starts_with_plain_verb(words) || (word.ends_with("eed") && word != "agreed");
}

// Whether part `i` of a State is a further clause of its own: after a comma, with a verb of its
// own that qualifies nothing, and the words before complete ("Adjust its laws (Chile, Peru),
// speed up X (Peru)": Peru's two recommendations). A clause joined by "and" goes on with the
// State's recommendation ("X (Chile, Peru), and adopt Z (Peru)").
bool starts_new_clause(const std::vector<Part>& parts, size_t i) {
    if (i == 0)
        return false;
    std::string_view words = core::trim(parts[i].text);
    if (!words.starts_with(","))
        return false;
    std::string_view after = core::trim(words.substr(1));
    if (after.starts_with("and ") || after.starts_with("or ") || after.starts_with("/"))
        return false;
    return starts_clause(after) && has_verb(parts[i]) && !lacks_object(after) &&
           !wants_object(segment_text(parts[i - 1].text));
}

// Whether part `i` gives the words before it another object of their last "to", right after
// their State list: "access of the ICRC to prisons (Chile) to all detention facilities (Peru)"
// is Peru's "access of the ICRC to all detention facilities". Not "to" and a verb ("(Peru) to
// abolish ..."), nor a qualifier ("to the extent possible, ...").
bool replaces_object(const std::vector<Part>& parts, size_t i) {
    std::string_view words = i == 0 ? std::string_view() : std::string_view(parts[i].text);
    // "withdraw reservations to CEDAW (France) and to its article 2 (Peru)", "respect for freedom
    // of expression (Chile) and of the media (Peru)": joined by "and", also "of".
    bool joined = words.starts_with(" and to ") || words.starts_with(" and of ");
    if (!(words.starts_with(" to ") || joined) || words.find(',') != std::string_view::npos)
        return false;
    std::string_view preposition = joined ? words.substr(4, 4) : words.substr(0, 4);
    static const std::vector<std::string_view> kDeterminers = {"the",   "all",   "its",  "their",
                                                               "other", "those", "these"};
    std::string_view next = first_word(words.substr(joined ? 8 : 4));
    bool object = !next.empty() && (std::find(kDeterminers.begin(), kDeterminers.end(), next) !=
                                        kDeterminers.end() ||
                                    std::isupper(static_cast<unsigned char>(next.front())));
    return object && without_joint(parts[i - 1].text).find(preposition) != std::string_view::npos;
}

// Whether part `i` opens with "a", "an" or "its" right after the State list before it, with no
// joint, and so gives the object the words of that list want: words ending in a preposition or
// a verb of joining ("/expedite the creation of (Peru) an independent institution"), or a
// verb and its adverbs alone ("Establish promptly (Peru) its planned (Canada) institution").
bool gives_wanted_object(const std::vector<Part>& parts, size_t i) {
    static const std::vector<std::string_view> kDeterminers = {"a", "an", "its", "their"};
    std::string_view words = parts[i].text;
    if (i == 0 || words.empty() || words.front() != ' ' ||
        std::find(kDeterminers.begin(), kDeterminers.end(), first_word(words)) ==
            kDeterminers.end())
        return false;
    std::string before = segment_text(without_joint(parts[i - 1].text));
    size_t count = std::count(before.begin(), before.end(), ' ') + 1;
    return !before.empty() &&
           (lacks_object(before) || (count <= 3 && object_start(before) == std::string::npos));
}

// Words without the adverbs that end them: "Establish promptly" is "Establish", the adverb
// being the words' own State's.
std::string without_final_adverbs(std::string text) {
    while (true) {
        size_t space = text.find_last_of(' ');
        if (space == std::string::npos)
            return text;
        std::string_view last = std::string_view(text).substr(space + 1);
        if (last.size() <= 4 || !last.ends_with("ly"))
            return text;
        text.erase(space);
    }
}

// The parts of `state` grouped into its recommendations: a part that starts a sentence of its
// own after parts of other States ("Adjust its laws (Brazil), speed up X (Chile), ratify Y
// (Mexico), the Convention (Brazil)") starts a further recommendation of the State.
std::vector<std::vector<size_t>> runs_of(const std::vector<Part>& parts, const std::string& state) {
    std::vector<std::vector<size_t>> runs;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (!names(parts[i], state))
            continue;
        bool apart =
            !runs.empty() &&
            ((runs.back().back() + 1 < i && starts_own_sentence(parts, runs.back().back(), i)) ||
             starts_new_clause(parts, i) || replaces_object(parts, i));
        if (runs.empty() || apart)
            runs.emplace_back();
        runs.back().push_back(i);
    }
    return runs;
}

// Whether the part after `i` carries on the sentence of part `i` without a joint, as the
// object or complement its words want (the caller checks that they want one): a gerund, "of ..." or
// "to ..." right after the State list ("Consider (Chile) extending ...", "Consider the possibility
// (Peru) of abolishing ...", "Enact a law (Peru) to abolish ...").
bool continues_directly(const std::vector<Part>& parts, size_t i) {
    if (i + 1 >= parts.size())
        return false;
    std::string_view next = parts[i + 1].text;
    if (next.empty() || next.front() != ' ')
        return false;  // "(Chile)/ratify", "(Chile), ratify": a joint.
    std::string_view word = first_word(next);
    bool gerund = word.size() > 5 && word.ends_with("ing") &&
                  std::islower(static_cast<unsigned char>(word.front()));
    return gerund || word == "of" || word == "to";
}

// Whether a State's words want an object (see wants_object()) or the "of ..." of "Consider the
// possibility".
bool wants_complement(std::string_view text) {
    return wants_object(text) || core::ascii_lower(core::trim(text)).ends_with(" possibility");
}

// The words of a State that complete another State's verb, as a recommendation of their own:
// "Consider the possibility (Chile) of abolishing the death penalty (Peru)" is Peru's "abolishing
// the death penalty" without the "of" that joined it to Chile's words, and its gerund an
// imperative ("abolish the death penalty"), as "Consider (Chile) holding elections (Peru)" is
// Peru's "hold elections".
std::string as_own_recommendation(std::string text) {
    std::string_view words = text;
    if (words.starts_with("of ")) {
        std::string_view gerund = first_word(words.substr(3));
        if (gerund.size() > 5 && gerund.ends_with("ing"))
            text.erase(0, 3);
    }
    return gerund_as_imperative(std::move(text));
}

// The text of one recommendation of a State: its parts `run`, then `tail`.
std::string run_text(const std::vector<Part>& parts, const std::vector<size_t>& run,
                     std::string_view tail) {
    std::string text;
    // "Establish an institution (Chile), through the legislative process (Peru)": a State
    // whose first part only qualifies the words before it takes those words too.
    size_t first = run.front();
    // A State whose words are an adverb before another State's verb takes that verb's part.
    size_t verb = qualified_verb(parts, first);
    // "Consider (Chile) holding elections (Peru)": words that complete another State's verb
    // are the State's own recommendation, without that verb.
    bool completes = first > 0 && continues_directly(parts, first - 1) &&
                     wants_complement(segment_text(parts[first - 1].text));
    // "ratify X (Brazil) and the Optional Protocol thereto (Iraq)": a State whose first part
    // adds an object takes the verb and object it adds to.
    bool adds_object = verb == first && !completes && joins_object(parts, first);
    bool continues = first > 0 && verb == first && !completes &&
                     (adds_object || continues_sentence(without_joint(parts[first].text)));
    size_t start = continues ? sentence_start(parts, first) : first;
    // The objects added between the sentence's start and the State's words are the State's
    // too: "ratify X (Brazil) and the Protocol (Iraq) as soon as possible (Greece)".
    // "counter illiteracy (Chile) amongst girls (Peru) and women (Spain)": a noun phrase
    // joined by "and" takes the place of the one the sentence before it ends in, qualifiers
    // of other States included (Spain: "counter illiteracy amongst women").
    bool adds_to_all = adds_object && adds_bare_object(parts, first);
    auto carried = [&](size_t i) {
        if (!continues || i <= start || i >= first)
            return false;
        if (adds_to_all)
            return true;
        for (size_t k = start + 1; k <= i; ++k)
            if (!joins_object(parts, k))
                return false;
        return true;
    };
    // "Ratify ICCPR (Chile), the Optional Protocol (Peru)": a State whose first part is a
    // noun phrase takes the verb of the part it follows (see verb_lead()).
    bool borrows =
        first > 0 && !adds_object && starts_as_noun_phrase(without_joint(parts[first].text));
    if (borrows)
        text = borrowed_verb(segment_text(parts[verb_part(parts, first)].text), parts[first].text);
    bool replaces = !borrows && !completes && !continues && replaces_object(parts, first);
    if (replaces) {
        std::string_view before = without_joint(parts[first - 1].text);
        std::string_view preposition =
            without_joint(parts[first].text).starts_with("of ") ? " of " : " to ";
        text = std::string(before.substr(0, before.rfind(preposition)));
    }
    // "/expedite the creation of (Peru) an independent institution ... (Norway, Peru)": words
    // that give the object another State's words before them want are the State's
    // recommendation with those words.
    if (!borrows && !completes && !continues && text.empty() && gives_wanted_object(parts, first))
        text = without_final_adverbs(segment_text(without_joint(parts[first - 1].text)));
    auto in_run = [&](size_t i) { return std::find(run.begin(), run.end(), i) != run.end(); };
    for (size_t i = 0; i < parts.size(); ++i) {
        if (!(continues && i == start) && !(verb != first && i == verb) && !in_run(i) &&
            !carried(i))
            continue;
        std::string_view words = parts[i].text;
        if (adds_to_all && i == first) {
            if (std::string cut = without_final_noun_phrase(text); !cut.empty()) {
                text = std::move(cut);
                words = without_joining_word(words);
            }
        }
        // A qualifier's joint ("and through a law") joins it to another State's words, which
        // this State's sentence skips.
        if (continues && i == first && first != start + 1 && !carried(first - 1))
            words = without_joining_word(words);
        bool alternative = core::trim(words).starts_with("/");
        // "... the Charter (Peru)/and hold talks (Spain)": a further action of the State's
        // keeps the "and" that joins it to the State's words before.
        bool joined = alternative && !text.empty() &&
                      core::trim(core::trim(words).substr(1)).starts_with("and ");
        if (joined)
            words = core::trim(words).substr(1);
        else if (text.empty() || (borrows && i == first) || (replaces && i == first) || alternative)
            words = without_joint(words);
        // "Consider expediting (Brazil)/ratify the Convention (Brazil, Peru)": the State's
        // words that want an object take the object of its later alternative, not its verb.
        std::string object;
        if (alternative && i != first && wants_object(text)) {
            object = object_of(words);
            if (!object.empty()) {
                object = object_after(text, object);
                words = object;
            }
        }
        std::string without_of;
        if (i != first && !alternative) {
            without_of = joined_to_verb(text, words);
            words = without_of;
        }
        append_part(text, words);
        // "Consider (Chile) extending an invitation (Peru)": the next State's words go on
        // with the State's sentence, which takes them.
        if (!in_run(i + 1) && continues_directly(parts, i) && wants_complement(text))
            append_part(text, object_extent(core::trim(parts[i + 1].text)));
        // "Consider ratifying (Jordan)/ratify as soon as possible the Convention (Chile)": words
        // of the State's that want an object, followed by other States' alternatives, share
        // the object the alternatives end in; the tail, where there is one, gives it instead.
        bool last = i == run.back();
        if (!in_run(i + 1) && i + 1 < parts.size() && !(last && !core::trim(tail).empty()) &&
            wants_object(text)) {
            auto [object, at] = shared_object(parts, i);
            bool before_next =
                last || *std::find_if(run.begin(), run.end(), [&](size_t r) { return r > i; }) > at;
            if (!object.empty() && before_next)
                append_part(text, object_after(text, object));
        }
    }
    append_part(text, tail);
    return completes ? as_own_recommendation(segment_text(text)) : segment_text(text);
}

}  // namespace

std::vector<AttributedText> with_objects_shared(std::vector<AttributedText> segments) {
    for (size_t i = 0; i + 1 < segments.size(); ++i) {
        std::string& text = segments[i].text;
        if (segments[i].states.empty() || !lacks_object(text))
            continue;
        for (size_t k = i + 1; k < segments.size(); ++k) {
            std::string_view words = segments[k].text;
            if (lacks_object(words))
                continue;  // Another State's words wanting the same object.
            if (std::string object = object_of(words); !object.empty())
                append_part(text, object_after(text, object));
            break;
        }
    }
    return segments;
}

std::vector<AttributedText> compose(const std::vector<Part>& parts, std::string_view tail) {
    std::vector<std::string> order;
    for (const auto& part : parts) add_states(order, part.states);
    std::vector<AttributedText> out;
    for (const auto& state : order) {
        auto runs = runs_of(parts, state);
        for (size_t r = 0; r < runs.size(); ++r) {
            // The words after the last State list complete the State's last recommendation.
            std::string text = run_text(parts, runs[r], r + 1 == runs.size() ? tail : "");
            auto same = std::find_if(out.begin(), out.end(),
                                     [&](const AttributedText& a) { return a.text == text; });
            if (same != out.end())
                same->states.push_back(state);
            else
                out.push_back({std::move(text), {state}});
        }
    }
    return out;
}

}  // namespace rightstrack::ingest
