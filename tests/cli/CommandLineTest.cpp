// The rightstrack binary end to end, each test with its own database: importing UPR Info's real
// export and counting it, lossless export round trips, dry runs, refusing bad files whole (with
// file and line, the database untouched), legacy encodings, usage errors, taxonomies and help.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/CliTestSupport.h"

namespace rightstrack::testing {
namespace {

using nlohmann::json;

constexpr const char* kUprInfoHeader =
    "id,session,cycle,state_under_review,recommending_state,response,action_category,issues,"
    "text\n";

// A small valid UPR Info export: two reviews, a joint recommendation, both responses.
std::string small_export() {
    return std::string(kUprInfoHeader) +
           "101,8,1,Kyrgyzstan,Norway,Accepted,5,Justice | Torture and other CID treatment,"
           "Establish an independent national preventive mechanism against torture (Norway);\n"
           "102,8,1,Kyrgyzstan,Sweden,Accepted,5,Justice | Torture and other CID treatment,"
           "Establish an independent national preventive mechanism against torture (Norway);\n"
           "103,8,1,Kyrgyzstan,Russian Federation,Noted,3,Freedom of the press,"
           "Consider decriminalising defamation (Russian Federation);\n"
           "104,7,1,Kazakhstan,Germany,Accepted,4,Women's rights,"
           "\"Adopt a comprehensive law on domestic violence, and train the police (Germany);\"\n";
}

// More valid rows for the same reviews, none of which small_export() has.
std::string more_rows(int first_id, int count) {
    std::string rows;
    for (int i = 0; i < count; ++i)
        rows += std::to_string(first_id + i) + ",8,1,Kyrgyzstan,Canada,Accepted,4,Labour," +
                "Strengthen labour inspection in sector " + std::to_string(i + 1) + " (Canada);\n";
    return rows;
}

std::filesystem::path real_export() {
    return shared_data("upr-info/recommendations_sessions_01-16.csv");
}

bool mentions(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// ---------------------------------------------------------------------------------------------
// UPR Info's real export.

class RealExport : public ::testing::Test {
protected:
    void SetUp() override { RIGHTSTRACK_REQUIRE_DATA(real_export()); }
    Workspace workspace_;
};

TEST_F(RealExport, ImportThenStatsCountsEveryRecommendation) {
    auto imported = workspace_.import(real_export());
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    auto stats = workspace_.stats();
    EXPECT_EQ(stats["recommendations"], 29314);
    EXPECT_EQ(stats["documents"], 248);
    EXPECT_EQ(stats["by_cycle"], json::parse(R"({"1": 20629, "2": 8685})"));
    EXPECT_EQ(stats["by_response"], json::parse(R"({"noted": 7422, "supported": 21892})"));
    EXPECT_EQ(stats["by_mechanism"], json::parse(R"({"UPR": 29314})"));
}

TEST_F(RealExport, ReimportingChangesNothing) {
    ASSERT_EQ(workspace_.import(real_export()).exit_code, 0);
    auto before = workspace_.exported();
    auto again = workspace_.import(real_export(), "--json");
    ASSERT_EQ(again.exit_code, 0) << again.err;
    auto report = json::parse(again.out);
    ASSERT_EQ(report["files"].size(), 1u);
    const auto& file = report["files"][0];
    EXPECT_EQ(file["status"], "imported");
    EXPECT_EQ(file["added"], 0);
    EXPECT_EQ(file["updated"], 0);
    EXPECT_EQ(file["unchanged"], 29314);
    EXPECT_EQ(file["documents_added"], 0);
    EXPECT_EQ(workspace_.exported(), before);
}

// Exports `format` from `from`, imports that file into an empty database, and returns what
// that database exports in the same format.
std::string export_import_export(const Workspace& from, const std::string& format) {
    Workspace copy;
    auto file = copy.file("export." + format, from.exported(format));
    auto imported = copy.import(file, "--json");
    EXPECT_EQ(imported.exit_code, 0) << imported.err;
    EXPECT_EQ(json::parse(imported.out, nullptr, false)["files"][0]["added"], 29314);
    return copy.exported(format);
}

TEST_F(RealExport, CsvExportImportExportIsByteIdentical) {
    ASSERT_EQ(workspace_.import(real_export()).exit_code, 0);
    EXPECT_TRUE(export_import_export(workspace_, "csv") == workspace_.exported("csv"))
        << "the CSV export changed on its round trip";
}

TEST_F(RealExport, JsonlExportImportExportIsByteIdentical) {
    ASSERT_EQ(workspace_.import(real_export()).exit_code, 0);
    EXPECT_TRUE(export_import_export(workspace_, "jsonl") == workspace_.exported("jsonl"))
        << "the JSON Lines export changed on its round trip";
}

TEST_F(RealExport, DryRunReportsTheCountsAndStoresNothing) {
    auto dry = workspace_.import(real_export(), "--dry-run --json");
    ASSERT_EQ(dry.exit_code, 0) << dry.err;
    auto report = json::parse(dry.out);
    EXPECT_EQ(report["dry_run"], true);
    EXPECT_EQ(report["files"][0]["status"], "dry_run");
    EXPECT_EQ(report["files"][0]["added"], 29314);
    EXPECT_EQ(report["files"][0]["documents_added"], 248);
    EXPECT_EQ(workspace_.stats()["recommendations"], 0);
    EXPECT_EQ(workspace_.stats()["documents"], 0);
}

// ---------------------------------------------------------------------------------------------
// Small files of our own.

TEST(Import, DryRunOfASmallFileReportsCountsAndLeavesTheDatabaseEmpty) {
    Workspace workspace;
    auto dry = workspace.import(workspace.file("small.csv", small_export()), "--dry-run --json");
    ASSERT_EQ(dry.exit_code, 0) << dry.err;
    auto file = json::parse(dry.out)["files"][0];
    EXPECT_EQ(file["status"], "dry_run");
    EXPECT_EQ(file["added"], 3);
    EXPECT_EQ(file["documents_added"], 2);
    // What it would store: the records themselves.
    const auto& records = file["records"];
    ASSERT_EQ(records["documents"].size(), 2u);
    ASSERT_EQ(records["recommendations"].size(), 3u);
    const auto* decriminalise = &records["recommendations"][0];
    for (const auto& r : records["recommendations"])
        if (r["text"].get<std::string>().starts_with("Consider decriminalising"))
            decriminalise = &r;
    EXPECT_EQ((*decriminalise)["recommending_states"], json::array({"RUS"}));
    EXPECT_EQ((*decriminalise)["response"], "noted");
    EXPECT_EQ((*decriminalise)["document"], "UPR/8/KGZ");
    EXPECT_TRUE(records["responses"].empty());
    auto stats = workspace.stats();
    EXPECT_EQ(stats["recommendations"], 0);
    EXPECT_EQ(stats["documents"], 0);
}

TEST(Export, CsvHeaderStartsWithTheColumnsOfTheDesignInOrder) {
    Workspace workspace;
    ASSERT_EQ(workspace.import(workspace.file("small.csv", small_export())).exit_code, 0);
    std::string csv = workspace.exported("csv");
    std::string header = csv.substr(0, csv.find('\n'));
    EXPECT_TRUE(header.starts_with(
        "id,document,mechanism,state_under_review,cycle,session,paragraph,recommending_states,"
        "response,action_category,issues,themes,affected_persons,sdgs,text,"))
        << header;
}

TEST(Export, CsvRowsCarryIsoCodesAndPipeSeparatedValues) {
    Workspace workspace;
    ASSERT_EQ(workspace.import(workspace.file("small.csv", small_export())).exit_code, 0);
    std::string csv = workspace.exported("csv");
    EXPECT_TRUE(mentions(csv,
                         ",UPR/8/KGZ,UPR,KGZ,1,8,,NOR|SWE,supported,5,"
                         "Justice|Torture and other CID treatment,,,,"))
        << csv;
    EXPECT_TRUE(mentions(csv, ",UPR/8/KGZ,UPR,KGZ,1,8,,RUS,noted,3,Freedom of the press,")) << csv;
}

// ---------------------------------------------------------------------------------------------
// Bad input: exit code 1, the file and line on stderr, and the database as it was.

class BadInput : public ::testing::Test {
protected:
    void SetUp() override {
        auto seeded = workspace_.import(workspace_.file("seed.csv", small_export()));
        ASSERT_EQ(seeded.exit_code, 0) << seeded.err;
        before_ = workspace_.exported();
    }

    // Imports `bytes` as bad.csv and checks the refusal; `line` empty when none applies.
    void expect_refused(const std::string& bytes, const std::string& line) {
        expect_refused_file(workspace_.file("bad.csv", bytes), line);
    }

    void expect_refused_file(const std::filesystem::path& file, const std::string& line) {
        auto result = workspace_.import(file);
        EXPECT_EQ(result.exit_code, 1) << result.err;
        std::string where = file.string() + (line.empty() ? "" : ":" + line + ":");
        EXPECT_TRUE(mentions(result.err, where)) << "expected " << where << " in: " << result.err;
        EXPECT_TRUE(workspace_.exported() == before_) << "the database changed";
    }

    Workspace workspace_;
    std::string before_;
};

// UTF-16 LE with its byte order mark, of ASCII text.
std::string utf16le(const std::string& ascii) {
    std::string bytes = "\xFF\xFE";
    for (char c : ascii) bytes += std::string{c, '\0'};
    return bytes;
}

// Windows-1251 of text whose only non-ASCII characters are the Russian letters А-я.
std::string windows1251(const std::string& utf8) {
    std::string bytes;
    for (size_t i = 0; i < utf8.size(); ++i) {
        auto lead = static_cast<unsigned char>(utf8[i]);
        if (lead < 0x80) {
            bytes += utf8[i];
            continue;
        }
        int code_point = ((lead & 0x1F) << 6) | (static_cast<unsigned char>(utf8[++i]) & 0x3F);
        bytes += static_cast<char>(0xC0 + code_point - 0x410);
    }
    return bytes;
}

TEST_F(BadInput, Utf16FileIsRefused) {
    expect_refused(utf16le(small_export()), "1");
}

TEST_F(BadInput, Windows1251CyrillicFileIsRefusedAtItsFirstCyrillicLine) {
    std::string text = std::string(kUprInfoHeader) + more_rows(500, 2) +
                       "510,8,1,Kyrgyzstan,Belarus,Accepted,3,Justice,"
                       "Продолжить судебную реформу (Беларусь);\n";
    expect_refused(windows1251(text), "4");
}

TEST_F(BadInput, FileWithMissingColumnsIsRefused) {
    expect_refused(
        "id,session,state_under_review,recommending_state,text\n"
        "1,8,Kyrgyzstan,Norway,Adopt a law against torture (Norway);\n",
        "1");
}

// Valid rows before the ragged one are not written either: a file is imported whole or not at all.
TEST_F(BadInput, RaggedRowInTheMiddleRefusesTheWholeFile) {
    std::string text = std::string(kUprInfoHeader) + more_rows(600, 4) +
                       "610,8,1,Kyrgyzstan,Canada,Accepted,4,Labour\n" + more_rows(620, 2);
    expect_refused(text, "6");
}

TEST_F(BadInput, UnknownStateNameIsRefused) {
    std::string text = std::string(kUprInfoHeader) + more_rows(700, 2) +
                       "710,8,1,Kyrgyzstan,Ruritania,Accepted,4,Labour,"
                       "Ratify ILO Convention No. 189 (Ruritania);\n";
    expect_refused(text, "4");
}

TEST_F(BadInput, CsvOfUnknownLayoutIsRefused) {
    expect_refused("Country,Recommendation\nKyrgyzstan,Ratify the Convention;\n", "1");
}

TEST_F(BadInput, EmptyFileIsRefused) {
    expect_refused("", "");
}

TEST_F(BadInput, NonexistentFileIsRefused) {
    expect_refused_file(workspace_.folder() / "no-such-file.csv", "");
}

TEST_F(BadInput, WhenTheSecondFileIsBadTheFirstIsStillImported) {
    auto good = workspace_.file("good.csv", std::string(kUprInfoHeader) + more_rows(800, 3));
    auto bad = workspace_.file("bad.csv", "Country,Recommendation\nKyrgyzstan,Ratify;\n");
    auto result = workspace_.run("import " + quoted(good) + " " + quoted(bad));
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(mentions(result.err, bad.string() + ":1:")) << result.err;
    EXPECT_FALSE(mentions(result.err, good.string())) << result.err;
    EXPECT_EQ(workspace_.stats()["recommendations"], 3 + 3);
}

TEST_F(BadInput, JsonReportGivesTheFailedFileItsErrorAndWhere) {
    std::string text = std::string(kUprInfoHeader) + more_rows(950, 2) +
                       "960,8,1,Kyrgyzstan,Ruritania,Accepted,4,Labour,"
                       "Ratify ILO Convention No. 189 (Ruritania);\n";
    auto bad = workspace_.file("bad.csv", text);
    auto result = workspace_.import(bad, "--json");
    EXPECT_EQ(result.exit_code, 1);
    auto file = json::parse(result.out)["files"][0];
    EXPECT_EQ(file["status"], "failed");
    EXPECT_EQ(file["error"]["kind"], "invalid_input");
    EXPECT_EQ(file["error"]["where"], bad.string() + ":4");
    EXPECT_TRUE(workspace_.exported() == before_) << "the database changed";
}

TEST_F(BadInput, WhenTheFirstFileIsBadTheSecondIsStillImported) {
    auto bad = workspace_.file("bad.csv", "Country,Recommendation\nKyrgyzstan,Ratify;\n");
    auto good = workspace_.file("good.csv", std::string(kUprInfoHeader) + more_rows(900, 2));
    auto result = workspace_.run("import " + quoted(bad) + " " + quoted(good));
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(workspace_.stats()["recommendations"], 3 + 2);
}

// ---------------------------------------------------------------------------------------------
// Legacy single-byte encodings that spreadsheet programs write.

enum class CodePage { Windows1252, MacRoman };

// The non-ASCII characters of legacy_text() in each code page.
std::string encode(const std::string& utf8, CodePage page) {
    struct Character {
        std::string_view utf8;
        char windows1252;
        char mac_roman;
    };
    constexpr Character kCharacters[] = {
        {"ô", '\xF4', '\x99'}, {"é", '\xE9', '\x8E'}, {"’", '\x92', '\xD5'},
        {"“", '\x93', '\xD2'}, {"”", '\x94', '\xD3'},
    };
    std::string bytes;
    for (size_t i = 0; i < utf8.size();) {
        bool replaced = false;
        for (const auto& c : kCharacters) {
            if (std::string_view(utf8).substr(i).starts_with(c.utf8)) {
                bytes += page == CodePage::Windows1252 ? c.windows1252 : c.mac_roman;
                i += c.utf8.size();
                replaced = true;
                break;
            }
        }
        if (!replaced)
            bytes += utf8[i++];
    }
    return bytes;
}

constexpr const char* kIvorianText =
    "Guarantee the independence of the Commission nationale des droits de l’homme de "
    "Côte d’Ivoire and of its “Comité de suivi”, in line with the Paris Principles (Senegal);";

std::string legacy_text() {
    return std::string(kUprInfoHeader) + "1,6,1,Côte d’Ivoire,Senegal,Accepted,5,NHRI,\"" +
           kIvorianText + "\"\n" +
           "2,6,1,Côte d’Ivoire,France,Noted,5,Death penalty,"
           "Abolish the death penalty in law (France);\n";
}

void expect_legacy_import(CodePage page) {
    Workspace workspace;
    auto result = workspace.import(workspace.file("legacy.csv", encode(legacy_text(), page)));
    ASSERT_EQ(result.exit_code, 0) << result.err;
    std::string csv = workspace.exported();
    EXPECT_TRUE(
        mentions(csv, std::string(",CIV,1,6,,SEN,supported,5,NHRI,,,,\"") + kIvorianText + "\""))
        << csv;
    EXPECT_EQ(workspace.stats()["by_state_under_review"], json::parse(R"({"CIV": 2})"));
}

TEST(LegacyEncoding, Windows1252FileImportsAsUtf8) {
    expect_legacy_import(CodePage::Windows1252);
}

TEST(LegacyEncoding, MacRomanFileImportsAsUtf8) {
    expect_legacy_import(CodePage::MacRoman);
}

// ---------------------------------------------------------------------------------------------
// Usage errors exit 2.

TEST(Usage, UnknownSubcommandExitsTwo) {
    Workspace workspace;
    EXPECT_EQ(workspace.run("frobnicate").exit_code, 2);
}

TEST(Usage, ExportWithoutFormatExitsTwo) {
    Workspace workspace;
    auto result = workspace.run("export");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(mentions(result.err, "--format")) << result.err;
}

TEST(Usage, ExportInAnUnknownFormatExitsTwo) {
    Workspace workspace;
    auto result = workspace.run("export --format xml");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(mentions(result.err, "xml")) << result.err;
    EXPECT_TRUE(result.out.empty());
}

TEST(Usage, HelpExitsZeroAndListsTheSubcommands) {
    auto result = run_rightstrack("--help");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    for (const char* command : {"import", "export", "stats"})
        EXPECT_TRUE(mentions(result.out, command)) << command << " missing from: " << result.out;
}

// ---------------------------------------------------------------------------------------------
// Taxonomies.

TEST(Taxonomy, LoadsSdgGoalsAndTargetsInThreeLanguages) {
    std::string files;
    for (const char* language : {"en", "ru", "ky"}) {
        for (const char* kind : {"goals", "targets"}) {
            auto path = shared_data(std::string("sdg/") + language + "/global_" + kind + ".yml");
            RIGHTSTRACK_REQUIRE_DATA(path);
            files += " " + quoted(path);
        }
    }
    Workspace workspace;
    auto loaded = workspace.run("taxonomy load sdgs" + files);
    ASSERT_EQ(loaded.exit_code, 0) << loaded.err;
    auto shown = workspace.run("taxonomy show sdgs --json");
    ASSERT_EQ(shown.exit_code, 0) << shown.err;
    auto labels = json::parse(shown.out)["labels"];
    EXPECT_EQ(labels.size(), 17u + 169u);
    json target;
    for (const auto& label : labels)
        if (label["code"] == "5.2")
            target = label;
    ASSERT_FALSE(target.is_null()) << "no target 5.2";
    EXPECT_EQ(target["parent"], "5");
    for (const char* language : {"en", "ru", "ky"})
        EXPECT_FALSE(target["names"].value(language, "").empty()) << language;
}

}  // namespace
}  // namespace rightstrack::testing
