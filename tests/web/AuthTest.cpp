// Sign-in over a real socket, as a browser does it: the login form and its CSRF token, a wrong
// and a right password, the session cookie's attributes, logout, expiry, rate limiting, the
// refusal of a POST without its CSRF token, and the first run's setup page working once only.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>

#include "core/Hash.h"
#include "store/SessionStore.h"
#include "track/UserService.h"
#include "web/WebTestSupport.h"

namespace rightstrack::web {
namespace {

constexpr const char* kPassword = "correct horse battery";

// A clock the test moves by hand: sessions and the limiter see time pass without waiting.
struct HandClock {
    std::shared_ptr<std::atomic<long>> seconds = std::make_shared<std::atomic<long>>(0);
    Clock clock() const {
        return [seconds = seconds] {
            return std::chrono::system_clock::time_point(std::chrono::seconds(1'800'000'000)) +
                   std::chrono::seconds(seconds->load());
        };
    }
    void advance(std::chrono::seconds by) { *seconds += by.count(); }
};

class AuthTest : public WebTest {
protected:
    void add_admin() {
        auto tracking = store::open_sqlite_tracking_store(database());
        ASSERT_TRUE(tracking.ok()) << tracking.error().describe();
        auto admin = track::UserService(track::Context{**tracking, track::utc_now, ""})
                         .init_admin("admin", kPassword);
        ASSERT_TRUE(admin.ok()) << admin.error().describe();
    }
    WebOptions options() const {
        WebOptions web;
        web.database = database();
        web.clock = clock_.clock();
        return web;
    }
    // Opens the login page, then posts the form with its token.
    httplib::Result log_in(Browser& browser, const std::string& name, const std::string& password) {
        auto form = browser.get("/login");
        EXPECT_TRUE(form && form->status == 200);
        return browser.post("/login", "csrf=" + browser.csrf() + "&name=" + url_encode(name) +
                                          "&password=" + url_encode(password) + "&next=%2Fsearch");
    }
    static bool signed_in(Browser& browser) {
        auto page = browser.get("/search");
        return page && page->body.find("Signed in as admin") != std::string::npos;
    }
    HandClock clock_;
};

std::string session_cookie_header(const httplib::Result& result) {
    auto [first, last] = result->headers.equal_range("Set-Cookie");
    for (auto it = first; it != last; ++it)
        if (it->second.starts_with("rt_session="))
            return it->second;
    return {};
}

TEST_F(AuthTest, AWrongPasswordIsRefusedAndTheRightOneOpensASession) {
    add_admin();
    Serving serving(*store_, *searcher_, quiet_log(), options());
    Browser browser(serving);

    auto wrong = log_in(browser, "admin", "not the password");
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->status, 401);
    EXPECT_NE(wrong->body.find("Wrong user name or password."), std::string::npos);
    EXPECT_EQ(session_cookie_header(wrong), "");
    EXPECT_FALSE(signed_in(browser));

    auto unknown = log_in(browser, "nobody", kPassword);
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->status, 401);

    auto right = log_in(browser, "admin", kPassword);
    ASSERT_TRUE(right);
    EXPECT_EQ(right->status, 303);
    EXPECT_EQ(right->get_header_value("Location"), "/search");
    const std::string cookie = session_cookie_header(right);
    EXPECT_TRUE(
        std::regex_match(cookie, std::regex("rt_session=[0-9a-f]{64}; HttpOnly; SameSite=Strict; "
                                            "Path=/; Max-Age=28800")))
        << cookie;
    EXPECT_TRUE(signed_in(browser));
}

TEST_F(AuthTest, TheDatabaseKeepsOnlyTheTokensHash) {
    add_admin();
    Serving serving(*store_, *searcher_, quiet_log(), options());
    Browser browser(serving);
    ASSERT_EQ(log_in(browser, "admin", kPassword)->status, 303);
    const std::string token = browser.cookie("rt_session").value_or("");
    ASSERT_EQ(token.size(), 64u);
    auto sessions = store::open_sqlite_session_store(database());
    ASSERT_TRUE(sessions.ok());
    EXPECT_FALSE((*sessions)->session(token).value().has_value());
    auto stored = (*sessions)->session(core::sha256_hex(token)).value();
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->user, "admin");
    EXPECT_EQ(stored->csrf_token.size(), 64u);
    EXPECT_NE(stored->csrf_token, token);
}

TEST_F(AuthTest, CookiesAreSecureWhenServedBehindTls) {
    add_admin();
    WebOptions web = options();
    web.secure_cookies = true;
    Serving serving(*store_, *searcher_, quiet_log(), web);
    Browser browser(serving);
    auto right = log_in(browser, "admin", kPassword);
    ASSERT_TRUE(right);
    EXPECT_NE(session_cookie_header(right).find("; Secure"), std::string::npos)
        << session_cookie_header(right);
}

TEST_F(AuthTest, LogoutAndExpiryEndTheSession) {
    add_admin();
    Serving serving(*store_, *searcher_, quiet_log(), options());
    Browser browser(serving);
    ASSERT_EQ(log_in(browser, "admin", kPassword)->status, 303);
    const std::string token = browser.cookie("rt_session").value_or("");
    ASSERT_TRUE(signed_in(browser));
    auto out = browser.post("/logout", "csrf=" + browser.csrf());
    ASSERT_TRUE(out);
    EXPECT_EQ(out->status, 303);
    EXPECT_FALSE(signed_in(browser));
    browser.set_cookie("rt_session", token);  // The old token opens nothing any more.
    EXPECT_FALSE(signed_in(browser));

    ASSERT_EQ(log_in(browser, "admin", kPassword)->status, 303);
    ASSERT_TRUE(signed_in(browser));
    clock_.advance(std::chrono::hours(8) + std::chrono::seconds(1));
    EXPECT_FALSE(signed_in(browser));
}

TEST_F(AuthTest, APostWithoutTheFormsTokenIsRefusedAndChangesNothing) {
    add_admin();
    Serving serving(*store_, *searcher_, quiet_log(), options());
    Browser browser(serving);
    ASSERT_TRUE(browser.get("/login"));
    auto missing = browser.post("/login", "name=admin&password=" + url_encode(kPassword));
    ASSERT_TRUE(missing);
    EXPECT_EQ(missing->status, 403);
    EXPECT_NE(missing->body.find("did not come from this site"), std::string::npos);
    auto wrong = browser.post(
        "/login", "csrf=" + std::string(64, 'a') + "&name=admin&password=" + url_encode(kPassword));
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->status, 403);
    EXPECT_FALSE(browser.cookie("rt_session"));
    EXPECT_FALSE(signed_in(browser));

    // Signed in, the session's own token is needed: the visitor's token no longer does.
    ASSERT_EQ(log_in(browser, "admin", kPassword)->status, 303);
    const std::string visitor_token = browser.cookie("rt_form").value_or("");
    auto logout = browser.post("/logout", "csrf=" + visitor_token);
    ASSERT_TRUE(logout);
    EXPECT_EQ(logout->status, 403);
    EXPECT_TRUE(signed_in(browser));
}

TEST_F(AuthTest, FiveFailuresBlockTheNameAndTheAddressEvenWithTheRightPassword) {
    add_admin();
    Serving serving(*store_, *searcher_, quiet_log(), options());
    Browser browser(serving);
    for (int attempt = 0; attempt < 5; ++attempt)
        ASSERT_EQ(log_in(browser, "admin", "guess number " + std::to_string(attempt))->status, 401);
    auto blocked = log_in(browser, "admin", kPassword);
    ASSERT_TRUE(blocked);
    EXPECT_EQ(blocked->status, 429);
    EXPECT_EQ(blocked->get_header_value("Retry-After"), "900");
    EXPECT_EQ(session_cookie_header(blocked), "");
    EXPECT_EQ(log_in(browser, "someone.else", kPassword)->status, 429);  // Same address.

    clock_.advance(std::chrono::minutes(15));
    EXPECT_EQ(log_in(browser, "admin", kPassword)->status, 303);
}

TEST_F(AuthTest, TheSetupPageCreatesTheFirstAdministratorOnceOnly) {
    Serving serving(*store_, *searcher_, quiet_log(), options());
    const auto token = serving.server().setup_token();
    ASSERT_TRUE(token.has_value());
    ASSERT_EQ(token->size(), 64u);
    Browser browser(serving);

    EXPECT_EQ(browser.get("/setup")->status, 404);
    EXPECT_EQ(browser.get("/setup?token=" + std::string(64, '0'))->status, 404);
    ASSERT_EQ(browser.get("/setup?token=" + *token)->status, 200);
    auto mismatch = browser.post("/setup", "csrf=" + browser.csrf() + "&token=" + *token +
                                               "&name=chief&password=first+password+1"
                                               "&password_again=second+password+2");
    ASSERT_TRUE(mismatch);
    EXPECT_EQ(mismatch->status, 400);
    auto short_password = browser.post("/setup", "csrf=" + browser.csrf() + "&token=" + *token +
                                                     "&name=chief&password=short"
                                                     "&password_again=short");
    ASSERT_TRUE(short_password);
    EXPECT_EQ(short_password->status, 400);

    auto created = browser.post("/setup", "csrf=" + browser.csrf() + "&token=" + *token +
                                              "&name=chief&password=first+password+1"
                                              "&password_again=first+password+1");
    ASSERT_TRUE(created);
    EXPECT_EQ(created->status, 303);
    EXPECT_FALSE(serving.server().setup_token().has_value());
    auto page = browser.get("/search");
    EXPECT_NE(page->body.find("Signed in as chief"), std::string::npos);

    EXPECT_EQ(browser.get("/setup?token=" + *token)->status, 404);
    auto again = browser.post("/setup", "csrf=" + browser.csrf() + "&token=" + *token +
                                            "&name=intruder&password=intruder+password"
                                            "&password_again=intruder+password");
    ASSERT_TRUE(again);
    EXPECT_EQ(again->status, 404);
    auto tracking = store::open_sqlite_tracking_store(database());
    ASSERT_TRUE(tracking.ok());
    auto users = (*tracking)->users();
    ASSERT_TRUE(users.ok());
    ASSERT_EQ(users->size(), 1u);
    EXPECT_EQ((*users)[0].name, "chief");
    EXPECT_EQ((*users)[0].role, model::Role::Administrator);
}

TEST_F(AuthTest, ADatabaseWithUsersHasNoSetupPage) {
    add_admin();
    Serving serving(*store_, *searcher_, quiet_log(), options());
    EXPECT_FALSE(serving.server().setup_token().has_value());
    Browser browser(serving);
    EXPECT_EQ(browser.get("/setup?token=" + std::string(64, '0'))->status, 404);
}

}  // namespace
}  // namespace rightstrack::web
