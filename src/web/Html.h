// Building the server-rendered pages: escaping (every text from the store or the request goes
// through escape()), a snippet's highlights as <mark>, and the frame every page shares — <html
// lang>, the stylesheet, landmarks (header, nav, main, footer), the language switch and the
// sign-in state. No inline scripts or styles anywhere: the Content-Security-Policy forbids them.
#pragma once

#include <string>
#include <string_view>

#include "index/Snippet.h"
#include "web/WebContext.h"

namespace rightstrack::web {

// Escapes & < > " ' for text and attribute values alike.
std::string escape(std::string_view text);
// The snippet's text escaped, each highlighted range inside <mark>.
std::string highlighted(const index::Snippet& snippet);
// A facet's or value's name for people: the translation of `key` when there is one, else
// `fallback` (a taxonomy's code, a State's ISO code).
std::string label(const Translator& t, const std::string& key, const std::string& fallback);
// A State's name in `language` ("Kyrgyzstan", "Кыргызстан"), its English name where the language
// has none, and `code` itself for a code the States table lacks.
std::string state_name(std::string_view code, std::string_view language);
// The hidden field that carries the visit's CSRF token; every form has it.
std::string csrf_field(const Visit& visit);
// A whole page: `title` (plain text) in <title> and as the first heading's context, `main` (HTML)
// inside <main>.
std::string page(const Visit& visit, std::string_view title, std::string_view main);
// An error page: the status, and a message for people (plain text).
Reply error_page(const Visit& visit, int status, std::string_view message);

}  // namespace rightstrack::web
