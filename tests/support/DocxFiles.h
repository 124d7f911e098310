// DOCX files made in tests from XML the test writes: a zip of the parts a Word document needs,
// with an optional page header. Header-only because only the test binaries that link libzip
// (through rightstrack_ingest) include it.
#pragma once

#include <gtest/gtest.h>
#include <zip.h>

#include <string>
#include <utility>
#include <vector>

#include "support/TestSupport.h"

namespace rightstrack::testing {

using ZipEntries = std::vector<std::pair<std::string, std::string>>;

// A zip archive of `entries` (name, content), as bytes.
inline std::string zip_of(const ZipEntries& entries) {
    TempDir dir;
    std::filesystem::path path = dir / "test.zip";
    int error = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    EXPECT_NE(archive, nullptr) << "libzip error " << error;
    for (const auto& [name, content] : entries) {
        zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
        EXPECT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8), 0);
    }
    EXPECT_EQ(zip_close(archive), 0);
    return read_file(path);
}

// <w:p> of one run of `text` (XML-escaped by the caller).
inline std::string word_paragraph(const std::string& text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

// <w:tbl> of rows of cells; each '\n' in a cell's text starts a paragraph of its own.
inline std::string word_table(const std::vector<std::vector<std::string>>& rows) {
    std::string xml = "<w:tbl>";
    for (const auto& row : rows) {
        xml += "<w:tr>";
        for (const auto& cell : row) {
            xml += "<w:tc>";
            for (size_t start = 0;;) {
                size_t end = cell.find('\n', start);
                xml += word_paragraph(cell.substr(start, end - start));
                if (end == std::string::npos)
                    break;
                start = end + 1;
            }
            xml += "</w:tc>";
        }
        xml += "</w:tr>";
    }
    return xml + "</w:tbl>";
}

// A DOCX whose body is `body` (WordprocessingML, "w:" prefix) and, unless `header` is empty,
// whose page header is one paragraph of that text.
inline std::string docx_of(const std::string& body, const std::string& header = {}) {
    const std::string w =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    const std::string r =
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    std::string section =
        header.empty()
            ? ""
            : "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId1\"/></w:sectPr>";
    ZipEntries entries = {
        {"word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + w + " " +
                                  r + "><w:body>" + body + section + "</w:body></w:document>"}};
    if (!header.empty()) {
        entries.push_back({"word/_rels/document.xml.rels",
                           "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                           "openxmlformats.org/package/2006/relationships\"><Relationship "
                           "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                           "2006/relationships/header\" Target=\"header1.xml\"/></Relationships>"});
        entries.push_back({"word/header1.xml", "<?xml version=\"1.0\"?><w:hdr " + w + ">" +
                                                   word_paragraph(header) + "</w:hdr>"});
    }
    return zip_of(entries);
}

}  // namespace rightstrack::testing
