#include "web/Tokens.h"

#include <sodium.h>

#include <array>
#include <cstdlib>

namespace rightstrack::web {

std::string random_token() {
    if (sodium_init() < 0)
        std::abort();  // No source of randomness: no token may be made.
    std::array<unsigned char, 32> bytes;
    randombytes_buf(bytes.data(), bytes.size());
    std::string hex(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
    hex.pop_back();
    return hex;
}

bool tokens_equal(std::string_view a, std::string_view b) {
    if (a.empty() || a.size() != b.size())
        return false;
    return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace rightstrack::web
