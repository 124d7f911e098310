// What tracking shows in search: the implementation_status and responsible_institutions facets
// of the index follow published actions, clusters, cancellations and overrides, and a searcher
// built before a tracking write sees it on its next search (the writes stamp the change feed).
#include "TrackTestSupport.h"
#include "index/Searcher.h"
#include "store/sqlite/Database.h"

namespace rightstrack::track {
namespace {

using model::ActionStatus;
using model::ImplementationStatus;

class SearchFacetsTest : public TrackTest {
protected:
    void SetUp() override {
        TrackTest::SetUp();
        auto opened = store::open_sqlite_store(path_);
        ASSERT_TRUE(opened.ok()) << opened.error().describe();
        recommendations_ = opened.release_value();
        auto built = index::Searcher::build(*recommendations_);
        ASSERT_TRUE(built.ok()) << built.error().describe();
        searcher_.emplace(built.release_value());
    }

    // The counts of one facet over every recommendation, as "value=count" in facet order.
    std::vector<std::string> counts(const std::string& facet,
                                    std::vector<index::FacetSelection> filters = {}) {
        index::SearchRequest request;
        request.filters = std::move(filters);
        auto result = searcher_->search(request);
        EXPECT_TRUE(result.ok()) << result.error().describe();
        std::vector<std::string> values;
        if (!result.ok())
            return values;
        for (const auto& counted : result->facets)
            if (counted.facet == facet)
                for (const auto& value : counted.values)
                    values.push_back(value.value + "=" + std::to_string(value.count));
        return values;
    }

    // The ids a filter on one facet value selects.
    std::vector<std::string> matching(const std::string& facet, const std::string& value) {
        index::SearchRequest request;
        request.filters = {{facet, {value}}};
        request.sort = index::SortOrder::DocumentOrder;
        std::vector<std::string> ids;
        auto result = searcher_->search(request);
        EXPECT_TRUE(result.ok()) << result.error().describe();
        if (result.ok())
            for (const auto& hit : result->hits) ids.push_back(hit.summary->id);
        return ids;
    }

    std::unique_ptr<store::Store> recommendations_;
    std::optional<index::Searcher> searcher_;
};

TEST_F(SearchFacetsTest, UnpublishedActionsStayOutOfSearch) {
    auto action = make_action("MOJ");  // Planned, unpublished, linked to recommendation 0.
    ASSERT_OK(as_status(actions().set_status("coordinator", action.id, ActionStatus::InProgress)));
    EXPECT_TRUE(counts("implementation_status").empty());
    EXPECT_TRUE(counts("responsible_institutions").empty());
}

TEST_F(SearchFacetsTest, PublishedActionsGiveStatusAndInstitutions) {
    auto action = make_action("MOJ");
    ASSERT_OK(as_status(actions().publish("coordinator", action.id)));
    EXPECT_EQ(counts("implementation_status"), std::vector<std::string>{"not_started=1"});
    EXPECT_EQ(counts("responsible_institutions"), std::vector<std::string>{"MOJ=1"});

    ActionChanges support;
    support.supporting_institutions = std::vector<std::string>{"MOH"};
    ASSERT_OK(as_status(actions().update("coordinator", action.id, support)));
    ASSERT_OK(as_status(actions().set_status("coordinator", action.id, ActionStatus::InProgress)));
    EXPECT_EQ(counts("implementation_status"), std::vector<std::string>{"partially_implemented=1"});
    EXPECT_EQ(counts("responsible_institutions"), (std::vector<std::string>{"MOH=1", "MOJ=1"}));
    EXPECT_EQ(matching("responsible_institutions", "MOH"),
              std::vector<std::string>{recommendation_ids_[0]});

    ASSERT_OK(as_status(actions().set_status("coordinator", action.id, ActionStatus::Completed)));
    EXPECT_EQ(matching("implementation_status", "implemented"),
              std::vector<std::string>{recommendation_ids_[0]});
}

TEST_F(SearchFacetsTest, ClustersCarryTheirActionsToEveryMember) {
    auto cluster = value_of(clusters().create(
        "coordinator", {0, "Ill-treatment", "", {recommendation_ids_[1], recommendation_ids_[2]}}));
    auto action = make_action("MOE");
    ASSERT_OK(as_status(actions().link("coordinator", action.id, {}, {cluster.id})));
    ASSERT_OK(as_status(actions().publish("coordinator", action.id)));
    EXPECT_EQ(counts("responsible_institutions"), std::vector<std::string>{"MOE=3"});

    ASSERT_OK(as_status(actions().set_status("coordinator", action.id, ActionStatus::Cancelled)));
    EXPECT_TRUE(counts("responsible_institutions").empty());
    EXPECT_EQ(counts("implementation_status"), std::vector<std::string>{"not_started=3"});
}

TEST_F(SearchFacetsTest, AnOverrideWinsAndCountsWithinOtherSelections) {
    auto action = make_action("MOJ");
    ASSERT_OK(as_status(actions().publish("coordinator", action.id)));
    ASSERT_OK(as_status(implementation().override_status(
        "coordinator", recommendation_ids_[2], ImplementationStatus::Implemented,
        "The Education Code of 2025 guarantees it.")));
    EXPECT_EQ(counts("implementation_status"),
              (std::vector<std::string>{"implemented=1", "not_started=1"}));
    // Disjunctive: a facet's own selection leaves its counts alone, another's narrows them.
    EXPECT_EQ(counts("implementation_status", {{"implementation_status", {"implemented"}}}),
              (std::vector<std::string>{"implemented=1", "not_started=1"}));
    EXPECT_EQ(counts("implementation_status", {{"responsible_institutions", {"MOJ"}}}),
              std::vector<std::string>{"not_started=1"});
}

TEST_F(SearchFacetsTest, ARebuiltIndexAgreesWithTheCaughtUpOne) {
    auto action = make_action("MOJ");
    ASSERT_OK(as_status(actions().link("coordinator", action.id, {recommendation_ids_[1]}, {})));
    ASSERT_OK(as_status(actions().publish("coordinator", action.id)));
    ASSERT_OK(as_status(actions().set_status("coordinator", action.id, ActionStatus::InProgress)));
    auto caught_up = counts("implementation_status");
    auto rebuilt = index::Searcher::build(*recommendations_);
    ASSERT_TRUE(rebuilt.ok()) << rebuilt.error().describe();
    searcher_.emplace(rebuilt.release_value());
    EXPECT_EQ(counts("implementation_status"), caught_up);
    EXPECT_EQ(caught_up, std::vector<std::string>{"partially_implemented=2"});
}

// The services rewrite an action's links on every change, which stamps its recommendations; a
// write to the action's row alone (SQL, or a later service) must stamp them as well.
TEST_F(SearchFacetsTest, AnActionRowChangedAloneIsStampedToo) {
    auto action = make_action("MOJ");
    ASSERT_OK(as_status(actions().publish("coordinator", action.id)));
    EXPECT_EQ(counts("implementation_status"), std::vector<std::string>{"not_started=1"});
    auto db = store::sqlite::Database::open(path_, store::sqlite::OpenMode::ReadWrite);
    ASSERT_TRUE(db.ok()) << db.error().describe();
    ASSERT_OK((*db)->execute("UPDATE actions SET status = 'completed' WHERE id = " +
                             std::to_string(action.id)));
    EXPECT_EQ(counts("implementation_status"), std::vector<std::string>{"implemented=1"});
    ASSERT_OK((*db)->execute("UPDATE actions SET published = 0"));
    EXPECT_TRUE(counts("implementation_status").empty());
}

}  // namespace
}  // namespace rightstrack::track
