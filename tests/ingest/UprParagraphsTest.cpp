// The 217 UPR recommendation paragraphs of HURIDOCS' benchmark (../shared/data/upr-paragraphs):
// for each raw paragraph, its number, its text without the States, and its recommending States,
// read by the same functions the Working Group report parser uses. Goal: all three exactly
// right for at least 99% of paragraphs.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <map>
#include <regex>

#include "core/Text.h"
#include "ingest/RecommendingStates.h"
#include "model/StateRegistry.h"
#include "support/TestSupport.h"

namespace rightstrack::ingest {
namespace {

using nlohmann::json;

// Label of each paragraph in one of the benchmark's files, by the paragraph's raw text.
std::map<std::string, json> labels_by_text(const std::string& folder) {
    auto path = testing::shared_data("upr-paragraphs/" + folder + "/labels.json");
    std::map<std::string, json> labels;
    if (path.empty())
        return labels;
    for (const auto& entry : json::parse(testing::read_file(path)))
        labels[entry["text"].get<std::string>()] = entry["label"];
    return labels;
}

struct Reading {
    std::string number;
    std::string text;
    std::vector<std::string> states;
};

// A compound paragraph is several recommendations; the benchmark joins their texts with a space.
Reading read_paragraph(const std::string& raw) {
    static const std::regex kNumbered(R"(^(\d{1,3}\.\d{1,3})\.?\s+([\s\S]*)$)");
    std::smatch match;
    if (!std::regex_match(raw, match, kNumbered))
        return {};
    Reading reading{match[1], "", {}};
    std::vector<std::string> texts;
    for (auto& segment : attribute_segments(match[2].str())) {
        texts.push_back(segment.text);
        reading.states.insert(reading.states.end(), segment.states.begin(), segment.states.end());
    }
    reading.text = core::join(texts, " ");
    return reading;
}

std::vector<std::string> codes_of(const json& names) {
    std::vector<std::string> codes;
    for (const auto& name : names) {
        const auto* state = model::StateRegistry::instance().resolve(name.get<std::string>());
        codes.push_back(state ? std::string(state->alpha3) : "?" + name.get<std::string>());
    }
    return codes;
}

TEST(UprParagraphs, NumberTextAndStatesOfHuridocsParagraphs) {
    auto numbers = labels_by_text("upr_paragraph_numbers");
    auto texts = labels_by_text("upr_paragraph_text");
    auto countries = labels_by_text("upr_paragraph_countries");
    if (numbers.empty() || texts.empty() || countries.empty())
        GTEST_SKIP() << "shared data not found (upr-paragraphs): skipping";
    size_t total = 0, number_right = 0, text_right = 0, states_right = 0, all_right = 0;
    for (const auto& [raw, number] : numbers) {
        ++total;
        auto reading = read_paragraph(raw);
        bool n = reading.number == number.get<std::string>();
        bool t = texts.count(raw) &&
                 reading.text == core::collapse_whitespace(texts.at(raw).get<std::string>());
        bool s = countries.count(raw) && reading.states == codes_of(countries.at(raw));
        number_right += n;
        text_right += t;
        states_right += s;
        all_right += n && t && s;
        if (!(n && t && s))
            std::printf("  differs: %s%s%s %s\n", n ? "" : "[number]", t ? "" : "[text]",
                        s ? "" : "[states]", raw.substr(0, 140).c_str());
    }
    auto share = [&](size_t right) { return static_cast<double>(right) / static_cast<double>(total); };
    std::printf("HURIDOCS paragraphs: %zu; number %.3f, text %.3f, States %.3f, all three %.3f\n",
                total, share(number_right), share(text_right), share(states_right),
                share(all_right));
    EXPECT_EQ(total, 217u);
    EXPECT_GE(share(all_right), 0.99);
}

}  // namespace
}  // namespace rightstrack::ingest
