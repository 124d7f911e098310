// SplitMix64: a tiny, fast generator whose whole state is one number, so that document i can be
// generated from (seed, i) alone and the corpus and workload never depend on the standard
// library's unspecified distributions.
#pragma once

#include <cstdint>

namespace rightstrack::bench {

class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform enough in [0, bound) for bounds far below 2^64.
    std::uint64_t below(std::uint64_t bound) { return next() % bound; }

private:
    std::uint64_t state_;
};

}  // namespace rightstrack::bench
