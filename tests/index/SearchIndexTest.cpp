// The sets a query evaluator combines, on small documents of our own: terms in any field,
// phrases within one field only, prefixes with their cap, facet values; and updates (add,
// replace, remove) seen by the very next query, hits and counts alike.
#include <gtest/gtest.h>

#include "support/IndexTestSupport.h"

namespace rightstrack::index {
namespace {

using testing::external_ids;
using testing::make_document;
using Ids = std::vector<std::string>;

SearchIndex small_index(bool bulk = false) {
    SearchIndex index;
    if (bulk)
        index.begin_bulk_load();
    index.put(make_document("a", "Criminalize torture and ensure that acts of torture are punished",
                            "Torture", {{"state", "KGZ"}, {"response", "supported"}}));
    index.put(make_document("b", "Ratify the Optional Protocol to the Convention against Torture",
                            "International instruments",
                            {{"state", "KAZ"}, {"response", "noted"}}));
    index.put(make_document("c", "Protect human rights defenders and journalists",
                            "Human rights defenders", {{"state", "KGZ"}, {"response", "noted"}}));
    index.put(make_document("d", "Ensure the rights of human beings with disabilities",
                            "Disabilities", {{"state", "TJK"}, {"response", "supported"}}));
    if (bulk)
        index.end_bulk_load();
    return index;
}

TEST(SearchIndex, ABulkLoadGivesWhatPutsOneByOneGive) {
    const SearchIndex one_by_one = small_index();
    SearchIndex bulk = small_index(true);
    for (std::string term : {"torture", "the", "human", "rights", "disabilities"})
        EXPECT_EQ(external_ids(bulk, bulk.docs_with_term(term)),
                  external_ids(one_by_one, one_by_one.docs_with_term(term)));
    std::vector<std::string> phrase = {"human", "rights"};
    EXPECT_EQ(external_ids(bulk, bulk.docs_with_phrase(phrase)), (Ids{"c"}));
    EXPECT_EQ(external_ids(bulk, bulk.docs_with_value("state", "KGZ").value()), (Ids{"a", "c"}));

    // A removal within a bulk load is not undone by the members held back.
    bulk.begin_bulk_load();
    bulk.put(make_document("e", "Torture", "", {{"state", "KGZ"}}));
    EXPECT_TRUE(bulk.remove("a"));
    bulk.put(make_document("f", "Rights", "", {{"state", "KGZ"}}));
    bulk.end_bulk_load();
    EXPECT_EQ(external_ids(bulk, bulk.docs_with_value("state", "KGZ").value()),
              (Ids{"c", "e", "f"}));
    EXPECT_EQ(external_ids(bulk, bulk.docs_with_term("torture")), (Ids{"b", "e"}));
}

TEST(SearchIndex, TermsMatchInAnyField) {
    SearchIndex index = small_index();
    EXPECT_EQ(external_ids(index, index.docs_with_term("torture")), (Ids{"a", "b"}));
    EXPECT_EQ(external_ids(index, index.docs_with_term("defenders")), (Ids{"c"}));
    // Only in the labels of b.
    EXPECT_EQ(external_ids(index, index.docs_with_term("instruments")), (Ids{"b"}));
    EXPECT_TRUE(index.docs_with_term("unknown").isEmpty());
    EXPECT_EQ(index.all_docs().cardinality(), 4u);
}

TEST(SearchIndex, PhrasesNeedConsecutivePositionsInOneField) {
    SearchIndex index = small_index();
    std::vector<std::string> human_rights = {"human", "rights"};
    EXPECT_EQ(external_ids(index, index.docs_with_phrase(human_rights)), (Ids{"c"}));
    // d has both words, in the other order and apart.
    std::vector<std::string> rights_of_human = {"rights", "of", "human"};
    EXPECT_EQ(external_ids(index, index.docs_with_phrase(rights_of_human)), (Ids{"d"}));
    std::vector<std::string> acts_of_torture = {"acts", "of", "torture"};
    EXPECT_EQ(external_ids(index, index.docs_with_phrase(acts_of_torture)), (Ids{"a"}));
    std::vector<std::string> reversed = {"torture", "acts"};
    EXPECT_TRUE(index.docs_with_phrase(reversed).isEmpty());
    std::vector<std::string> unknown = {"human", "zebra"};
    EXPECT_TRUE(index.docs_with_phrase(unknown).isEmpty());
    std::vector<std::string> one = {"torture"};
    EXPECT_EQ(external_ids(index, index.docs_with_phrase(one)), (Ids{"a", "b"}));
}

TEST(SearchIndex, PhraseDoesNotSpanTwoFields) {
    SearchIndex index;
    // "torture" ends the text and "prevention" opens the labels: no phrase across them.
    index.put(make_document("x", "an end to torture", "prevention"));
    index.put(make_document("y", "torture prevention now"));
    std::vector<std::string> phrase = {"torture", "prevention"};
    EXPECT_EQ(external_ids(index, index.docs_with_phrase(phrase)), (Ids{"y"}));
}

TEST(SearchIndex, LongerPhraseNeedsMoreThanItsPairs) {
    SearchIndex index;
    // "x" has both pairs of "death penalty abolition", apart; "y" has the phrase; "z" has
    // the pairs in two fields.
    index.put(make_document("x", "death penalty and the penalty abolition"));
    index.put(make_document("y", "towards death penalty abolition"));
    index.put(make_document("z", "death penalty", "penalty abolition"));
    std::vector<std::string> phrase = {"death", "penalty", "abolition"};
    EXPECT_EQ(external_ids(index, index.docs_with_phrase(phrase)), (Ids{"y"}));
    std::vector<std::string> pair = {"penalty", "abolition"};
    EXPECT_EQ(external_ids(index, index.docs_with_phrase(pair)), (Ids{"x", "y", "z"}));
}

TEST(SearchIndex, PhraseRepeatingAWord) {
    SearchIndex index;
    index.put(make_document("x", "very good"));
    index.put(make_document("y", "very very good"));
    std::vector<std::string> phrase = {"very", "very", "good"};
    EXPECT_EQ(external_ids(index, index.docs_with_phrase(phrase)), (Ids{"y"}));
}

TEST(SearchIndex, PhrasesAcrossManyDocumentsUseSkips) {
    SearchIndex index;
    // 1000 documents share "national"; every 7th has "national preventive mechanism".
    for (int i = 0; i < 1000; ++i)
        index.put(make_document(std::to_string(i),
                                i % 7 == 0 ? "establish a national preventive mechanism"
                                           : "a national plan and a preventive approach"));
    std::vector<std::string> phrase = {"national", "preventive", "mechanism"};
    DocSet found = index.docs_with_phrase(phrase);
    EXPECT_EQ(found.cardinality(), 143u);
    for (DocId doc : to_vector(found))
        EXPECT_EQ(std::stoi(index.documents().external_id(doc)) % 7, 0);
}

TEST(SearchIndex, AnyOfSeveralTermsKeepsThoseTheIndexHas) {
    SearchIndex index = small_index();
    std::vector<std::string> terms = {"ratify", "rights", "zz"};
    auto match = index.docs_with_any(terms);
    EXPECT_EQ(match.terms, (std::vector<std::string>{"ratify", "rights"}));
    EXPECT_EQ(external_ids(index, match.docs), (Ids{"b", "c", "d"}));
    std::vector<std::string> none = {"zz"};
    EXPECT_TRUE(index.docs_with_any(none).docs.isEmpty());
}

TEST(SearchIndex, FacetValueFilters) {
    SearchIndex index = small_index();
    EXPECT_EQ(external_ids(index, index.docs_with_value("state", "KGZ").value()),
              (Ids{"a", "c"}));
    EXPECT_TRUE(index.docs_with_value("state", "UZB").value().isEmpty());
    auto unknown = index.docs_with_value("colour", "red");
    ASSERT_FALSE(unknown.ok());
    EXPECT_NE(unknown.error().message().find("colour"), std::string::npos);
}

std::uint32_t count_of(const FacetedResult& result, const std::string& facet,
                       const std::string& value) {
    for (const FacetCount& fc : result.facets)
        if (fc.facet == facet)
            for (const ValueCount& vc : fc.values)
                if (vc.value == value)
                    return vc.count;
    return 0;
}

TEST(SearchIndex, UpdatesAreSeenByTheNextQuery) {
    SearchIndex index = small_index();
    auto torture_in_kgz = [&] {
        return count_of(index.count_facets(index.docs_with_term("torture"), {}).value(), "state",
                        "KGZ");
    };
    EXPECT_EQ(torture_in_kgz(), 1u);

    // Add: a new torture recommendation to Kyrgyzstan.
    index.put(make_document("e", "Investigate all allegations of torture", "",
                            {{"state", "KGZ"}, {"response", "supported"}}));
    EXPECT_EQ(external_ids(index, index.docs_with_term("torture")), (Ids{"a", "b", "e"}));
    EXPECT_EQ(torture_in_kgz(), 2u);

    // Replace: a's text no longer says torture, and it moves to Tajikistan.
    DocId old_a = *index.documents().find("a");
    DocId new_a = index.put(make_document("a", "Criminalize ill-treatment", "",
                                          {{"state", "TJK"}, {"response", "noted"}}));
    EXPECT_NE(new_a, old_a);
    EXPECT_EQ(external_ids(index, index.docs_with_term("torture")), (Ids{"b", "e"}));
    EXPECT_EQ(external_ids(index, index.docs_with_term("criminalize")), (Ids{"a"}));
    EXPECT_EQ(torture_in_kgz(), 1u);
    auto everything = index.count_facets(index.all_docs(), {}).value();
    EXPECT_EQ(count_of(everything, "state", "TJK"), 2u);
    EXPECT_EQ(count_of(everything, "state", "KGZ"), 2u);
    EXPECT_EQ(count_of(everything, "response", "noted"), 3u);
    EXPECT_EQ(index.size(), 5u);

    // Remove.
    EXPECT_TRUE(index.remove("e"));
    EXPECT_FALSE(index.remove("e"));
    EXPECT_EQ(external_ids(index, index.docs_with_term("torture")), (Ids{"b"}));
    EXPECT_EQ(torture_in_kgz(), 0u);
    EXPECT_EQ(external_ids(index, index.docs_with_value("state", "KGZ").value()), (Ids{"c"}));
    std::vector<std::string> removed_only = {"investigate"};
    EXPECT_TRUE(index.docs_with_any(removed_only).docs.isEmpty());
    std::vector<std::string> phrase = {"allegations", "of", "torture"};
    EXPECT_TRUE(index.docs_with_phrase(phrase).isEmpty());
    std::vector<std::string> terms = {"torture"};
    auto hits = index.rank(index.all_docs(), terms);
    EXPECT_EQ(hits.size(), 4u);
    EXPECT_EQ(index.documents().external_id(hits[0].doc), "b");
    EXPECT_EQ(index.size(), 4u);
}

TEST(SearchIndex, MemoryEstimateGrowsWithTheDocuments) {
    SearchIndex index = small_index();
    std::size_t before = index.memory_bytes();
    EXPECT_GT(before, 0u);
    for (int i = 0; i < 200; ++i)
        index.put(make_document("n" + std::to_string(i), "more words about many other matters",
                                "", {{"state", "KGZ"}}));
    EXPECT_GT(index.memory_bytes(), before);
}

}  // namespace
}  // namespace rightstrack::index
