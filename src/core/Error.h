// Error: what went wrong, of which kind, and where in the input.
// A plain value type; the one table from kind to CLI exit code (and later HTTP status) lives in
// Error.cpp so that every entry point reports failures the same way.
#pragma once

#include <string>

namespace rightstrack::core {

enum class ErrorKind {
    InvalidInput,      // The user's data is malformed: bad CSV, unknown State, wrong encoding.
    Usage,             // The command line itself is wrong.
    NotFound,          // A named thing does not exist.
    Conflict,          // The write contradicts what is stored.
    PermissionDenied,  // The actor may not do this.
    Io,                // The operating system refused: missing file, full disk.
    Storage,           // The database failed.
    Internal,          // A bug: an invariant did not hold.
};

class Error {
public:
    Error(ErrorKind kind, std::string message, std::string where = {})
        : kind_(kind), message_(std::move(message)), where_(std::move(where)) {}

    static Error invalid_input(std::string message, std::string where = {}) {
        return {ErrorKind::InvalidInput, std::move(message), std::move(where)};
    }
    static Error usage(std::string message) { return {ErrorKind::Usage, std::move(message)}; }
    static Error not_found(std::string message) { return {ErrorKind::NotFound, std::move(message)}; }
    static Error conflict(std::string message) { return {ErrorKind::Conflict, std::move(message)}; }
    static Error io(std::string message, std::string where = {}) {
        return {ErrorKind::Io, std::move(message), std::move(where)};
    }
    static Error storage(std::string message) { return {ErrorKind::Storage, std::move(message)}; }
    static Error internal(std::string message) { return {ErrorKind::Internal, std::move(message)}; }

    ErrorKind kind() const { return kind_; }
    const std::string& message() const { return message_; }
    // Where the problem is, as "file:line" or "file:line:column"; empty when not tied to input.
    const std::string& where() const { return where_; }

    // Returns a copy that is located at `where`, unless it already names a place.
    Error located(const std::string& where) const;
    // "where: message", the form printed to users.
    std::string describe() const;

private:
    ErrorKind kind_;
    std::string message_;
    std::string where_;
};

// Process exit code for an error: 2 for usage errors, 1 for everything else (see DESIGN.md).
int exit_code(ErrorKind kind);
const char* kind_name(ErrorKind kind);

}  // namespace rightstrack::core
