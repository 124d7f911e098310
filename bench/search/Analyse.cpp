#include "Analyse.h"

namespace rightstrack::bench {

namespace {
bool is_word_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
}  // namespace

std::vector<index::Token> split_lower_words(std::string_view text) {
    std::vector<index::Token> tokens;
    size_t i = 0;
    while (i < text.size()) {
        if (!is_word_byte(text[i])) {
            ++i;
            continue;
        }
        size_t begin = i;
        std::string term;
        for (; i < text.size() && is_word_byte(text[i]); ++i)
            term += static_cast<char>(text[i] >= 'A' && text[i] <= 'Z' ? text[i] + 32 : text[i]);
        tokens.push_back({std::move(term), static_cast<std::uint32_t>(tokens.size()),
                          static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(i)});
    }
    return tokens;
}

}  // namespace rightstrack::bench
