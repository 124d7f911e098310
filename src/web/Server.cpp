#include "web/Server.h"

#include <httplib.h>

#include <chrono>
#include <mutex>

#include "web/SearchApi.h"

namespace rightstrack::web {
namespace {

constexpr const char* kJson = "application/json; charset=utf-8";

void answer(httplib::Response& response, const ApiAnswer& api) {
    response.status = api.status;
    response.set_content(api.body, kJson);
}

QueryParameters parameters_of(const httplib::Request& request) {
    return {request.params.begin(), request.params.end()};
}

// When the handler started, for the access log: one request is one thread's at a time.
thread_local std::chrono::steady_clock::time_point request_start;

}  // namespace

struct Server::Impl {
    httplib::Server http;
    index::Searcher* searcher = nullptr;
    std::mutex searcher_mutex;
    std::FILE* log = nullptr;
    std::mutex log_mutex;
    int port = 0;

    void route();
    void log_request(const httplib::Request& request, const httplib::Response& response);
};

void Server::Impl::route() {
    http.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
        request_start = std::chrono::steady_clock::now();
        return httplib::Server::HandlerResponse::Unhandled;
    });
    http.Get("/healthz", [](const httplib::Request&, httplib::Response& response) {
        response.set_content("ok\n", "text/plain; charset=utf-8");
    });
    http.Get("/api/v1/search", [this](const httplib::Request& request,
                                      httplib::Response& response) {
        std::lock_guard lock(searcher_mutex);
        answer(response, search_api(*searcher, parameters_of(request)));
    });
    // Routes that match nothing, and statuses set without a body: a JSON error under /api.
    http.set_error_handler([](const httplib::Request& request, httplib::Response& response) {
        if (!response.body.empty())
            return;
        if (!request.path.starts_with("/api/")) {
            response.set_content(std::to_string(response.status) + "\n",
                                 "text/plain; charset=utf-8");
            return;
        }
        const char* code = response.status == 404 ? "no_route" : "http_error";
        answer(response, api_error(response.status, code,
                                   "no such resource: " + request.method + " " + request.path));
    });
    // A bug must not show its insides: the log gets what happened, the client a bare 500.
    http.set_exception_handler([this](const httplib::Request& request, httplib::Response& response,
                                      std::exception_ptr thrown) {
        std::string what = "unknown exception";
        try {
            std::rethrow_exception(thrown);
        } catch (const std::exception& e) {
            what = e.what();
        } catch (...) {
        }
        {
            std::lock_guard lock(log_mutex);
            std::fprintf(log, "error: %s %s: %s\n", request.method.c_str(), request.path.c_str(),
                         what.c_str());
        }
        answer(response, api_error(core::Error::internal(what)));
    });
    http.set_logger([this](const httplib::Request& request, const httplib::Response& response) {
        log_request(request, response);
    });
}

void Server::Impl::log_request(const httplib::Request& request,
                               const httplib::Response& response) {
    const double ms = std::chrono::duration<double, std::milli>(
                          std::chrono::steady_clock::now() - request_start)
                          .count();
    std::lock_guard lock(log_mutex);
    std::fprintf(log, "%s \"%s %s\" %d %zu %.2fms\n", request.remote_addr.c_str(),
                 request.method.c_str(), request.target.c_str(), response.status,
                 response.body.size(), ms);
    std::fflush(log);
}

core::Result<std::unique_ptr<Server>> Server::bind(index::Searcher& searcher,
                                                   const ServerOptions& options,
                                                   std::FILE* access_log) {
    auto impl = std::make_unique<Impl>();
    impl->searcher = &searcher;
    impl->log = access_log;
    impl->route();
    // Address reuse lets a restart bind while old connections linger; port reuse, which
    // cpp-httplib also asks for, would let a second server share the port unnoticed.
    impl->http.set_socket_options([](socket_t socket) {
        int yes = 1;
        ::setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    const std::string where = options.bind + ":" + std::to_string(options.port);
    if (options.port == 0) {
        impl->port = impl->http.bind_to_any_port(options.bind);
        if (impl->port < 0)
            return core::Error::io("cannot listen on " + options.bind, where);
    } else {
        if (!impl->http.bind_to_port(options.bind, options.port))
            return core::Error::io("cannot listen on " + where +
                                   " (in use, or not an address of this machine)");
        impl->port = options.port;
    }
    return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() = default;

int Server::port() const { return impl_->port; }
bool Server::run() { return impl_->http.listen_after_bind(); }
bool Server::running() const { return impl_->http.is_running(); }
void Server::stop() { impl_->http.stop(); }

}  // namespace rightstrack::web
