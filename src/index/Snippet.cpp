#include "index/Snippet.h"

#include <algorithm>

namespace rightstrack::index {
namespace {

// A word of the text that is a query term: its token and which term (an index into `terms`,
// so that distinct terms can be counted with a plain array).
struct Match {
    std::size_t token;
    std::size_t term;
};

std::vector<Match> find_matches(const std::vector<Token>& tokens,
                                std::span<const std::string> terms) {
    std::vector<Match> out;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        auto found = std::lower_bound(terms.begin(), terms.end(), tokens[i].term);
        if (found != terms.end() && *found == tokens[i].term)
            out.push_back({i, static_cast<std::size_t>(found - terms.begin())});
    }
    return out;
}

// Tokens [first, last) of the text.
struct Window {
    std::size_t first;
    std::size_t last;
};

// The best window of `width` tokens. A window that starts on a non-matching word holds no more
// than the one starting on the next match, so only windows starting on matches are compared,
// two pointers sliding over the matches with a count per term.
std::size_t best_start(const std::vector<Match>& matches, std::size_t term_count,
                       std::size_t width) {
    std::vector<std::uint32_t> counts(term_count, 0);
    std::size_t distinct = 0, occurrences = 0, end = 0;
    std::size_t best = 0, best_distinct = 0, best_occurrences = 0;
    for (std::size_t i = 0; i < matches.size(); ++i) {
        for (; end < matches.size() && matches[end].token < matches[i].token + width; ++end) {
            distinct += counts[matches[end].term]++ == 0;
            ++occurrences;
        }
        if (distinct > best_distinct ||
            (distinct == best_distinct && occurrences > best_occurrences)) {
            best = i;
            best_distinct = distinct;
            best_occurrences = occurrences;
        }
        distinct -= --counts[matches[i].term] == 0;
        --occurrences;
    }
    return best;
}

Window choose_window(const std::vector<Match>& matches, std::size_t token_count,
                     std::size_t term_count, const SnippetOptions& options) {
    std::size_t width = std::max<std::size_t>(options.window_words, 1);
    if (token_count <= std::max(options.whole_text_words, width))
        return {0, token_count};
    if (matches.empty())
        return {0, width};
    std::size_t chosen = best_start(matches, term_count, width);
    std::size_t first = matches[chosen].token;
    // Move back for context by what the window has to spare after its last match, and so that
    // a window near the end still shows `width` words.
    std::size_t last_match = first;
    for (std::size_t i = chosen; i < matches.size() && matches[i].token < first + width; ++i)
        last_match = matches[i].token;
    std::size_t spare = first + width - 1 - last_match;
    first -= std::min({options.lead_words, spare, first});
    first = std::min(first, token_count - width);
    return {first, first + width};
}

}  // namespace

Snippet make_snippet(std::string_view text, const Analyzer& analyzer,
                     std::span<const std::string> terms, const SnippetOptions& options) {
    std::vector<Token> tokens = analyzer.analyze(text);
    if (tokens.empty())
        return {std::string(text), {}};
    std::vector<Match> matches = find_matches(tokens, terms);
    Window window = choose_window(matches, tokens.size(), terms.size(), options);

    // Cut at the window's first and last words; an uncut end keeps what surrounds the words
    // (an opening quote, the final full stop).
    bool cut_before = window.first > 0, cut_after = window.last < tokens.size();
    std::size_t begin = cut_before ? tokens[window.first].begin : 0;
    std::size_t end = cut_after ? tokens[window.last - 1].end : text.size();
    Snippet out;
    if (cut_before)
        out.text = kEllipsis;
    std::size_t shift = out.text.size();
    out.text.append(text.substr(begin, end - begin));
    if (cut_after)
        out.text.append(kEllipsis);
    for (const auto& match : matches) {
        if (match.token < window.first || match.token >= window.last)
            continue;
        const Token& token = tokens[match.token];
        out.highlights.emplace_back(static_cast<std::uint32_t>(token.begin - begin + shift),
                                    static_cast<std::uint32_t>(token.end - begin + shift));
    }
    return out;
}

}  // namespace rightstrack::index
