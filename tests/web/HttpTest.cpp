// The web module's small parts without a socket: urlencoded forms and query strings, cookies
// read and written, escaping, and the login limiter's two keys and its window.
#include <gtest/gtest.h>

#include "web/Html.h"
#include "web/Http.h"
#include "web/LoginLimiter.h"
#include "web/Tokens.h"

namespace rightstrack::web {
namespace {

TEST(Http, UrlencodedPairsAreDecoded) {
    EXPECT_EQ(parse_urlencoded("q=torture+and%20redress&state_under_review=KGZ&&flag&bad=%ZZ"),
              (QueryParameters{{"q", "torture and redress"},
                               {"state_under_review", "KGZ"},
                               {"flag", ""},
                               {"bad", "%ZZ"}}));
    EXPECT_EQ(parse_urlencoded("q=%D0%BF%D1%8B%D1%82%D0%BA%D0%B8"),
              (QueryParameters{{"q", "пытки"}}));
    EXPECT_EQ(url_encode("a b/ы"), "a%20b%2F%D1%8B");
}

TEST(Http, CookiesAreReadByNameAndWrittenWithTheirAttributes) {
    Request request;
    request.headers = {{"cookie", "rt_lang=ru; rt_session=abc=def ;x=1"}};
    EXPECT_EQ(request.cookie("rt_lang"), "ru");
    EXPECT_EQ(request.cookie("rt_session"), "abc=def");
    EXPECT_EQ(request.cookie("x"), "1");
    EXPECT_FALSE(request.cookie("rt"));
    EXPECT_EQ(cookie_header("rt_session", "t", false),
              "rt_session=t; HttpOnly; SameSite=Strict; Path=/");
    EXPECT_EQ(cookie_header("rt_session", "", true, 0),
              "rt_session=; HttpOnly; SameSite=Strict; Path=/; Secure; Max-Age=0");
}

TEST(Http, EscapingLeavesNoMarkup) {
    EXPECT_EQ(escape("<a href=\"x\">O'Neil & co</a>"),
              "&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co&lt;/a&gt;");
    index::Snippet snippet{"a <b> torture c", {{6, 13}}};
    EXPECT_EQ(highlighted(snippet), "a &lt;b&gt; <mark>torture</mark> c");
}

TEST(Http, TokensAreRandomHexComparedWhole) {
    const std::string a = random_token();
    const std::string b = random_token();
    EXPECT_EQ(a.size(), 64u);
    EXPECT_EQ(a.find_first_not_of("0123456789abcdef"), std::string::npos);
    EXPECT_NE(a, b);
    EXPECT_TRUE(tokens_equal(a, a));
    EXPECT_FALSE(tokens_equal(a, b));
    EXPECT_FALSE(tokens_equal(a, a.substr(0, 63)));
    EXPECT_FALSE(tokens_equal("", ""));
}

TEST(LoginLimiter, CountsFailuresPerNameAndPerAddressWithinTheWindow) {
    auto now = std::chrono::system_clock::time_point(std::chrono::seconds(1'800'000'000));
    LoginLimiter limiter(3, std::chrono::minutes(15), [&now] { return now; });
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(limiter.retry_after("admin", "10.0.0." + std::to_string(i)), 0);
        limiter.failed("admin", "10.0.0." + std::to_string(i));  // Three addresses, one name.
        now += std::chrono::minutes(1);
    }
    EXPECT_EQ(limiter.retry_after("admin", "10.0.0.9"),
              12 * 60);  // At 3 min: the first leaves at 15.
    EXPECT_EQ(limiter.retry_after("editor", "10.0.0.9"), 0);
    for (const char* name : {"a", "b", "c"}) limiter.failed(name, "10.0.0.9");
    EXPECT_EQ(limiter.retry_after("editor", "10.0.0.9"), 15 * 60);  // Three names, one address.
    EXPECT_EQ(limiter.retry_after("editor", "10.0.0.8"), 0);
    now += std::chrono::minutes(13);
    EXPECT_EQ(limiter.retry_after("admin", "10.0.0.8"), 0);
}

}  // namespace
}  // namespace rightstrack::web
