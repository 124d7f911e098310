#include "web/WebContext.h"

#include <thread>

#include "store/SessionStore.h"

namespace rightstrack::web {

core::Result<std::unique_ptr<WebContext>> WebContext::make(store::Store& store,
                                                           index::Searcher& searcher,
                                                           WebOptions options) {
    Catalog catalog = TRY(Catalog::embedded());
    bool users_exist = true;
    if (!options.database.empty()) {
        auto store = TRY(store::open_sqlite_session_store(options.database));
        users_exist = TRY(store->user_count()) > 0;
    }
    return std::unique_ptr<WebContext>(
        new WebContext(store, searcher, std::move(options), std::move(catalog), users_exist));
}

WebContext::WebContext(store::Store& store, index::Searcher& searcher, WebOptions options_,
                       Catalog catalog_, bool users_exist)
    : options(std::move(options_)),
      catalog(std::move(catalog_)),
      sessions(options.database, options.session_lifetime, options.clock),
      limiter(options.login_failures, options.login_window, options.clock),
      setup(users_exist),
      tracking(
          [database = options.database] { return store::open_sqlite_tracking_store(database); }),
      store_(store),
      searcher_(searcher),
      connections_([database = options.database] { return store::open_sqlite_store(database); }),
      lanes_(std::thread::hardware_concurrency()) {}

core::Result<std::int64_t> WebContext::committed_sequence() {
    return with_store([](store::Store& store) { return store.change_sequence(); });
}

}  // namespace rightstrack::web
