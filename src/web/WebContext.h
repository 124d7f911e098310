// What the handlers of every area need, made once per server: the search index (searched by
// many requests at once, changed by one alone), the API's answer cache, connections to the
// database for tracking, the sessions,
// the login limiter, the first run's setup gate and the translations. Plus Visit: what one
// request carries through the guard to its handler (the language, the signed-in user, the CSRF
// token its forms must carry, cookies to set).
#pragma once

#include <chrono>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "index/Searcher.h"
#include "store/Store.h"
#include "store/TrackingStore.h"
#include "web/AnswerCache.h"
#include "web/Http.h"
#include "web/LoginLimiter.h"
#include "web/SearchLanes.h"
#include "web/Sessions.h"
#include "web/SetupGate.h"
#include "web/StorePool.h"
#include "web/Translations.h"
#include "web/WriterFirstLock.h"

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

// What the with_ functions answer: a Result of what `work` gives, not a Result of a Result.
template <class T>
struct WithErrors {
    using type = core::Result<T>;
};
template <class T>
struct WithErrors<core::Result<T>> {
    using type = core::Result<T>;
};

class WebContext {
public:
    // Reads the translations and whether the database has users yet (the setup gate).
    // `searcher` is built over `store`; both must outlive the context.
    static core::Result<std::unique_ptr<WebContext>> make(store::Store& store,
                                                          index::Searcher& searcher,
                                                          WebOptions options);

    // The store's change sequence as committed now, read on a connection of the request's own.
    core::Result<std::int64_t> committed_sequence();

    // Runs `work` with the index caught up with `committed` (or later), beside other requests
    // doing the same: `work` searches in the lane it is given (Searcher.h), once one is free.
    template <class Work>
    auto with_index_at(std::int64_t committed, Work&& work) -> typename WithErrors<
        std::invoke_result_t<Work&, const index::Searcher&, index::SearchLane&>>::type {
        auto lane = lanes_.lease();
        bool behind;
        {
            std::shared_lock lock(index_lock_);
            behind = searcher_.sequence() < committed;
        }
        if (behind) {
            std::unique_lock lock(index_lock_);
            if (searcher_.sequence() < committed)
                TRY(searcher_.catch_up());
        }
        std::shared_lock lock(index_lock_);
        return work(std::as_const(searcher_), *lane);
    }
    // The same, caught up with every write committed to the store so far.
    template <class Work>
    auto with_current_index(Work&& work) -> typename WithErrors<
        std::invoke_result_t<Work&, const index::Searcher&, index::SearchLane&>>::type {
        const std::int64_t committed = TRY(committed_sequence());
        return with_index_at(committed, std::forward<Work>(work));
    }
    // Runs `work` with a store connection of the request's own, beside other requests and
    // searches. A store without a file (as tests make) has no second connection: `work` gets
    // the index's own, alone.
    template <class Work>
    auto with_store(Work&& work) ->
        typename WithErrors<std::invoke_result_t<Work&, store::Store&>>::type {
        if (options.database.empty()) {
            std::unique_lock lock(index_lock_);
            return work(store_);
        }
        auto connection = TRY(connections_.lease());
        return work(*connection);
    }

    const WebOptions options;
    const Catalog catalog;
    Sessions sessions;
    LoginLimiter limiter;
    SetupGate setup;
    StorePool<store::TrackingStore> tracking;
    AnswerCache answers{kAnswerCacheBytes};  // GET /api/v1/search's recent answers.

private:
    WebContext(store::Store& store, index::Searcher& searcher, WebOptions options, Catalog catalog,
               bool users_exist);
    store::Store& store_;
    index::Searcher& searcher_;
    WriterFirstLock index_lock_;  // Shared to search, exclusive to catch up or use store_.
    StorePool<store::Store> connections_;
    SearchLanes lanes_;
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
