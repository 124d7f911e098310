// UN document symbols ("A/HRC/15/2", "CCPR/C/KGZ/CO/3") as they appear in a document's text:
// DocumentIdentity reads the document's own from its head, the text readers drop the lines that
// hold nothing else (a running header). Pure functions: thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace rightstrack::ingest {

// "A/HRC/15/2", "CCPR/C/KGZ/CO/3": a series of one to six capitals, then at least two more
// parts of letters, digits, dots and dashes, separated by slashes.
bool is_document_symbol(std::string_view token);

// The first symbol in `text`, "" if none. Brackets around it and punctuation or a reissue's "*"
// after it are dropped; old reports print "A/HRC/ 8/29", which reads as "A/HRC/8/29".
std::string document_symbol_in(std::string_view text);

// Whether `text` holds a symbol and nothing else ("A/HRC/15/2", "A/HRC/15/2*").
bool is_symbol_line(std::string_view text);

}  // namespace rightstrack::ingest
