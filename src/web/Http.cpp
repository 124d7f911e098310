#include "web/Http.h"

#include <cctype>

namespace rightstrack::web {
namespace {

std::string first_of(const QueryParameters& pairs, std::string_view name) {
    for (const auto& [key, value] : pairs)
        if (key == name)
            return value;
    return {};
}

int hex_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::string url_decode(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '+') {
            out += ' ';
        } else if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 &&
                   hex_value(text[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    return text;
}

}  // namespace

std::string Request::parameter(std::string_view name) const {
    return first_of(query, name);
}
std::string Request::field(std::string_view name) const {
    return first_of(form, name);
}
std::string Request::header(std::string_view lower_case_name) const {
    return first_of(headers, lower_case_name);
}

std::optional<std::string> Request::cookie(std::string_view name) const {
    for (const auto& [key, value] : headers) {
        if (key != "cookie")
            continue;
        std::string_view rest = value;
        while (!rest.empty()) {
            const std::size_t end = rest.find(';');
            std::string_view pair = trim(rest.substr(0, end));
            rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
            const std::size_t equals = pair.find('=');
            if (equals != std::string_view::npos && pair.substr(0, equals) == name)
                return std::string(pair.substr(equals + 1));
        }
    }
    return std::nullopt;
}

Reply Reply::html(std::string body, int status) {
    return {status, "text/html; charset=utf-8", std::move(body), {}};
}
Reply Reply::json(std::string body, int status) {
    return {status, "application/json; charset=utf-8", std::move(body), {}};
}
Reply Reply::text(std::string body, int status) {
    return {status, "text/plain; charset=utf-8", std::move(body), {}};
}
Reply Reply::redirect(std::string location) {
    Reply reply{303, "text/plain; charset=utf-8", "", {}};
    reply.headers.emplace_back("Location", std::move(location));
    return reply;
}

std::string cookie_header(std::string_view name, std::string_view value, bool secure,
                          std::optional<long> max_age_seconds) {
    std::string out =
        std::string(name) + "=" + std::string(value) + "; HttpOnly; SameSite=Strict; Path=/";
    if (secure)
        out += "; Secure";
    if (max_age_seconds)
        out += "; Max-Age=" + std::to_string(*max_age_seconds);
    return out;
}

QueryParameters parse_urlencoded(std::string_view text) {
    QueryParameters out;
    while (!text.empty()) {
        const std::size_t end = text.find('&');
        std::string_view pair = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        if (pair.empty())
            continue;
        const std::size_t equals = pair.find('=');
        if (equals == std::string_view::npos)
            out.emplace_back(url_decode(pair), "");
        else
            out.emplace_back(url_decode(pair.substr(0, equals)),
                             url_decode(pair.substr(equals + 1)));
    }
    return out;
}

std::string url_encode(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

}  // namespace rightstrack::web
