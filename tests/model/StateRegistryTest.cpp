#include "model/StateRegistry.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/Text.h"
#include "support/TestSupport.h"

namespace rightstrack::model {
namespace {

const StateRegistry& registry() {
    return StateRegistry::instance();
}

std::string alpha3_of(std::string_view name) {
    const StateInfo* state = registry().resolve(name);
    return state ? std::string(state->alpha3) : "(null)";
}

std::set<std::string_view> organisation_codes() {
    std::set<std::string_view> codes;
    for (const OrganisationInfo& organisation : organisation_table())
        codes.insert(organisation.code);
    return codes;
}

bool has_organisation(std::string_view alpha3, std::string_view code) {
    const StateInfo* state = registry().find_by_code(alpha3);
    if (state == nullptr)
        return false;
    for (std::string_view member : core::split(state->organisations, "|")) {
        if (member == code)
            return true;
    }
    return false;
}

TEST(StateTableTest, HasEveryMemberBothObserversAndTheUnknownMarker) {
    std::map<RegionalGroup, int> per_group;
    for (const StateInfo& state : state_table())
        ++per_group[state.group];
    EXPECT_EQ(per_group[RegionalGroup::African], 54);
    EXPECT_EQ(per_group[RegionalGroup::AsiaPacific], 54);
    EXPECT_EQ(per_group[RegionalGroup::EasternEuropean], 23);
    EXPECT_EQ(per_group[RegionalGroup::LatinAmericanCaribbean], 33);
    EXPECT_EQ(per_group[RegionalGroup::WesternEuropeanOthers], 29);
    EXPECT_EQ(per_group[RegionalGroup::Observer], 2);
    EXPECT_EQ(per_group[RegionalGroup::None], 1);
    EXPECT_EQ(state_table().size(), 193u + 2u + 1u);
}

TEST(StateTableTest, CodesAreWellFormedUniqueAndSorted) {
    std::set<std::string_view> alpha3s;
    std::set<std::string_view> alpha2s;
    std::string_view previous;
    for (const StateInfo& state : state_table()) {
        EXPECT_EQ(state.alpha3.size(), 3u) << state.alpha3;
        EXPECT_TRUE(alpha3s.insert(state.alpha3).second) << "duplicate " << state.alpha3;
        EXPECT_LT(previous, state.alpha3) << "table not sorted at " << state.alpha3;
        previous = state.alpha3;
        EXPECT_FALSE(state.name.empty()) << state.alpha3;
        EXPECT_FALSE(state.formal_name.empty()) << state.alpha3;
        if (state.alpha3 == kUnknownStateCode)
            continue;
        EXPECT_EQ(state.alpha2.size(), 2u) << state.alpha3;
        EXPECT_TRUE(alpha2s.insert(state.alpha2).second) << "duplicate " << state.alpha2;
    }
}

TEST(StateTableTest, TheUnknownMarkerIsNoState) {
    const StateInfo* unknown = registry().find_by_code(kUnknownStateCode);
    ASSERT_NE(unknown, nullptr);
    EXPECT_EQ(unknown->alpha2, "");
    EXPECT_EQ(unknown->name, "Unknown");
    EXPECT_EQ(unknown->formal_name, "Unknown State");
    EXPECT_EQ(unknown->group, RegionalGroup::None);
    EXPECT_EQ(alpha3_of("(Unknown)"), "XXX");
    EXPECT_EQ(alpha3_of("&#40;Unknown&#41;"), "XXX");
}

TEST(StateTableTest, EveryOrganisationCodeIsDefined) {
    std::set<std::string_view> codes = organisation_codes();
    EXPECT_EQ(codes.size(), organisation_table().size()) << "duplicate organisation code";
    EXPECT_EQ(codes.size(), 12u);
    for (const StateInfo& state : state_table()) {
        if (state.organisations.empty())
            continue;
        for (std::string_view code : core::split(state.organisations, "|"))
            EXPECT_TRUE(codes.contains(code)) << state.alpha3 << ": unknown '" << code << "'";
    }
}

TEST(StateTableTest, MembershipsAndGroupsThatAreEasyToGetWrong) {
    EXPECT_TRUE(has_organisation("KGZ", "CIS"));
    EXPECT_TRUE(has_organisation("KGZ", "OIC"));
    EXPECT_FALSE(has_organisation("GBR", "EU"));
    EXPECT_TRUE(has_organisation("MAR", "AU"));
    EXPECT_TRUE(has_organisation("PSE", "AL"));
    EXPECT_FALSE(has_organisation("QAT", "OIF")) << "associate members are left out";
    EXPECT_TRUE(has_organisation("TLS", "ASEAN"));
    EXPECT_EQ(registry().find_by_code("ISR")->group, RegionalGroup::WesternEuropeanOthers);
    EXPECT_EQ(registry().find_by_code("USA")->group, RegionalGroup::WesternEuropeanOthers);
    EXPECT_EQ(registry().find_by_code("TUR")->group, RegionalGroup::WesternEuropeanOthers);
    EXPECT_EQ(registry().find_by_code("CYP")->group, RegionalGroup::AsiaPacific);
    EXPECT_EQ(registry().find_by_code("KIR")->group, RegionalGroup::AsiaPacific);
    EXPECT_EQ(registry().find_by_code("VAT")->group, RegionalGroup::Observer);
}

TEST(StateTableTest, RegionalGroupCodesAreUprInfos) {
    EXPECT_EQ(regional_group_code(RegionalGroup::African), "Africa");
    EXPECT_EQ(regional_group_code(RegionalGroup::AsiaPacific), "Asia");
    EXPECT_EQ(regional_group_code(RegionalGroup::EasternEuropean), "EEG");
    EXPECT_EQ(regional_group_code(RegionalGroup::LatinAmericanCaribbean), "GRULAC");
    EXPECT_EQ(regional_group_code(RegionalGroup::WesternEuropeanOthers), "WEOG");
    EXPECT_EQ(regional_group_code(RegionalGroup::Observer), "Observer");
}

TEST(StateRegistryTest, NoNameBelongsToTwoStates) {
    std::string report;
    for (const std::string& conflict : registry().conflicts())
        report += "  " + conflict + "\n";
    EXPECT_TRUE(registry().conflicts().empty()) << "ambiguous names:\n" << report;
}

TEST(StateRegistryTest, ReportsNamesThatTwoStatesShare) {
    const StateInfo table[] = {
        {"COG", "CG", "Congo", "Republic of the Congo", RegionalGroup::African, "AU",
         "Congo Republic"},
        {"COD", "CD", "Democratic Republic of the Congo", "Democratic Republic of the Congo",
         RegionalGroup::African, "AU", "Congo|CG"},
    };
    StateRegistry ambiguous(table);
    EXPECT_EQ(ambiguous.conflicts().size(), 2u) << "the name \"Congo\" and the code \"CG\"";
    EXPECT_EQ(ambiguous.resolve("Congo"), nullptr) << "an ambiguous name resolves to nothing";
    ASSERT_NE(ambiguous.resolve("Congo Republic"), nullptr);
    EXPECT_EQ(ambiguous.resolve("Congo Republic")->alpha3, "COG");
}

TEST(StateRegistryTest, EveryStateHasRussianKyrgyzFrenchAndSpanishNamesFromIcu) {
    for (const StateInfo& state : state_table()) {
        if (state.alpha3 == kUnknownStateCode)
            continue;
        std::set<std::string> languages;
        for (const StateRegistry::Name& name : registry().names_of(state.alpha3))
            languages.insert(name.language);
        EXPECT_EQ(languages, (std::set<std::string>{"en", "ru", "ky", "fr", "es"})) << state.alpha3;
    }
}

TEST(StateRegistryTest, ResolvesFrenchAndSpanishNames) {
    for (auto [name, code] : {std::pair{"Chili", "CHL"}, std::pair{"Allemagne", "DEU"},
                              std::pair{"Royaume-Uni", "GBR"}, std::pair{"Alemania", "DEU"},
                              std::pair{"Países Bajos", "NLD"}, std::pair{"Côte d’Ivoire", "CIV"}}) {
        const auto* state = registry().resolve(name);
        ASSERT_NE(state, nullptr) << name;
        EXPECT_EQ(state->alpha3, code) << name;
    }
}

TEST(StateRegistryTest, NamesOfListsEnglishThenLocalNames) {
    std::vector<StateRegistry::Name> names = registry().names_of("kgz");
    ASSERT_GE(names.size(), 4u);
    EXPECT_EQ(names[0].text, "Kyrgyzstan");
    EXPECT_EQ(names[0].language, "en");
    EXPECT_EQ(names[1].text, "Kyrgyz Republic");
    bool has_kyrgyz_name = false;
    for (const StateRegistry::Name& name : names)
        has_kyrgyz_name |= name.language == "ky" && name.text == "Кыргызстан";
    EXPECT_TRUE(has_kyrgyz_name);
    EXPECT_TRUE(registry().names_of("ZZZ").empty());
}

TEST(StateRegistryTest, FindByCodeIsExactAndCaseInsensitive) {
    ASSERT_NE(registry().find_by_code("kgz"), nullptr);
    EXPECT_EQ(registry().find_by_code("KGZ")->name, "Kyrgyzstan");
    EXPECT_EQ(registry().find_by_code("KG"), nullptr);
    EXPECT_EQ(registry().find_by_code("Kyrgyzstan"), nullptr);
    EXPECT_EQ(registry().find_by_code("ZZZ"), nullptr);
}

TEST(StateRegistryTest, ResolvesCodes) {
    EXPECT_EQ(alpha3_of("KGZ"), "KGZ");
    EXPECT_EQ(alpha3_of("kg"), "KGZ");
    EXPECT_EQ(alpha3_of(" DE "), "DEU");
    EXPECT_EQ(alpha3_of("PSE"), "PSE");
    EXPECT_EQ(alpha3_of("VA"), "VAT");
}

TEST(StateRegistryTest, ResolvesUnShortAndFormalNames) {
    EXPECT_EQ(alpha3_of("Bolivia (Plurinational State of)"), "BOL");
    EXPECT_EQ(alpha3_of("Plurinational State of Bolivia"), "BOL");
    EXPECT_EQ(alpha3_of("Iran (Islamic Republic of)"), "IRN");
    EXPECT_EQ(alpha3_of("Türkiye"), "TUR");
    EXPECT_EQ(alpha3_of("Côte d'Ivoire"), "CIV");
    EXPECT_EQ(alpha3_of("Viet Nam"), "VNM");
    EXPECT_EQ(alpha3_of("Republic of Moldova"), "MDA");
    EXPECT_EQ(alpha3_of("United Kingdom of Great Britain and Northern Ireland"), "GBR");
    EXPECT_EQ(alpha3_of("Kyrgyz Republic"), "KGZ");
    EXPECT_EQ(alpha3_of("Hellenic Republic"), "GRC");
    EXPECT_EQ(alpha3_of("Congo"), "COG");
    EXPECT_EQ(alpha3_of("Democratic Republic of the Congo"), "COD");
    EXPECT_EQ(alpha3_of("Holy See"), "VAT");
    EXPECT_EQ(alpha3_of("State of Palestine"), "PSE");
}

TEST(StateRegistryTest, ResolvesVariantsAndFormerNames) {
    EXPECT_EQ(alpha3_of("Ivory Coast"), "CIV");
    EXPECT_EQ(alpha3_of("Czechia"), "CZE");
    EXPECT_EQ(alpha3_of("Czech Republic"), "CZE");
    EXPECT_EQ(alpha3_of("Burma"), "MMR");
    EXPECT_EQ(alpha3_of("Macedonia FYR"), "MKD");
    EXPECT_EQ(alpha3_of("the former Yugoslav Republic of Macedonia"), "MKD");
    EXPECT_EQ(alpha3_of("Swaziland"), "SWZ");
    EXPECT_EQ(alpha3_of("Cape Verde"), "CPV");
    EXPECT_EQ(alpha3_of("USA"), "USA");
    EXPECT_EQ(alpha3_of("U.S.A."), "USA");
    EXPECT_EQ(alpha3_of("UK"), "GBR");
    EXPECT_EQ(alpha3_of("South Korea"), "KOR");
    EXPECT_EQ(alpha3_of("Korea, Republic of"), "KOR");
    EXPECT_EQ(alpha3_of("North Korea"), "PRK");
    EXPECT_EQ(alpha3_of("DPR Korea"), "PRK");
    EXPECT_EQ(alpha3_of("Libyan Arab Jamahiriya"), "LBY");
    EXPECT_EQ(alpha3_of("Democratic Republic of Congo"), "COD");
    EXPECT_EQ(alpha3_of("Republic of Congo"), "COG");
    EXPECT_EQ(alpha3_of("Palestine"), "PSE");
}

TEST(StateRegistryTest, ToleratesCaseDiacriticsAmpersandsAndALeadingThe) {
    EXPECT_EQ(alpha3_of("COTE D’IVOIRE"), "CIV");
    EXPECT_EQ(alpha3_of("Cote dIvoire"), "CIV");
    EXPECT_EQ(alpha3_of("Turkiye"), "TUR");
    EXPECT_EQ(alpha3_of("Sao Tome & Principe"), "STP");
    EXPECT_EQ(alpha3_of("São Tomé and Príncipe"), "STP");
    EXPECT_EQ(alpha3_of("St. Vincent & the Grenadines"), "VCT");
    EXPECT_EQ(alpha3_of("The Netherlands"), "NLD");
    EXPECT_EQ(alpha3_of("the Gambia"), "GMB");
    EXPECT_EQ(alpha3_of("Gambia, The"), "GMB");
    EXPECT_EQ(alpha3_of("guinea bissau"), "GNB");
}

TEST(StateRegistryTest, ResolvesRussianNames) {
    EXPECT_EQ(alpha3_of("Германия"), "DEU");
    EXPECT_EQ(alpha3_of("Россия"), "RUS");
    EXPECT_EQ(alpha3_of("Киргизия"), "KGZ");
    EXPECT_EQ(alpha3_of("КНДР"), "PRK");
    EXPECT_EQ(alpha3_of("Республика Корея"), "KOR");
    EXPECT_EQ(alpha3_of("ВЕЛИКОБРИТАНИЯ"), "GBR");
    EXPECT_EQ(alpha3_of("Кот-д’Ивуар"), "CIV");
}

TEST(StateRegistryTest, ResolvesTheUnOfficialRussianNamesIcuLacks) {
    EXPECT_EQ(alpha3_of("Российская Федерация"), "RUS");
    EXPECT_EQ(alpha3_of("Кыргызская Республика"), "KGZ");
    EXPECT_EQ(alpha3_of("Республика Молдова"), "MDA");
    EXPECT_EQ(alpha3_of("Иран (Исламская Республика)"), "IRN");
    EXPECT_EQ(alpha3_of("Соединенное Королевство Великобритании и Северной Ирландии"), "GBR");
    EXPECT_EQ(alpha3_of("Боливия (Многонациональное Государство)"), "BOL");
    EXPECT_EQ(alpha3_of("Конго"), "COG");
    EXPECT_EQ(alpha3_of("Демократическая Республика Конго"), "COD");
}

TEST(StateRegistryTest, NamesOfIncludeTheOfficialRussianNames) {
    bool found = false;
    for (const auto& name : registry().names_of("RUS"))
        found |= name.language == "ru" && name.text == "Российская Федерация";
    EXPECT_TRUE(found);
}

TEST(StateRegistryTest, ResolvesKyrgyzNames) {
    EXPECT_EQ(alpha3_of("Кыргызстан"), "KGZ");
    EXPECT_EQ(alpha3_of("Өзбекстан"), "UZB");
    EXPECT_EQ(alpha3_of("Казакстан"), "KAZ");
    EXPECT_EQ(alpha3_of("Түркия"), "TUR");
    EXPECT_EQ(alpha3_of("Жаңы Зеландия"), "NZL");
    EXPECT_EQ(alpha3_of("Кошмо Штаттар"), "USA");
    EXPECT_EQ(alpha3_of("Түштүк Корея"), "KOR");
}

TEST(StateRegistryTest, UnknownNamesResolveToNothing) {
    EXPECT_EQ(registry().resolve("Atlantis"), nullptr);
    EXPECT_EQ(registry().resolve(""), nullptr);
    EXPECT_EQ(registry().resolve("   "), nullptr);
    EXPECT_EQ(registry().resolve("Korea"), nullptr) << "ambiguous on purpose";
    EXPECT_EQ(registry().resolve("Kosovo"), nullptr);
    EXPECT_EQ(registry().resolve("ZZ"), nullptr);
    EXPECT_EQ(registry().resolve("The"), nullptr);
}

// A minimal RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c != '"')
                field += c;
            else if (i + 1 < text.size() && text[i + 1] == '"')
                field += text[++i];
            else
                quoted = false;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(std::move(field));
            field.clear();
        } else if (c == '\n') {
            rows.back().push_back(std::move(field));
            field.clear();
            rows.emplace_back();
        } else if (c != '\r') {
            field += c;
        }
    }
    if (!field.empty() || !rows.back().empty())
        rows.back().push_back(std::move(field));
    if (rows.back().empty())
        rows.pop_back();
    return rows;
}

// Reads UPR Info's export once for all the tests of the suite.
class UprInfoExportTest : public ::testing::Test {
protected:
    void SetUp() override {
        std::filesystem::path path =
            testing::shared_data("upr-info/recommendations_sessions_01-16.csv");
        RIGHTSTRACK_REQUIRE_DATA(path);
        if (rows_.empty())
            rows_ = parse_csv(testing::read_file(path));
        ASSERT_FALSE(rows_.empty());
        for (size_t i = 0; i < rows_[0].size(); ++i)
            columns_[rows_[0][i]] = i;
    }

    const std::string& cell(const std::vector<std::string>& row, const std::string& column) {
        return row.at(columns_.at(column));
    }

    static inline std::vector<std::vector<std::string>> rows_;
    std::map<std::string, size_t> columns_;
};

TEST_F(UprInfoExportTest, EveryStateNameResolves) {
    ASSERT_EQ(rows_.size(), 30261u + 1u);
    std::set<std::string> names;
    for (size_t i = 1; i < rows_.size(); ++i) {
        ASSERT_EQ(rows_[i].size(), rows_[0].size()) << "row " << i;
        names.insert(cell(rows_[i], "state_under_review"));
        names.insert(cell(rows_[i], "recommending_state"));
    }
    std::vector<std::string> unmapped;
    for (const std::string& name : names) {
        if (registry().resolve(name) == nullptr)
            unmapped.push_back(name);
    }
    std::string list;
    for (const std::string& name : unmapped)
        list += "  \"" + name + "\"\n";
    EXPECT_EQ(unmapped.size(), 0u) << "names that do not resolve:\n" << list;
    EXPECT_GE(names.size(), 190u);
}

TEST_F(UprInfoExportTest, RegionalGroupsAgreeForEveryStateUnderReview) {
    std::map<std::string, std::string> group_of_state;
    for (size_t i = 1; i < rows_.size(); ++i)
        group_of_state[cell(rows_[i], "state_under_review")] = cell(rows_[i], "sur_regional_group");
    std::string mismatches;
    for (const auto& [name, group] : group_of_state) {
        const StateInfo* state = registry().resolve(name);
        ASSERT_NE(state, nullptr) << name;
        std::string ours(regional_group_code(state->group));
        if (ours != group)
            mismatches += "  " + name + ": table " + ours + ", UPR Info " + group + "\n";
    }
    EXPECT_TRUE(mismatches.empty()) << "regional groups differ:\n" << mismatches;
}

}  // namespace
}  // namespace rightstrack::model
