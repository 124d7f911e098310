// The small domain types: mechanisms of every kind, responses in the spellings sources use,
// stable recommendation ids, content fingerprints and the natural order of paragraph numbers.
#include <gtest/gtest.h>

#include "model/Document.h"
#include "model/Institution.h"
#include "model/Mechanism.h"
#include "model/Recommendation.h"
#include "model/Response.h"

namespace rightstrack::model {
namespace {

TEST(Mechanism, KnowsTheUprTheTreatyBodiesAndNamedMandatesAndPlans) {
    EXPECT_EQ(Mechanism::parse("UPR")->kind, MechanismKind::Upr);
    for (const char* body : {"CCPR", "CESCR", "CEDAW", "CRC", "CAT", "SPT", "CERD", "CRPD", "CMW",
                             "CED"})
        EXPECT_EQ(Mechanism::parse(body)->kind, MechanismKind::TreatyBody) << body;
    EXPECT_EQ(Mechanism::parse("SP:torture")->kind, MechanismKind::SpecialProcedure);
    EXPECT_EQ(Mechanism::parse("NAP:gender-equality-2022")->kind, MechanismKind::National);
    EXPECT_EQ(treaty_body_name("CAT"), "Committee against Torture");
}

TEST(Mechanism, RefusesUnknownCodesAndMalformedMandates) {
    EXPECT_FALSE(Mechanism::parse("upr"));
    EXPECT_FALSE(Mechanism::parse("XYZ"));
    EXPECT_FALSE(Mechanism::parse("SP:"));
    EXPECT_FALSE(Mechanism::parse("SP:has space"));
    EXPECT_FALSE(Mechanism::parse("NAP:" + std::string(81, 'a')));
}

// The kinds are listed once (Institution.cpp); forms and messages take their list from there.
TEST(InstitutionKind, EveryCodeReadsBackAndTheMessagesListThemAll) {
    const auto codes = model::institution_kind_codes();
    ASSERT_EQ(codes.size(), 7u);
    for (auto code : codes) {
        auto kind = model::parse_institution_kind(code);
        ASSERT_TRUE(kind) << code;
        EXPECT_EQ(model::institution_kind_code(*kind), code);
    }
    EXPECT_EQ(model::institution_kinds_text(),
              "ministry, court, prosecution, police, nhri, cso or other");
    EXPECT_FALSE(model::parse_institution_kind("embassy"));
}

TEST(Response, ReadsTheSpellingsOfUprInfoOhchrAndOurExport) {
    EXPECT_EQ(parse_response("Accepted"), Response::Supported);
    EXPECT_EQ(parse_response("supported"), Response::Supported);
    EXPECT_EQ(parse_response("Noted"), Response::Noted);
    EXPECT_EQ(parse_response("Partially accepted"), Response::PartiallySupported);
    EXPECT_EQ(parse_response("partially_supported"), Response::PartiallySupported);
    EXPECT_EQ(parse_response(""), Response::Pending);
    EXPECT_FALSE(parse_response("maybe"));
    for (auto response : {Response::Supported, Response::Noted, Response::PartiallySupported,
                          Response::Pending})
        EXPECT_EQ(parse_response(response_code(response)), response);
}

TEST(RecommendationId, IsStableShortAndDependsOnEveryPart) {
    std::string id = make_recommendation_id("A/HRC/15/2", "76.12", "Ratify the Convention.", 0);
    EXPECT_EQ(id, make_recommendation_id("A/HRC/15/2", "76.12", "Ratify the Convention.", 0));
    EXPECT_EQ(id.size(), 13u);
    EXPECT_NE(id, make_recommendation_id("A/HRC/15/3", "76.12", "Ratify the Convention.", 0));
    EXPECT_NE(id, make_recommendation_id("A/HRC/15/2", "76.13", "Ratify the Convention.", 0));
    EXPECT_NE(id, make_recommendation_id("A/HRC/15/2", "76.12", "Ratify the Covenant.", 0));
    EXPECT_NE(id, make_recommendation_id("A/HRC/15/2", "76.12", "Ratify the Convention.", 1));
}

TEST(ContentFingerprint, ChangesWithAnyFieldAndOnlyThen) {
    Recommendation r;
    r.id = "x";
    r.text = "Adopt a law.";
    r.recommending_states = {"NOR"};
    std::string before = content_fingerprint(r);
    EXPECT_EQ(before, content_fingerprint(r));
    auto changed = [&](auto change) {
        Recommendation copy = r;
        change(copy);
        return content_fingerprint(copy) != before;
    };
    EXPECT_TRUE(changed([](Recommendation& c) { c.text = "Adopt a law!"; }));
    EXPECT_TRUE(changed([](Recommendation& c) { c.recommending_states.push_back("SWE"); }));
    EXPECT_TRUE(changed([](Recommendation& c) { c.response = Response::Noted; }));
    EXPECT_TRUE(changed([](Recommendation& c) { c.action_category = 5; }));
    EXPECT_TRUE(changed([](Recommendation& c) { c.labels.push_back({"issues", "Justice"}); }));
    EXPECT_TRUE(changed([](Recommendation& c) { c.translations.push_back({"ru", "Закон."}); }));
    EXPECT_TRUE(changed([](Recommendation& c) { c.provenance.page = 4; }));
}

TEST(ParagraphSortKey, OrdersParagraphNumbersNaturally) {
    std::vector<std::string> paragraphs = {"76.10", "76.2", "9", "76.1", "10 (b)", "10 (a)", ""};
    std::sort(paragraphs.begin(), paragraphs.end(), [](const auto& a, const auto& b) {
        return paragraph_sort_key(a) < paragraph_sort_key(b);
    });
    EXPECT_EQ(paragraphs,
              (std::vector<std::string>{"", "9", "10 (a)", "10 (b)", "76.1", "76.2", "76.10"}));
}

TEST(Document, KnowsWhichCycleEachUprSessionBelongsTo) {
    EXPECT_EQ(upr_cycle_of_session(1), 1);
    EXPECT_EQ(upr_cycle_of_session(12), 1);
    EXPECT_EQ(upr_cycle_of_session(13), 2);
    EXPECT_EQ(upr_cycle_of_session(26), 2);
    EXPECT_EQ(upr_cycle_of_session(27), 3);
    EXPECT_EQ(upr_cycle_of_session(40), 3);
    EXPECT_EQ(upr_cycle_of_session(41), 4);
    EXPECT_EQ(upr_cycle_of_session(54), 4);
}

TEST(Document, UprReviewsWithoutASymbolGetAReferenceOfTheirOwn) {
    EXPECT_EQ(upr_review_reference(8, "KGZ"), "UPR/8/KGZ");
}

}  // namespace
}  // namespace rightstrack::model
