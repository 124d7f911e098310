#include "track/Passwords.h"

#include <sodium.h>

namespace rightstrack::track {

core::Result<std::string> hash_password(std::string_view password) {
    if (password.size() < kMinimumPasswordLength)
        return core::Error::invalid_input("a password needs at least " +
                                          std::to_string(kMinimumPasswordLength) + " characters");
    if (sodium_init() < 0)
        return core::Error::internal("libsodium could not be initialised");
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, password.data(), password.size(),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return core::Error::internal("out of memory while hashing a password");
    return std::string(hash);
}

bool password_matches(const std::string& hash, std::string_view password) {
    if (sodium_init() < 0)
        return false;
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

}  // namespace rightstrack::track
