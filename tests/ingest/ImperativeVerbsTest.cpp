// The closed list of verbs recommendations open with, and noun phrases told from them.
#include <gtest/gtest.h>

#include "ingest/ImperativeVerbs.h"

namespace rightstrack::ingest {
namespace {

TEST(ImperativeVerbs, KnowsTheVerbsRecommendationsOpenWith) {
    for (const char* verb : {"ratify", "Ensure", "step", "follow", "abolish", "go", "further"})
        EXPECT_TRUE(is_imperative_verb(verb)) << verb;
    for (const char* word : {"human", "women", "law", "national", "the", "ratifying", ""})
        EXPECT_FALSE(is_imperative_verb(word)) << word;
}

TEST(ImperativeVerbs, ABareNounPhraseStartsWithNoVerbLinkOrAdverb) {
    EXPECT_TRUE(starts_as_bare_noun("human rights mechanisms and the Council"));
    EXPECT_TRUE(starts_as_bare_noun("women"));
    EXPECT_TRUE(starts_as_bare_noun("institutional framework, including by funding it"));
    EXPECT_TRUE(starts_as_bare_noun("reforms of the courts"));
    // A verb, a determiner, a preposition, an adverb, a participle, a name.
    for (const char* text : {"ensure that", "the courts", "with the courts", "fully implement",
                             "including women", "signed in 2007", "OHCHR", "Women", ""})
        EXPECT_FALSE(starts_as_bare_noun(text)) << text;
    // A verb's third person before its object is no plural noun.
    EXPECT_FALSE(starts_as_bare_noun("requests Chile to share its practices"));
    EXPECT_FALSE(starts_as_bare_noun("calls upon the donors"));
}

}  // namespace
}  // namespace rightstrack::ingest
