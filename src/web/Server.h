// The HTTP server of `rightstrack serve`: the routes of every area (Routes.h) behind the guard
// (Guard.h: sessions, CSRF), security headers on every response, gzip when the client accepts
// it, an access log line per request, and a stop() that lets requests under way finish.
// cpp-httplib does the HTTP; only Server.cpp sees it. Requests are served on a pool of threads;
// the index answers one at a time (its catch-up with the store writes), the rest of the work is
// theirs alone.
#pragma once

#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include "core/Result.h"
#include "index/Searcher.h"
#include "web/WebContext.h"

namespace rightstrack::web {

struct ServerOptions {
    std::string bind = "127.0.0.1";
    int port = 8080;  // 0: any free port (tests).
    WebOptions web;   // Its database names the store's file, for users and sessions.
};

class Server {
public:
    // Binds the socket, so that a port in use is an error here rather than when serving.
    // `searcher` is built over `store`; both must outlive the server.
    static core::Result<std::unique_ptr<Server>> bind(store::Store& store,
                                                      index::Searcher& searcher,
                                                      ServerOptions options, std::FILE* access_log);
    ~Server();

    int port() const;
    // The first run's setup token while no user exists (SetupGate.h).
    std::optional<std::string> setup_token() const;
    // Serves until stop(); false if serving failed.
    bool run();
    // Whether run() is serving: a stop() before it is not seen by a later run().
    bool running() const;
    // From any thread: stops accepting, lets the requests under way finish.
    void stop();

private:
    struct Impl;
    explicit Server(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace rightstrack::web
