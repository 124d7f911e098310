// Taxonomy files: the real SDG goals and targets in English, Russian and Kyrgyz (open-sdg's YAML
// layout, read from ../shared/data), merging languages, natural code order, label CSV files,
// and the refusals of files that are not what they claim.
#include <gtest/gtest.h>

#include <algorithm>

#include "ingest/TaxonomyFile.h"
#include "support/TestSupport.h"

namespace rightstrack::ingest {
namespace {

using Codes = std::vector<std::string>;

std::filesystem::path sdg_file(const std::string& language, const std::string& kind) {
    return testing::shared_data("sdg/" + language + "/global_" + kind + ".yml");
}

std::vector<model::Label> read_sdg(const std::string& language, const std::string& kind) {
    auto path = sdg_file(language, kind);
    auto labels = read_sdg_yaml(testing::read_file(path), path.filename().string(), language);
    EXPECT_TRUE(labels.ok()) << labels.error().describe();
    return labels.ok() ? labels.release_value() : std::vector<model::Label>{};
}

const model::Label* find(const std::vector<model::Label>& labels, const std::string& code) {
    auto found = std::find_if(labels.begin(), labels.end(),
                              [&](const model::Label& label) { return label.code == code; });
    return found == labels.end() ? nullptr : &*found;
}

std::string name_in(const model::Label& label, const std::string& language) {
    for (const auto& name : label.names)
        if (name.language == language)
            return name.text;
    return {};
}

Codes codes_of(const std::vector<model::Label>& labels, size_t count) {
    Codes codes;
    for (size_t i = 0; i < std::min(count, labels.size()); ++i) codes.push_back(labels[i].code);
    return codes;
}

// Russian and Kyrgyz letters are in the UTF-8 lead bytes 0xD0-0xD3 (Cyrillic and its supplement).
bool has_cyrillic(const std::string& text) {
    return std::any_of(text.begin(), text.end(), [](char c) {
        auto byte = static_cast<unsigned char>(c);
        return byte >= 0xD0 && byte <= 0xD3;
    });
}

// Tests of the real SDG files; skipped, saying why, when ../shared/data is not there.
class RealSdgFiles : public ::testing::Test {
protected:
    void SetUp() override {
        for (const char* language : {"en", "ru", "ky"})
            for (const char* kind : {"goals", "targets"})
                RIGHTSTRACK_REQUIRE_DATA(sdg_file(language, kind));
    }
};

TEST_F(RealSdgFiles, ReadsSeventeenGoalsNamedByTheirShortNames) {
    auto goals = read_sdg("en", "goals");
    ASSERT_EQ(goals.size(), 17u);
    for (size_t i = 0; i < goals.size(); ++i) {
        EXPECT_EQ(goals[i].code, std::to_string(i + 1));
        EXPECT_EQ(goals[i].parent, "");
        ASSERT_EQ(goals[i].names.size(), 1u);
        EXPECT_EQ(goals[i].names[0].language, "en");
        EXPECT_LT(goals[i].names[0].text.size(), 45u)
            << "not the short name: " << goals[i].names[0].text;
    }
    EXPECT_EQ(name_in(goals[0], "en"), "No poverty");
    EXPECT_EQ(name_in(goals[4], "en"), "Gender equality");
}

TEST_F(RealSdgFiles, ReadsTargetsWithTheirGoalAsParent) {
    auto targets = read_sdg("en", "targets");
    ASSERT_EQ(targets.size(), 169u);
    for (const auto& target : targets) {
        auto dot = target.code.find('.');
        ASSERT_NE(dot, std::string::npos) << target.code;
        EXPECT_EQ(target.parent, target.code.substr(0, dot));
        EXPECT_FALSE(name_in(target, "en").empty()) << target.code;
    }
    ASSERT_NE(find(targets, "1.2"), nullptr);
    EXPECT_EQ(find(targets, "1.2")->parent, "1");
    ASSERT_NE(find(targets, "1.a"), nullptr);
    EXPECT_EQ(find(targets, "1.a")->parent, "1");
    EXPECT_NE(find(targets, "17.19"), nullptr);
}

TEST_F(RealSdgFiles, GoalsAndTargetsSortInNaturalOrder) {
    auto labels = read_sdg("en", "goals");
    merge_labels(labels, read_sdg("en", "targets"));
    sort_labels_by_code(labels);
    ASSERT_EQ(labels.size(), 186u);
    EXPECT_EQ(codes_of(labels, 10),
              (Codes{"1", "1.1", "1.2", "1.3", "1.4", "1.5", "1.a", "1.b", "2", "2.1"}));
    auto position = [&](const std::string& code) { return find(labels, code) - labels.data(); };
    EXPECT_LT(position("17.2"), position("17.10"));
    EXPECT_LT(position("9.c"), position("10"));
    EXPECT_EQ(labels.back().code, "17.19");
}

TEST_F(RealSdgFiles, ReadsRussianAndKyrgyzFiles) {
    for (const std::string language : {"ru", "ky"}) {
        SCOPED_TRACE(language);
        auto goals = read_sdg(language, "goals");
        auto targets = read_sdg(language, "targets");
        EXPECT_EQ(goals.size(), 17u);
        ASSERT_EQ(targets.size(), 169u);
        EXPECT_TRUE(has_cyrillic(name_in(goals[4], language)));
        ASSERT_NE(find(targets, "5.2"), nullptr);
        EXPECT_TRUE(has_cyrillic(name_in(*find(targets, "5.2"), language)));
    }
}

TEST_F(RealSdgFiles, MergingThreeLanguagesGivesThreeNamesPerTarget) {
    auto targets = read_sdg("en", "targets");
    merge_labels(targets, read_sdg("ru", "targets"));
    merge_labels(targets, read_sdg("ky", "targets"));
    ASSERT_EQ(targets.size(), 169u);
    for (const auto& target : targets) {
        ASSERT_EQ(target.names.size(), 3u) << target.code;
        EXPECT_FALSE(name_in(target, "en").empty()) << target.code;
        EXPECT_TRUE(has_cyrillic(name_in(target, "ru"))) << target.code;
        EXPECT_TRUE(has_cyrillic(name_in(target, "ky"))) << target.code;
    }
    EXPECT_EQ(find(targets, "5.2")->parent, "5");
}

TEST(SdgYaml, ReadsAnIndicatorCodeWithThreeParts) {
    auto labels = read_sdg_yaml("16-1-1-title: Victims of intentional homicide per 100,000\n",
                                "indicators.yml", "en");
    ASSERT_TRUE(labels.ok()) << labels.error().describe();
    ASSERT_EQ(labels->size(), 1u);
    EXPECT_EQ((*labels)[0].code, "16.1.1");
    EXPECT_EQ((*labels)[0].parent, "16.1");
}

TEST(SdgYamlErrors, SyntaxErrorIsLocatedAtItsLine) {
    auto labels = read_sdg_yaml("1-title: End poverty\n  2-title: End hunger\n", "goals.yml", "en");
    ASSERT_FALSE(labels.ok());
    EXPECT_EQ(labels.error().kind(), core::ErrorKind::InvalidInput);
    EXPECT_EQ(labels.error().where(), "goals.yml:2");
    EXPECT_NE(labels.error().message().find("YAML"), std::string::npos) << labels.error().message();
}

TEST(SdgYamlErrors, YamlWithoutSdgKeysIsRefused) {
    auto labels = read_sdg_yaml("title: Annual report\nyear: 2021\n", "report.yml", "en");
    ASSERT_FALSE(labels.ok());
    EXPECT_EQ(labels.error().kind(), core::ErrorKind::InvalidInput);
    EXPECT_EQ(labels.error().where(), "report.yml");
    EXPECT_NE(labels.error().message().find("SDG"), std::string::npos) << labels.error().message();
}

TEST(SdgYamlErrors, YamlThatIsNotAMappingIsRefused) {
    auto labels = read_sdg_yaml("- 1-title\n- 2-title\n", "list.yml", "en");
    ASSERT_FALSE(labels.ok());
    EXPECT_EQ(labels.error().kind(), core::ErrorKind::InvalidInput);
    EXPECT_EQ(labels.error().where(), "list.yml");
}

// ---------------------------------------------------------------------------------------------
// Label CSV files.

TEST(TaxonomyCsv, ReadsCodesParentsAndNamesPerLanguage) {
    auto labels = read_taxonomy_csv(
        "code,parent,name_en,name_ru\n"
        "J,,Administration of justice,Отправление правосудия\n"
        "J1,J,Fair trial,Справедливое судебное разбирательство\n"
        "J2,J,\"Access to  justice,  legal aid\",\n",
        "themes.csv");
    ASSERT_TRUE(labels.ok()) << labels.error().describe();
    ASSERT_EQ(labels->size(), 3u);
    const auto& fair_trial = (*labels)[1];
    EXPECT_EQ(fair_trial.code, "J1");
    EXPECT_EQ(fair_trial.parent, "J");
    EXPECT_EQ(fair_trial.names,
              (std::vector<model::Translation>{{"en", "Fair trial"},
                                               {"ru", "Справедливое судебное разбирательство"}}));
    EXPECT_EQ((*labels)[0].parent, "");
    EXPECT_EQ((*labels)[2].names,
              (std::vector<model::Translation>{{"en", "Access to justice, legal aid"}}));
}

TEST(TaxonomyCsv, PlainNameColumnIsEnglish) {
    auto labels = read_taxonomy_csv("code,name\nW,Women and girls\n", "persons.csv");
    ASSERT_TRUE(labels.ok()) << labels.error().describe();
    ASSERT_EQ(labels->size(), 1u);
    EXPECT_EQ((*labels)[0].names, (std::vector<model::Translation>{{"en", "Women and girls"}}));
}

TEST(TaxonomyCsvErrors, FileWithoutCodeColumnIsRefused) {
    auto labels = read_taxonomy_csv("label,name_en\nJ,Justice\n", "themes.csv");
    ASSERT_FALSE(labels.ok());
    EXPECT_EQ(labels.error().kind(), core::ErrorKind::InvalidInput);
    EXPECT_EQ(labels.error().where(), "themes.csv:1");
    EXPECT_NE(labels.error().message().find("code"), std::string::npos) << labels.error().message();
}

TEST(TaxonomyCsvErrors, FileWithoutNameColumnIsRefused) {
    auto labels = read_taxonomy_csv("code,parent\nJ,\n", "themes.csv");
    ASSERT_FALSE(labels.ok());
    EXPECT_EQ(labels.error().where(), "themes.csv:1");
}

}  // namespace
}  // namespace rightstrack::ingest
