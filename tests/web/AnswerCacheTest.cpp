// The search answer cache: an answer is given back only for the same request (parameters in any
// order) at the same change sequence, and the least recently used go first past the budget.
#include <gtest/gtest.h>

#include "web/AnswerCache.h"

namespace rightstrack::web {
namespace {

TEST(AnswerCache, TheSameRequestInAnyOrderAtTheSameSequence) {
    AnswerCache cache(1 << 20);
    const auto key = AnswerCache::key_of({{"q", "torture"}, {"response", "noted"}});
    cache.store(key, 7, "{\"total\":3}");
    const auto found =
        cache.find(AnswerCache::key_of({{"response", "noted"}, {"q", "torture"}}), 7);
    ASSERT_TRUE(found);
    EXPECT_EQ(*found, "{\"total\":3}");
    EXPECT_FALSE(cache.find(AnswerCache::key_of({{"q", "torture"}}), 7));
    // A write committed since: the answer is stale, and dropped.
    EXPECT_FALSE(cache.find(key, 8));
    EXPECT_EQ(cache.size(), 0u);
    EXPECT_EQ(cache.bytes(), 0u);
}

TEST(AnswerCache, AnAnswerNewerThanTheCallersSequenceIsKeptForTheCallersThatSeeIt) {
    AnswerCache cache(1 << 20);
    const auto key = AnswerCache::key_of({{"q", "torture"}});
    cache.store(key, 8, "{\"total\":4}");
    // A request that read the store's sequence before another caught the index up and stored.
    EXPECT_FALSE(cache.find(key, 7));
    EXPECT_EQ(cache.size(), 1u);
    EXPECT_TRUE(cache.find(key, 8));
}

TEST(AnswerCache, KeysCannotBeForgedBySeparators) {
    EXPECT_NE(AnswerCache::key_of({{"q", "a&b=c"}}), AnswerCache::key_of({{"q", "a"}, {"b", "c"}}));
    EXPECT_NE(AnswerCache::key_of({{"q", "1:x"}}), AnswerCache::key_of({{"q1", ":x"}}));
}

TEST(AnswerCache, TheLeastRecentlyUsedGoFirstPastTheBudget) {
    const auto a = AnswerCache::key_of({{"q", "a"}});
    const auto b = AnswerCache::key_of({{"q", "b"}});
    const auto c = AnswerCache::key_of({{"q", "c"}});
    const std::string answer(100, 'x');
    AnswerCache cache(2 * (a.size() + answer.size()));
    cache.store(a, 1, answer);
    cache.store(b, 1, answer);
    EXPECT_TRUE(cache.find(a, 1));  // a is now the most recent; b goes for c.
    cache.store(c, 1, answer);
    EXPECT_TRUE(cache.find(a, 1));
    EXPECT_FALSE(cache.find(b, 1));
    EXPECT_TRUE(cache.find(c, 1));
    EXPECT_LE(cache.bytes(), 2 * (a.size() + answer.size()));
    // An answer larger than the whole budget is not kept.
    cache.store(b, 1, std::string(1000, 'y'));
    EXPECT_FALSE(cache.find(b, 1));
}

}  // namespace
}  // namespace rightstrack::web
