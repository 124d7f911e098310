#include "ingest/DocumentSymbol.h"

#include <algorithm>
#include <vector>

#include "core/Text.h"

namespace rightstrack::ingest {
namespace {

bool is_symbol_part(std::string_view part) {
    return !part.empty() && std::all_of(part.begin(), part.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
               c == '.' || c == '-';
    });
}

// Old reports print "A/HRC/ 8/29": a space after a slash is not one between words.
std::string without_spaces_after_slashes(std::string_view text) {
    std::string joined;
    for (size_t i = 0; i < text.size(); ++i) {
        if (!(text[i] == ' ' && i > 0 && text[i - 1] == '/'))
            joined += text[i];
    }
    return joined;
}

std::string_view stripped(std::string_view token) {
    while (token.starts_with('(')) token.remove_prefix(1);
    while (!token.empty() && std::string_view(")*.,;:").find(token.back()) != token.npos)
        token.remove_suffix(1);
    return token;
}

}  // namespace

bool is_document_symbol(std::string_view token) {
    std::vector<std::string_view> parts = core::split(token, "/");
    if (parts.size() < 3 || parts[0].size() > 6)
        return false;
    bool series = !parts[0].empty() && std::all_of(parts[0].begin(), parts[0].end(),
                                                   [](char c) { return c >= 'A' && c <= 'Z'; });
    return series && std::all_of(parts.begin() + 1, parts.end(), is_symbol_part);
}

std::string document_symbol_in(std::string_view text) {
    std::string joined = without_spaces_after_slashes(text);
    for (std::string_view token : core::split(joined, " ")) {
        token = stripped(token);
        if (is_document_symbol(token))
            return std::string(token);
    }
    return {};
}

bool is_symbol_line(std::string_view text) {
    std::string joined = without_spaces_after_slashes(core::trim(text));
    return joined.find(' ') == std::string::npos && is_document_symbol(stripped(joined));
}

}  // namespace rightstrack::ingest
