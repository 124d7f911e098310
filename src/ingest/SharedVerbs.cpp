#include "ingest/SharedVerbs.h"

#include <algorithm>
#include <cctype>

#include "core/Text.h"
#include "ingest/CompoundItems.h"
#include "ingest/WgReportPhrasing.h"

namespace rightstrack::ingest {
namespace {

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

// "Issue a standing invitation to all special procedures (Chile); to all thematic ones (Peru)": a
// part that is only "to" and a noun phrase gives the first part's words another object after
// their own "to", where a determiner or a name follows it (not "to abolish ...", a verb of its
// own).
bool to_another_object(std::string_view text, std::string_view front) {
    if (!text.starts_with("to ") || text.find(',') != std::string_view::npos)
        return false;  // "to the extent possible, present ...": a qualifier, then a verb.
    std::string_view next = first_word(text.substr(3));
    static const std::vector<std::string_view> kDeterminers = {"the",   "all",   "its",  "their",
                                                               "other", "those", "these"};
    if (next.empty() ||
        (std::find(kDeterminers.begin(), kDeterminers.end(), next) == kDeterminers.end() &&
         !std::isupper(static_cast<unsigned char>(next.front()))))
        return false;
    return front.rfind(" to ") != std::string_view::npos;
}

}  // namespace

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

std::vector<AttributedText> with_verbs_borrowed(std::vector<AttributedText> segments) {
    if (segments.size() < 2 || starts_as_noun_phrase(segments.front().text))
        return segments;
    std::string_view front = segments.front().text;
    std::string lead(verb_lead(front));
    // "Consider ratifying or acceding to: X (Chile); other treaties (Peru)": a lead that ends
    // in a colon announces a list of objects, which every later part without a verb of its own
    // continues, whatever its first word.
    bool announces_list = !lead.empty() && front.substr(lead.size()).starts_with(":");
    // "Continue its efforts: for the promotion of human rights (Oman); in legal and judicial
    // reforms (Viet Nam)": a lead of a verb's own ending in the colon announces the list as well,
    // without a name after it.
    size_t colon = front.find(": ");
    if (lead.empty() && colon != std::string_view::npos && starts_with_plain_verb(front) &&
        front.substr(0, colon).find_first_of(";,") == std::string_view::npos) {
        lead = front.substr(0, colon);
        announces_list = true;
    }
    for (size_t i = 1; i < segments.size(); ++i) {
        std::string& text = segments[i].text;
        bool object = !lead.empty() && (starts_as_noun_phrase(text) ||
                                        (announces_list && !text.empty() &&
                                         std::islower(static_cast<unsigned char>(text.front())) &&
                                         !starts_with_plain_verb(text)));
        if (!segments[i].states.empty() && !object && to_another_object(text, front)) {
            text = std::string(front.substr(0, front.rfind(" to "))) + " " + text;
            continue;
        }
        if (segments[i].states.empty() || !object)
            continue;
        if (first_word(text) == "The")
            text.front() =
                static_cast<char>(std::tolower(static_cast<unsigned char>(text.front())));
        text = lead + " " + text;
    }
    return segments;
}

}  // namespace rightstrack::ingest
