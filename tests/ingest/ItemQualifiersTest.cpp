// Qualifiers a compound item gives a State after a ";", joined to the recommendation they
// qualify.
#include <gtest/gtest.h>

#include "ingest/ItemQualifiers.h"
#include "ingest/RecommendingStates.h"

namespace rightstrack::ingest {
namespace {

using Codes = std::vector<std::string>;

TEST(ItemQualifiers, TellsAQualifierFromARecommendation) {
    EXPECT_TRUE(only_qualifies("in order to deter torture by the police"));
    EXPECT_TRUE(only_qualifies("as recommended by the Committee in 2009"));
    EXPECT_TRUE(only_qualifies("In particular by the security forces"));
    // A clause of its own after the comma, or no linking words.
    EXPECT_FALSE(only_qualifies("in line with its Constitution, adopt a law on the press"));
    EXPECT_FALSE(only_qualifies("in accordance with its realities, to proceed to reforms"));
    EXPECT_FALSE(only_qualifies("consider ratifying the Convention"));
    EXPECT_FALSE(only_qualifies("in prisons"));
}

TEST(ItemQualifiers, AQualifierGoesWithItsStatesRecommendation) {
    auto segments = attribute_segments(
        "Sign (Chile)/sign and ratify (Peru) the Convention on water; in order to protect the "
        "rivers of the south (Chile); adopt a law on housing (Spain);");
    ASSERT_EQ(segments.size(), 3u);
    EXPECT_EQ(segments[0].text, "sign and ratify the Convention on water");
    EXPECT_EQ(segments[0].states, (Codes{"PER"}));
    EXPECT_EQ(segments[1].text,
              "Sign the Convention on water, in order to protect the rivers of the south");
    EXPECT_EQ(segments[1].states, (Codes{"CHL"}));
    EXPECT_EQ(segments[2].states, (Codes{"ESP"}));
}

TEST(ItemQualifiers, AStatesQualifierTakesItFromTheStatesItShared) {
    auto segments = attribute_segments(
        "Ratify the Convention on water promptly (Chile, Peru); as recommended by the Committee "
        "in 2009 (Peru); establish a commission (Spain); in order to end poverty (Italy);");
    ASSERT_EQ(segments.size(), 4u);
    EXPECT_EQ(segments[0].text, "Ratify the Convention on water promptly");
    EXPECT_EQ(segments[0].states, (Codes{"CHL"}));
    EXPECT_EQ(segments[1].text,
              "Ratify the Convention on water promptly, as recommended by the Committee in 2009");
    EXPECT_EQ(segments[1].states, (Codes{"PER"}));
    EXPECT_EQ(segments[2].states, (Codes{"ESP"}));
    // A State named only with its qualifier qualifies the recommendation right before it.
    EXPECT_EQ(segments[3].text, "establish a commission, in order to end poverty");
    EXPECT_EQ(segments[3].states, (Codes{"ITA"}));
}

TEST(ItemQualifiers, AQualifierOfAllTheStatesReplacesTheirRecommendation) {
    auto segments = attribute_segments(
        "Ratify the Convention on water (Chile); in particular its article 5 (Chile);");
    ASSERT_EQ(segments.size(), 1u);
    EXPECT_EQ(segments[0].text, "Ratify the Convention on water, in particular its article 5");
}

TEST(ItemQualifiers, AParticipleOrSoThatAfterTheSemicolonQualifiesToo) {
    EXPECT_TRUE(only_qualifies("allowing for complaints to be heard by the Committee"));
    EXPECT_TRUE(only_qualifies("so that the commission covers all rights"));
    EXPECT_TRUE(only_qualifies("thereby ending the practice"));
    EXPECT_TRUE(only_qualifies("at the signing ceremony in Geneva in 2026"));
    auto segments = attribute_segments(
        "Sign and ratify the Protocol on water (Chile, Peru); allowing for complaints to be heard "
        "by the Committee (Chile);");
    ASSERT_EQ(segments.size(), 2u);
    EXPECT_EQ(segments[0].states, (Codes{"PER"}));
    EXPECT_EQ(segments[1].text,
              "Sign and ratify the Protocol on water, allowing for complaints to be heard by the "
              "Committee");
    EXPECT_EQ(segments[1].states, (Codes{"CHL"}));
}

}  // namespace
}  // namespace rightstrack::ingest
