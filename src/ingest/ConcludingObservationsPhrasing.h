// How Treaty Bodies word their concluding observations, in English and Russian: where a
// paragraph's recommendation starts ("The State party should", "The Committee recommends",
// "Комитет рекомендует"), which paragraphs are procedural (the follow-up request, the urgent
// measures, the next report), the paragraphs those name ("paragraphs 14 (a), 26 (b) and 38") and
// the markers of sub-items ("(a)", "a)"). Pure functions: thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::ingest {

// A paragraph, or one sub-item of it, that a concluding observation names.
struct ParagraphRef {
    int number = 0;
    std::string item;  // "a", "b", ...; "" for the whole paragraph.
    bool operator==(const ParagraphRef&) const = default;
};

// What a paragraph does beyond concern and recommendation.
enum class ParagraphRole {
    Substantive,  // A concern, a recommendation, or both.
    FollowUp,     // Asks for information within one to two years on the paragraphs it names.
    Urgent,       // Names the areas (paragraphs) in which urgent measures must be taken (CRC).
    NextReport,   // When and how to submit the next report, or the common core document.
};

ParagraphRole paragraph_role(std::string_view text);

// Byte offset of the first sentence of `text` that recommends, npos if none does. Recommending
// sentences say "the State party should", "recommends", "urges", "calls upon", "encourages",
// "invites", "requests" (or "государству-участнику следует", "рекомендует", "призывает",
// "предлагает", "просит", "побуждает"); sentences of concern before them are not part of the
// recommendation.
size_t recommendation_start(std::string_view text);

// The paragraphs named after "paragraph(s)", "para(s).", "пункт(ах)" or "п.": "paragraphs 14 (a),
// 26 (b) and 38" gives 14 a, 26 b and 38; "12 (a) and (b)" gives 12 a and 12 b; glosses in
// parentheses ("15 (d) (on pensions)") are skipped.
std::vector<ParagraphRef> paragraph_references(std::string_view text);

// A sub-item marker at `at`: "(a) ", "(iv) ", or in Russian "a) ". Letters are ASCII; the
// Cyrillic look-alikes a Russian text may type instead ("а", "с", "е") read as their Latin twins.
struct ItemMarker {
    std::string label;  // "a", "iv".
    size_t length = 0;  // Bytes of the marker and the space after it.
};
std::optional<ItemMarker> item_marker_at(std::string_view text, size_t at = 0);

// "i", "ii", ..., "x": a sub-sub-item's numeral (or the letter i, v or x; the caller decides).
bool is_roman_numeral(std::string_view label);

// The next letter after `label` ("a" -> "b"); "" after "z".
std::string next_item_label(std::string_view label);

// `text` trimmed, without a final conjunction that may join the last two items of a list (" and",
// " et", " y", " и" ...), if it ends with one.
std::string_view without_final_conjunction(std::string_view text);

// A sub-item's text without the list punctuation that joins it to the next ("; and", ";", "; и"),
// ending with a full stop instead.
std::string item_sentence(std::string_view text);

}  // namespace rightstrack::ingest
