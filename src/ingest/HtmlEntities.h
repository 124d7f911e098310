// HTML character references ("&#233;", "&#xE9;", "&eacute;", "&nbsp;") decoded to UTF-8 for
// HtmlReader: numeric ones, and the named ones UN pages and word processors' HTML exports use
// (the Latin-1 letters and signs, quotes and dashes, spaces). Pure functions: thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace rightstrack::ingest {

// Decodes the reference that starts with the "&" at `html[pos]`, appends it to `out` and moves
// `pos` past it. Returns false, leaving both alone, when no known reference starts there: the
// "&" is then text. Numbers 0x80-0x9F mean the Windows-1252 characters, as browsers read them;
// a number that is no character (0, a surrogate, beyond U+10FFFF) gives U+FFFD. The semicolon may
// be missing after a number and after "amp", "lt", "gt", "quot" and "nbsp", as old pages write.
bool decode_reference(std::string_view html, size_t& pos, std::string& out);

// Appends the UTF-8 of `c`.
void append_utf8(std::string& out, char32_t c);

}  // namespace rightstrack::ingest
