// Lists of recommendation numbers as addenda write them, on sentences of our own.
#include "ingest/RecommendationNumbers.h"

#include <gtest/gtest.h>

namespace rightstrack::ingest {
namespace {

using Numbers = std::vector<std::string>;

// Every number of every list in `text`, in order.
Numbers numbers_in(std::string_view text) {
    Numbers out;
    for (const auto& list : recommendation_number_lists(text))
        out.insert(out.end(), list.paragraphs.begin(), list.paragraphs.end());
    return out;
}

TEST(RecommendationNumbers, ExpandsRangesWithAndWithoutPrefix) {
    EXPECT_EQ(numbers_in("accepts recommendations 122.1, 122.17-18, 122.30\u201332 and 122.40."),
              (Numbers{"122.1", "122.17", "122.18", "122.30", "122.31", "122.32", "122.40"}));
    EXPECT_EQ(numbers_in("accepts the recommendations 1\u20133, 14\u2013 16, 20."),
              (Numbers{"1", "2", "3", "14", "15", "16", "20"}));
    EXPECT_EQ(numbers_in("recommendations 76.1 to 76.3 as well as 76.9"),
              (Numbers{"76.1", "76.2", "76.3", "76.9"}));
    EXPECT_EQ(numbers_in("122.34- 35"), (Numbers{"122.34", "122.35"}));
}

TEST(RecommendationNumbers, ReadsARangeWhoseDashWasLost) {
    EXPECT_EQ(numbers_in("notes 122.6266 and 122.9"),
              (Numbers{"122.62", "122.63", "122.64", "122.65", "122.66", "122.9"}));
    // Halves that do not ascend are no range: the number stays as it is.
    EXPECT_EQ(numbers_in("notes 122.6612"), (Numbers{"122.6612"}));
}

TEST(RecommendationNumbers, TakesBareNumbersOnlyAfterAWordThatIntroducesThem) {
    EXPECT_EQ(numbers_in("Slovenia received 215 recommendations on 12 November 2019, of which "
                         "58 were supported."),
              Numbers{});
    EXPECT_EQ(numbers_in("Rec. 18 We consider it implemented."), (Numbers{"18"}));
    EXPECT_EQ(numbers_in("the recommendations contained in paragraphs 5 and 7"),
              (Numbers{"5", "7"}));
    auto lists = recommendation_number_lists("Recs. 6\u201313 The Government");
    ASSERT_EQ(lists.size(), 1u);
    EXPECT_TRUE(lists[0].introduced);
    EXPECT_EQ(lists[0].begin, 6u);
}

TEST(RecommendationNumbers, IgnoresQuantitiesFootnoteMarksAndSymbols) {
    EXPECT_EQ(numbers_in("It spent 3.5 million euros; 2.5 per cent of the budget."), Numbers{});
    EXPECT_EQ(numbers_in("3. Noted recommendations.1"), Numbers{});
    EXPECT_EQ(numbers_in("See A/HRC/28/15/Add.1 for the replies."), Numbers{});
}

TEST(RecommendationNumbers, KnowsTheWordsOfOtherLanguages) {
    EXPECT_EQ(numbers_in("accepte les recommandations 5 \u00e0 7"), (Numbers{"5", "6", "7"}));
    EXPECT_EQ(numbers_in("acepta las recomendaciones 3 y 4"), (Numbers{"3", "4"}));
    EXPECT_EQ(numbers_in("\u043f\u043e\u0434\u0434\u0435\u0440\u0436\u0438\u0432\u0430\u0435\u0442 "
                         "\u0440\u0435\u043a\u043e\u043c\u0435\u043d\u0434\u0430\u0446\u0438\u0438 "
                         "2 \u0438 9"),
              (Numbers{"2", "9"}));
}

}  // namespace
}  // namespace rightstrack::ingest
