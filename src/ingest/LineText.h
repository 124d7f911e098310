// What the text of one laid-out line says about the document's structure, in any language: clean
// text, the paragraph numbers of the UN layout, footnote marks, sentence ends. TextLayout,
// PageFurniture and Hyphenation use it. Pure functions: thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace rightstrack::ingest {

// U+00AD SOFT HYPHEN in UTF-8.
inline constexpr std::string_view kSoftHyphenUtf8 = "\xC2\xAD";

// Ligatures decomposed ("ﬁ" -> "fi"), soft hyphens removed except one ending the line (it marks
// a word broken there), every kind of space made a plain one and runs of them collapsed, "∗"
// made "*", Symbol-font bullets made "•", other private-use characters (barcodes, glyphs without
// Unicode) dropped.
std::string clean_line_text(std::string_view text);

// Length of the paragraph number that `text` starts with, 0 if none. Recognised: "76.", "76.12.",
// "76.12" (not before a lower-case word: "5.5 million" is no number), "1)", "(a)", "a)", "(iv)",
// "(12)", "II." and "A." (headings, any script), and bullets. A year such as "2010." is not one:
// numbers have at most three digits.
size_t paragraph_number_length(std::string_view text);

// A line that holds only a paragraph number, or a range of them ("76.", "122.11", "122.14–15",
// "(a)", "II."): the text that it numbers follows on the same baseline or the next line.
bool is_lone_paragraph_number(std::string_view text);

// A footnote starts with its mark: "1 ", "12 ", "*", "**", "†".
bool starts_with_footnote_mark(std::string_view text);
bool starts_with_asterisk(std::string_view text);

// Whether a sentence ends at the end of `text` (".", "!", "?", "…", "。", before closing quotes or
// brackets).
bool ends_sentence(std::string_view text);

// Lower-cases `text` (ICU's simple case mapping, for every script).
std::string lower_case(std::string_view text);

// The first code point of `text` (0 if empty) and the one at `i`, moving `i` past it; malformed
// bytes read as U+FFFD.
char32_t first_code_point(std::string_view text);
char32_t next_code_point(std::string_view text, size_t& i);

// The letters that `text` starts with (a word up to its first non-letter).
std::string_view leading_word(std::string_view text);

// Length in bytes of a hyphen ("-" or U+2010) that ends `text` right after a letter, 0 if none.
size_t word_hyphen_length(std::string_view text);

// The final form of a paragraph's text: soft hyphens left inside it removed, and NFC, so that an
// accent the PDF drew apart from its letter compares equal to the precomposed letter.
std::string finished_paragraph_text(std::string text);

}  // namespace rightstrack::ingest
