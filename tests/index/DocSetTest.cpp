#include <gtest/gtest.h>

#include <initializer_list>

#include "index/DocSet.h"

namespace rightstrack::index {
namespace {

DocSet of(std::initializer_list<DocId> ids) {
    DocSet docs;
    docs.addMany(ids.size(), ids.begin());
    return docs;
}

DocSet range(DocId first, DocId end) {
    DocSet docs;
    docs.addRange(first, end);
    return docs;
}

TEST(DocSetTest, EverySetOfLiveIdsIsSurelyWithinLiveWhenNoneWasRemoved) {
    const DocSet live = range(0, 100'000);
    const DocSet docs = of({3, 70'000, 99'999});
    EXPECT_TRUE(surely_within(docs, live));
    EXPECT_TRUE(surely_within(DocSet(), live));
    EXPECT_EQ(within(docs, live), docs);
}

TEST(DocSetTest, ARemovedDocumentIsIntersectedAway) {
    DocSet live = range(0, 100'000);
    live.remove(70'000);
    const DocSet docs = of({3, 70'000, 99'999});
    EXPECT_FALSE(surely_within(docs, live));
    EXPECT_EQ(within(docs, live), (of({3, 99'999})));
}

TEST(DocSetTest, DocumentsBeyondTheLastLiveOneAreIntersectedAway) {
    // The last documents removed: what is live is still every id from 0, but a term's set may
    // keep the removed ones.
    const DocSet live = range(0, 10);
    const DocSet docs = of({2, 12});
    EXPECT_FALSE(surely_within(docs, live));
    EXPECT_EQ(within(docs, live), (of({2})));
    EXPECT_EQ(within(docs, DocSet()), DocSet());
}

TEST(DocSetTest, LiveSetsNotStartingAtZeroAreNotTrustedWhole) {
    const DocSet live = range(5, 10);
    EXPECT_FALSE(surely_within(of({1, 6}), live));
    EXPECT_EQ(within(of({1, 6}), live), (of({6})));
}

}  // namespace
}  // namespace rightstrack::index
