// CsvReader, the column and field-count checks, and the writer's round trip through the reader;
// ends with UPR Info's real export read in full.
#include <gtest/gtest.h>

#include <chrono>
#include <iostream>

#include "ingest/CsvReader.h"
#include "ingest/CsvWriter.h"
#include "ingest/TextDecoding.h"
#include "support/TestSupport.h"

namespace rightstrack::ingest {
namespace {

using Fields = std::vector<std::string>;

// Every row of `text`, or the error that stopped the reader.
core::Result<std::vector<CsvRow>> read_all(std::string_view text) {
    CsvReader reader(text, "t.csv");
    std::vector<CsvRow> rows;
    while (auto row = TRY(reader.next()))
        rows.push_back(std::move(*row));
    return rows;
}

core::Error error_of(std::string_view text) {
    auto rows = read_all(text);
    EXPECT_FALSE(rows.ok());
    return rows.ok() ? core::Error::internal("no error") : rows.release_error();
}

TEST(CsvReader, ReadsPlainRowsWithLineNumbers) {
    auto rows = read_all("id,state\n1,Türkiye\n2,São Tomé\n");
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 3u);
    EXPECT_EQ((*rows)[0].fields, (Fields{"id", "state"}));
    EXPECT_EQ((*rows)[2].fields, (Fields{"2", "São Tomé"}));
    EXPECT_EQ((*rows)[2].line, 3u);
}

TEST(CsvReader, QuotedFieldsHoldCommasQuotesAndNewlines) {
    std::string text =
        "id,text\n"
        "1,\"Protect, promote \"\"and\"\" fulfil\"\n"
        "2,\"first line\nsecond line\r\nthird line\"\n"
        "3,\"\"\n"
        "4,after\n";
    auto rows = read_all(text);
    ASSERT_TRUE(rows.ok()) << rows.error().describe();
    ASSERT_EQ(rows->size(), 5u);
    EXPECT_EQ((*rows)[1].fields[1], "Protect, promote \"and\" fulfil");
    EXPECT_EQ((*rows)[2].fields[1], "first line\nsecond line\r\nthird line");
    EXPECT_EQ((*rows)[2].line, 3u);
    EXPECT_EQ((*rows)[3].fields, (Fields{"3", ""}));
    EXPECT_EQ((*rows)[3].line, 6u);
    EXPECT_EQ((*rows)[4].line, 7u);
}

TEST(CsvReader, HandlesCrlfEmptyFieldsAndAFinalLineWithoutNewline) {
    auto rows = read_all("a,b,c\r\n1,,3\r\n,,\r\nx,y,");
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 4u);
    EXPECT_EQ((*rows)[1].fields, (Fields{"1", "", "3"}));
    EXPECT_EQ((*rows)[2].fields, (Fields{"", "", ""}));
    EXPECT_EQ((*rows)[3].fields, (Fields{"x", "y", ""}));
    EXPECT_EQ((*rows)[3].line, 4u);
}

TEST(CsvReader, SkipsBlankLinesAndKeepsCounting) {
    auto rows = read_all("a,b\n\n1,2\r\n\r\n2,3\n\n\n\r\n");
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 3u);
    EXPECT_EQ((*rows)[1].line, 3u);
    EXPECT_EQ((*rows)[2].line, 5u);
}

TEST(CsvReader, AcceptsClassicMacLineEnds) {
    auto rows = read_all("a,b\r1,\"x\ry\"\r2,z");
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 3u);
    EXPECT_EQ((*rows)[1].fields[1], "x\ry");
    EXPECT_EQ((*rows)[2].line, 4u);
}

TEST(CsvReader, SkipsAByteOrderMark) {
    auto rows = read_all("\xEF\xBB\xBFid,text\n1,x\n");
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ((*rows)[0].fields[0], "id");
}

TEST(CsvReader, UnterminatedQuoteIsLocatedAtItsOpening) {
    core::Error error = error_of("id,text\n1,ok\n2,\"never\nclosed, at all\n3,x\n");
    EXPECT_EQ(error.kind(), core::ErrorKind::InvalidInput);
    EXPECT_EQ(error.where(), "t.csv:3:3");
    EXPECT_NE(error.message().find("never closed"), std::string::npos);
}

TEST(CsvReader, StrayQuoteInAnUnquotedFieldIsAnError) {
    // The column counts characters: "Côte" is four.
    core::Error error = error_of("id,state\n1,Côte d\"Ivoire\n");
    EXPECT_EQ(error.where(), "t.csv:2:9");
    EXPECT_NE(error.message().find("quote inside an unquoted field"), std::string::npos);
}

TEST(CsvReader, TextAfterAClosingQuoteIsAnError) {
    core::Error error = error_of("id,text\n1,\"multi\nline\" and more\n");
    EXPECT_EQ(error.where(), "t.csv:3:6");
    EXPECT_NE(error.message().find("after the closing quote"), std::string::npos);
}

TEST(CsvReader, ErrorsAreSticky) {
    CsvReader reader("a\n\"b\n", "t.csv");
    EXPECT_TRUE(reader.next().ok());
    EXPECT_FALSE(reader.next().ok());
    auto again = reader.next();
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().where(), "t.csv:2:1");
}

TEST(CsvReader, ReusesTheCallersRow) {
    CsvReader reader("a,b,c\n1,2\n", "t.csv");
    CsvRow row;
    ASSERT_TRUE(*reader.next(row));
    EXPECT_EQ(row.fields.size(), 3u);
    ASSERT_TRUE(*reader.next(row));
    EXPECT_EQ(row.fields, (Fields{"1", "2"}));
    EXPECT_FALSE(*reader.next(row));
}

TEST(RequireColumns, MapsNamesToIndexes) {
    CsvRow header{{"id", " text ", "session"}, 1};
    std::string_view names[] = {"session", "text"};
    auto indexes = require_columns(header, names, "t.csv");
    ASSERT_TRUE(indexes.ok());
    EXPECT_EQ(*indexes, (std::vector<size_t>{2, 1}));
}

TEST(RequireColumns, NamesEveryMissingColumn) {
    CsvRow header{{"id", "text"}, 1};
    std::string_view names[] = {"id", "response", "issues"};
    auto indexes = require_columns(header, names, "t.csv");
    ASSERT_FALSE(indexes.ok());
    EXPECT_EQ(indexes.error().where(), "t.csv:1");
    EXPECT_NE(indexes.error().message().find("missing columns \"response\", \"issues\""),
              std::string::npos)
        << indexes.error().message();
}

TEST(RequireColumns, RefusesAnAmbiguousColumn) {
    CsvRow header{{"id", "text", "id"}, 1};
    std::string_view names[] = {"id"};
    auto indexes = require_columns(header, names, "t.csv");
    ASSERT_FALSE(indexes.ok());
    EXPECT_NE(indexes.error().message().find("more than one column named \"id\""),
              std::string::npos);
}

TEST(CheckFieldCount, ReportsRaggedRows) {
    EXPECT_TRUE(check_field_count(CsvRow{{"1", "2", "3"}, 4}, 3, "t.csv").ok());
    auto status = check_field_count(CsvRow{{"1", "2"}, 4}, 3, "t.csv");
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().message(), "row has 2 fields, the header has 3");
    EXPECT_EQ(status.error().where(), "t.csv:4");
}

TEST(CsvWriter, QuotesOnlyWhenNeeded) {
    std::string out;
    Fields fields = {"plain", "a,b", "say \"hi\"", " lead", "trail\t", "", "Côte d’Ivoire"};
    append_csv_row(out, fields);
    EXPECT_EQ(out, "plain,\"a,b\",\"say \"\"hi\"\"\",\" lead\",\"trail\t\",,Côte d’Ivoire\n");
}

TEST(CsvWriter, RoundTripsThroughTheReader) {
    std::vector<Fields> rows = {
        {"id", "text", "issues"},
        {"1", "Line one\nline two\r\nline three", "a | b"},
        {"2", "\"quoted\" at both ends \"", ",leading comma"},
        {"3", "", "  spaces  "},
        {""},
        {"\"", "\r", "\n"},
        {"São Tomé, “Príncipe” — 2012–2016", "x", "y"},
    };
    std::string text;
    for (const Fields& row : rows)
        append_csv_row(text, row);
    auto read = read_all(text);
    ASSERT_TRUE(read.ok()) << read.error().describe();
    ASSERT_EQ(read->size(), rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        EXPECT_EQ((*read)[i].fields, rows[i]) << "row " << i;
}

TEST(CsvReader, ReadsTheRealUprInfoExport) {
    auto path = testing::shared_data("upr-info/recommendations_sessions_01-16.csv");
    RIGHTSTRACK_REQUIRE_DATA(path);
    auto decoded = decode_text(testing::read_file(path), "recommendations.csv");
    ASSERT_TRUE(decoded.ok()) << decoded.error().describe();
    EXPECT_EQ(decoded->encoding, SourceEncoding::Utf8);

    auto start = std::chrono::steady_clock::now();
    CsvReader reader(decoded->utf8, "recommendations.csv");
    CsvRow row;
    size_t rows = 0, ragged = 0;
    while (true) {
        auto more = reader.next(row);
        ASSERT_TRUE(more.ok()) << more.error().describe();
        if (!*more)
            break;
        ++rows;
        ragged += row.fields.size() != 13;
    }
    auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_EQ(rows, 30262u);
    EXPECT_EQ(ragged, 0u);
    EXPECT_EQ(row.line, 30262u);
    std::cout << "[   timing ] read " << rows << " rows in "
              << std::chrono::duration<double, std::milli>(elapsed).count() << " ms\n";

    CsvReader again(decoded->utf8, "recommendations.csv");
    auto header = again.next();
    ASSERT_TRUE(header.ok() && header->has_value());
    std::string_view names[] = {"id", "state_under_review", "recommending_state", "response",
                                "action_category", "issues", "text"};
    auto indexes = require_columns(**header, names, "recommendations.csv");
    ASSERT_TRUE(indexes.ok()) << indexes.error().describe();
    EXPECT_EQ(*indexes, (std::vector<size_t>{0, 3, 6, 9, 10, 11, 12}));
}

}  // namespace
// ---------------------------------------------------------------------------------------------
// Cutting a text into slices of whole rows.

namespace {

std::vector<CsvRow> read_all(std::string_view text, size_t first_line) {
    CsvReader reader(text, "file.csv", first_line);
    std::vector<CsvRow> rows;
    while (true) {
        auto row = reader.next();
        EXPECT_TRUE(row.ok()) << row.error().describe();
        if (!row.ok() || !row.value())
            return rows;
        rows.push_back(**row);
    }
}

TEST(SplitRows, SlicesReadToTheSameRowsAndLinesAsTheWhole) {
    std::string text;
    for (int i = 0; i < 300; ++i)
        text += std::to_string(i) + ",\"a quoted\nfield, with \"\"quotes\"\"\",plain\r\n";
    auto whole = read_all(text, 1);
    for (size_t parts : {1, 2, 3, 7}) {
        auto slices = split_rows(text, 1, parts);
        EXPECT_LE(slices.size(), parts);
        std::vector<CsvRow> pieced;
        for (const auto& slice : slices)
            for (auto& row : read_all(slice.text, slice.first_line))
                pieced.push_back(std::move(row));
        ASSERT_EQ(pieced.size(), whole.size()) << parts << " parts";
        for (size_t i = 0; i < whole.size(); ++i) {
            EXPECT_EQ(pieced[i].fields, whole[i].fields) << "row " << i;
            EXPECT_EQ(pieced[i].line, whole[i].line) << "row " << i;
        }
    }
}

TEST(SplitRows, NeverCutsInsideAQuotedField) {
    std::string first_row = "1,\"" + std::string(1000, '\n') + "\"\n";
    std::string text = first_row + "2,b\n";
    auto slices = split_rows(text, 1, 4);
    ASSERT_EQ(slices.size(), 2u) << "the only row ends are after each row";
    EXPECT_EQ(slices[0].text, first_row);
    EXPECT_EQ(slices[1].text, "2,b\n");
    EXPECT_EQ(slices[1].first_line, 1002u);
}

TEST(SplitRows, CountsLoneCarriageReturnsAsLineEnds) {
    std::string text;
    for (int i = 0; i < 100; ++i)
        text += "a,b\r" + std::string(i % 2 ? "" : "\r") + "c,d\n";
    auto slices = split_rows(text, 5, 3);
    ASSERT_GT(slices.size(), 1u);
    auto whole = read_all(text, 5);
    auto last = read_all(slices.back().text, slices.back().first_line);
    ASSERT_FALSE(last.empty());
    EXPECT_EQ(last.back().line, whole.back().line);
}

}  // namespace
}  // namespace rightstrack::ingest
