// The pair index's open-addressing table: ids dense in order of arrival, found again after the
// table has grown many times, and keys that collide in their home slot kept apart.
#include <gtest/gtest.h>

#include <map>
#include <random>

#include "index/PairIds.h"

namespace rightstrack::index {
namespace {

TEST(PairIds, DenseIdsThatSurviveGrowth) {
    PairIds ids;
    std::map<std::uint64_t, std::uint32_t> expected;
    std::mt19937_64 random(5);
    for (int i = 0; i < 50000; ++i) {
        // Few distinct high halves, as pairs of frequent first words are.
        const std::uint64_t key = (random() % 50) << 32 | (random() % 3000);
        bool added;
        const std::uint32_t id = ids.intern(key, added);
        auto [at, is_new] = expected.try_emplace(key, static_cast<std::uint32_t>(expected.size()));
        EXPECT_EQ(added, is_new);
        EXPECT_EQ(id, at->second);
    }
    EXPECT_EQ(ids.size(), expected.size());
    for (const auto& [key, id] : expected)
        EXPECT_EQ(ids.find(key), id);
    EXPECT_FALSE(ids.find(std::uint64_t{99} << 32).has_value());
    std::size_t visited = 0;
    ids.for_each([&](std::uint64_t key, std::uint32_t id) {
        EXPECT_EQ(expected.at(key), id);
        ++visited;
    });
    EXPECT_EQ(visited, expected.size());
}

TEST(PairIds, KeyZeroIsAKeyLikeAnyOther) {
    PairIds ids;
    bool added;
    EXPECT_FALSE(ids.find(0).has_value());
    EXPECT_EQ(ids.intern(0, added), 0u);
    EXPECT_TRUE(added);
    EXPECT_EQ(ids.intern(0, added), 0u);
    EXPECT_FALSE(added);
    EXPECT_EQ(ids.find(0), 0u);
}

}  // namespace
}  // namespace rightstrack::index
