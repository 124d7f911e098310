// The recommending States at the end of a UPR recommendation, in every form the reports use.
#include <gtest/gtest.h>

#include <algorithm>

#include "ingest/RecommendingStates.h"

namespace rightstrack::ingest {
namespace {

using Codes = std::vector<std::string>;

// The one recommendation an item holds.
AttributedText attribute_to_states(std::string_view item) {
    auto segments = attribute_segments(item);
    EXPECT_EQ(segments.size(), 1u) << item;
    return segments.empty() ? AttributedText{} : segments.front();
}

TEST(RecommendingStates, OneState) {
    auto a = attribute_to_states("Ratify the Optional Protocol (Spain);");
    EXPECT_EQ(a.text, "Ratify the Optional Protocol");
    EXPECT_EQ(a.states, (Codes{"ESP"}));
}

TEST(RecommendingStates, ListsWithCommasAndAnd) {
    EXPECT_EQ(attribute_to_states("Ratify it (Spain, Belgium and Chile).").states,
              (Codes{"ESP", "BEL", "CHL"}));
    EXPECT_EQ(attribute_to_states("Ratify it (Spain; Belgium)").states, (Codes{"ESP", "BEL"}));
}

TEST(RecommendingStates, SeparateParenthesesForEachState) {
    auto a = attribute_to_states("Adopt a law on torture (Spain); (Belgium);");
    EXPECT_EQ(a.text, "Adopt a law on torture");
    EXPECT_EQ(a.states, (Codes{"ESP", "BEL"}));
}

TEST(RecommendingStates, ListsSeparatedByCommasOrSlashes) {
    auto a = attribute_to_states("Set up an institution (Libya), (Spain), (Niger);");
    EXPECT_EQ(a.text, "Set up an institution");
    EXPECT_EQ(a.states, (Codes{"LBY", "ESP", "NER"}));
    EXPECT_EQ(attribute_to_states("Lift the reservations (Brazil/Spain);").states,
              (Codes{"BRA", "ESP"}));
    // Lists so joined before another State's words credit the words before them together.
    auto b = attribute_segments("Ratify the Charter (Chile), (Peru), as soon as possible (Spain);");
    ASSERT_EQ(b.size(), 2u);
    EXPECT_EQ(b[0].text, "Ratify the Charter");
    EXPECT_EQ(b[0].states, (Codes{"CHL", "PER"}));
    EXPECT_EQ(b[1].text, "Ratify the Charter, as soon as possible");
    // So are lists with nothing between them, also before one State's further words.
    auto c = attribute_segments(
        "ratify the Charter (Chile) (Peru) (Trinidad and Tobago) and adopt a plan (Chile);");
    ASSERT_EQ(c.size(), 2u);
    EXPECT_EQ(c[0].text, "ratify the Charter and adopt a plan");
    EXPECT_EQ(c[0].states, (Codes{"CHL"}));
    EXPECT_EQ(c[1].text, "ratify the Charter");
    EXPECT_EQ(c[1].states, (Codes{"PER", "TTO"}));
}

TEST(RecommendingStates, NamesWithCommasAndParenthesesOfTheirOwn) {
    EXPECT_EQ(attribute_to_states("Act (Iran (Islamic Republic of));").states, (Codes{"IRN"}));
    EXPECT_EQ(
        attribute_to_states("Act (United Kingdom of Great Britain and Northern Ireland)").states,
        (Codes{"GBR"}));
    EXPECT_EQ(
        attribute_to_states("Act (Trinidad and Tobago, Bolivia (Plurinational State of))").states,
        (Codes{"TTO", "BOL"}));
}

TEST(RecommendingStates, NamesRunTogetherWithoutTheirCommaAreReadLongestFirst) {
    EXPECT_EQ(attribute_to_states("Act (United Kingdom France, Mexico);").states,
              (Codes{"GBR", "FRA", "MEX"}));
    EXPECT_EQ(attribute_to_states("Act (Niger Nigeria Guinea-Bissau);").states,
              (Codes{"NER", "NGA", "GNB"}));
    // Words that are not all State names stay text.
    EXPECT_TRUE(attribute_to_states("Act (France first)").states.empty());
    EXPECT_EQ(attribute_to_states("Act (Chile Peru and Spain);").states,
              (Codes{"CHL", "PER", "ESP"}));
}

TEST(RecommendingStates, NamesMisprintedInTheReportStillResolve) {
    // A possessive in the wrong word, a dropped "of": the name's words are still one State's.
    EXPECT_EQ(
        attribute_to_states("Keep up the work (Lao\u2019s People Democratic Republic);").states,
        (Codes{"LAO"}));
    EXPECT_EQ(attribute_to_states("Keep up the work (Islamic Republic Iran);").states,
              (Codes{"IRN"}));
    EXPECT_EQ(attribute_to_states("Keep up the work (Chile, Islamic Republic Iran);").states,
              (Codes{"CHL", "IRN"}));
    // Words that are no State's name stay text.
    EXPECT_TRUE(attribute_to_states("Keep up the work (Republic Council);").states.empty());
}

TEST(RecommendingStates, ANameBrokenAcrossLinesStillResolves) {
    auto a =
        attribute_to_states("Strengthen the mechanism (Democratic\nPeople’s Republic of Korea);");
    EXPECT_EQ(a.states, (Codes{"PRK"}));
    EXPECT_EQ(a.text, "Strengthen the mechanism");
}

TEST(RecommendingStates, AParenthesisThatIsNotStatesStaysInTheText) {
    auto a = attribute_to_states("Implement the recommendations of the treaty bodies (CEDAW);");
    EXPECT_TRUE(a.states.empty());
    EXPECT_EQ(a.text, "Implement the recommendations of the treaty bodies (CEDAW)");
    auto b =
        attribute_to_states("Reduce poverty, which affects 3.5 million people (2009 figures).");
    EXPECT_TRUE(b.states.empty());
}

TEST(RecommendingStates, AcronymsAreNotStatesEvenWhenTheyAreIsoCodes) {
    EXPECT_TRUE(attribute_to_states("Cooperate with the African Union (AU);").states.empty());
    EXPECT_TRUE(attribute_to_states("Report to the Committee (CAT).").states.empty());
}

TEST(RecommendingStates, AbbreviationsThatAreNamesOfStatesAreStates) {
    EXPECT_EQ(attribute_to_states("Fund the prisons (USA);").states, (Codes{"USA"}));
    EXPECT_EQ(attribute_to_states("Involve civil society (UK).").states, (Codes{"GBR"}));
    EXPECT_EQ(attribute_to_states("Train nurses (UAE) and doctors (UAE);").states, (Codes{"ARE"}));
    EXPECT_EQ(attribute_to_states("Hear the victims (United Sates);").states, (Codes{"USA"}));
}

TEST(RecommendingStates, OnlyTheTrailingParenthesesCount) {
    auto a = attribute_to_states("Cooperate with Spain (the host) on migrants (Morocco);");
    EXPECT_EQ(a.states, (Codes{"MAR"}));
    EXPECT_EQ(a.text, "Cooperate with Spain (the host) on migrants");
}

TEST(RecommendingStates, CompoundItemsSplitIntoOneRecommendationPerStateList) {
    auto segments = attribute_segments(
        "Work for an independent human rights commission (Pakistan); establish a national human "
        "rights institution in line with the Paris Principles (Brazil, Chile); and train the "
        "police (Spain); (Belgium).");
    ASSERT_EQ(segments.size(), 3u);
    EXPECT_EQ(segments[0].text, "Work for an independent human rights commission");
    EXPECT_EQ(segments[0].states, (Codes{"PAK"}));
    EXPECT_EQ(segments[1].text,
              "establish a national human rights institution in line with the Paris Principles");
    EXPECT_EQ(segments[1].states, (Codes{"BRA", "CHL"}));
    EXPECT_EQ(segments[2].text, "train the police");
    EXPECT_EQ(segments[2].states, (Codes{"ESP", "BEL"}));
}

TEST(RecommendingStates, ANounPhraseTakesTheVerbOfThePartItFollows) {
    auto segments = attribute_segments(
        "Review its laws (Brazil, Peru), speed up the ratification of ICCPR (Chile, Brazil), "
        "ratify the Rome Statute (Spain), the Convention on Disappearance (France, Brazil, Spain) "
        "and the Hague Convention (Spain);");
    auto text_of = [&](const std::string& state) {
        std::vector<std::string> texts;
        for (const auto& s : segments)
            if (std::find(s.states.begin(), s.states.end(), state) != s.states.end())
                texts.push_back(s.text);
        return texts;
    };
    // France's noun phrase follows Spain's "ratify", not Brazil's "Review".
    EXPECT_EQ(text_of("FRA"), (Codes{"ratify the Convention on Disappearance"}));
    // Brazil's noun phrase after another State's verb is a further recommendation of Brazil's,
    // and so is its clause with a verb of its own after a comma and another State's list.
    EXPECT_EQ(text_of("BRA"), (Codes{"Review its laws", "speed up the ratification of ICCPR",
                                     "ratify the Convention on Disappearance"}));
    EXPECT_EQ(text_of("ESP"), (Codes{"ratify the Rome Statute, the Convention on Disappearance "
                                     "and the Hague Convention"}));
    // The object of verbs that lack one, and words after another State's qualifier, stay with
    // the State's sentence.
    auto shared =
        attribute_segments("Sign (Chile) and implement (Peru) the Protocol (Chile, Peru);");
    ASSERT_EQ(shared.size(), 2u);
    EXPECT_EQ(shared[0].text, "Sign the Protocol");
    auto qualified = attribute_segments(
        "Ratify ICCPR (Chile, Japan), in a timely fashion (Japan), the Convention (Chile);");
    EXPECT_EQ(qualified[0].text, "Ratify ICCPR, the Convention");
    EXPECT_EQ(qualified[0].states, (Codes{"CHL"}));
}

TEST(RecommendingStates, AnAdverbAloneQualifiesTheSentenceBefore) {
    auto segments = attribute_segments(
        "Review the plan (Chile) to set up an ombudsman (Peru, Spain) promptly (Italy) and "
        "through a law (France);");
    ASSERT_EQ(segments.size(), 4u);
    EXPECT_EQ(segments[2].text, "to set up an ombudsman promptly");
    EXPECT_EQ(segments[2].states, (Codes{"ITA"}));
    EXPECT_EQ(segments[3].text, "to set up an ombudsman through a law");
}

TEST(RecommendingStates, AnAdverbAloneOpeningTheItemQualifiesTheVerbAfter) {
    auto segments = attribute_segments(
        "Seriously (Italy) consider joining the Convention on refugees (Chile, Peru);");
    ASSERT_EQ(segments.size(), 2u);
    EXPECT_EQ(segments[0].text, "Seriously consider joining the Convention on refugees");
    EXPECT_EQ(segments[0].states, (Codes{"ITA"}));
    EXPECT_EQ(segments[1].text, "consider joining the Convention on refugees");
    EXPECT_EQ(segments[1].states, (Codes{"CHL", "PER"}));
    // Alternative adverbs: each State's with the verb, and its own objects after it.
    auto alternatives = attribute_segments(
        "To swiftly (Spain)/seriously (Peru) consider joining (Spain), the Convention on "
        "refugees (Peru, Spain);");
    ASSERT_EQ(alternatives.size(), 2u);
    EXPECT_EQ(alternatives[0].text, "To swiftly consider joining, the Convention on refugees");
    EXPECT_EQ(alternatives[0].states, (Codes{"ESP"}));
    EXPECT_EQ(alternatives[1].text, "seriously consider joining, the Convention on refugees");
    EXPECT_EQ(alternatives[1].states, (Codes{"PER"}));
}

TEST(RecommendingStates, AFootnoteMarkAfterTheStatesIsSkipped) {
    auto segments = attribute_segments("Ratify it (Switzerland)3; ratify that (Chile)*.");
    ASSERT_EQ(segments.size(), 2u);
    EXPECT_EQ(segments[0].states, (Codes{"CHE"}));
    EXPECT_EQ(segments[1].text, "ratify that");
    EXPECT_EQ(segments[1].states, (Codes{"CHL"}));
    EXPECT_EQ(attribute_segments("Ratify it (Switzerland); 2").size(), 1u);
    EXPECT_EQ(attribute_segments("Ratify it (Switzerland). *").size(), 1u);
}

TEST(RecommendingStates, AFootnoteMarkPrintedApartAfterTheStatesIsSkipped) {
    auto a = attribute_to_states("Pass the land statutes (Chile) 2;");
    EXPECT_EQ(a.text, "Pass the land statutes");
    EXPECT_EQ(a.states, (Codes{"CHL"}));
    // A number that goes on with words is the text's.
    auto b = attribute_segments("Pass the statutes (Chile) 2 years early (Peru);");
    ASSERT_EQ(b.size(), 2u);
    EXPECT_EQ(b[1].text, "2 years early");
}

TEST(RecommendingStates, FootnoteMarksOnTheNamesOfAListAreSkipped) {
    auto a = attribute_to_states("Ratify the Charter (Peru, Chile,1 China,2 Mexico3);");
    EXPECT_EQ(a.states, (Codes{"PER", "CHL", "CHN", "MEX"}));
    EXPECT_EQ(a.text, "Ratify the Charter");
    EXPECT_EQ(attribute_to_states("Close the camps (Czech Republic 4);").states, (Codes{"CZE"}));
    // A parenthesis with numbers of its own is no State list.
    EXPECT_TRUE(attribute_to_states("Apply the rule (Article 9);").states.empty());
}

TEST(RecommendingStates, FootnoteMarksRunIntoAWordAreDropped) {
    EXPECT_EQ(attribute_to_states("Help the courts5 and the victims12, in Lima3 (Peru);").text,
              "Help the courts and the victims, in Lima");
    // Digits that belong to the text stay: capitals, numbers, short words, three digits.
    EXPECT_EQ(attribute_to_states("Cut CO2 by 20 per cent in the G77 by 2030 (Peru);").text,
              "Cut CO2 by 20 per cent in the G77 by 2030");
    EXPECT_EQ(attribute_to_states("Apply the rule147 and no12 (Peru);").text,
              "Apply the rule147 and no12");
}

TEST(RecommendingStates, AStateNamedTwiceIsCreditedOnce) {
    EXPECT_EQ(attribute_to_states("Ratify it (Netherlands); (Netherlands, Chile);").states,
              (Codes{"NLD", "CHL"}));
}

TEST(RecommendingStates, AlternativesJoinedBySlashesAreOneRecommendationPerState) {
    auto segments = attribute_segments(
        "Consider ratifying (Jordan)/ratify as soon as possible the Convention (Chile, China);");
    ASSERT_EQ(segments.size(), 2u);
    EXPECT_EQ(segments[0].states, (Codes{"JOR"}));
    EXPECT_EQ(segments[0].text, "Consider ratifying the Convention");
    EXPECT_EQ(segments[1].states, (Codes{"CHL", "CHN"}));
    EXPECT_EQ(segments[1].text, "ratify as soon as possible the Convention");
    auto before_object = attribute_segments(
        "Consider acceding to (Brazil) / Accede to (Azerbaijan) / Ratify (Mexico) the Convention");
    ASSERT_EQ(before_object.size(), 3u);
    EXPECT_EQ(before_object[0].text, "Consider acceding to the Convention");
    EXPECT_EQ(before_object[1].text, "Accede to the Convention");
    EXPECT_EQ(before_object[2].text, "Ratify the Convention");
    EXPECT_EQ(before_object[2].states, (Codes{"MEX"}));
}

TEST(RecommendingStates, VerbAlternativesFollowedByOneListGoToTheStatesInOrder) {
    auto segments = attribute_segments(
        "Look into ratifying/consider signing/ratify the Charter of Rights (Peru, Chile, Spain);");
    ASSERT_EQ(segments.size(), 3u);
    EXPECT_EQ(segments[0].text, "Look into ratifying the Charter of Rights");
    EXPECT_EQ(segments[0].states, (Codes{"PER"}));
    EXPECT_EQ(segments[1].text, "Consider signing the Charter of Rights");
    EXPECT_EQ(segments[1].states, (Codes{"CHL"}));
    EXPECT_EQ(segments[2].text, "Ratify the Charter of Rights");
    EXPECT_EQ(segments[2].states, (Codes{"ESP"}));
    // As many alternatives as States, or none are told apart; acronyms are no alternatives.
    EXPECT_EQ(attribute_to_states("Sign/ratify the Charter (Peru, Chile, Spain);").text,
              "Sign/ratify the Charter");
    EXPECT_EQ(attribute_to_states("Fight HIV/AIDS in the regions (Peru, Chile);").text,
              "Fight HIV/AIDS in the regions");
    // Where a longer phrase's object starts is not known: it stays whole.
    EXPECT_EQ(
        attribute_to_states("Keep/raise funds for the schools of the north (Peru, Chile);").text,
        "Keep/raise funds for the schools of the north");
}

TEST(RecommendingStates, NounPhrasesAfterTheFirstPartBorrowItsVerb) {
    auto segments = attribute_segments(
        "To sign the Charter of Rights (Peru); the Protocol thereto (Chile); and ABC (Spain);");
    ASSERT_EQ(segments.size(), 3u);
    EXPECT_EQ(segments[1].text, "To sign the Protocol thereto");
    EXPECT_EQ(segments[1].states, (Codes{"CHL"}));
    EXPECT_EQ(segments[2].text, "To sign ABC");
    auto leading =
        attribute_segments("Look into joining: XYZ (Peru); the Charter of Rights (Chile, Spain);");
    ASSERT_EQ(leading.size(), 2u);
    EXPECT_EQ(leading[1].text, "Look into joining the Charter of Rights");
    // A part with a verb of its own keeps its words; so does one after a first part that names
    // nothing its verb could lead to.
    auto own_verbs = attribute_segments("Sign the Charter (Peru); keep the Protocol (Chile);");
    EXPECT_EQ(own_verbs[1].text, "keep the Protocol");
    auto no_lead = attribute_segments("Work with a view to reform (Peru); the schools (Chile);");
    EXPECT_EQ(no_lead[1].text, "the schools");
    // The same within one recommendation whose parts name different States.
    auto within = attribute_segments(
        "To consider signing the Charter (Peru), the Protocol to the Charter (Chile), XYZ "
        "(Spain);");
    ASSERT_EQ(within.size(), 3u);
    EXPECT_EQ(within[1].text, "To consider signing the Protocol to the Charter");
    EXPECT_EQ(within[2].text, "To consider signing XYZ");
}

TEST(RecommendingStates, ALeadEndingInAColonLendsItsVerbToEveryObjectListedAfter) {
    auto listed = attribute_segments(
        "Consider joining: XYZ (Peru); other regional charters it has signed (Chile); any "
        "treaty on water (Spain); adopt a water law (Italy).");
    ASSERT_EQ(listed.size(), 4u);
    EXPECT_EQ(listed[1].text, "Consider joining other regional charters it has signed");
    EXPECT_EQ(listed[2].text, "Consider joining any treaty on water");
    EXPECT_EQ(listed[3].text, "adopt a water law");
    // Without the colon a part of lower-case words is a recommendation of its own.
    auto plain = attribute_segments("Consider joining XYZ (Peru); other charters (Chile).");
    ASSERT_EQ(plain.size(), 2u);
    EXPECT_EQ(plain[1].text, "other charters");
}

TEST(RecommendingStates, AVerbsOwnLeadEndingInAColonLendsItselfWithoutANameAfterIt) {
    auto listed = attribute_segments(
        "Pursue its work: for the rights of the child (Peru); in schools, courts and other "
        "places towards a fair society (Chile); adopt a water law (Italy).");
    ASSERT_EQ(listed.size(), 3u);
    EXPECT_EQ(listed[0].text, "Pursue its work: for the rights of the child");
    EXPECT_EQ(listed[1].text,
              "Pursue its work in schools, courts and other places towards a fair society");
    EXPECT_EQ(listed[1].states, (Codes{"CHL"}));
    EXPECT_EQ(listed[2].text, "adopt a water law");
}

TEST(RecommendingStates, APartOfToAndAnotherObjectTakesTheFirstPartsWordsBeforeTheirTo) {
    auto other = attribute_segments(
        "Send an open invitation to all the rapporteurs (Peru, Chile); to all thematic mandates "
        "(Spain); to abolish the fees (Italy); to the extent possible, report (Mexico).");
    ASSERT_EQ(other.size(), 4u);
    EXPECT_EQ(other[1].text, "Send an open invitation to all thematic mandates");
    EXPECT_EQ(other[1].states, (Codes{"ESP"}));
    // A verb after "to", or a qualifier before one, are words of their own.
    EXPECT_EQ(other[2].text, "to abolish the fees");
    EXPECT_EQ(other[3].text, "to the extent possible, report");
}

TEST(RecommendingStates, AnotherObjectOfTheWordsBeforeStartsTheStatesOwnRecommendation) {
    auto other = attribute_segments(
        "Grant lawyers access to prisons (Chile) to all places of detention (Peru, Chile) within a "
        "day (Peru); to abolish the fees (Spain);");
    ASSERT_EQ(other.size(), 4u);
    EXPECT_EQ(other[0].text, "Grant lawyers access to prisons");
    EXPECT_EQ(other[0].states, (Codes{"CHL"}));
    EXPECT_EQ(other[1].text, "Grant lawyers access to all places of detention");
    EXPECT_EQ(other[1].states, (Codes{"CHL"}));
    EXPECT_EQ(other[2].text, "Grant lawyers access to all places of detention within a day");
    EXPECT_EQ(other[2].states, (Codes{"PER"}));
    // "to" and a verb is a recommendation of its own.
    EXPECT_EQ(other[3].text, "to abolish the fees");
}

TEST(RecommendingStates, AnObjectJoinedByAndThatRefersBackTakesTheObjectItAddsTo) {
    // "and the Protocol thereto (Chile)" names its object by the one before: Chile's
    // recommendation is the whole phrase, and a qualifier after it qualifies that phrase.
    auto thereto = attribute_segments(
        "Consider joining (Peru)/join the Charter of Rights (Peru, Spain) and the Protocol thereto "
        "(Chile, Mexico) as a priority (Italy)/sign the Protocol to the Charter (Brazil);");
    ASSERT_EQ(thereto.size(), 5u);
    EXPECT_EQ(thereto[0].text, "Consider joining the Charter of Rights");
    EXPECT_EQ(thereto[1].text, "join the Charter of Rights");
    EXPECT_EQ(thereto[1].states, (Codes{"ESP"}));
    EXPECT_EQ(thereto[2].text, "join the Charter of Rights and the Protocol thereto");
    EXPECT_EQ(thereto[2].states, (Codes{"CHL", "MEX"}));
    EXPECT_EQ(thereto[3].text, "join the Charter of Rights and the Protocol thereto as a priority");
    EXPECT_EQ(thereto[3].states, (Codes{"ITA"}));
    EXPECT_EQ(thereto[4].text, "sign the Protocol to the Charter");
    auto its = attribute_segments("Ratify the Charter (Peru) and its Protocol (Chile);");
    ASSERT_EQ(its.size(), 2u);
    EXPECT_EQ(its[1].text, "Ratify the Charter and its Protocol");
    // An object of its own, and a recommendation of its own after the ";", stay apart.
    auto own = attribute_segments(
        "Ratify the Charter (Peru) and the Protocol to it (Chile); "
        "the Covenant (Spain);");
    ASSERT_EQ(own.size(), 3u);
    EXPECT_EQ(own[1].text, "Ratify the Charter and the Protocol to it");
    EXPECT_EQ(own[2].text, "Ratify the Covenant");
}

TEST(RecommendingStates, PartsOfASentenceCreditedToDifferentStates) {
    auto segments = attribute_segments(
        "Sign (Chile) and ratify (Chile, Peru) the Convention; adopt a law (Peru).");
    ASSERT_EQ(segments.size(), 3u);
    EXPECT_EQ(segments[0].text, "Sign and ratify the Convention");
    EXPECT_EQ(segments[0].states, (Codes{"CHL"}));
    EXPECT_EQ(segments[1].text, "ratify the Convention");
    EXPECT_EQ(segments[1].states, (Codes{"PER"}));
    EXPECT_EQ(segments[2].text, "adopt a law");
    auto extended = attribute_segments(
        "Abolish the practice (Chile, Peru), as soon as possible (Peru), and review the law "
        "(Spain);");
    ASSERT_EQ(extended.size(), 3u);
    EXPECT_EQ(extended[0].text, "Abolish the practice");
    EXPECT_EQ(extended[0].states, (Codes{"CHL"}));
    EXPECT_EQ(extended[1].text, "Abolish the practice, as soon as possible");
    EXPECT_EQ(extended[1].states, (Codes{"PER"}));
    EXPECT_EQ(extended[2].text, "review the law");
}

TEST(RecommendingStates, APartThatQualifiesTheWordsBeforeItTakesThemAlong) {
    auto segments = attribute_segments(
        "Establish an institution (Chile, Peru), through the legislative process (Spain);");
    ASSERT_EQ(segments.size(), 2u);
    EXPECT_EQ(segments[0].text, "Establish an institution");
    EXPECT_EQ(segments[0].states, (Codes{"CHL", "PER"}));
    EXPECT_EQ(segments[1].text, "Establish an institution, through the legislative process");
    EXPECT_EQ(segments[1].states, (Codes{"ESP"}));
}

TEST(RecommendingStates, AQualifierTakesTheSentenceItQualifiesNotOtherStatesQualifiers) {
    auto segments = attribute_segments(
        "Ratify the Convention (Austria, Chile) already signed in 2007 (Algeria), at the "
        "earliest possible time (France), allowing for individual complaints (Peru);");
    ASSERT_EQ(segments.size(), 4u);
    EXPECT_EQ(segments[0].text, "Ratify the Convention");
    EXPECT_EQ(segments[1].text, "Ratify the Convention already signed in 2007");
    EXPECT_EQ(segments[1].states, (Codes{"DZA"}));
    EXPECT_EQ(segments[2].text, "Ratify the Convention, at the earliest possible time");
    EXPECT_EQ(segments[2].states, (Codes{"FRA"}));
    EXPECT_EQ(segments[3].text, "Ratify the Convention, allowing for individual complaints");
    // A further action joined by "and" is the State's own recommendation.
    auto joined = attribute_segments(
        "Ratify the Convention (Chile), and set up a mechanism under it (Peru);");
    ASSERT_EQ(joined.size(), 2u);
    EXPECT_EQ(joined[1].text, "set up a mechanism under it");
}

TEST(RecommendingStates, WordsWantingAnObjectShareTheOneOfTheLastAlternative) {
    auto segments =
        attribute_segments("Consider being bound by (Chile)/accede to the Convention (Peru);");
    ASSERT_EQ(segments.size(), 2u);
    EXPECT_EQ(segments[0].text, "Consider being bound by the Convention");
    EXPECT_EQ(segments[1].text, "accede to the Convention");
    // Alternatives complete in themselves keep their own words.
    auto complete = attribute_segments("Ratify CAT (Chile)/Accede to CAT promptly (Peru);");
    ASSERT_EQ(complete.size(), 2u);
    EXPECT_EQ(complete[0].text, "Ratify CAT");
}

TEST(RecommendingStates, APurposeAfterTheSharedObjectIsTheLastAlternativesOwn) {
    auto segments = attribute_segments(
        "Consider being bound by (Chile)/ratify (Peru, Spain)/accede to the Charter on Water, "
        "to allow the Committee to visit dams (Italy);");
    ASSERT_EQ(segments.size(), 3u);
    EXPECT_EQ(segments[0].text, "Consider being bound by the Charter on Water");
    EXPECT_EQ(segments[1].text, "ratify the Charter on Water");
    EXPECT_EQ(segments[1].states, (Codes{"PER", "ESP"}));
    EXPECT_EQ(segments[2].text,
              "accede to the Charter on Water, to allow the Committee to visit dams");
    // "to" and a name or a determiner goes on with the object.
    auto object = attribute_segments(
        "Consider being bound by (Chile)/accede to the Protocol, to the Charter (Italy);");
    ASSERT_EQ(object.size(), 2u);
    EXPECT_EQ(object[0].text, "Consider being bound by the Protocol, to the Charter");
}

TEST(RecommendingStates, WordsWantingAnObjectTakeTheNextOneAcrossASemicolon) {
    auto segments = attribute_segments(
        "Consider joining (Chile); the possibility of (Peru) signing and ratifying the Charter on "
        "Water (Spain, Italy), apply it (Mexico);");
    ASSERT_EQ(segments.size(), 4u);
    EXPECT_EQ(segments[0].text, "Consider joining the Charter on Water");
    EXPECT_EQ(segments[0].states, (Codes{"CHL"}));
    // Gerunds joined by "and" share the object after them.
    EXPECT_EQ(segments[1].text, "the possibility of signing and ratifying the Charter on Water");
    EXPECT_EQ(segments[2].text, "sign and ratify the Charter on Water");
    // Words that end complete keep what they have.
    auto complete = attribute_segments("Join the Charter (Chile); ratify the Pact (Peru);");
    ASSERT_EQ(complete.size(), 2u);
    EXPECT_EQ(complete[0].text, "Join the Charter");
}

TEST(RecommendingStates, ALongLeadEndingInAVerbSharesTheObjectRightAfterIt) {
    auto segments = attribute_segments(
        "Go ahead promptly with the drafting and adoption of (Peru)/Draft and table at an early "
        "date and then quickly adopt its new Water Code for 2025-2030 (Chile).");
    ASSERT_EQ(segments.size(), 2u);
    EXPECT_EQ(segments[0].text,
              "Go ahead promptly with the drafting and adoption of its new Water Code for "
              "2025-2030");
    EXPECT_EQ(segments[1].text,
              "Draft and table at an early date and then quickly adopt its new Water Code for "
              "2025-2030");
    // A long lead that does not end in a verb may hold more than the verb: nothing is shared.
    auto unknown = attribute_segments(
        "Go ahead promptly with the drafting of (Peru)/Draft and table at an early date and "
        "then in good time its new Water Code (Chile).");
    ASSERT_EQ(unknown.size(), 2u);
    EXPECT_EQ(unknown[0].text, "Go ahead promptly with the drafting of");
}

TEST(RecommendingStates, AlternativesJoinedByCommasShareTheObjectTheyEndIn) {
    auto segments = attribute_segments(
        "Complete the accession process (Peru), consider the ratification (Chile) or the "
        "possibility of ratification (Spain), ratify the Charter of Rights (Mexico);");
    ASSERT_EQ(segments.size(), 4u);
    EXPECT_EQ(segments[0].text, "Complete the accession process of the Charter of Rights");
    EXPECT_EQ(segments[1].text, "consider the ratification of the Charter of Rights");
    EXPECT_EQ(segments[2].text,
              "consider the possibility of ratification of the Charter of Rights");
    EXPECT_EQ(segments[2].states, (Codes{"ESP"}));
    EXPECT_EQ(segments[3].text, "ratify the Charter of Rights");
    // "accession to", and a name with commas of its own is one object.
    auto accession = attribute_segments(
        "Consider accession (Peru), accede to the Convention against Torture and Other Cruel, "
        "Inhuman or Degrading Treatment (Chile);");
    ASSERT_EQ(accession.size(), 2u);
    EXPECT_EQ(accession[0].text,
              "Consider accession to the Convention against Torture and Other Cruel, Inhuman or "
              "Degrading Treatment");
}

TEST(RecommendingStates, WordsWantingAnObjectTakeItAcrossOtherStatesQualifiers) {
    // The object stops before the words that qualify the last alternative.
    auto segments = attribute_segments(
        "Sign (Peru) as soon as possible (Chile)/consider signing (Spain) the Charter, as well as "
        "its Protocol (Spain);");
    ASSERT_EQ(segments.size(), 3u);
    EXPECT_EQ(segments[0].text, "Sign the Charter");
    EXPECT_EQ(segments[1].text, "Sign as soon as possible the Charter");
    EXPECT_EQ(segments[2].text, "consider signing the Charter, as well as its Protocol");
    // After "consider" the object is the gerund that leads it; after a verb of joining it is not.
    auto gerund = attribute_segments(
        "Consider joining (Peru)/consider (Chile, Spain), urgently, (Mexico) joining the Charter "
        "of Rights, and ensuring it applies (Chile);");
    ASSERT_EQ(gerund.size(), 4u);
    EXPECT_EQ(gerund[0].text, "Consider joining the Charter of Rights");
    EXPECT_EQ(gerund[2].text, "consider joining the Charter of Rights");
    EXPECT_EQ(gerund[2].states, (Codes{"ESP"}));
    EXPECT_EQ(gerund[3].text, "consider, urgently, joining the Charter of Rights");
    // A State named again at a later alternative takes that alternative's object, not its verb.
    auto later = attribute_segments(
        "Speed up (Peru)/finish the ratification of (Chile)/ratify the Charter (Peru, Chile);");
    ASSERT_EQ(later.size(), 2u);
    EXPECT_EQ(later[1].text, "finish the ratification of the Charter");
    // The object goes before the State's further words.
    auto further = attribute_segments(
        "Sign (Peru)/consider signing (Chile, Spain) the Charter as a way forward (Peru)/and "
        "hold talks (Spain).");
    ASSERT_EQ(further.size(), 3u);
    EXPECT_EQ(further[0].text, "Sign the Charter as a way forward");
    EXPECT_EQ(further[2].text, "consider signing the Charter and hold talks");
}

TEST(RecommendingStates, WordsWantingAComplementTakeTheNextStatesWordsThatGiveIt) {
    // A gerund, "of ..." right after the State list completes the State's words.
    auto gerund = attribute_segments(
        "Consider (Chile) holding free elections in all regions (Peru, Spain) as a first step "
        "(Mexico);");
    ASSERT_EQ(gerund.size(), 3u);
    EXPECT_EQ(gerund[0].text, "Consider holding free elections in all regions");
    EXPECT_EQ(gerund[0].states, (Codes{"CHL"}));
    // The States whose words they are have them without the verb they complete, as an
    // imperative of their own.
    EXPECT_EQ(gerund[1].text, "hold free elections in all regions");
    EXPECT_EQ(gerund[1].states, (Codes{"PER", "ESP"}));
    auto of = attribute_segments("Study the possibility (Chile) of closing the camps (Peru);");
    ASSERT_EQ(of.size(), 2u);
    EXPECT_EQ(of[0].text, "Study the possibility of closing the camps");
    // Without the "of" that joined them to the other State's words.
    EXPECT_EQ(of[1].text, "close the camps");
    EXPECT_EQ(of[1].states, (Codes{"PER"}));
    // The words go on past the State list as the State's own: "and its Protocol (Peru)".
    auto further = attribute_segments(
        "Consider the possibility (Chile) of acceding to the Charter (Chile, Peru, Spain) and its "
        "Protocol (Peru);");
    ASSERT_EQ(further.size(), 3u);
    EXPECT_EQ(further[0].text, "Consider the possibility of acceding to the Charter");
    EXPECT_EQ(further[1].text, "accede to the Charter and its Protocol");
    EXPECT_EQ(further[1].states, (Codes{"PER"}));
    EXPECT_EQ(further[2].text, "accede to the Charter");
    EXPECT_EQ(further[2].states, (Codes{"ESP"}));
    // Words complete in themselves do not take another State's qualifier.
    auto complete = attribute_segments(
        "Adopt laws against discrimination (Chile, Peru) to protect minorities (Spain);");
    ASSERT_EQ(complete.size(), 2u);
    EXPECT_EQ(complete[0].text, "Adopt laws against discrimination");
    // A verb alone joined by "and" to another State's shares its object.
    auto joined =
        attribute_segments("Introduce (Chile) and enforce a ban on child labour in mines (Peru);");
    ASSERT_EQ(joined.size(), 2u);
    EXPECT_EQ(joined[0].text, "Introduce a ban on child labour in mines");
    EXPECT_EQ(joined[1].text, "enforce a ban on child labour in mines");
}

TEST(RecommendingStates, AClauseAfterACommaAndAnotherStatesListIsAFurtherRecommendation) {
    auto segments = attribute_segments(
        "Reform the courts (Chile, Peru), train the judges (Peru), in the north (Spain);");
    ASSERT_EQ(segments.size(), 3u);
    EXPECT_EQ(segments[0].text, "Reform the courts");
    EXPECT_EQ(segments[0].states, (Codes{"CHL", "PER"}));
    EXPECT_EQ(segments[1].text, "train the judges");
    EXPECT_EQ(segments[1].states, (Codes{"PER"}));
    EXPECT_EQ(segments[2].text, "train the judges, in the north");
    // Words that are no verb's plain form, and clauses joined by "and", go on with the
    // sentence before.
    auto joined = attribute_segments(
        "Reform the courts (Chile, Peru), and train the judges (Peru), namely those of Lima "
        "(Peru);");
    ASSERT_EQ(joined.size(), 2u);
    EXPECT_EQ(joined[1].text, "Reform the courts, and train the judges, namely those of Lima");
    EXPECT_EQ(joined[1].states, (Codes{"PER"}));
    auto nouns = attribute_segments(
        "Invite the rapporteurs on torture (Chile), freedom of expression (Chile, Peru);");
    ASSERT_EQ(nouns.size(), 2u);
    EXPECT_EQ(nouns[0].text, "Invite the rapporteurs on torture, freedom of expression");
    EXPECT_EQ(nouns[0].states, (Codes{"CHL"}));
}

TEST(RecommendingStates, ANounPhraseJoinedByAndTakesThePlaceOfTheOneBeforeIt) {
    // The noun phrase after "and" fills the place of the one the words before end in: after
    // their preposition, determiner or verb.
    auto with = attribute_segments(
        "Cooperate fully with the treaty bodies (Chile) and special procedures (Peru);");
    ASSERT_EQ(with.size(), 2u);
    EXPECT_EQ(with[0].text, "Cooperate fully with the treaty bodies");
    EXPECT_EQ(with[1].text, "Cooperate fully with the special procedures");
    EXPECT_EQ(with[1].states, (Codes{"PER"}));
    auto among = attribute_segments(
        "Reduce poverty (Chile) among rural families (Spain) and urban youth (Peru, Chile);");
    ASSERT_EQ(among.size(), 3u);
    EXPECT_EQ(among[1].text, "Reduce poverty among rural families");
    EXPECT_EQ(among[1].states, (Codes{"ESP"}));
    EXPECT_EQ(among[2].text, "Reduce poverty among urban youth");
    EXPECT_EQ(among[2].states, (Codes{"PER"}));
    auto list = attribute_segments(
        "Adopt legal, administrative (Chile) and budgetary measures against trafficking "
        "(Peru);");
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[1].text, "Adopt budgetary measures against trafficking");
    // A verb after "and" starts a further action instead, and a phrase that refers back adds
    // to the object before.
    auto action =
        attribute_segments("Cooperate with the treaty bodies (Chile) and report regularly (Peru);");
    ASSERT_EQ(action.size(), 2u);
    EXPECT_EQ(action[1].text, "report regularly");
    auto back = attribute_segments("Ratify the Convention (Chile) and its Protocol (Peru);");
    ASSERT_EQ(back.size(), 2u);
    EXPECT_EQ(back[1].text, "Ratify the Convention and its Protocol");
}

TEST(RecommendingStates, AVerbTakesTheSharedObjectWithoutTheOfOfTheLastAlternativesNoun) {
    auto segments = attribute_segments(
        "Study the possibility of joining (Chile)/ratify (Peru)/accede (Spain)/consider the "
        "ratification (Italy) of the Convention on water (Chile, Peru, Spain, Italy);");
    ASSERT_EQ(segments.size(), 4u);
    EXPECT_EQ(segments[0].text, "Study the possibility of joining the Convention on water");
    EXPECT_EQ(segments[1].text, "ratify the Convention on water");
    EXPECT_EQ(segments[2].text, "accede to the Convention on water");
    EXPECT_EQ(segments[3].text, "consider the ratification of the Convention on water");
    EXPECT_EQ(segments[3].states, (Codes{"ITA"}));
}

TEST(RecommendingStates, WordsGivingTheObjectAnotherStatesWordsWantTakeThoseWords) {
    auto a = attribute_segments(
        "Create (Chile)/speed up the creation of (Peru) an office for water (Chile; Spain; "
        "Peru), as the Committee recommended (Spain);");
    ASSERT_EQ(a.size(), 3u);
    EXPECT_EQ(a[2].text,
              "speed up the creation of an office for water, as the Committee recommended");
    EXPECT_EQ(a[2].states, (Codes{"ESP"}));
    // The other State's adverb stays its own.
    auto b = attribute_segments(
        "Establish swiftly (Peru) its planned (Chile) office for water "
        "(Peru; Chile; Spain);");
    ASSERT_EQ(b.size(), 3u);
    EXPECT_EQ(b[0].text, "Establish swiftly office for water");
    EXPECT_EQ(b[1].text, "Establish its planned office for water");
    EXPECT_EQ(b[1].states, (Codes{"CHL"}));
}

TEST(RecommendingStates, AnotherObjectJoinedByAndToTheLastPrepositionTakesTheWordsBefore) {
    auto a = attribute_segments(
        "Lift its reservations to CEDAW (Chile) and to Articles 2 and 16 of CEDAW (Peru);");
    ASSERT_EQ(a.size(), 2u);
    EXPECT_EQ(a[1].text, "Lift its reservations to Articles 2 and 16 of CEDAW");
    EXPECT_EQ(a[1].states, (Codes{"PER"}));
    auto b = attribute_segments(
        "Ensure respect for freedom of expression (Chile, Spain) and of the media (Peru);");
    ASSERT_EQ(b.size(), 2u);
    EXPECT_EQ(b[1].text, "Ensure respect for freedom of the media");
    // "and to" a verb is a further action of the State's, also one that is not in the list of
    // ImperativeVerbs.
    auto c = attribute_segments(
        "Take measures to end violence (Chile, Peru) and to compile figures on it (Peru);");
    ASSERT_EQ(c.size(), 2u);
    EXPECT_EQ(c[1].text, "Take measures to end violence and to compile figures on it");
}

TEST(RecommendingStates, LettersOfACompoundItemAreNotText) {
    auto segments =
        attribute_segments("(a) Ratify the Convention (Chile); (b) adopt a law (Peru);");
    ASSERT_EQ(segments.size(), 2u);
    EXPECT_EQ(segments[0].text, "Ratify the Convention");
    EXPECT_EQ(segments[1].text, "adopt a law");
    EXPECT_EQ(attribute_to_states("(UN) Adopt a law (Peru)").text, "(UN) Adopt a law");
}

TEST(RecommendingStates, AnItemWithoutStatesIsOneRecommendation) {
    auto segments = attribute_segments("Continue its efforts.");
    ASSERT_EQ(segments.size(), 1u);
    EXPECT_EQ(segments[0].text, "Continue its efforts");
    EXPECT_TRUE(segments[0].states.empty());
}

}  // namespace
}  // namespace rightstrack::ingest
