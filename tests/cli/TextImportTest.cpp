// Importing UN documents saved as plain text and HTML end to end: a UPR Working Group report of our
// own (tests/data/un-text) as pdftotext writes it, laid out with indents, and as a web page gives
// the same recommendations, States and responses; files that hold no UN document are refused
// with the file named and nothing stored.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/CliTestSupport.h"

namespace rightstrack::testing {
namespace {

using nlohmann::json;
using Codes = std::vector<std::string>;

bool mentions(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

struct Expected {
    std::string text;
    Codes states;
    std::string response;
};

// What the report recommends, by paragraph.
const std::map<std::string, Expected> kRecommendations = {
    {"76.1",
     {"Ratify the Optional Protocol to the Convention against Torture",
      {"DNK", "NOR"},
      "supported"}},
    {"76.2",
     {"Strengthen the independence of the national human rights institution in line with the "
      "Paris Principles",
      {"FRA"},
      "supported"}},
    {"76.3",
     {"Adopt comprehensive legislation against discrimination and ensure its effective "
      "implementation",
      {"CAN"},
      "supported"}},
    {"77.1",
     {"Consider ratifying the Rome Statute of the International Criminal Court",
      {"LVA"},
      "pending"}},
    {"78.1", {"Abolish the death penalty for all crimes", {"SWE"}, "noted"}},
};

class TextImport : public ::testing::TestWithParam<const char*> {
protected:
    std::filesystem::path fixture() const {
        std::string name = GetParam();
        return workspace_.file(name, read_file(test_data("un-text/" + name)));
    }
    Workspace workspace_;
};

TEST_P(TextImport, DryRunCountsTheReportsRecommendationsAndStoresNothing) {
    auto dry = workspace_.import(fixture(), "--dry-run --json");
    ASSERT_EQ(dry.exit_code, 0) << dry.err;
    auto file = json::parse(dry.out)["files"][0];
    EXPECT_EQ(file["status"], "dry_run");
    EXPECT_EQ(file["added"], kRecommendations.size());
    EXPECT_EQ(file["documents_added"], 1);
    EXPECT_EQ(workspace_.stats()["recommendations"], 0);
}

TEST_P(TextImport, ImportsEachRecommendationWithItsStatesAndResponse) {
    auto imported = workspace_.import(fixture());
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    std::istringstream lines(workspace_.exported("jsonl"));
    std::map<std::string, json> found;
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty()) {
            json record = json::parse(line);
            found[record["paragraph"]] = record;
        }
    }
    ASSERT_EQ(found.size(), kRecommendations.size());
    for (const auto& [paragraph, expected] : kRecommendations) {
        ASSERT_TRUE(found.contains(paragraph)) << paragraph;
        const json& record = found[paragraph];
        EXPECT_EQ(record["text"], expected.text) << paragraph;
        EXPECT_EQ(record["recommending_states"].get<Codes>(), expected.states) << paragraph;
        EXPECT_EQ(record["response"], expected.response) << paragraph;
        EXPECT_EQ(record["document"]["symbol"], "A/HRC/16/5");
        EXPECT_EQ(record["document"]["state"], "MNG");
    }
}

INSTANTIATE_TEST_SUITE_P(Layouts, TextImport,
                         ::testing::Values("report.txt", "report-layout.txt", "report.html"),
                         [](const auto& info) {
                             std::string name = info.param;
                             for (char& c : name) {
                                 if (c == '.' || c == '-')
                                     c = '_';
                             }
                             return name;
                         });

// Refused files: exit code 1, the file named on stderr with the reason, nothing stored.
class NotAUnDocument : public ::testing::Test {
protected:
    void expect_refused(const std::string& name, const std::string& bytes,
                        const std::string& reason) {
        auto file = workspace_.file(name, bytes);
        auto result = workspace_.import(file);
        EXPECT_EQ(result.exit_code, 1) << result.err;
        EXPECT_TRUE(mentions(result.err, file.string())) << result.err;
        EXPECT_TRUE(mentions(result.err, reason))
            << "expected '" << reason << "' in: " << result.err;
        EXPECT_EQ(workspace_.stats()["recommendations"], 0);
        EXPECT_EQ(workspace_.stats()["documents"], 0);
    }
    Workspace workspace_;
};

TEST_F(NotAUnDocument, AnEmptyHtmlPage) {
    expect_refused("empty.html", "<!DOCTYPE html>\n<html><head></head><body></body></html>\n",
                   "holds no text");
}

TEST_F(NotAUnDocument, AnHtmlPageWithOnlyAScript) {
    expect_refused("script.html",
                   "<html><body><script>document.write('<p>A/HRC/16/5</p>');</script></body>"
                   "</html>",
                   "holds no text");
}

TEST_F(NotAUnDocument, AWebPageAboutSomethingElse) {
    expect_refused("recipe.html",
                   "<html><body><h1>Bread</h1><p>1. Mix the flour.</p></body></html>",
                   "does not look like a UN document");
}

TEST_F(NotAUnDocument, APlainTextAboutSomethingElse) {
    expect_refused("notes.txt", "Shopping list\n\n1. Milk\n2. Bread\n",
                   "does not look like a UN document");
}

TEST_F(NotAUnDocument, AReportWithoutItsRecommendations) {
    expect_refused("head.txt",
                   "United Nations A/HRC/16/5\n\nReport of the Working Group on the Universal "
                   "Periodic Review\nMongolia\n\n1. The Working Group held its ninth session.\n",
                   "Conclusions");
}

TEST_F(NotAUnDocument, BinaryJunk) {
    std::string junk;
    for (int i = 0; i < 4096; ++i) junk += static_cast<char>((i * 7919 + 13) % 256);
    auto file = workspace_.file("junk.txt", junk);
    auto result = workspace_.import(file);
    EXPECT_EQ(result.exit_code, 1) << result.err;
    EXPECT_TRUE(mentions(result.err, file.string())) << result.err;
    EXPECT_EQ(workspace_.stats()["recommendations"], 0);
}

TEST_F(NotAUnDocument, AWhiteSpaceOnlyTextIsAnEmptyFile) {
    expect_refused("blank.txt", "  \n\n", "empty");
}

}  // namespace
}  // namespace rightstrack::testing
