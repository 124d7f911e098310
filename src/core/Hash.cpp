#include "core/Hash.h"

#include <sodium.h>

#include <cstdint>

namespace rightstrack::core {
namespace {

std::string to_hex(const unsigned char* digest, size_t size) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex(size * 2, '0');
    for (size_t i = 0; i < size; ++i) {
        hex[2 * i] = kDigits[digest[i] >> 4];
        hex[2 * i + 1] = kDigits[digest[i] & 0xf];
    }
    return hex;
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    return to_hex(digest, sizeof digest);
}

void DigestBuilder::append(const void* data, size_t size) {
    if (overflow_.empty() && size_ + size <= sizeof inline_) {
        std::memcpy(inline_ + size_, data, size);
        size_ += size;
        return;
    }
    if (overflow_.empty())
        overflow_.assign(inline_, size_);
    overflow_.append(static_cast<const char*>(data), size);
}

std::string_view DigestBuilder::gathered() const {
    return overflow_.empty() ? std::string_view(inline_, size_) : std::string_view(overflow_);
}

DigestBuilder& DigestBuilder::add(std::string_view field) {
    uint32_t size = static_cast<uint32_t>(field.size());
    append(&size, sizeof size);
    append(field.data(), field.size());
    return *this;
}

DigestBuilder& DigestBuilder::add(int64_t number) {
    append(&number, sizeof number);
    return *this;
}

namespace {

void siphash128(std::string_view input, unsigned char* digest) {
    // A fixed key: the digests must be the same on every machine and in every release.
    static const unsigned char kKey[crypto_shorthash_siphashx24_KEYBYTES] = {
        'r', 'i', 'g', 'h', 't', 's', 't', 'r', 'a', 'c', 'k', '-', 'i', 'd', 's', '1'};
    crypto_shorthash_siphashx24(digest, reinterpret_cast<const unsigned char*>(input.data()),
                                input.size(), kKey);
}

}  // namespace

Digest128 DigestBuilder::digest() const {
    unsigned char bytes[crypto_shorthash_siphashx24_BYTES];
    siphash128(gathered(), bytes);
    Digest128 digest;
    std::memcpy(&digest.high, bytes, 8);
    std::memcpy(&digest.low, bytes + 8, 8);
    return digest;
}

std::string DigestBuilder::base32() const {
    static constexpr char kAlphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
    uint64_t value = digest().high;
    std::string text(13, '0');
    for (size_t i = text.size(); i-- > 0;) {
        text[i] = kAlphabet[value & 31];
        value >>= 5;
    }
    return text;
}

std::string DigestBuilder::hex(size_t bytes) const {
    unsigned char digest[crypto_shorthash_siphashx24_BYTES];
    siphash128(gathered(), digest);
    return to_hex(digest, bytes >= 1 && bytes <= sizeof digest ? bytes : sizeof digest);
}

}  // namespace rightstrack::core
