#include "ingest/WgReportPhrasing.h"

#include <algorithm>
#include <array>
#include <regex>

#include "core/Text.h"
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
                           (!is_generic_subject(subject) || names_verb_after(subject, text,
                                                                             prefix.size()))))) {
                text.erase(0, prefix.size());
                return true;
            }
        }
    }
    return false;
}

}  // namespace

bool starts_with_plain_verb(std::string_view text) {
    text = core::trim(text);
    std::string_view word = text.substr(0, text.find_first_of(" ,;:"));
    if (word.size() < 2 || !std::isalpha(static_cast<unsigned char>(word[0])) ||
        std::isupper(static_cast<unsigned char>(word[1])))
        return false;  // Empty, a number or an acronym.
    std::string lower = core::ascii_lower(word);
    for (std::string_view other : {"the", "a", "an", "its", "all", "this", "these", "their",
                                   "that", "those", "to", "of", "on", "in", "for", "with", "by",
                                   "and", "or", "information", "measures", "party", "be"})
        if (lower == other)
            return false;
    if (lower.ends_with("s") && !lower.ends_with("ss"))
        return false;  // "measures", "is": plural nouns and third persons; a plain verb has no -s.
    return !ends_with_any(lower, {"ion", "ment", "ity", "ance", "ence", "al", "ness", "ship",
                                  "ism", "ing", "ed"});
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
    if (text.size() > 4 && (text.starts_with("To ") || text.starts_with("to ")) &&
        std::islower(static_cast<unsigned char>(text[3])))
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
