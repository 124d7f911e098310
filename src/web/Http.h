// The web module's own view of HTTP, so that handlers and their tests never see cpp-httplib
// (only Server.cpp does): a request with its query and form parameters and cookies, and a reply
// with its status, body, headers and cookies to set. Plain values.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rightstrack::web {

using QueryParameters = std::vector<std::pair<std::string, std::string>>;

// A file sent with a multipart/form-data POST: the form field, the name the browser gave it
// (the user's own file name, not a path to trust) and its bytes.
struct UploadedFile {
    std::string field;
    std::string file_name;
    std::string content;
};

struct Request {
    std::string method;  // "GET", "POST".
    std::string path;
    std::string target;  // The path with its query string, for redirects back.
    QueryParameters query;
    QueryParameters form;                                      // A POST's urlencoded body.
    std::string body;  // A POST's body as sent (the JSON API reads it).
    std::vector<std::pair<std::string, std::string>> headers;  // Names in lower case.
    std::string remote_address;
    std::vector<std::string> path_matches;  // A route's captured groups, e.g. an id.
    // A multipart POST's files (its other fields are in form).
    std::vector<UploadedFile> files;

    // The first value of a query or form parameter; empty when absent.
    std::string parameter(std::string_view name) const;
    std::string field(std::string_view name) const;
    std::string header(std::string_view lower_case_name) const;
    std::optional<std::string> cookie(std::string_view name) const;
};

struct Reply {
    int status = 200;
    std::string content_type = "text/html; charset=utf-8";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;

    static Reply html(std::string body, int status = 200);
    static Reply json(std::string body, int status = 200);
    static Reply text(std::string body, int status);
    // 303 See Other: after a POST, the browser GETs `location`.
    static Reply redirect(std::string location);
};

// A Set-Cookie value: HttpOnly, SameSite=Strict and Path=/ always; Secure when asked (served over
// TLS); Max-Age when given (0 removes the cookie), else it lasts the browser's session.
std::string cookie_header(std::string_view name, std::string_view value, bool secure,
                          std::optional<long> max_age_seconds = std::nullopt);

// "a=1&b=x%20y" into its pairs ('+' is a space), for forms and query strings alike.
QueryParameters parse_urlencoded(std::string_view text);
std::string url_encode(std::string_view text);

}  // namespace rightstrack::web
