// What the web tests share: a store of a few recommendations to Kyrgyzstan written in a test's
// temporary folder, the index over it, and a server over both on a free port with a client
// that keeps cookies like a browser and reads the CSRF token forms carry.
#pragma once

#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <thread>

#include "index/Searcher.h"
#include "store/StoreTestSupport.h"
#include "web/Server.h"

namespace rightstrack::web {

class WebTest : public ::testing::Test {
protected:
    void SetUp() override {
        store_ = store::open_store(dir_, "web.db");
        using model::Response;
        using store::report_recommendation;
        auto batch = store::kyrgyzstan_review({
            report_recommendation("76.1", "Investigate all allegations of torture", "FRA",
                                  Response::Supported),
            report_recommendation("76.2", "Ensure that tortured detainees receive redress", "DEU",
                                  Response::Supported),
            report_recommendation("76.3", "Guarantee freedom of expression and of the press", "SWE",
                                  Response::Noted),
        });
        store::write(*store_, batch);
        auto searcher = index::Searcher::build(*store_);
        ASSERT_TRUE(searcher.ok()) << searcher.error().describe();
        searcher_.emplace(searcher.release_value());
    }

    std::string database() const { return (dir_.path() / "web.db").string(); }

    testing::TempDir dir_;
    std::unique_ptr<store::Store> store_;
    std::optional<index::Searcher> searcher_;
};

// An access log nobody reads, for tests about other things.
inline std::FILE* quiet_log() {
    static std::FILE* log = std::fopen("/dev/null", "w");
    return log;
}

// A server on a free port, serving on its own thread until the test ends.
class Serving {
public:
    Serving(store::Store& store, index::Searcher& searcher, std::FILE* log, WebOptions web = {}) {
        auto bound = Server::bind(store, searcher, {"127.0.0.1", 0, std::move(web)}, log);
        EXPECT_TRUE(bound.ok()) << bound.error().describe();
        server_ = bound.release_value();
        thread_ = std::thread([this] {
            server_->run();
            finished_ = true;
        });
    }
    ~Serving() {
        while (!finished_ && !server_->running())  // A stop() before run() listens is lost.
            std::this_thread::yield();
        server_->stop();
        thread_.join();
    }
    httplib::Client client() const { return httplib::Client("127.0.0.1", server_->port()); }
    Server& server() { return *server_; }

private:
    std::unique_ptr<Server> server_;
    std::thread thread_;
    std::atomic<bool> finished_ = false;
};

// A browser's part: cookies kept from each answer and sent with the next request, forms posted
// urlencoded with the page's CSRF token.
class Browser {
public:
    explicit Browser(const Serving& serving) : client_(serving.client()) {
        client_.set_decompress(false);
    }

    httplib::Result get(const std::string& target, httplib::Headers headers = {}) {
        headers.emplace("Cookie", cookie_line());
        auto result = client_.Get(target.c_str(), headers);
        keep_cookies(result);
        if (result)
            last_body_ = result->body;
        return result;
    }

    httplib::Result post(const std::string& target, const std::string& form) {
        httplib::Headers headers{{"Cookie", cookie_line()}};
        auto result =
            client_.Post(target.c_str(), headers, form, "application/x-www-form-urlencoded");
        keep_cookies(result);
        if (result)
            last_body_ = result->body;
        return result;
    }

    // A JSON client's POST: the body as JSON, the cookies kept, `headers` added (X-CSRF-Token).
    httplib::Result post_json(const std::string& target, const std::string& body,
                              httplib::Headers headers = {}) {
        headers.emplace("Cookie", cookie_line());
        auto result = client_.Post(target.c_str(), headers, body, "application/json");
        keep_cookies(result);
        return result;
    }

    // The CSRF token of the last page's forms; empty when it had none.
    std::string csrf() const {
        std::smatch match;
        static const std::regex field("name=\"csrf\" value=\"([0-9a-f]+)\"");
        return std::regex_search(last_body_, match, field) ? match[1].str() : std::string();
    }

    std::optional<std::string> cookie(const std::string& name) const {
        auto found = cookies_.find(name);
        if (found == cookies_.end())
            return std::nullopt;
        return found->second;
    }
    void set_cookie(const std::string& name, const std::string& value) { cookies_[name] = value; }
    void forget_cookies() { cookies_.clear(); }

private:
    std::string cookie_line() const {
        std::string line;
        for (const auto& [name, value] : cookies_)
            line += (line.empty() ? "" : "; ") + name + "=" + value;
        return line;
    }
    void keep_cookies(const httplib::Result& result) {
        if (!result)
            return;
        auto [first, last] = result->headers.equal_range("Set-Cookie");
        for (auto it = first; it != last; ++it) {
            const std::string& header = it->second;
            const auto equals = header.find('=');
            const auto end = header.find(';');
            const std::string name = header.substr(0, equals);
            const std::string value = header.substr(equals + 1, end - equals - 1);
            if (value.empty() || header.find("Max-Age=0") != std::string::npos)
                cookies_.erase(name);
            else
                cookies_[name] = value;
        }
    }

    httplib::Client client_;
    std::map<std::string, std::string> cookies_;
    std::string last_body_;
};

}  // namespace rightstrack::web
