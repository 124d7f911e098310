// The translation files: every key of English in Russian and Kyrgyz and no key English lacks,
// placeholders kept, malformed lines named by file and line, and the choice of language from
// Accept-Language.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "web/Translations.h"

namespace rightstrack::web {
namespace {

std::set<std::string> placeholders(const std::string& text) {
    std::set<std::string> out;
    static const std::regex placeholder("\\{[a-z_]+\\}");
    for (std::sregex_iterator it(text.begin(), text.end(), placeholder), end; it != end; ++it)
        out.insert(it->str());
    return out;
}

TEST(Translations, EveryLanguageHasEveryKeyOfEnglishAndNoOther) {
    auto catalog = Catalog::embedded();
    ASSERT_TRUE(catalog.ok()) << catalog.error().describe();
    const TextTable& english = catalog->texts("en");
    EXPECT_GT(english.size(), 50u);
    for (std::string_view language : {"ru", "ky"}) {
        const TextTable& texts = catalog->texts(language);
        for (const auto& [key, text] : english) {
            auto found = texts.find(key);
            ASSERT_NE(found, texts.end()) << language << " lacks " << key;
            EXPECT_FALSE(found->second.empty()) << language << " " << key;
            EXPECT_EQ(placeholders(found->second), placeholders(text)) << language << " " << key;
        }
        for (const auto& [key, text] : texts)
            EXPECT_TRUE(english.contains(key)) << language << " has unknown key " << key;
    }
}

TEST(Translations, RussianAndKyrgyzAreWrittenInCyrillic) {
    auto catalog = Catalog::embedded();
    ASSERT_TRUE(catalog.ok());
    EXPECT_EQ(catalog->translator("ru")("search.title"), "Поиск рекомендаций");
    EXPECT_EQ(catalog->translator("ky")("search.title"), "Сунуштамаларды издөө");
    EXPECT_EQ(catalog->translator("ky")("search.total", {{"count", "7"}}), "Табылды: 7");
}

TEST(Translations, AMalformedFileIsAnErrorNamingItsLine) {
    auto missing = parse_translations("# comment\na = b\nno equals sign\n", "xx.txt");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().where(), "xx.txt:3");
    auto twice = parse_translations("a = b\n\na = c\n", "xx.txt");
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().where(), "xx.txt:3");
    auto bad_key = parse_translations("Bad Key = x\n", "xx.txt");
    ASSERT_FALSE(bad_key.ok());
    EXPECT_EQ(bad_key.error().where(), "xx.txt:1");
    auto good = parse_translations("a.b = x = y  \n", "xx.txt");
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(good->at("a.b"), "x = y");
}

TEST(Translations, TheBrowsersPreferredSupportedLanguageWins) {
    EXPECT_EQ(language_from_accept("ru-RU,ru;q=0.9,en-US;q=0.8"), "ru");
    EXPECT_EQ(language_from_accept("de, ky;q=0.5, ru;q=0.4"), "ky");
    EXPECT_EQ(language_from_accept("fr, de"), "en");
    EXPECT_EQ(language_from_accept(""), "en");
    EXPECT_EQ(supported_language("KY"), "ky");
    EXPECT_EQ(supported_language("kk"), "");
}

}  // namespace
}  // namespace rightstrack::web
