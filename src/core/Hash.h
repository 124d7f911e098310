// Digests (libsodium): SHA-256 for file hashes, which users compare with other tools, and
// 128-bit SipHash for our own stable ids and change detection, where inputs are short and many
// and speed matters more than resistance to a forger (who would need write access anyway).
// Thread-safe.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace rightstrack::core {

// Lower-case hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

// A 128-bit digest as a value: cheap to copy, compare and hash, for use as a map key.
struct Digest128 {
    uint64_t high = 0;
    uint64_t low = 0;
    bool operator==(const Digest128&) const = default;
};

struct Digest128Hash {
    size_t operator()(const Digest128& digest) const { return digest.low; }
};

// Collects fields and digests them at once. Each field is length-prefixed, so that ("ab","c")
// and ("a","bc") differ. Fields are gathered in an inline buffer: digests are taken for every
// imported row, and heap allocations there cost more than the hashing.
class DigestBuilder {
public:
    DigestBuilder& add(std::string_view field);
    DigestBuilder& add(int64_t number);
    Digest128 digest() const;
    // Hex of the first `bytes` bytes (1 to 16) of the 128-bit digest.
    std::string hex(size_t bytes = 16) const;
    // The first 64 bits in 13 characters of base32 (digits and lower-case letters without
    // i, l, o, u): short enough for ids that live inside std::string without an allocation.
    std::string base32() const;

private:
    void append(const void* data, size_t size);
    std::string_view gathered() const;

    char inline_[1024];
    size_t size_ = 0;
    std::string overflow_;  // Used instead of inline_ once the fields outgrow it.
};

}  // namespace rightstrack::core
