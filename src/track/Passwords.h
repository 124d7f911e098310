// Password hashing with argon2id (libsodium's crypto_pwhash_str, interactive limits), for the
// web login to come. Passwords are never stored, logged or printed. Thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/Result.h"

namespace rightstrack::track {

inline constexpr size_t kMinimumPasswordLength = 10;

// The argon2id hash string (salt and parameters included); InvalidInput for a password shorter
// than kMinimumPasswordLength bytes.
core::Result<std::string> hash_password(std::string_view password);
bool password_matches(const std::string& hash, std::string_view password);

}  // namespace rightstrack::track
