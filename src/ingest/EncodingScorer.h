// Judges how plausible a text is in Windows-1252 and in Mac Roman: every byte from 0x80 up (and
// every control byte) scores points for how natural its decoded character is where it stands
// ("State’s" is natural, "StateÕs" is not). TextDecoding picks the plausible code page or
// refuses the file. Pure functions: thread-safe.
#pragma once

#include <cstddef>
#include <string_view>

namespace rightstrack::ingest {

struct Evidence {
    long score = 0;
    size_t judged = 0;
    size_t implausible = 0;

    void add(int points) {
        score += points;
        ++judged;
        implausible += points < 0;
    }
    // Mostly natural characters, and few that make no sense where they stand.
    bool plausible() const { return score > 0 && implausible * 4 <= judged; }
};

// Weighing stops once kEnoughEvidence characters have been judged and exactly one encoding is
// plausible: a file does not change encoding midway, so the rest could only widen the margin, and
// stopping keeps large files fast.
constexpr size_t kEnoughEvidence = 20'000;

struct Weighing {
    Evidence windows1252;
    Evidence mac_roman;
    size_t high_bytes = 0;  // These counts stop with the weighing, which may end early.
    size_t control_bytes = 0;
    size_t non_latin_letters = 0;  // High bytes that would be letters next to letters in cp1251.

    bool decided() const {
        return windows1252.judged >= kEnoughEvidence &&
               windows1252.plausible() != mac_roman.plausible();
    }
};

// Scores `text` in both code pages, stopping early once the answer is clear.
Weighing weigh(std::string_view text);

}  // namespace rightstrack::ingest
