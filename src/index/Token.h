// One indexed word as the analyzer gives it: the term it is indexed under (folded, and stemmed
// where the language has a stemmer), its place among the field's words, and where it stands in
// the original text so that snippets can highlight it. Plain value type.
#pragma once

#include <cstdint>
#include <string>

namespace rightstrack::index {

struct Token {
    std::string term;         // As indexed: "tortur", "женщин", "кыргызстан".
    std::uint32_t position;   // 0 for the field's first word, counting words only.
    std::uint32_t begin;      // Byte offsets of the word in the original UTF-8 text.
    std::uint32_t end;
    bool operator==(const Token&) const = default;
};

}  // namespace rightstrack::index
