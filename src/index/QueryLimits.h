// The bounds on the work one query may ask for, so that a pathological query (a megabyte of
// text, thousands of terms, deep nesting, a one-letter prefix matching half the dictionary) is
// refused with an error naming the limit instead of exhausting the stack, memory or time.
#pragma once

#include <cstddef>

namespace rightstrack::index {

inline constexpr std::size_t kMaxQueryBytes = 10'000;
// Words, phrase words and filter values together.
inline constexpr std::size_t kMaxQueryTerms = 1'000;
// Parentheses and NOTs each nest one level deeper.
inline constexpr std::size_t kMaxQueryDepth = 32;
// Characters a prefix must have before its '*': "tor*" is fine, "to*" and "t*" are refused
// because they would expand to a large share of the dictionary.
inline constexpr std::size_t kMinPrefixLength = 3;
// Words a prefix expands to, alphabetically; beyond them the result says it was capped.
inline constexpr std::size_t kMaxPrefixWords = 256;

struct QueryLimits {
    std::size_t max_bytes = kMaxQueryBytes;
    std::size_t max_terms = kMaxQueryTerms;
    std::size_t max_depth = kMaxQueryDepth;
};

}  // namespace rightstrack::index
