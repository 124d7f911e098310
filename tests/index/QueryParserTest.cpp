// The search query language: every form, precedence and normalisation, the errors with their
// columns, the limits on pathological queries, scripts other than Latin, and a fuzz loop.
#include <gtest/gtest.h>

#include <random>

#include "index/QueryErrors.h"
#include "index/QueryParser.h"

namespace rightstrack::index {
namespace {

const std::vector<std::string> kFields = {"state_under_review",
                                          "recommending_states",
                                          "response",
                                          "cycle",
                                          "session",
                                          "mechanism",
                                          "action_category",
                                          "issues",
                                          "themes",
                                          "affected_persons",
                                          "sdgs",
                                          "document",
                                          "paragraph"};

// The canonical form of the parsed query, or "error: MESSAGE".
std::string parsed(std::string_view query, QueryLimits limits = {}) {
    auto result = QueryParser(kFields, limits).parse(query);
    if (!result)
        return "error: " + result.error().message();
    return to_string(*result);
}

Query tree(std::string_view query) {
    auto result = QueryParser(kFields).parse(query);
    EXPECT_TRUE(result.ok()) << query << ": " << result.error().message();
    return result.ok() ? result.release_value() : Query{};
}

// The error's column as its location gives it, checked against the message's own words.
std::size_t column(std::string_view query, QueryLimits limits = {}) {
    auto result = QueryParser(kFields, limits).parse(query);
    EXPECT_FALSE(result.ok()) << query;
    if (result.ok())
        return 0;
    EXPECT_EQ(result.error().kind(), core::ErrorKind::InvalidInput);
    auto at = error_column(result.error());
    EXPECT_TRUE(at.has_value()) << result.error().where();
    return at.value_or(0);
}

TEST(QueryParser, ReadsWordsPhrasesPrefixesAndFilters) {
    EXPECT_EQ(parsed("torture"), "torture");
    EXPECT_EQ(parsed("\"freedom of expression\""), "\"freedom of expression\"");
    EXPECT_EQ(parsed("tortur*"), "tortur*");
    EXPECT_EQ(parsed("state_under_review:KGZ"), "state_under_review:KGZ");
    EXPECT_EQ(parsed("response:noted cycle:2"), "(and response:noted cycle:2)");
    EXPECT_EQ(parsed("recommending_states:DEU"), "recommending_states:DEU");
    EXPECT_EQ(parsed("document:A/HRC/8/49"), "document:A/HRC/8/49");
}

TEST(QueryParser, QuotedFilterValuesKeepTheirSpacesAndEscapes) {
    EXPECT_EQ(parsed("issues:\"Women's rights\""), "issues:\"Women's rights\"");
    EXPECT_EQ(tree("issues:\"Women's rights\"").as<Filter>()->value, "Women's rights");
    EXPECT_EQ(tree("issues:\"  padded  \"").as<Filter>()->value, "padded");
    EXPECT_EQ(tree(R"(themes:"say \"no\" \\ now")").as<Filter>()->value, R"(say "no" \ now)");
    EXPECT_EQ(parsed(R"(themes:"say \"no\"")"), R"(themes:"say \"no\"")");
    EXPECT_EQ(tree("issues:\u00abWomen's rights\u00bb").as<Filter>()->value, "Women's rights");
}

TEST(QueryParser, FieldNamesIgnoreCaseAndValuesStayAsTyped) {
    EXPECT_EQ(parsed("Response:Noted"), "response:Noted");
    EXPECT_EQ(parsed("STATE_UNDER_REVIEW:kgz"), "state_under_review:kgz");
}

TEST(QueryParser, AFieldMayListAlternativeValues) {
    EXPECT_EQ(parsed("cycle:(2 OR 3)"), "(or cycle:2 cycle:3)");
    EXPECT_EQ(parsed("issues:(\"Women's rights\" OR Torture) response:noted"),
              "(and (or issues:\"Women's rights\" issues:Torture) response:noted)");
    EXPECT_EQ(parsed("cycle:( 2 )"), "cycle:2");
    // An OR around them merges with the list: the tree stays flat.
    EXPECT_EQ(parsed("torture OR cycle:(2 OR 3)"), "(or torture cycle:2 cycle:3)");
}

TEST(QueryParser, AdjacentTermsAreAnded) {
    EXPECT_EQ(parsed("torture Kyrgyzstan"), "(and torture Kyrgyzstan)");
    EXPECT_EQ(parsed("torture AND Kyrgyzstan"), "(and torture Kyrgyzstan)");
    EXPECT_EQ(parsed("torture \"ill treatment\" response:noted"),
              "(and torture \"ill treatment\" response:noted)");
}

TEST(QueryParser, NotBindsTighterThanAndThanOr) {
    EXPECT_EQ(parsed("a OR b c"), "(or a (and b c))");
    EXPECT_EQ(parsed("a b OR c"), "(or (and a b) c)");
    EXPECT_EQ(parsed("NOT a b"), "(and (not a) b)");
    EXPECT_EQ(parsed("a OR NOT b AND c"), "(or a (and (not b) c))");
    EXPECT_EQ(parsed("(a OR b) c"), "(and (or a b) c)");
    EXPECT_EQ(parsed("NOT (a OR b)"), "(not (or a b))");
}

TEST(QueryParser, NormalisesNestedGroupsOfOneKind) {
    EXPECT_EQ(parsed("a AND (b AND c)"), "(and a b c)");
    EXPECT_EQ(parsed("(a b) (c (d e))"), "(and a b c d e)");
    EXPECT_EQ(parsed("(a OR b) OR (c OR (d OR e))"), "(or a b c d e)");
    EXPECT_EQ(parsed("((a))"), "a");
    EXPECT_EQ(parsed("NOT NOT a"), "a");
    EXPECT_EQ(parsed("NOT -a"), "a");
    EXPECT_EQ(parsed("a OR (b c) OR d"), "(or a (and b c) d)");
}

TEST(QueryParser, MinusBeforeAWordIsNot) {
    EXPECT_EQ(parsed("torture -detention"), "(and torture (not detention))");
    EXPECT_EQ(parsed("-response:noted"), "(not response:noted)");
    EXPECT_EQ(parsed("torture -\"death penalty\""), "(and torture (not \"death penalty\"))");
    EXPECT_EQ(parsed("torture -(a OR b)"), "(and torture (not (or a b)))");
    // Inside a word a hyphen joins; before a space it is a dash between words.
    EXPECT_EQ(parsed("non-discrimination"), "non-discrimination");
    EXPECT_EQ(parsed("non- discrimination"), "(and non discrimination)");
    EXPECT_EQ(parsed("torture - detention"), "(and torture detention)");
    EXPECT_EQ(parsed("torture --detention"), "(and torture (not detention))");
}

TEST(QueryParser, AQueryOfNotAloneIsAllowed) {
    // It means every document except those: the evaluator complements against all documents.
    EXPECT_EQ(parsed("NOT torture"), "(not torture)");
    EXPECT_EQ(parsed("-torture -response:noted"), "(and (not torture) (not response:noted))");
}

TEST(QueryParser, KeywordsAreCapitalsOnly) {
    EXPECT_EQ(parsed("freedom and security"), "(and freedom and security)");
    EXPECT_EQ(parsed("women or girls"), "(and women or girls)");
    EXPECT_EQ(parsed("not ANDROID"), "(and not ANDROID)");
    EXPECT_EQ(parsed("\"AND\""), "\"AND\"");
}

TEST(QueryParser, PunctuationSeparatesWords) {
    EXPECT_EQ(parsed("torture, detention; women!"), "(and torture detention women)");
    EXPECT_EQ(parsed("women's rights"), "(and women's rights)");
    EXPECT_EQ(parsed("paragraph 122.17."), "(and paragraph 122.17)");
    // A word like a field name with a space after its ':' is prose, and so is "12:30".
    EXPECT_EQ(parsed("torture: cases"), "(and torture cases)");
    EXPECT_EQ(parsed("at 12:30"), "(and at 12 30)");
    EXPECT_EQ(parsed("\"freedom, of expression!\""), "\"freedom of expression\"");
}

TEST(QueryParser, TypographicQuotesOpenPhrases) {
    EXPECT_EQ(parsed("\u201cfreedom of expression\u201d"), "\"freedom of expression\"");
    EXPECT_EQ(parsed("\u00ab\u0441\u0432\u043e\u0431\u043e\u0434\u0430 "
                     "\u0441\u043b\u043e\u0432\u0430\u00bb"),
              "\"\u0441\u0432\u043e\u0431\u043e\u0434\u0430 \u0441\u043b\u043e\u0432\u0430\"");
    EXPECT_EQ(parsed("\u201efreie Meinung\u201c"), "\"freie Meinung\"");
    // An ASCII quotation mark does not close a «» phrase.
    EXPECT_EQ(tree("\u00aba \"b\" c\u00bb").as<Phrase>()->words,
              (std::vector<std::string>{"a", "b", "c"}));
}

TEST(QueryParser, ReadsCyrillicKyrgyzAndAccentedWords) {
    // пытки "свобода выражения" -женщин*
    EXPECT_EQ(parsed("\u043f\u044b\u0442\u043a\u0438 \"\u0441\u0432\u043e\u0431\u043e\u0434\u0430 "
                     "\u0432\u044b\u0440\u0430\u0436\u0435\u043d\u0438\u044f\" "
                     "-\u0436\u0435\u043d\u0449\u0438\u043d*"),
              "(and \u043f\u044b\u0442\u043a\u0438 \"\u0441\u0432\u043e\u0431\u043e\u0434\u0430 "
              "\u0432\u044b\u0440\u0430\u0436\u0435\u043d\u0438\u044f\" "
              "(not \u0436\u0435\u043d\u0449\u0438\u043d*))");
    // Kyrgyz: "аялдардын укуктары" with ң, ө, ү in "өңүгүү".
    EXPECT_EQ(parsed("\u0430\u044f\u043b\u0434\u0430\u0440\u0434\u044b\u043d "
                     "\u04e9\u04a3\u04af\u0433\u04af\u04af"),
              "(and \u0430\u044f\u043b\u0434\u0430\u0440\u0434\u044b\u043d "
              "\u04e9\u04a3\u04af\u0433\u04af\u04af)");
    EXPECT_EQ(parsed("libert\u00e9 d'expression \u00e9galit\u00e9"),
              "(and libert\u00e9 d'expression \u00e9galit\u00e9)");
    // A combining accent stays in its word; a no-break space separates words.
    EXPECT_EQ(parsed("cafe\u0301\u00a0noir"), "(and cafe\u0301 noir)");
}

TEST(QueryParser, NodesKeepTheirBytePositions) {
    Query query = tree("torture (\u043f\u044b\u0442\u043a\u0438 OR tortur*) -response:noted");
    const And* all = query.as<And>();
    ASSERT_NE(all, nullptr);
    ASSERT_EQ(all->children.size(), 3u);
    EXPECT_EQ(query.begin, 0u);
    EXPECT_EQ(query.end, 47u);
    EXPECT_EQ(all->children[0].begin, 0u);
    EXPECT_EQ(all->children[0].end, 7u);
    // The group spans its parentheses; "пытки" is ten bytes.
    EXPECT_EQ(all->children[1].begin, 8u);
    EXPECT_EQ(all->children[1].end, 31u);
    const Or* any = all->children[1].as<Or>();
    ASSERT_NE(any, nullptr);
    EXPECT_EQ(any->children[0].begin, 9u);
    EXPECT_EQ(any->children[0].end, 19u);
    EXPECT_EQ(any->children[1].begin, 23u);
    EXPECT_EQ(any->children[1].end, 30u);
    // The NOT spans from its '-' to the end of the filter, which spans field and value.
    EXPECT_EQ(all->children[2].begin, 32u);
    EXPECT_EQ(all->children[2].end, 47u);
    EXPECT_EQ(all->children[2].as<Not>()->operand().begin, 33u);
}

TEST(QueryParser, AListOfValuesSpansTheFilterAndEachValueItself) {
    Query query = tree("cycle:(2 OR \"3\")");
    EXPECT_EQ(query.begin, 0u);
    EXPECT_EQ(query.end, 16u);
    const Or* any = query.as<Or>();
    ASSERT_NE(any, nullptr);
    EXPECT_EQ(any->children[0].begin, 7u);
    EXPECT_EQ(any->children[0].end, 8u);
    EXPECT_EQ(any->children[1].begin, 12u);
    EXPECT_EQ(any->children[1].end, 15u);
}

TEST(QueryParser, TreesCopyDeeply) {
    Query original = tree("a -(b OR -c)");
    Query copy = original;
    original = tree("d");
    EXPECT_EQ(to_string(copy), "(and a (not (or b (not c))))");
    EXPECT_EQ(to_string(original), "d");
}

TEST(QueryParser, PrefixesNeedThreeCharactersAndMustEndTheWord) {
    EXPECT_EQ(parsed("tor*"), "tor*");
    EXPECT_EQ(parsed("\u0436\u0435\u043d*"), "\u0436\u0435\u043d*");
    EXPECT_EQ(parsed("non-discrim* (tort*)"), "(and non-discrim* tort*)");
    EXPECT_EQ(parsed("to*"), "error: '*' at column 3 must end a word of at least 3 characters");
    EXPECT_EQ(parsed("a*"), "error: '*' at column 2 must end a word of at least 3 characters");
    EXPECT_EQ(parsed("*"), "error: '*' at column 1 must end a word of at least 3 characters");
    EXPECT_EQ(parsed("torture *ment"),
              "error: '*' at column 9 must end a word of at least 3 characters");
    EXPECT_EQ(parsed("tor*ture"),
              "error: '*' at column 4 must end a word of at least 3 characters");
    EXPECT_EQ(parsed("tort**"), "error: '*' at column 5 must end a word of at least 3 characters");
    EXPECT_EQ(parsed("\"torture\"*"),
              "error: '*' at column 10 must end a word of at least 3 characters");
}

TEST(QueryParser, RefusesUnknownFieldsListingKnownOnes) {
    EXPECT_EQ(parsed("stat:KGZ"),
              "error: unknown field 'stat' at column 1 (known: state_under_review, "
              "recommending_states, response, cycle, session, mechanism, ...)");
    EXPECT_EQ(column("torture colour:red"), 9u);
    EXPECT_EQ(QueryParser({"cycle"}).parse("color:red").error().message(),
              "unknown field 'color' at column 1 (known: cycle)");
    // A URL is refused too rather than searched as the words "http" and "example".
    EXPECT_EQ(column("see http://example.org"), 5u);
}

TEST(QueryParser, ReportsEachMalformedQueryWithItsColumn) {
    struct Case {
        std::string_view query;
        std::string_view message;
    };
    const Case cases[] = {
        {"", "empty query"},
        {"   ", "empty query"},
        {"?! ,", "empty query"},
        {"torture \"freedom of", "unclosed quote opened at column 9"},
        {"torture)", "')' at column 8 has no matching '('"},
        {"(a OR b))", "')' at column 9 has no matching '('"},
        {")", "')' at column 1 has no matching '('"},
        {"(torture", "'(' at column 1 is never closed"},
        {"a (b (c)", "'(' at column 3 is never closed"},
        {"a ()", "parentheses at column 3 hold nothing"},
        {"AND torture", "AND at column 1 needs something on its left"},
        {"(OR a)", "OR at column 2 needs something on its left"},
        {"torture AND", "AND at column 9 needs something on its right"},
        {"a OR AND b", "OR at column 3 needs something on its right"},
        {"(a OR) b", "OR at column 4 needs something on its right"},
        {"NOT", "NOT at column 1 needs something on its right"},
        {"a NOT)", "NOT at column 3 needs something on its right"},
        {"-AND", "'-' at column 1 needs something on its right"},
        {"\"\"", "phrase at column 1 has no words"},
        {"a \" !? \"", "phrase at column 3 has no words"},
        {"response:", "field 'response' at column 1 needs a value after ':'"},
        {"response: noted", "field 'response' at column 1 needs a value after ':'"},
        {"(response:)", "field 'response' at column 2 needs a value after ':'"},
        {"issues:\"\"", "empty value at column 8 for field 'issues'"},
        {"issues:\"Women", "unclosed quote opened at column 8"},
        {"cycle:()", "parentheses at column 7 hold nothing"},
        {"cycle:(2 OR", "'(' at column 7 is never closed"},
        {"cycle:(2 OR)", "OR at column 10 needs something on its right"},
        {"cycle:(OR 2)", "OR at column 8 needs something on its left"},
        {"cycle:(2 OR OR 3)", "OR at column 10 needs something on its right"},
        {"cycle:(2 3)", "expected OR or ')' at column 10 in the values of field 'cycle'"},
        {"cycle:(2 AND 3)", "expected OR or ')' at column 10 in the values of field 'cycle'"},
        {"cycle:((2))", "'(' at column 8 cannot stand inside the values of field 'cycle'"},
        {"a \xff b", "invalid UTF-8 at column 3"},
    };
    for (const auto& test : cases) {
        auto result = QueryParser(kFields).parse(test.query);
        ASSERT_FALSE(result.ok()) << test.query;
        EXPECT_EQ(result.error().message(), test.message) << test.query;
        // The location carries the column the message names (1 when it names none).
        auto at = error_column(result.error());
        ASSERT_TRUE(at.has_value()) << test.query;
        std::string named = " at column " + std::to_string(*at);
        if (test.message != "empty query")
            EXPECT_NE(test.message.find(named), std::string_view::npos) << test.query;
        else
            EXPECT_EQ(*at, 1u);
    }
}

TEST(QueryParser, CountsColumnsInCharactersNotBytes) {
    // "пытки (" : the '(' is the seventh character though its byte offset is 11.
    EXPECT_EQ(parsed("\u043f\u044b\u0442\u043a\u0438 (\u0436\u0435\u043d\u0449\u0438\u043d"),
              "error: '(' at column 7 is never closed");
    EXPECT_EQ(parsed("\u00ab\u043f\u044b\u0442\u043a\u0438 \u00e9t\u00e9 x:1"),
              "error: unclosed quote opened at column 1");
}

TEST(QueryParser, ShowsTheErrorWithACaretUnderItsColumn) {
    std::string query = "torture \"freedom\tof";
    auto result = QueryParser(kFields).parse(query);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().where(), "query:1:9");
    EXPECT_EQ(point_at(query, *error_column(result.error())),
              "torture \"freedom of\n"
              "        ^");
    EXPECT_EQ(point_at("\u043f\u044b\u0442\u043a\u0438)", 6),
              "\u043f\u044b\u0442\u043a\u0438)\n     ^");
    EXPECT_EQ(error_column(core::Error::invalid_input("bad", "file.csv:3")), std::nullopt);
}

TEST(QueryParser, AcceptsQueriesUpToEachLimit) {
    std::string terms;
    for (int i = 0; i < 1000; ++i) terms += "ab ";
    EXPECT_TRUE(QueryParser(kFields).parse(terms).ok());
    std::string nested = std::string(32, '(') + "a" + std::string(32, ')');
    EXPECT_EQ(parsed(nested), "a");
    std::string nots;
    for (int i = 0; i < 32; ++i) nots += "NOT ";
    EXPECT_EQ(parsed(nots + "a"), "a");
    EXPECT_TRUE(QueryParser(kFields).parse(std::string(kMaxQueryBytes, 'a')).ok());
}

TEST(QueryParser, RefusesQueriesOverEachLimitSayingWhich) {
    std::string terms;
    for (int i = 0; i < 1001; ++i) terms += "ab ";
    EXPECT_EQ(parsed(terms), "error: term at column 3001 goes over the limit of 1000 terms");
    // Phrase words and filter values count as terms too.
    std::string phrase = "\"" + terms + "\"";
    EXPECT_EQ(parsed(phrase), "error: term at column 1 goes over the limit of 1000 terms");
    EXPECT_EQ(parsed(std::string(33, '(') + "a" + std::string(33, ')')),
              "error: '(' at column 33 nests deeper than the limit of 32 levels");
    std::string nots;
    for (int i = 0; i < 33; ++i) nots += "NOT ";
    EXPECT_EQ(parsed(nots + "a"),
              "error: NOT at column 129 nests deeper than the limit of 32 levels");
    EXPECT_EQ(parsed(std::string(kMaxQueryBytes + 1, 'a')),
              "error: query is 10001 bytes long, more than the limit of 10000 bytes (reached at "
              "column 10001)");
}

TEST(QueryParser, PathologicalQueriesFailQuicklyWithoutExhaustingTheStack) {
    // Under the default limits the length is what stops them.
    std::string open(100'000, '(');
    EXPECT_EQ(column(open), 10'001u);
    std::string terms;
    for (int i = 0; i < 100'000; ++i) terms += "w ";
    EXPECT_EQ(column(terms), 10'001u);
    // With the length allowed, depth and term count still stop them at the first one too many.
    QueryLimits long_queries;
    long_queries.max_bytes = 1'000'000;
    EXPECT_EQ(parsed(open, long_queries),
              "error: '(' at column 33 nests deeper than the limit of 32 levels");
    EXPECT_EQ(parsed(std::string(100'000, '-') + "a", long_queries), "(not a)");
    std::string nots;
    for (int i = 0; i < 100'000; ++i) nots += "NOT ";
    EXPECT_EQ(column(nots + "a", long_queries), 129u);
    EXPECT_EQ(parsed(terms, long_queries),
              "error: term at column 2001 goes over the limit of 1000 terms");
    std::string values = "cycle:(1";
    for (int i = 0; i < 100'000; ++i) values += " OR 1";
    EXPECT_EQ(column(values + ")", long_queries), 1u);
}

// Random strings over the query language's alphabet (and a few invalid bytes): the parser never
// crashes, and either gives a tree or an error whose column lies inside the string.
TEST(QueryParser, NeverFailsOnRandomQueries) {
    const std::vector<std::string> pieces = {"a",      "tor",     "torture",
                                             " ",      " ",       "(",
                                             ")",      "\"",      "*",
                                             "-",      ":",       "AND",
                                             "OR",     "NOT",     "response",
                                             "cycle",  "stat",    "\\",
                                             ",",      "'",       ".",
                                             "\u00ab", "\u00bb",  "\u201c",
                                             "\u201d", "\u201e",  "\u043f\u044b\u0442",
                                             "\u04e9", "e\u0301", "\t",
                                             "\u00a0", "1",       "\xff",
                                             "\xc3"};
    std::mt19937 random(20240611);
    std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(0, 24);
    QueryParser parser(kFields, {.max_bytes = 60, .max_terms = 12, .max_depth = 4});
    int parsed_ok = 0;
    for (int round = 0; round < 20'000; ++round) {
        std::string query;
        for (int n = length(random); n > 0; --n) query += pieces[piece(random)];
        auto result = parser.parse(query);
        if (result.ok()) {
            ++parsed_ok;
            EXPECT_FALSE(to_string(*result).empty()) << query;
            EXPECT_LE(result->end, query.size()) << query;
            continue;
        }
        auto at = error_column(result.error());
        ASSERT_TRUE(at.has_value()) << query << ": " << result.error().message();
        std::size_t characters = 0;
        for (char c : query) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        EXPECT_GE(*at, 1u) << query;
        EXPECT_LE(*at, std::max<std::size_t>(characters, 1))
            << query << ": " << result.error().message();
    }
    // The alphabet makes both outcomes common; a parser refusing everything would fail here.
    EXPECT_GT(parsed_ok, 1'000);
}

}  // namespace
}  // namespace rightstrack::index
