// The part of a hit's text that shows why it matched: the window of about 30 words that holds
// the most distinct query terms (then the most matches, then the earliest), cut on word
// boundaries with an ellipsis where the text goes on, and the byte ranges of its matched words.
// Short texts, most recommendations, come back whole. Made only for the hits a search returns.
// Pure function of its arguments; the analyzer it uses is not thread-safe.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "index/Analyzer.h"

namespace rightstrack::index {

// Bytes [first, second) of a snippet's text: one matched word.
using ByteRange = std::pair<std::uint32_t, std::uint32_t>;

struct Snippet {
    std::string text;
    std::vector<ByteRange> highlights;  // Ascending, never overlapping.
    bool operator==(const Snippet&) const = default;
};

struct SnippetOptions {
    std::size_t window_words = 30;
    // Texts of up to this many words come back whole: cutting off a few words saves nothing.
    std::size_t whole_text_words = 36;
    // Words of context kept before the first match when the window has room to spare after its
    // last one, so that a match does not open the snippet bare.
    std::size_t lead_words = 5;
};

// The ellipsis put where the text is cut (U+2026).
inline constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

// `terms` are the query's positive analysed terms, sorted (Evaluation::positive_terms): words,
// prefix expansions and the words of phrases, each highlighted wherever it occurs. `analyzer`
// must be the one `text` was indexed with, or its terms will not meet the query's.
Snippet make_snippet(std::string_view text, const Analyzer& analyzer,
                     std::span<const std::string> terms, const SnippetOptions& options = {});

}  // namespace rightstrack::index
