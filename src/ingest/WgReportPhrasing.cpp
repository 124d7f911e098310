#include "ingest/WgReportPhrasing.h"

#include <algorithm>
#include <array>
#include <regex>

#include "core/Text.h"
#include "ingest/ImperativeVerbs.h"
#include "model/StateRegistry.h"

namespace rightstrack::ingest {
namespace {

constexpr std::array<std::string_view, 4> kGenericSubjects = {"the State", "the Government",
                                                              "the authorities", "it"};

// "It", "the State": subjects that also start sentences of other kinds ("It is", "the State
// party"), so they are removed only after "that".
bool is_generic_subject(std::string_view subject) {
    return std::find(kGenericSubjects.begin(), kGenericSubjects.end(), subject) !=
           kGenericSubjects.end();
}

bool ends_with_any(std::string_view word, std::initializer_list<std::string_view> endings) {
    return std::any_of(endings.begin(), endings.end(),
                       [&](std::string_view e) { return word.ends_with(e); });
}

// "the Government continue its efforts", left by a "recommended that" already dropped: a generic
// subject without "that" leads only when a verb follows it, as "the State party" or "It is"
// show it may start other sentences.
bool names_verb_after(std::string_view subject, std::string_view text, size_t after) {
    return subject != "it" && starts_with_plain_verb(text.substr(after));
}

// Drops a lead naming the State under review at the start of `text`: "That X ratify",
// "Recommended that X ratify", "Recommended to X to ratify", the dialogue's "encouraged X to
// ratify", "recommended South Africa to", "requests Tunisia to", and "X ratify" or "X to ratify"
// left by a split at "; recommends that" or "; encourages". Returns whether one was dropped.
bool drop_subject(std::string& text, const std::vector<std::string>& subjects) {
    for (const char* lead : {"that ", "recommended that ", "recommended to ", "recommended ",
                             "recommends ", "encouraged ", "encourages ", "urged ", "urges ",
                             "called on ", "called upon ", "calls on ", "calls upon ", "invited ",
                             "invites ", "requested ", "requests ", "to ", ""}) {
        for (const auto& subject : subjects) {
            std::string prefix = lead + core::ascii_lower(subject) + " ";
            if (text.size() > prefix.size() &&
                core::ascii_lower(text.substr(0, prefix.size())) == prefix &&
                (*lead || (std::islower(static_cast<unsigned char>(text[prefix.size()])) &&
                           (!is_generic_subject(subject) ||
                            names_verb_after(subject, text, prefix.size()))))) {
                text.erase(0, prefix.size());
                return true;
            }
        }
    }
    return false;
}

// The plain form of a verb from its "-ing" form: "allowing" allow, "imposing" impose, "putting"
// put, "ratifying" ratify. Spelling drops a silent "e" before "-ing" and doubles a last
// consonant, and the "-ing" form shows neither: the stem's ending tells them apart for the
// verbs reports use ("creating" create, "combating" combat, "controlling" control).
std::string plain_form(std::string_view gerund) {
    std::string stem(gerund.substr(0, gerund.size() - 3));
    size_t n = stem.size();
    auto ends = [&](std::string_view e) { return stem.ends_with(e); };
    auto vowel = [](char c) { return std::string_view("aeiou").find(c) != std::string_view::npos; };
    if (stem == "us")
        return "use";
    if (n < 3 || ends("ee") || ends("y") || stem == "combat")
        return stem;
    // "putting", "planning", "occurring", "controlling": a doubled consonant stands for one.
    char last = stem[n - 1];
    if (last == stem[n - 2] && std::string_view("tpnmgbr").find(last) != std::string_view::npos)
        return stem.substr(0, n - 1);
    for (std::string_view doubled : {"controll", "fulfill", "cancell", "travell", "labell",
                                     "modell", "channell", "signall", "counsell"})
        if (stem.ends_with(doubled))
            return stem.substr(0, n - 1);
    // A single vowel after a consonant before the last letter: "provid", "tak", "defin".
    bool single = vowel(stem[n - 2]) && !vowel(stem[n - 3]);
    bool silent_e =
        ends("c") || ends("v") || ends("z") || ends("u") || (ends("s") && !ends("ss")) ||
        (ends("g") && !ends("ing") && !ends("ong") && !ends("ung")) ||
        (ends("at") && (!ends("eat") || ends("creat"))) || (ends("ot") && !ends("oot")) ||
        (ends("ut") && !ends("out")) || (ends("ur") && !ends("our")) ||
        (ends("ar") && !ends("ear")) || (ends("ir") && !ends("air")) ||
        (single && (ends("d") || ends("k") || ends("m") || ends("b") || ends("in") || ends("il") ||
                    ends("ul"))) ||
        (!vowel(stem[n - 2]) && ends("l") && !ends("ll") && !ends("rl") && !ends("wl")) ||
        ends("stor") || ends("nor") || ends("plor") || ends("adher") || ends("let") ||
        ends("pet") || ends("invit") || stem == "unit" || stem == "cit" || ends("writ") ||
        ends("excit");
    return silent_e ? stem + "e" : stem;
}

// "ratifying the Protocol and facilitating the visit of the Rapporteur": a further gerund
// joined by "and" after the first one's object is an action of its own, in the plain form the
// first one takes; only a verb recommendations open with, so that "and raising awareness"
// stays where "raising" is no such verb.
std::string with_joined_gerunds(std::string rest) {
    for (size_t at = rest.find(" and "); at != std::string::npos;
         at = rest.find(" and ", at + 1)) {
        size_t start = at + 5;
        size_t end = std::min(rest.find_first_of(" ,;.", start), rest.size());
        std::string word = rest.substr(start, end - start);
        if (word.size() < 6 || !word.ends_with("ing") ||
            !std::all_of(word.begin(), word.end(),
                         [](char c) { return std::islower(static_cast<unsigned char>(c)); }))
            continue;
        std::string plain = plain_form(word);
        if (is_imperative_verb(plain))
            rest.replace(start, word.size(), plain);
    }
    return rest;
}

}  // namespace

bool starts_with_plain_verb(std::string_view text) {
    text = core::trim(text);
    std::string_view word = text.substr(0, text.find_first_of(" ,;:"));
    if (word.size() < 2 || !std::isalpha(static_cast<unsigned char>(word[0])) ||
        std::isupper(static_cast<unsigned char>(word[1])))
        return false;  // Empty, a number or an acronym.
    std::string lower = core::ascii_lower(word);
    for (std::string_view other :
         {"the",   "a",           "an",       "its",   "all", "this",  "these", "their", "that",
          "those", "to",          "of",       "on",    "in",  "for",   "with",  "by",    "and",
          "or",    "information", "measures", "party", "be",  "other", "any"})
        if (lower == other)
            return false;
    if (lower.ends_with("s") && !lower.ends_with("ss"))
        return false;  // "measures", "is": plural nouns and third persons; a plain verb has no -s.
    return !ends_with_any(
        lower, {"ion", "ment", "ity", "ance", "ence", "al", "ness", "ship", "ism", "ing", "ed"});
}

// Early reports phrase items as infinitives ("To ratify the Convention") or clauses ("That
// Algeria ratify the Convention"); later ones, and every database of recommendations, as
// imperatives ("Ratify the Convention"). Keep the imperative, capitalised also when it was the
// second part of a compound item ("...; establish ..."). `subjects` are the ways the report
// names the State under review.
std::string imperative(std::string text, const std::vector<std::string>& subjects) {
    // A second recommendation of the same State: "...(Italy); recommends the continuation of".
    static const std::regex kRecommendsLead(
        R"(^(?:it\s+)?(?:also\s+|further\s+)?recommend(?:s|ed)?\s+(?:that\s+)?)",
        std::regex::icase);
    std::smatch recommends;
    if (std::regex_search(text, recommends, kRecommendsLead) && !text.starts_with("Recommended "))
        text.erase(0, recommends.length(0));
    // The dialogue's "recommended to Benin that it continue" names the State twice: dropped
    // until no lead is left.
    bool dropped = false;
    while (drop_subject(text, subjects)) dropped = true;
    // "Recommended to take measures": an item that names no State, its infinitive's verb next.
    constexpr std::string_view kRecommendedTo = "Recommended to ";
    if (text.starts_with(kRecommendedTo) &&
        starts_with_plain_verb(std::string_view(text).substr(kRecommendedTo.size())))
        text.erase(0, kRecommendedTo.size());
    // "To ratify": an infinitive's "to"; "To the extent possible, present ...", "To the
    // international community: assist ...": a preposition, which stays.
    if (text.size() > 4 && (text.starts_with("To ") || text.starts_with("to ")) &&
        std::islower(static_cast<unsigned char>(text[3])) && !text.starts_with("To the ") &&
        !text.starts_with("to the "))
        text.erase(0, 3);
    // "That Bahrain could consider signing": without its subject, the modal goes too.
    if (dropped)
        for (std::string_view modal : {"could ", "should ", "would ", "might ", "may ", "shall "})
            if (text.size() > modal.size() + 1 && text.starts_with(modal) &&
                std::islower(static_cast<unsigned char>(text[modal.size()]))) {
                text.erase(0, modal.size());
                break;
            }
    if (!text.empty())
        text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
}

std::string gerund_as_imperative(std::string text) {
    std::string_view word = std::string_view(text).substr(0, text.find(' '));
    // "bring", "string": no verb's stem without a vowel.
    std::string_view stem = word.substr(0, word.size() >= 3 ? word.size() - 3 : 0);
    if (stem.find_first_of("aeiouAEIOU") == std::string_view::npos)
        return text;
    if (word.size() < 5 || !word.ends_with("ing") || word == "including" || word == "regarding" ||
        word == "concerning" || word == "according" || word == "following" || word == "pending" ||
        word == "during")
        return text;
    for (char c : word)
        if (!std::isalpha(static_cast<unsigned char>(c)))
            return text;
    // "taking into account ..., adopt": a clause that qualifies the verb after it.
    std::string_view rest = core::trim(std::string_view(text).substr(word.size()));
    if (rest.starts_with("into account") || rest.starts_with("in mind"))
        return text;
    bool capital = std::isupper(static_cast<unsigned char>(word.front()));
    std::string plain = plain_form(core::ascii_lower(word));
    if (capital)
        plain[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(plain[0])));
    // "repealing or amending its code": the verbs joined to the first one too.
    for (std::string_view joint : {"or ", "and ", "and/or "}) {
        if (!rest.starts_with(joint))
            continue;
        std::string_view next = rest.substr(joint.size());
        next = next.substr(0, next.find(' '));
        if (next.size() >= 5 && next.ends_with("ing") &&
            std::all_of(next.begin(), next.end(), [](char c) { return std::islower(c); }))
            return plain + " " + std::string(joint) + plain_form(next) +
                   std::string(rest.substr(joint.size() + next.size()));
    }
    return plain + with_joined_gerunds(text.substr(word.size()));
}

// Early reports join several recommendations of one State with "; recommends that ...", "; it
// also encourages X to ..." or a new sentence "It also recommended that ...".
std::vector<std::string> split_recommends(const std::string& text) {
    static const std::regex kRecommends(
        R"((?:\s*;\s*(?:and\s+)?(?:it\s+)?|\.\s+It\s+)(?:also\s+|further\s+)?(?:recommend(?:s|ed)?|encourage(?:s|d)?)\s+(?:that\s+)?)");
    std::vector<std::string> parts;
    std::sregex_token_iterator it(text.begin(), text.end(), kRecommends, -1), end;
    for (; it != end; ++it)
        if (!core::trim(it->str()).empty())
            parts.push_back(it->str());
    return parts;
}

// How the report may name the State under review as the subject of a "That ..." clause.
std::vector<std::string> subjects_for(const std::string& state) {
    std::vector<std::string> subjects;
    for (const auto& name : model::StateRegistry::instance().names_of(state))
        if (name.language == "en") {
            subjects.push_back(name.text);
            // "That the Congo consider": some names take the article in a sentence.
            if (!name.text.starts_with("the ") && !name.text.starts_with("The "))
                subjects.push_back("the " + name.text);
        }
    for (auto generic : kGenericSubjects) subjects.emplace_back(generic);
    // Longest first, so "the Government of X" is not cut at "the Government".
    std::sort(subjects.begin(), subjects.end(),
              [](const auto& a, const auto& b) { return a.size() > b.size(); });
    return subjects;
}

}  // namespace rightstrack::ingest
