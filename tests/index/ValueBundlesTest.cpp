// Bundles of facet values: one id per distinct set, and counts spread back over the values.
#include <gtest/gtest.h>

#include <vector>

#include "index/ValueBundles.h"

namespace rightstrack::index {
namespace {

TEST(ValueBundles, TheSameSetGetsTheSameIdAndTheEmptySetIsOne) {
    ValueBundles bundles;
    const std::vector<ValueId> kgz_2010 = {3, 17, 40};
    const std::vector<ValueId> kgz_2015 = {3, 17, 41};
    BundleId first = bundles.intern(kgz_2010);
    BundleId second = bundles.intern(kgz_2015);
    BundleId empty = bundles.intern({});
    EXPECT_NE(first, second);
    EXPECT_EQ(bundles.intern(kgz_2010), first);
    EXPECT_EQ(bundles.intern({}), empty);
    EXPECT_EQ(bundles.size(), 3u);
    EXPECT_EQ(
        std::vector<ValueId>(bundles.values_of(second).begin(), bundles.values_of(second).end()),
        kgz_2015);
    EXPECT_TRUE(bundles.values_of(empty).empty());
}

TEST(ValueBundles, SpreadAddsEachBundlesCountToEachOfItsValues) {
    ValueBundles bundles;
    const std::vector<ValueId> a = {0, 2};
    const std::vector<ValueId> b = {2, 3};
    bundles.intern(a);
    bundles.intern(b);
    bundles.intern({});
    std::vector<std::uint32_t> bundle_counts = {5, 2, 9};
    std::vector<std::uint32_t> counts = {1, 1, 1, 1};
    bundles.spread(bundle_counts, counts);
    EXPECT_EQ(counts, (std::vector<std::uint32_t>{6, 1, 8, 3}));
}

}  // namespace
}  // namespace rightstrack::index
