#include "core/StringIds.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rightstrack::core {
namespace {

TEST(StringIds, NumbersDistinctStringsInOrderOfArrival) {
    StringIds ids;
    bool added = false;
    EXPECT_EQ(ids.intern("torture", added), 0u);
    EXPECT_TRUE(added);
    EXPECT_EQ(ids.intern("women", added), 1u);
    EXPECT_TRUE(added);
    EXPECT_EQ(ids.intern("torture", added), 0u);
    EXPECT_FALSE(added);
    EXPECT_EQ(ids.size(), 2u);
    EXPECT_EQ(ids.text(1), "women");
    EXPECT_EQ(ids.find("women"), 1u);
    EXPECT_FALSE(ids.find("wome").has_value());
    EXPECT_FALSE(ids.find("").has_value());
}

TEST(StringIds, KeepsEveryStringFindableAndItsViewsValidAsTheTableGrows) {
    StringIds ids;
    bool added;
    // Long and short, sharing prefixes and lengths, so that hashes and probes collide.
    std::vector<std::string> texts;
    for (int i = 0; i < 20000; ++i)
        texts.push_back(i % 3 ? "term" + std::to_string(i)
                              : std::string(40, 'x') + std::to_string(i));
    std::vector<std::string_view> views;
    for (const std::string& text : texts)
        views.push_back(ids.text(ids.intern(text, added)));
    ASSERT_EQ(ids.size(), texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i) {
        EXPECT_EQ(ids.find(texts[i]), i);
        EXPECT_EQ(views[i], texts[i]);  // Taken before the table grew past it.
    }
}

TEST(StringIds, ClearForgetsEverything) {
    StringIds ids;
    bool added;
    ids.intern("a", added);
    ids.clear();
    EXPECT_EQ(ids.size(), 0u);
    EXPECT_FALSE(ids.find("a").has_value());
    EXPECT_EQ(ids.intern("b", added), 0u);
    EXPECT_TRUE(added);
}

}  // namespace
}  // namespace rightstrack::core
