// `rightstrack serve [--db PATH] [--port N] [--bind ADDR] [--secure-cookies]`: builds the index
// from the store and serves until SIGINT or SIGTERM, then lets the requests under way finish and
// exits 0. The access log goes to standard error; so does, while the database has no user, the
// one-time address that creates the first administrator.

#include <atomic>
#include <csignal>
#include <cstdio>
#include <thread>

#include "cli/Commands.h"
#include "cli/Terminal.h"
#include "index/Searcher.h"
#include "store/Store.h"
#include "web/Server.h"

namespace rightstrack::cli {
namespace {

std::atomic<bool> stop_requested = false;

extern "C" void request_stop(int) {
    stop_requested = true;
}

// Waits for a signal on its own thread, since a signal handler may not stop the server itself;
// a signal that comes before the server listens stops it once it does.
class StopOnSignal {
public:
    explicit StopOnSignal(web::Server& server)
        : watcher_([this, &server] {
              while (!done_) {
                  if (stop_requested && server.running()) {
                      server.stop();
                      return;
                  }
                  std::this_thread::sleep_for(std::chrono::milliseconds(50));
              }
          }) {
        std::signal(SIGINT, request_stop);
        std::signal(SIGTERM, request_stop);
    }
    ~StopOnSignal() {
        done_ = true;
        watcher_.join();
    }

private:
    std::atomic<bool> done_ = false;
    std::thread watcher_;
};

}  // namespace

int run_serve(const ServeOptions& options) {
    auto store = store::open_sqlite_store(options.database);
    if (!store.ok())
        return report_error(store.error());
    auto searcher = index::Searcher::build(**store);
    if (!searcher.ok())
        return report_error(searcher.error());
    web::ServerOptions server_options{options.bind, options.port, {}};
    server_options.web.database = options.database;
    server_options.web.secure_cookies = options.secure_cookies;
    auto server = web::Server::bind(**store, *searcher, std::move(server_options), stderr);
    if (!server.ok())
        return report_error(server.error());
    std::fprintf(stderr, "rightstrack serving %s (%u recommendations) on http://%s:%d/\n",
                 options.database.c_str(), searcher->size(), options.bind.c_str(),
                 (*server)->port());
    if (auto token = (*server)->setup_token()) {
        // An address that reaches every interface is not one a browser can open.
        const bool any = options.bind == "0.0.0.0" || options.bind == "::";
        std::fprintf(stderr,
                     "First run: no user yet. Create the administrator (once) at\n"
                     "  http://%s:%d/setup?token=%s\n",
                     any ? "127.0.0.1" : options.bind.c_str(), (*server)->port(), token->c_str());
    }
    bool served;
    {
        StopOnSignal stopper(**server);
        served = (*server)->run();
    }
    if (!served && !stop_requested)
        return report_error(core::Error::io("the server stopped unexpectedly"));
    std::fprintf(stderr, "rightstrack stopped\n");
    return 0;
}

}  // namespace rightstrack::cli
