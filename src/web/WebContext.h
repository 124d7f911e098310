// What the handlers of every area need, made once per server: the search index (one search at a
// time: the index is not thread-safe), connections to the database for tracking, the sessions,
// the login limiter, the first run's setup gate and the translations. Plus Visit: what one
// request carries through the guard to its handler (the language, the signed-in user, the CSRF
// token its forms must carry, cookies to set).
#pragma once

#include <chrono>
#include <mutex>
#include <string>
#include <vector>

#include "index/Searcher.h"
#include "store/Store.h"
#include "store/TrackingStore.h"
#include "web/AnswerCache.h"
#include "web/Http.h"
#include "web/LoginLimiter.h"
#include "web/Sessions.h"
#include "web/SetupGate.h"
#include "web/StorePool.h"
#include "web/Translations.h"

namespace rightstrack::web {

// What the search API's recent answers may hold in memory.
inline constexpr std::size_t kAnswerCacheBytes = 64 << 20;

struct WebOptions {
    std::string database;         // The SQLite file of the store, for users and sessions.
    bool secure_cookies = false;  // Served behind TLS: cookies get Secure.
    std::chrono::seconds session_lifetime = std::chrono::hours(8);
    int login_failures = 5;  // Failed logins allowed per user name or address within the window.
    std::chrono::seconds login_window = std::chrono::minutes(15);
    Clock clock = [] { return std::chrono::system_clock::now(); };
};

class WebContext {
public:
    // Reads the translations and whether the database has users yet (the setup gate).
    // `searcher` is built over `store`; both must outlive the context.
    static core::Result<std::unique_ptr<WebContext>> make(store::Store& store,
                                                          index::Searcher& searcher,
                                                          WebOptions options);

    // Runs `work` with the index, one request at a time.
    template <class Work>
    auto with_searcher(Work&& work) {
        std::lock_guard lock(searcher_mutex_);
        return work(searcher_);
    }
    // Runs `work` with the index and the API's answer cache, under the same lock.
    template <class Work>
    auto with_cached_searcher(Work&& work) {
        std::lock_guard lock(searcher_mutex_);
        return work(searcher_, answers_);
    }
    // Runs `work` with the store the index reads, under the same lock (the index uses it).
    template <class Work>
    auto with_store(Work&& work) {
        std::lock_guard lock(searcher_mutex_);
        return work(store_);
    }

    const WebOptions options;
    const Catalog catalog;
    Sessions sessions;
    LoginLimiter limiter;
    SetupGate setup;
    StorePool<store::TrackingStore> tracking;

private:
    WebContext(store::Store& store, index::Searcher& searcher, WebOptions options, Catalog catalog,
               bool users_exist);
    store::Store& store_;
    index::Searcher& searcher_;
    AnswerCache answers_{kAnswerCacheBytes};  // GET /api/v1/search's recent answers.
    std::mutex searcher_mutex_;
};

struct Visit {
    const Request& request;
    Translator t;
    std::string user;  // Signed in; empty for a visitor.
    std::string session_token;
    std::string csrf_token;
    std::vector<std::string> set_cookies;  // Set-Cookie values for the reply.
};

}  // namespace rightstrack::web
