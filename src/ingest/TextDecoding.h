// Turns the bytes of an uploaded text file (CSV, plain text) into UTF-8, detecting which of the
// encodings spreadsheet programs write it is in, and refusing clearly what it cannot read.
// Pure functions over their arguments; safe to call from any thread.
#pragma once

#include <string>
#include <string_view>

#include "core/Result.h"

namespace rightstrack::ingest {

enum class SourceEncoding { Utf8, Utf8WithBom, Windows1252, MacRoman };

// "UTF-8", "UTF-8 with BOM", "Windows-1252", "Mac Roman".
std::string_view encoding_name(SourceEncoding encoding);

struct DecodedText {
    std::string utf8;
    SourceEncoding encoding;
};

// Detects the encoding of `bytes` and converts them to UTF-8 (BOM removed, line ends kept as they
// are). Valid UTF-8 is taken as UTF-8; anything else is read as Windows-1252 or Mac Roman,
// whichever makes the more plausible text. Refuses with ErrorKind::InvalidInput, located at
// "file_name:line" of the first offending byte, data with NUL bytes (UTF-16, binary), UTF-16 or
// UTF-32 byte order marks, and text that is plausible in neither single-byte encoding (binary
// data, Cyrillic or other non-Latin text in a legacy code page).
// Takes `bytes` by value so that callers who own them can move them in: UTF-8 input, the usual
// case, is then returned without a copy.
core::Result<DecodedText> decode_text(std::string bytes, const std::string& file_name);

}  // namespace rightstrack::ingest
