// Secrets of the web application: session, CSRF and setup tokens. Each is 256 random bits from
// libsodium's randombytes (the operating system's generator), as 64 hex digits; they are
// compared in constant time so that a guess learns nothing from how long a refusal took.
// Thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace rightstrack::web {

std::string random_token();
// False for tokens of different lengths, and for empty ones.
bool tokens_equal(std::string_view a, std::string_view b);

}  // namespace rightstrack::web
