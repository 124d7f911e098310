// DocxReader: a DOCX built here with libzip (our own XML: styles, tabs, breaks, tracked changes,
// merged cells, a nested table, a page header, another namespace prefix) reads back exactly;
// refusals of what is not a DOCX; the real OHCHR matrices and an old binary .doc from
// ../shared/data.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <random>

#include "ingest/DocxReader.h"
#include "support/DocxFiles.h"
#include "support/TestSupport.h"

namespace rightstrack::ingest {
namespace {

constexpr const char* kWordNamespace =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

using Entries = testing::ZipEntries;
using testing::zip_of;

std::string document_xml(const std::string& body, const std::string& prefix = "w") {
    const std::string p = prefix + ":";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<" + p +
           "document xmlns:" + prefix + "=\"" + kWordNamespace +
           "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
           "relationships\"><" +
           p + "body>" + body + "</" + p + "body></" + p + "document>";
}

// Paragraphs, a tab, a line break, a non-breaking hyphen, a symbol, tracked deletions and
// insertions, a hyperlink and a content control; then a table with a heading across its three
// grid columns, a vertical merge, a nested table and a deleted row; then the section with its
// page header.
constexpr const char* kBody =
    R"(<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Thematic list</w:t></w:r></w:p>)"
    R"(<w:p><w:r><w:t xml:space="preserve">Before </w:t></w:r><w:r><w:tab/><w:t>after tab</w:t>)"
    R"(<w:br/><w:t>next line</w:t><w:noBreakHyphen/><w:t>x</w:t><w:sym w:font="Calibri" )"
    R"(w:char="00E9"/><w:sym w:font="Symbol" w:char="F0B7"/></w:r></w:p>)"
    R"(<w:p><w:r><w:t xml:space="preserve">Ratify the </w:t></w:r><w:del w:id="1" )"
    R"(w:author="A"><w:r><w:delText>old </w:delText></w:r></w:del><w:ins w:id="2" w:author="A">)"
    R"(<w:r><w:t xml:space="preserve">new </w:t></w:r></w:ins><w:hyperlink r:id="rId9"><w:r>)"
    R"(<w:t>Convention</w:t></w:r></w:hyperlink><w:r><w:instrText> PAGE </w:instrText></w:r></w:p>)"
    R"(<w:sdt><w:sdtPr><w:alias w:val="Box"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>In a control)"
    R"(</w:t></w:r></w:p></w:sdtContent></w:sdt>)"
    R"(<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>)"
    R"(<w:tr><w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr><w:p><w:r><w:t>Theme: One</w:t></w:r>)"
    R"(</w:p></w:tc></w:tr>)"
    R"(<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Merged</w:t></w:r>)"
    R"(</w:p></w:tc><w:tc><w:p><w:r><w:t>First</w:t></w:r></w:p><w:p><w:r><w:t>Second</w:t>)"
    R"(</w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Inner 1</w:t></w:r></w:p></w:tc>)"
    R"(<w:tc><w:p><w:r><w:t>Inner 2</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr>)"
    R"(<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>B</w:t></w:r>)"
    R"(</w:p></w:tc><w:tc><w:p><w:r><w:t>C</w:t></w:r></w:p></w:tc></w:tr>)"
    R"(<w:tr><w:trPr><w:del w:id="3" w:author="A"/></w:trPr><w:tc><w:p><w:r><w:t>Deleted row)"
    R"(</w:t></w:r></w:p></w:tc></w:tr></w:tbl>)"
    R"(<w:p><w:r><w:t>After the table</w:t></w:r></w:p>)"
    R"(<w:sectPr><w:headerReference w:type="default" r:id="rId7"/></w:sectPr>)";

constexpr const char* kHeaderXml =
    R"(<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/)"
    R"(wordprocessingml/2006/main"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:t>UPR of)"
    R"( Narnia</w:t></w:r><w:fldSimple w:instr="PAGE"><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>)"
    R"(</w:hdr>)";

constexpr const char* kDocumentRels =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.)"
    R"(org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats)"
    R"(.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship )"
    R"(Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/)"
    R"(hyperlink" Target="https://example.org" TargetMode="External"/></Relationships>)";

DocxCell cell(std::vector<std::string> texts, int grid_span = 1, bool continues = false) {
    DocxCell result;
    for (std::string& text : texts) result.paragraphs.push_back({std::move(text), ""});
    result.grid_span = grid_span;
    result.vertical_merge_continue = continues;
    return result;
}

std::vector<DocxBlock> expected_blocks() {
    DocxTable table;
    table.rows.push_back({{cell({"Theme: One"}, 3)}});
    table.rows.push_back(
        {{cell({"Merged"}), cell({"First", "Second"}), cell({"Inner 1", "Inner 2", ""})}});
    table.rows.push_back({{cell({""}, 1, true), cell({"B"}), cell({"C"})}});
    return {
        DocxParagraph{"UPR of Narnia3", "Header"},
        DocxParagraph{"Thematic list", "Heading1"},
        DocxParagraph{"Before \tafter tab\nnext line-x\u00e9", ""},
        DocxParagraph{"Ratify the new Convention", ""},
        DocxParagraph{"In a control", ""},
        table,
        DocxParagraph{"After the table", ""},
    };
}

Entries docx_entries(const std::string& document) {
    return {{"word/document.xml", document},
            {"word/_rels/document.xml.rels", kDocumentRels},
            {"word/header1.xml", kHeaderXml}};
}

std::vector<DocxBlock> read_ok(const std::string& bytes) {
    auto blocks = read_docx(bytes, "test.docx");
    EXPECT_TRUE(blocks.ok()) << blocks.error().describe();
    return blocks.ok() ? blocks.release_value() : std::vector<DocxBlock>{};
}

core::Error read_error(const std::string& bytes) {
    auto blocks = read_docx(bytes, "bad.docx");
    EXPECT_FALSE(blocks.ok());
    return blocks.ok() ? core::Error::internal("read") : blocks.release_error();
}

TEST(DocxReader, ReadsParagraphsTablesAndTrackedChangesExactly) {
    EXPECT_EQ(read_ok(zip_of(docx_entries(document_xml(kBody)))), expected_blocks());
}

TEST(DocxReader, CellTextJoinsParagraphsWithLineBreaks) {
    EXPECT_EQ(cell({"First", "Second"}).text(), "First\nSecond");
}

// The namespace prefix is whatever the document declares, not necessarily "w".
TEST(DocxReader, ReadsADocumentWithAnotherNamespacePrefix) {
    std::string body = kBody;
    for (size_t at = body.find("w:"); at != std::string::npos; at = body.find("w:", at + 2))
        body.replace(at, 2, "x:");
    auto blocks = read_ok(zip_of(docx_entries(document_xml(body, "x"))));
    EXPECT_EQ(blocks, expected_blocks());
}

// The main part is found through the package relationships when it is not word/document.xml.
TEST(DocxReader, FindsTheMainPartThroughThePackageRelationships) {
    std::string rels =
        R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/)"
        R"(2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/)"
        R"(officeDocument/2006/relationships/officeDocument" Target="/word/main.xml"/>)"
        R"(</Relationships>)";
    std::string body = R"(<w:p><w:r><w:t>Elsewhere</w:t></w:r></w:p>)";
    auto blocks = read_ok(zip_of({{"_rels/.rels", rels}, {"word/main.xml", document_xml(body)}}));
    ASSERT_EQ(blocks.size(), 1u);
    EXPECT_EQ(std::get<DocxParagraph>(blocks[0]).text, "Elsewhere");
}

TEST(DocxReader, RefusesRandomBytes) {
    std::mt19937 random(42);
    std::string bytes(4096, '\0');
    for (char& c : bytes) c = char(random());
    core::Error error = read_error(bytes);
    EXPECT_EQ(error.kind(), core::ErrorKind::InvalidInput);
    EXPECT_EQ(error.describe(), "bad.docx: is not a DOCX (not a zip archive)");
    EXPECT_EQ(read_error("").message(), "is not a DOCX (the file is empty)");
}

TEST(DocxReader, RefusesAZipWithoutAWordDocument) {
    core::Error error = read_error(zip_of({{"notes.txt", "no Word here"}}));
    EXPECT_EQ(error.where(), "bad.docx");
    EXPECT_EQ(error.message(),
              "is a zip archive but not a Word document (it has no word/document.xml)");
}

TEST(DocxReader, RefusesAZipWhoseMainPartIsNotWordprocessingMl) {
    core::Error error = read_error(zip_of({{"word/document.xml", "<workbook/>"}}));
    EXPECT_EQ(error.message(),
              "is a zip archive but not a Word document (word/document.xml is not "
              "WordprocessingML)");
}

TEST(DocxReader, RefusesMalformedXmlWithTheParserOffset) {
    std::string xml = document_xml("<w:p><w:r><w:t>Unclosed</w:r></w:p>");
    core::Error error = read_error(zip_of({{"word/document.xml", xml}}));
    EXPECT_EQ(error.kind(), core::ErrorKind::InvalidInput);
    EXPECT_EQ(error.where(), "bad.docx");
    size_t offset = xml.find("</w:r>") + 2;
    EXPECT_EQ(error.message(), "malformed XML in word/document.xml at byte offset " +
                                   std::to_string(offset) + ": Start-end tags mismatch");
}

TEST(DocxReader, RefusesMalformedXmlInAPageHeader) {
    Entries entries = docx_entries(document_xml(kBody));
    entries[2].second = "<w:hdr";
    core::Error error = read_error(zip_of(entries));
    EXPECT_TRUE(error.message().starts_with("malformed XML in word/header1.xml at byte offset"))
        << error.message();
}

TEST(DocxReader, RefusesAnOldBinaryDocAskingForDocx) {
    std::string bytes = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    bytes += std::string(600, 'j');
    core::Error error = read_error(bytes);
    EXPECT_EQ(error.describe(),
              "bad.docx: is an old binary Word document (.doc), which rightstrack cannot read: "
              "open it in Word or LibreOffice and save it as .docx");
}

TEST(DocxReader, RefusesTheRealSloveniaAdvanceQuestionsDoc) {
    auto path = testing::shared_data(
        "un-reports/slovenia/cycle3/Advance_questions_Slovenia_first_batch.doc");
    RIGHTSTRACK_REQUIRE_DATA(path);
    auto blocks = read_docx(testing::read_file(path), path.filename().string());
    ASSERT_FALSE(blocks.ok());
    EXPECT_NE(blocks.error().message().find("old binary Word document (.doc)"), std::string::npos);
}

// The cycle 2 advance questions are named .doc but are DOCX inside: the content decides.
TEST(DocxReader, ReadsADocxNamedDoc) {
    auto path = testing::shared_data("un-reports/slovenia/cycle2/AdvancedQuestionsSlovenia.doc");
    RIGHTSTRACK_REQUIRE_DATA(path);
    auto blocks = read_docx(testing::read_file(path), path.filename().string());
    ASSERT_TRUE(blocks.ok()) << blocks.error().describe();
    EXPECT_GT(blocks->size(), 5u);
}

class DocxReaderRealFile : public ::testing::TestWithParam<std::string> {};

TEST_P(DocxReaderRealFile, ReadsQuicklyWithThePageHeaderFirstAndOneLargeTable) {
    auto path = testing::shared_data(GetParam());
    RIGHTSTRACK_REQUIRE_DATA(path);
    std::string bytes = testing::read_file(path);
    auto start = std::chrono::steady_clock::now();
    auto blocks = read_docx(bytes, path.filename().string());
    auto elapsed = std::chrono::steady_clock::now() - start;
    ASSERT_TRUE(blocks.ok()) << blocks.error().describe();
    EXPECT_LT(elapsed, std::chrono::milliseconds(500));
    auto title = std::find_if(blocks->begin(), blocks->end(), [](const DocxBlock& block) {
        const auto* paragraph = std::get_if<DocxParagraph>(&block);
        return paragraph == nullptr || !paragraph->text.empty();
    });
    ASSERT_NE(title, blocks->end());
    ASSERT_TRUE(std::holds_alternative<DocxParagraph>(*title));
    EXPECT_EQ(std::get<DocxParagraph>(*title).style, kDocxPageHeaderStyle);
    EXPECT_TRUE(std::get<DocxParagraph>(*title).text.starts_with("UPR of "))
        << std::get<DocxParagraph>(*title).text;
    size_t largest = 0;
    for (const DocxBlock& block : *blocks)
        if (const auto* table = std::get_if<DocxTable>(&block))
            largest = std::max(largest, table->rows.size());
    EXPECT_GT(largest, 200u);
}

INSTANTIATE_TEST_SUITE_P(
    DocxReader, DocxReaderRealFile,
    ::testing::Values(
        "ohchr-matrices/china/Matrix_recommendations_2013.docx",
        "ohchr-matrices/china/Matrix_recommendations_2018.docx",
        "ohchr-matrices/egypt/EgyptMatriceRecommendations.docx",
        "un-reports/slovenia/cycle2/UPR20__Slovenia_ThematicListRecommendations_E.docx",
        "un-reports/slovenia/cycle3/UPR34_Slovenia_Thematic_list_of_Recommendations.docx"),
    [](const ::testing::TestParamInfo<std::string>& info) {
        std::string name = std::filesystem::path(info.param).stem().string();
        for (char& c : name)
            if (!std::isalnum(static_cast<unsigned char>(c)))
                c = '_';
        return name;
    });

}  // namespace
}  // namespace rightstrack::ingest
