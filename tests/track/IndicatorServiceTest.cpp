// Indicators: defined with unit, baseline, target and disaggregation; measurements recorded by
// the focal point of the action's institution, dated and sourced, for a group or the total; bad
// input (a value in the wrong unit, an undeclared or unknown disaggregation, a date before the
// action starts, an unknown indicator or action) refused with an error naming the problem, and
// nothing changed: no measurement, no audit entry.
#include "TrackTestSupport.h"

namespace rightstrack::track {
namespace {

class IndicatorServiceTest : public TrackTest {
protected:
    void SetUp() override {
        TrackTest::SetUp();
        action_ = make_action("MOJ");  // Starts 2026-01-01.
        indicator_ = make_indicator(action_.id);
    }

    static Reading reading(double value, const std::string& unit = "percent",
                           const std::string& date = "2026-02-01") {
        return {value, unit, date, "Judicial training centre register", {}};
    }

    size_t measurements() {
        auto list = value_of(indicators().list("coordinator", action_.id));
        return list.empty() ? 0 : list.front().measurements.size();
    }

    // Expects `result` to be refused with `kind` and `words` in its message, changing nothing.
    template <typename T>
    void expect_refused(const core::Result<T>& result, core::ErrorKind kind,
                        const std::string& words) {
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().kind(), kind) << result.error().describe();
        EXPECT_NE(result.error().describe().find(words), std::string::npos)
            << result.error().describe();
        EXPECT_EQ(measurements(), measured_);
        EXPECT_EQ(audit_entries(), entries_);
    }

    void remember() {
        measured_ = measurements();
        entries_ = audit_entries();
    }

    model::Action action_;
    model::Indicator indicator_;
    size_t measured_ = 0;
    int64_t entries_ = 0;
};

TEST_F(IndicatorServiceTest, DefinesIndicatorsWithBaselineTargetAndDisaggregation) {
    model::Indicator indicator;
    indicator.action = action_.id;
    indicator.name = "Complaints of ill-treatment investigated";
    indicator.unit = "cases";
    indicator.target = 120;
    indicator.disaggregation = {model::Dimension::Region, model::Dimension::Sex,
                                model::Dimension::Region};
    auto defined = value_of(indicators().define("coordinator", indicator));
    EXPECT_GT(defined.id, indicator_.id);
    EXPECT_EQ(defined.disaggregation,
              (std::vector<model::Dimension>{model::Dimension::Sex, model::Dimension::Region}));
    EXPECT_FALSE(defined.baseline.has_value());

    auto list = value_of(indicators().list("focal", action_.id));
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0], indicator_);
    EXPECT_EQ(list[0].baseline, 12);
    EXPECT_EQ(list[0].target, 80);
    EXPECT_EQ(list[1], defined);

    model::AuditEntry last;
    ASSERT_OK(store_->scan_audit([&](const model::AuditEntry& entry) {
        last = entry;
        return core::Status();
    }));
    EXPECT_EQ(last.operation, "indicator.define");
    EXPECT_EQ(last.resource, "indicator:" + std::to_string(defined.id));
}

TEST_F(IndicatorServiceTest, FocalPointRecordsDatedSourcedMeasurementsPerGroup) {
    auto total = value_of(indicators().measure("focal", indicator_.id, reading(35)));
    Reading women = reading(41, "percent", "2026-01-15");
    women.breakdown = {{"sex", "female"}};
    auto female = value_of(indicators().measure("focal", indicator_.id, women));
    EXPECT_EQ(female.breakdown.at(model::Dimension::Sex), "female");
    EXPECT_EQ(female.recorded_by, "focal");
    EXPECT_EQ(female.recorded_at, "2026-03-01T09:00:00Z");

    auto list = value_of(indicators().list("coordinator", action_.id));
    ASSERT_EQ(list.front().measurements.size(), 2u);
    EXPECT_EQ(list.front().measurements[0], female);  // Oldest date first.
    EXPECT_EQ(list.front().measurements[1], total);
    EXPECT_TRUE(list.front().measurements[1].breakdown.empty());
    EXPECT_EQ(list.front().measurements[1].source, "Judicial training centre register");
}

TEST_F(IndicatorServiceTest, ValueInTheWrongUnitIsRefused) {
    remember();
    expect_refused(indicators().measure("focal", indicator_.id, reading(140, "persons")),
                   core::ErrorKind::InvalidInput,
                   "a value in 'persons' for indicator 'Share of judges trained', which is "
                   "measured in 'percent'");
}

TEST_F(IndicatorServiceTest, UndeclaredOrUnknownDisaggregationIsRefused) {
    remember();
    Reading by_region = reading(30);
    by_region.breakdown = {{"region", "Osh"}};
    expect_refused(indicators().measure("focal", indicator_.id, by_region),
                   core::ErrorKind::InvalidInput,
                   "indicator 'Share of judges trained' is not disaggregated by region (it "
                   "declares: sex)");
    Reading by_colour = reading(30);
    by_colour.breakdown = {{"colour", "blue"}};
    expect_refused(indicators().measure("focal", indicator_.id, by_colour),
                   core::ErrorKind::InvalidInput, "'colour' is not a disaggregation");
    Reading twice = reading(30);
    twice.breakdown = {{"sex", "female"}, {"sex", "male"}};
    expect_refused(indicators().measure("focal", indicator_.id, twice),
                   core::ErrorKind::InvalidInput, "sex is given twice");
}

TEST_F(IndicatorServiceTest, DatesBeforeTheActionStartsOrUnrealAreRefused) {
    remember();
    expect_refused(
        indicators().measure("focal", indicator_.id, reading(30, "percent", "2025-12-31")),
        core::ErrorKind::InvalidInput,
        "measurement date 2025-12-31 is before the action starts (2026-01-01)");
    expect_refused(
        indicators().measure("focal", indicator_.id, reading(30, "percent", "2026-02-30")),
        core::ErrorKind::InvalidInput, "'2026-02-30' is not a date");
    Reading unsourced = reading(30);
    unsourced.source.clear();
    expect_refused(indicators().measure("focal", indicator_.id, unsourced),
                   core::ErrorKind::InvalidInput, "needs its source");
}

TEST_F(IndicatorServiceTest, UnknownIndicatorOrActionIsNotFound) {
    remember();
    expect_refused(indicators().measure("focal", 999, reading(30)), core::ErrorKind::NotFound,
                   "no indicator with id 999");
    model::Indicator orphan;
    orphan.action = 999;
    orphan.name = "Anything";
    orphan.unit = "cases";
    expect_refused(indicators().define("coordinator", orphan), core::ErrorKind::NotFound,
                   "no action with id 999");
    model::Indicator unitless;
    unitless.action = action_.id;
    unitless.name = "Anything";
    expect_refused(indicators().define("coordinator", unitless), core::ErrorKind::InvalidInput,
                   "an indicator needs a unit");
}

TEST_F(IndicatorServiceTest, OtherInstitutionsFocalPointMayNotMeasure) {
    auto health = make_action("MOH", "Vaccinate children");
    auto indicator = make_indicator(health.id);
    int64_t entries = audit_entries();
    auto result = indicators().measure("focal", indicator.id, reading(50));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind(), core::ErrorKind::PermissionDenied);
    EXPECT_NE(result.error().message().find("indicator.measure"), std::string::npos);
    EXPECT_EQ(audit_entries(), entries);
    EXPECT_FALSE(indicators().list("focal", health.id).ok());  // Unpublished, not its own.
    EXPECT_FALSE(indicators().list("viewer", health.id).ok());
    ASSERT_OK(actions().publish("coordinator", health.id));
    EXPECT_EQ(value_of(indicators().list("viewer", health.id)).size(), 1u);
}

}  // namespace
}  // namespace rightstrack::track
