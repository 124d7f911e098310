// Errors of the JSON API as the client sees them: an HTTP status and a body
// {"error": {"code", "message", "where"?, "column"?}} whose code is stable (clients branch on
// it, messages may change). A failure that is not the client's (storage, a bug) says only that
// the server failed: no message, location or stack trace leaks.
#pragma once

#include <string>

#include "core/Error.h"

namespace rightstrack::web {

struct ApiAnswer {
    int status = 200;
    std::string body;  // JSON.
};

// The one table from error kind to HTTP status, for the API and the pages alike: 400, 403, 404,
// 409, and 500 for failures that are not the client's.
int http_status(const core::Error& error);

ApiAnswer api_error(const core::Error& error);
// An error the API raises itself (no such route, wrong method): `code` is its stable name.
ApiAnswer api_error(int status, std::string code, std::string message);
// 401 `unauthenticated`: a route for signed-in users asked without a live session.
ApiAnswer api_unauthenticated();

}  // namespace rightstrack::web
