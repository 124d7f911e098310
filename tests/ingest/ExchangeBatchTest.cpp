// The batch our own exports build: documents once, ids once, and labels the store does not know
// defined under their codes rather than refused.
#include "ingest/ExchangeBatch.h"

#include <gtest/gtest.h>

namespace rightstrack::ingest {
namespace {

model::Recommendation with_labels(const std::string& id, std::vector<model::LabelRef> labels) {
    model::Recommendation r;
    r.id = id;
    r.text = "Ratify the Optional Protocol";
    r.labels = std::move(labels);
    return r;
}

TEST(ExchangeBatch, DefinesEachUnknownLabelOnceUnderItsCode) {
    model::LabelCatalog known;
    known.add("issues", "Justice");
    ExchangeBatch batch("rightstrack-csv", known);
    model::Document d;
    d.symbol = "A/HRC/44/9";
    ASSERT_TRUE(batch.add(d, with_labels("a", {{"issues", "Justice"}, {"themes", "A12"}})).ok());
    ASSERT_TRUE(batch.add(d, with_labels("b", {{"themes", "A12"}, {"sdgs", "16.3"}})).ok());
    auto result = batch.finish();
    ASSERT_EQ(result.taxonomies.size(), 2u);
    EXPECT_EQ(result.taxonomies[0].code, "themes");
    ASSERT_EQ(result.taxonomies[0].labels.size(), 1u);
    EXPECT_EQ(result.taxonomies[0].labels[0].code, "A12");
    EXPECT_EQ(result.taxonomies[0].labels[0].names[0].text, "A12");
    EXPECT_EQ(result.taxonomies[1].code, "sdgs");
    EXPECT_EQ(result.documents.size(), 1u);
    EXPECT_EQ(result.recommendations.size(), 2u);
}

TEST(ExchangeBatch, RefusesAnIdGivenTwice) {
    model::LabelCatalog known;
    ExchangeBatch batch("rightstrack-csv", known);
    model::Document d;
    d.symbol = "A/HRC/44/9";
    ASSERT_TRUE(batch.add(d, with_labels("a", {})).ok());
    auto again = batch.add(d, with_labels("a", {}));
    ASSERT_FALSE(again.ok());
    EXPECT_NE(again.error().message().find("more than once"), std::string::npos);
}

}  // namespace
}  // namespace rightstrack::ingest
