// Disjunctive faceting: OR within a facet, AND across facets, each facet's counts ignoring its
// own selection. First on four documents of our own, then on UPR Info's real export against a
// brute-force count over every document, for many deterministic random queries and selections,
// with every way of counting, before and after updates.
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <random>
#include <set>

#include "core/Text.h"
#include "ingest/CsvReader.h"
#include "ingest/ImportFile.h"
#include "model/Taxonomy.h"
#include "support/IndexTestSupport.h"
#include "support/TestSupport.h"

namespace rightstrack::index {
namespace {

using testing::external_ids;
using testing::make_document;
using Counts = std::map<std::string, std::map<std::string, std::uint32_t>>;

Counts as_map(const FacetedResult& result) {
    Counts out;
    for (const FacetCount& fc : result.facets) {
        auto& values = out[fc.facet];
        for (const ValueCount& vc : fc.values)
            values[vc.value] = vc.count;
    }
    return out;
}

constexpr CountMethod kMethods[] = {CountMethod::Auto, CountMethod::Rows, CountMethod::Bitmaps};

SearchIndex four_reviews() {
    SearchIndex index;
    auto facets = [](std::string state, std::vector<std::string> by, std::string response) {
        std::vector<FacetValue> values = {{"state", state}, {"response", response}};
        for (auto& s : by)
            values.push_back({"recommending", s});
        return values;
    };
    index.put(make_document("1", "one", "", facets("KGZ", {"NOR", "SWE"}, "supported")));
    index.put(make_document("2", "two", "", facets("KGZ", {"NOR"}, "noted")));
    index.put(make_document("3", "three", "", facets("KAZ", {"SWE"}, "supported")));
    index.put(make_document("4", "four", "", facets("TJK", {"DEU", "NOR"}, "noted")));
    return index;
}

TEST(FacetCounts, OrWithinAFacetAndAcrossFacetsEachIgnoringItsOwn) {
    SearchIndex index = four_reviews();
    std::vector<FacetSelection> selections = {{"state", {"KGZ", "KAZ"}},
                                              {"recommending", {"NOR"}}};
    for (CountMethod method : kMethods) {
        auto result = index.count_facets(index.all_docs(), selections, method);
        ASSERT_TRUE(result.ok()) << result.error().describe();
        EXPECT_EQ(external_ids(index, result->hits), (std::vector<std::string>{"1", "2"}));
        Counts expected = {
            // Over the documents NOR recommended (1, 2, 4); KAZ chosen, so shown at zero.
            {"state", {{"KGZ", 2}, {"TJK", 1}, {"KAZ", 0}}},
            // Over the documents of KGZ and KAZ (1, 2, 3).
            {"recommending", {{"NOR", 2}, {"SWE", 2}}},
            // Over the hits.
            {"response", {{"supported", 1}, {"noted", 1}}},
        };
        EXPECT_EQ(as_map(*result), expected);
        // Highest count first, then by value.
        const auto& state = result->facets[0];
        ASSERT_EQ(state.facet, "state");
        EXPECT_EQ(state.values, (std::vector<ValueCount>{{"KGZ", 2}, {"TJK", 1}, {"KAZ", 0}}));
    }
}

TEST(FacetCounts, AValueChosenTwiceIsListedOnceAndSelectsAsOnce) {
    SearchIndex index = four_reviews();
    std::vector<FacetSelection> selections = {
        {"state", {"KAZ", "KAZ"}}, {"recommending", {"SWE"}}, {"recommending", {"SWE"}}};
    for (CountMethod method : kMethods) {
        auto result = index.count_facets(index.all_docs(), selections, method);
        ASSERT_TRUE(result.ok()) << result.error().describe();
        EXPECT_EQ(external_ids(index, result->hits), (std::vector<std::string>{"3"}));
        const auto& state = result->facets[0];
        ASSERT_EQ(state.facet, "state");
        // Over the documents SWE recommended (1, 3).
        EXPECT_EQ(state.values, (std::vector<ValueCount>{{"KAZ", 1}, {"KGZ", 1}}));
        const auto& recommending = result->facets[2];
        ASSERT_EQ(recommending.facet, "recommending");
        EXPECT_EQ(recommending.values, (std::vector<ValueCount>{{"SWE", 1}}));
    }
}

TEST(FacetCounts, ALimitKeepsTheMostFrequentValuesAndEveryChosenOne) {
    SearchIndex index = four_reviews();
    std::vector<FacetSelection> selections = {{"state", {"TJK"}}};
    for (CountMethod method : kMethods) {
        auto result = index.count_facets(index.all_docs(), selections, method, {}, 1).value();
        // KGZ (2) is the most frequent of the others; TJK is chosen, so it stays whatever the
        // limit. Counts are the unlimited ones.
        auto values_of = [&](const std::string& facet) {
            for (const FacetCount& fc : result.facets)
                if (fc.facet == facet)
                    return fc.values;
            return std::vector<ValueCount>{};
        };
        EXPECT_EQ(values_of("state"), (std::vector<ValueCount>{{"KGZ", 2}, {"TJK", 1}}));
        EXPECT_EQ(result.facets[0].values_counted, 3u);  // KAZ too, though not listed.
        // DEU and NOR tie at TJK's one document: the first by name is kept.
        EXPECT_EQ(values_of("recommending"), (std::vector<ValueCount>{{"DEU", 1}}));
        EXPECT_EQ(external_ids(index, result.hits), std::vector<std::string>{"4"});
    }
}

TEST(FacetCounts, ALimitCutsAmongTiedValuesByName) {
    // Counts: e 3; d, b, f 2; c, a 1 (values put in no particular order).
    SearchIndex index;
    int id = 0;
    for (std::string value : {"e", "d", "e", "b", "f", "c", "d", "e", "a", "f", "b"})
        index.put(make_document(std::to_string(++id), "text", "", {{"letter", value}}));
    auto listed = [&](std::size_t limit) {
        auto result = index.count_facets(index.all_docs(), {}, CountMethod::Auto, {}, limit);
        std::string out;
        for (const ValueCount& vc : result.value().facets.at(0).values)
            out += vc.value + std::to_string(vc.count) + " ";
        return out;
    };
    EXPECT_EQ(listed(1), "e3 ");
    EXPECT_EQ(listed(2), "e3 b2 ");
    EXPECT_EQ(listed(3), "e3 b2 d2 ");
    EXPECT_EQ(listed(5), "e3 b2 d2 f2 a1 ");
    EXPECT_EQ(listed(0), "e3 b2 d2 f2 a1 c1 ");
}

TEST(FacetCounts, NoSelectionCountsTheMatch) {
    SearchIndex index = four_reviews();
    DocSet match = index.docs_with_term("two") | index.docs_with_term("four");
    auto result = index.count_facets(match, {}).value();
    EXPECT_EQ(result.hits.cardinality(), 2u);
    Counts expected = {{"state", {{"KGZ", 1}, {"TJK", 1}}},
                       {"recommending", {{"NOR", 2}, {"DEU", 1}}},
                       {"response", {{"noted", 2}}}};
    EXPECT_EQ(as_map(result), expected);
}

TEST(FacetCounts, UnknownFacetIsAnErrorUnknownValueSelectsNothing) {
    SearchIndex index = four_reviews();
    std::vector<FacetSelection> unknown_facet = {{"colour", {"red"}}};
    auto refused = index.count_facets(index.all_docs(), unknown_facet);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message().find("unknown facet 'colour'"), std::string::npos);

    std::vector<FacetSelection> unknown_value = {{"state", {"UZB"}}};
    auto result = index.count_facets(index.all_docs(), unknown_value).value();
    EXPECT_TRUE(result.hits.isEmpty());
    // The state facet still counts the whole match: its own selection is ignored.
    EXPECT_EQ(as_map(result)["state"],
              (std::map<std::string, std::uint32_t>{{"KGZ", 2}, {"KAZ", 1}, {"TJK", 1}}));
    EXPECT_TRUE(as_map(result)["response"].empty());
}

TEST(FacetCounts, FacetsDeclaredLateOrTurningMultiValuedKeepEveryDocumentsValues) {
    SearchIndex index;
    index.put(make_document("1", "one", "", {{"response", "noted"}}));
    index.put(make_document("2", "two", "", {{"response", "supported"}, {"cycle", "2"}}));
    index.put(make_document("3", "three", "", {}));
    // The third value of "response" on one document makes it multi-valued from here on.
    index.put(make_document("4", "four", "",
                            {{"cycle", "1"}, {"response", "noted"}, {"response", "supported"}}));
    index.put(make_document("5", "five", "", {{"response", "noted"}, {"cycle", "1"}}));
    for (CountMethod method : kMethods) {
        auto result = index.count_facets(index.all_docs(), {}, method).value();
        Counts expected = {{"response", {{"noted", 3}, {"supported", 2}}},
                           {"cycle", {{"1", 2}, {"2", 1}}}};
        EXPECT_EQ(as_map(result), expected);
        DocSet some = index.docs_with_term("two") | index.docs_with_term("four");
        Counts expected_some = {{"response", {{"noted", 1}, {"supported", 2}}},
                                {"cycle", {{"1", 1}, {"2", 1}}}};
        EXPECT_EQ(as_map(index.count_facets(some, {}, method).value()), expected_some);
    }
    EXPECT_TRUE(index.remove("4"));
    Counts after = {{"response", {{"noted", 2}, {"supported", 1}}}, {"cycle", {{"1", 1}, {"2", 1}}}};
    EXPECT_EQ(as_map(index.count_facets(index.all_docs(), {}).value()), after);
}

// ---------------------------------------------------------------------------------------------
// UPR Info's real export of sessions 1-16, read from ../shared/data.

using DocValues = std::map<std::string, std::set<std::string>>;  // Facet -> values.

// The facets a recommendation of UPR Info's export is indexed under.
DocValues facet_values(const model::Recommendation& r, const model::Document& document) {
    DocValues values;
    values["state_under_review"].insert(document.state);
    for (const auto& state : r.recommending_states)
        values["recommending_states"].insert(state);
    values["response"].insert(std::string(model::response_code(r.response)));
    if (document.session)
        values["session"].insert(std::to_string(*document.session));
    for (const auto& label : r.labels)
        if (label.taxonomy == model::kIssues)
            values["issues"].insert(label.code);
    if (r.action_category)
        values["action_category"].insert(std::to_string(*r.action_category));
    return values;
}

IndexDocument index_document(const model::Recommendation& r, const DocValues& values) {
    std::string labels;
    for (const auto& label : r.labels)
        labels += label.code + " ";
    IndexDocument document = make_document(r.id, r.text, labels);
    for (const auto& [facet, set] : values)
        for (const auto& value : set)
            document.facets.push_back({facet, value});
    return document;
}

// The issue names the export uses, read from its own column, so that none is refused.
model::LabelCatalog issues_in(const std::string& csv) {
    model::LabelCatalog catalog;
    ingest::CsvReader reader(csv, "upr-info.csv");
    auto header = reader.next().value().value();
    auto column = std::find(header.fields.begin(), header.fields.end(), "issues");
    EXPECT_NE(column, header.fields.end());
    auto at = static_cast<std::size_t>(column - header.fields.begin());
    ingest::CsvRow row;
    while (reader.next(row).value())
        for (auto name : core::split(row.fields[at], "|"))
            if (!core::trim(name).empty())
                catalog.add(std::string(model::kIssues), std::string(core::trim(name)));
    return catalog;
}

class RealFacets : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        auto path = rightstrack::testing::shared_data("upr-info/recommendations_sessions_01-16.csv");
        if (path.empty() || !std::filesystem::exists(path))
            return;
        std::string csv = rightstrack::testing::read_file(path);
        auto batch = ingest::read_import_file(csv, path.filename().string(), issues_in(csv));
        ASSERT_TRUE(batch.ok()) << batch.error().describe();
        recommendations_ = new std::vector<model::Recommendation>(batch->recommendations);
        documents_ = new std::map<std::string, model::Document>;
        for (const auto& document : batch->documents)
            (*documents_)[document.symbol] = document;
    }
    static void TearDownTestSuite() {
        delete recommendations_;
        delete documents_;
        recommendations_ = nullptr;
        documents_ = nullptr;
    }

    void SetUp() override {
        if (!recommendations_)
            GTEST_SKIP() << "shared data not found (upr-info/recommendations_sessions_01-16.csv): "
                            "skipping";
        for (const auto& r : *recommendations_)
            put(r, facet_values(r, documents_->at(r.document)));
    }

    void put(const model::Recommendation& r, const DocValues& values) {
        if (auto old = index_.documents().find(r.id))
            by_doc_[*old].reset();
        DocId doc = index_.put(index_document(r, values));
        by_doc_.resize(doc + 1);
        by_doc_[doc] = values;
        texts_.resize(doc + 1);
        texts_[doc] = r.text;
        for (const auto& [facet, set] : values)
            for (const auto& value : set)
                known_[facet].insert(value);
    }

    // Counts by definition: for each facet, the live documents of the match that lie within
    // every other facet's selection.
    Counts brute_force(const DocSet& match, const std::vector<FacetSelection>& selections,
                       std::vector<std::string>& hits) const {
        auto within = [&](const DocValues& values, const FacetSelection& selection) {
            auto found = values.find(selection.facet);
            if (found == values.end())
                return false;
            for (const auto& value : selection.values)
                if (found->second.count(value))
                    return true;
            return false;
        };
        Counts counts;
        for (const auto& [facet, known] : known_) {
            counts[facet];
            for (const auto& selection : selections)
                if (selection.facet == facet)
                    for (const auto& value : selection.values)
                        if (known.count(value))
                            counts[facet][value] += 0;
        }
        for (DocId doc = 0; doc < by_doc_.size(); ++doc) {
            if (!by_doc_[doc] || !match.contains(doc))
                continue;
            std::vector<bool> in(selections.size());
            for (std::size_t i = 0; i < selections.size(); ++i)
                in[i] = within(*by_doc_[doc], selections[i]);
            if (std::all_of(in.begin(), in.end(), [](bool b) { return b; }))
                hits.push_back(index_.documents().external_id(doc));
            for (const auto& [facet, values] : *by_doc_[doc]) {
                bool counted = true;
                for (std::size_t i = 0; i < selections.size(); ++i)
                    if (selections[i].facet != facet && !in[i])
                        counted = false;
                if (counted)
                    for (const auto& value : values)
                        ++counts[facet][value];
            }
        }
        return counts;
    }

    // A match, and the terms it was made of (the hint a query gives for cached counts).
    DocSet random_match(std::mt19937& random, std::vector<std::string>& terms) const {
        std::vector<DocId> live = to_vector(index_.all_docs());
        auto any_doc = [&] { return live[random() % live.size()]; };
        auto any_term = [&] {
            auto tokens = testing::tokenize(texts_[any_doc()]);
            terms.push_back(tokens.empty() ? std::string("the")
                                           : tokens[random() % tokens.size()].term);
            return terms.back();
        };
        switch (random() % 5) {
        case 0: return index_.docs_with_term(any_term());
        case 1: return index_.docs_with_term(any_term()) & index_.docs_with_term(any_term());
        case 2: return index_.all_docs();
        default: {
            static constexpr double kDensities[] = {0.0005, 0.005, 0.05, 0.3, 0.7, 0.95};
            double density = kDensities[random() % std::size(kDensities)];
            std::bernoulli_distribution keep(density);
            DocSet match;
            for (DocId doc : live)
                if (keep(random))
                    match.add(doc);
            return match;
        }
        }
    }

    std::vector<FacetSelection> random_selections(std::mt19937& random) const {
        std::vector<std::string> facets;
        for (const auto& [facet, known] : known_)
            facets.push_back(facet);
        std::shuffle(facets.begin(), facets.end(), random);
        std::vector<FacetSelection> selections;
        auto chosen = random() % 4;
        std::vector<DocId> live = to_vector(index_.all_docs());
        for (std::size_t i = 0; i < chosen && i < facets.size(); ++i) {
            FacetSelection& selection = selections.emplace_back();
            selection.facet = facets[i];
            auto values = 1 + random() % 3;
            for (std::size_t v = 0; v < values; ++v) {
                // Values of a live document (so that most selections keep some hits), or now
                // and then one no document has.
                if (random() % 10 == 0) {
                    selection.values.push_back("no-such-value");
                    continue;
                }
                const auto& doc_values = *by_doc_[live[random() % live.size()]];
                auto found = doc_values.find(facets[i]);
                if (found != doc_values.end() && !found->second.empty()) {
                    auto it = found->second.begin();
                    std::advance(it, random() % found->second.size());
                    selection.values.push_back(*it);
                }
            }
        }
        return selections;
    }

    // Runs the cases; returns how many had a selection and hits both, so that the caller can
    // tell the cases were not all trivially empty.
    int check_random_cases(std::uint32_t seed, int cases) {
        std::mt19937 random(seed);
        int telling = 0;
        for (int c = 0; c < cases; ++c) {
            std::vector<std::string> terms;
            DocSet match = random_match(random, terms);
            auto selections = random_selections(random);
            std::vector<std::string> expected_hits;
            Counts expected = brute_force(match, selections, expected_hits);
            telling += !selections.empty() && !expected_hits.empty();
            for (CountMethod method : kMethods) {
                auto result = index_.count_facets(match, selections, method, terms);
                if (!result.ok()) {
                    ADD_FAILURE() << result.error().describe();
                    return telling;
                }
                EXPECT_EQ(external_ids(index_, result->hits), expected_hits) << "case " << c;
                EXPECT_EQ(as_map(*result), expected)
                    << "case " << c << ", match of " << match.cardinality() << ", method "
                    << static_cast<int>(method) << ", " << selections.size() << " selections";
                if (HasFailure())
                    return telling;  // One wrong case tells enough.
            }
        }
        return telling;
    }

    void every_count_matches_a_brute_force_count();
    void replace_and_remove_some();
    void counts_stay_exact_after_replacements_and_removals();
    void cached_counts_stay_exact_through_updates();

    static std::vector<model::Recommendation>* recommendations_;
    static std::map<std::string, model::Document>* documents_;
    SearchIndex index_;
    std::vector<std::optional<DocValues>> by_doc_;  // By DocId; empty once removed.
    std::vector<std::string> texts_;                 // By DocId.
    std::map<std::string, std::set<std::string>> known_;
};

std::vector<model::Recommendation>* RealFacets::recommendations_ = nullptr;
std::map<std::string, model::Document>* RealFacets::documents_ = nullptr;

void RealFacets::every_count_matches_a_brute_force_count() {
    EXPECT_EQ(index_.size(), recommendations_->size());
    EXPECT_GE(check_random_cases(20240401, 120), 30);
}

// Every 40th recommendation is answered anew (noted, with one issue more), every 55th is
// withdrawn.
void RealFacets::replace_and_remove_some() {
    for (std::size_t i = 0; i < recommendations_->size(); i += 40) {
        model::Recommendation r = (*recommendations_)[i];
        r.response = model::Response::Noted;
        r.labels.push_back({std::string(model::kIssues), "Replaced in a test"});
        put(r, facet_values(r, documents_->at(r.document)));
    }
    for (std::size_t i = 0; i < recommendations_->size(); i += 55) {
        const auto& id = (*recommendations_)[i].id;
        if (auto doc = index_.documents().find(id))
            by_doc_[*doc].reset();
        EXPECT_TRUE(index_.remove(id));
    }
}

void RealFacets::counts_stay_exact_after_replacements_and_removals() {
    replace_and_remove_some();
    EXPECT_GE(check_random_cases(7, 80), 20);
    std::vector<FacetSelection> replaced = {{"issues", {"Replaced in a test"}}};
    auto result = index_.count_facets(index_.all_docs(), replaced).value();
    std::size_t expected = 0;
    for (std::size_t i = 0; i < recommendations_->size(); i += 40)
        expected += i % 55 != 0;
    EXPECT_EQ(result.hits.cardinality(), expected);
}

void RealFacets::cached_counts_stay_exact_through_updates() {
    index_.cache_frequent_counts();
    EXPECT_GE(check_random_cases(11, 80), 20);
    replace_and_remove_some();
    EXPECT_GE(check_random_cases(12, 80), 20);
}

TEST_F(RealFacets, EveryFacetCountMatchesABruteForceCount) {
    every_count_matches_a_brute_force_count();
}

TEST_F(RealFacets, CountsStayExactAfterReplacementsAndRemovals) {
    counts_stay_exact_after_replacements_and_removals();
}

TEST_F(RealFacets, CachedCountsOfFrequentTermsStayExactThroughUpdates) {
    cached_counts_stay_exact_through_updates();
}

// The same with facets bundled (`SearchIndex::bundle_facets`): rows keep a bundle id for the
// State under review and session together, and another for the recommending States.
class BundledRealFacets : public RealFacets {
protected:
    void SetUp() override {
        index_.bundle_facets(std::vector<std::string>{"state_under_review", "session"});
        index_.bundle_facets(std::vector<std::string>{"recommending_states"});
        RealFacets::SetUp();
    }
};

TEST_F(BundledRealFacets, EveryFacetCountMatchesABruteForceCount) {
    every_count_matches_a_brute_force_count();
}

TEST_F(BundledRealFacets, CountsStayExactAfterReplacementsAndRemovals) {
    counts_stay_exact_after_replacements_and_removals();
}

TEST_F(BundledRealFacets, CachedCountsOfFrequentTermsStayExactThroughUpdates) {
    cached_counts_stay_exact_through_updates();
}

}  // namespace
}  // namespace rightstrack::index
