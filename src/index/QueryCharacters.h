// The character classes of the query language, over valid UTF-8: what makes up a word (letters,
// digits and marks of any script, joined by inner hyphens, apostrophes and dots), what is white
// space, and which quotation marks open a phrase and which close it. Pure functions:
// thread-safe (ICU's character properties are read-only tables).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::index {

struct CodePoint {
    char32_t value = 0;
    std::size_t length = 0;  // Bytes it takes in UTF-8.
};

// The character that starts at byte `at` of valid UTF-8 `text` (at < text.size()).
CodePoint code_point_at(std::string_view text, std::size_t at);
// The character that ends just before byte `at`, or 0 at the start.
char32_t code_point_before(std::string_view text, std::size_t at);
std::size_t count_code_points(std::string_view text);

// Letters, marks and digits of any script.
bool is_word_char(char32_t c);
// Unicode white space and control characters.
bool is_space(char32_t c);
// The quotation marks that may close a phrase opened by `c` ("" → ", “” → ”, „“ → “ or ”,
// «» → »); empty when `c` opens no phrase.
std::u32string_view closing_quotes(char32_t c);

// End of the word that starts at byte `at` (a word character): word characters, where a hyphen
// (- ‐ ‑), apostrophe (' ’), dot or underscore between two of them joins them into one word:
// "non-discrimination", "women's", "d'expression", "122.17", "state_under_review".
std::size_t word_end(std::string_view text, std::size_t at);
// The words of `text` in order, as the query language splits them; everything between words
// (white space and punctuation) separates them.
std::vector<std::string> split_words(std::string_view text);

}  // namespace rightstrack::index
