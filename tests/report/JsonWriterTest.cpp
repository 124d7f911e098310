#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "report/JsonWriter.h"

namespace rightstrack::report {
namespace {

TEST(JsonWriterTest, PutsCommasBetweenMembersAndNoneAfterKeys) {
    JsonWriter out;
    out.begin_object().key("total").value(3).key("hits").begin_array();
    out.begin_object().key("id").value("a").end_object();
    out.begin_object().key("id").value("b").end_object();
    out.end_array().key("facets").begin_object().end_object().end_object();
    EXPECT_EQ(out.take(), R"({"total":3,"hits":[{"id":"a"},{"id":"b"}],"facets":{}})");
}

TEST(JsonWriterTest, EscapesQuotesBackslashesAndControlCharacters) {
    JsonWriter out;
    out.begin_array().value("say \"no\"\\\n\t\x01").end_array();
    const std::string text = out.take();
    EXPECT_EQ(text, R"(["say \"no\"\\\n\t\u0001"])");
    EXPECT_EQ(nlohmann::json::parse(text)[0], "say \"no\"\\\n\t\x01");
}

TEST(JsonWriterTest, KeepsUtf8AndReplacesBytesThatAreNotUtf8) {
    JsonWriter out;
    out.begin_array()
        .value("Кыргызстан")
        .value("caf\xC3")
        .value(
            "a\xFF"
            "b")
        .end_array();
    const auto parsed = nlohmann::json::parse(out.take());
    EXPECT_EQ(parsed[0], "Кыргызстан");
    EXPECT_EQ(parsed[1], "caf\xEF\xBF\xBD");
    EXPECT_EQ(parsed[2],
              "a\xEF\xBF\xBD"
              "b");
}

TEST(JsonWriterTest, WritesNumbersThatReadBackTheSame) {
    JsonWriter out;
    out.begin_array().value(-7).value(std::uint32_t{4'000'000'000}).value(2.0).value(0.1);
    out.value(12.345678901234567).value(1e-7).value(true).value(false).end_array();
    const std::string text = out.take();
    EXPECT_EQ(text, "[-7,4000000000,2.0,0.1,12.345678901234567,1e-07,true,false]");
    const auto parsed = nlohmann::json::parse(text);
    EXPECT_TRUE(parsed[2].is_number_float());
    EXPECT_EQ(parsed[4].get<double>(), 12.345678901234567);
}

TEST(JsonWriterTest, SpellsNumbersJsonCannotHoldAsNull) {
    JsonWriter out;
    out.begin_array().value(std::nan("")).value(HUGE_VAL).end_array();
    EXPECT_EQ(out.take(), "[null,null]");
}

TEST(JsonWriterTest, StartsEmptyAfterTake) {
    JsonWriter out;
    out.begin_array().value(1).end_array();
    EXPECT_EQ(out.take(), "[1]");
    out.begin_array().value(2).end_array();
    EXPECT_EQ(out.take(), "[2]");
}

}  // namespace
}  // namespace rightstrack::report
