#include "core/Error.h"

namespace rightstrack::core {

Error Error::located(const std::string& where) const {
    if (!where_.empty())
        return *this;
    return {kind_, message_, where};
}

std::string Error::describe() const {
    if (where_.empty())
        return message_;
    return where_ + ": " + message_;
}

int exit_code(ErrorKind kind) {
    return kind == ErrorKind::Usage ? 2 : 1;
}

const char* kind_name(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::InvalidInput: return "invalid_input";
    case ErrorKind::Usage: return "usage";
    case ErrorKind::NotFound: return "not_found";
    case ErrorKind::Conflict: return "conflict";
    case ErrorKind::PermissionDenied: return "permission_denied";
    case ErrorKind::Io: return "io";
    case ErrorKind::Storage: return "storage";
    case ErrorKind::Internal: return "internal";
    }
    return "internal";
}

}  // namespace rightstrack::core
