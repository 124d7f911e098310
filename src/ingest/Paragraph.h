// The running text of a document, whatever file it came from: what the readers (PDF, DOCX, HTML,
// plain text) produce and what the parsers of UN documents read.
#pragma once

#include <string>

namespace rightstrack::ingest {

// One paragraph of running text, or one footnote.
struct Paragraph {
    std::string text;  // UTF-8, NFC, single spaces, no soft hyphens or ligatures.
    int page = 0;      // Where it starts; 0 when the source has no pages.
    bool footnote = false;
};

}  // namespace rightstrack::ingest
