// Result and TRY, the error-to-exit-code table, text helpers and digests.
#include <gtest/gtest.h>

#include "core/Hash.h"
#include "core/Result.h"
#include "core/Text.h"

namespace rightstrack::core {
namespace {

Result<int> half(int value) {
    if (value % 2)
        return Error::invalid_input("odd number " + std::to_string(value), "input:3");
    return value / 2;
}

Result<int> quarter(int value) {
    int halved = TRY(half(value));
    return TRY(half(halved));
}

TEST(Result, TryPassesValuesOnAndErrorsUp) {
    EXPECT_EQ(quarter(8).value(), 2);
    auto failed = quarter(6);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().describe(), "input:3: odd number 3");
    EXPECT_EQ(failed.error().kind(), ErrorKind::InvalidInput);
}

TEST(Error, LocatedKeepsAnExistingPlace) {
    auto error = Error::invalid_input("bad").located("a.csv:2");
    EXPECT_EQ(error.where(), "a.csv:2");
    EXPECT_EQ(error.located("b.csv:9").where(), "a.csv:2");
}

TEST(Error, UsageErrorsExitWithTwoAndEverythingElseWithOne) {
    EXPECT_EQ(exit_code(ErrorKind::Usage), 2);
    for (auto kind : {ErrorKind::InvalidInput, ErrorKind::NotFound, ErrorKind::Conflict,
                      ErrorKind::PermissionDenied, ErrorKind::Io, ErrorKind::Storage,
                      ErrorKind::Internal})
        EXPECT_EQ(exit_code(kind), 1) << kind_name(kind);
}

TEST(Text, CollapsesEveryKindOfWhiteSpaceIncludingNoBreakSpaces) {
    EXPECT_EQ(collapse_whitespace("  Ratify\t the\r\n Convention \xC2\xA0 now  "),
              "Ratify the Convention now");
    EXPECT_EQ(collapse_whitespace(""), "");
    EXPECT_EQ(collapse_whitespace(" \xC2\xA0 "), "");
    EXPECT_EQ(collapse_whitespace("Кыргызстан  Ñ"), "Кыргызстан Ñ");
}

TEST(Text, SplitsJoinsTrimsAndParsesIntegers) {
    EXPECT_EQ(split("a|b||c", "|"), (std::vector<std::string_view>{"a", "b", "", "c"}));
    EXPECT_EQ(join({"KGZ", "KAZ"}, "|"), "KGZ|KAZ");
    EXPECT_EQ(trim("  x y \n"), "x y");
    EXPECT_EQ(parse_int("42"), 42);
    EXPECT_FALSE(parse_int("4x"));
    EXPECT_FALSE(parse_int(""));
    EXPECT_FALSE(parse_int("99999999999"));
}

TEST(Text, SpellsAlternativesAsAMessageDoes) {
    EXPECT_EQ(alternatives({}), "");
    EXPECT_EQ(alternatives({"pending"}), "pending");
    EXPECT_EQ(alternatives({"ministry", "court"}), "ministry or court");
    EXPECT_EQ(alternatives({"a", "b", "c"}), "a, b or c");
}

TEST(Text, FindsTheFirstInvalidUtf8Byte) {
    EXPECT_EQ(find_invalid_utf8("plain ascii, long enough to skip a block"), std::string::npos);
    EXPECT_EQ(find_invalid_utf8("Кыргызстан Côte"), std::string::npos);
    EXPECT_EQ(find_invalid_utf8("abc\xE9 def"), 3u);             // Latin-1 é
    EXPECT_EQ(find_invalid_utf8("\xC0\x80"), 0u);                 // overlong NUL
    EXPECT_EQ(find_invalid_utf8("ok \xED\xA0\x80"), 3u);          // surrogate
    EXPECT_EQ(find_invalid_utf8("ok \xF4\x90\x80\x80"), 3u);      // above U+10FFFF
}

TEST(Hash, Sha256MatchesTheStandardTestVector) {
    EXPECT_EQ(sha256_hex("abc"),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Hash, DigestsSeparateFieldsAndAreStable) {
    auto digest = [](std::string_view a, std::string_view b) {
        return DigestBuilder().add(a).add(b).hex();
    };
    EXPECT_EQ(digest("ab", "c"), digest("ab", "c"));
    EXPECT_NE(digest("ab", "c"), digest("a", "bc"));
    EXPECT_EQ(digest("ab", "c").size(), 32u);
    std::string long_field(5000, 'x');  // Longer than the builder's inline buffer.
    EXPECT_EQ(DigestBuilder().add(long_field).base32(), DigestBuilder().add(long_field).base32());
    EXPECT_NE(DigestBuilder().add(long_field).base32(),
              DigestBuilder().add(long_field + "y").base32());
}

}  // namespace
}  // namespace rightstrack::core
