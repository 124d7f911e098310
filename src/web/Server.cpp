#include "web/Server.h"

#include <httplib.h>

#include <cctype>
#include <chrono>
#include <mutex>

#include "web/ApiError.h"
#include "web/Guard.h"
#include "web/Html.h"
#include "web/Routes.h"

namespace rightstrack::web {
namespace {

// Larger form or query bodies are refused: nothing the site takes comes near.
constexpr std::size_t kMaxBody = 1 << 20;
// Except files uploaded to the back office (multipart/form-data), all of one request together.
constexpr std::size_t kMaxUpload = 64 << 20;
// cpp-httplib gives a kept-alive connection its worker thread until the client lets go: with its
// default of eight workers, the ninth of 64 connections waited seconds (a p99 of 944 ms at 30k
// recommendations), with 128 the same load took 55 ms. Idle workers only sleep.
constexpr std::size_t kWorkerThreads = 128;
// cpp-httplib closes a kept-alive connection after 5 requests by default, and a client then
// opens a new one: a TCP handshake and a worker handoff every fifth request.
constexpr std::size_t kKeepAliveRequests = 1000;
// Debian's cpp-httplib is a compiled library that listens with a queue of 5 connections not yet
// accepted. Past that, Linux drops the handshake's last packet: the client believes itself
// connected and sends its request, which waits a second or more for the retransmission. Under
// 64 connections, each reconnecting after its kept-alive requests, those were the answers
// slower than 2 s. The kernel caps this at net.core.somaxconn.
constexpr int kListenBacklog = 1024;

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// cpp-httplib's request as the web module's own (Http.h).
Request request_of(const httplib::Request& http) {
    Request request;
    request.method = http.method;
    request.path = http.path;
    request.target = http.target;
    if (auto query = http.target.find('?'); query != std::string::npos)
        request.query = parse_urlencoded(std::string_view(http.target).substr(query + 1));
    if (http.method == "POST" &&
        http.get_header_value("Content-Type").starts_with("application/x-www-form-urlencoded"))
        request.form = parse_urlencoded(http.body);
    if (http.method == "POST")
        request.body = http.body;
    // A multipart form's plain fields (its CSRF token too) join the form; its files come apart.
    for (const auto& [name, part] : http.files) {
        if (part.filename.empty())
            request.form.emplace_back(name, part.content);
        else
            request.files.push_back({name, part.filename, part.content});
    }
    for (const auto& [name, value] : http.headers) request.headers.emplace_back(lower(name), value);
    request.remote_address = http.remote_addr;
    for (std::size_t i = 1; i < http.matches.size(); ++i)
        request.path_matches.push_back(http.matches[i].str());
    return request;
}

void write(const Reply& reply, httplib::Response& response) {
    response.status = reply.status;
    for (const auto& [name, value] : reply.headers) response.set_header(name, value);
    response.set_content(reply.body, reply.content_type);
}

// When the handler started, for the access log: one request is one thread's at a time.
thread_local std::chrono::steady_clock::time_point request_start;

}  // namespace

struct Server::Impl {
    httplib::Server http;
    std::unique_ptr<WebContext> context;
    std::unique_ptr<Guard> guard;
    std::FILE* log = nullptr;
    std::mutex log_mutex;
    int port = 0;
    socket_t listening = INVALID_SOCKET;  // The socket cpp-httplib bound, to widen its queue.

    void route();
    void add(Route route);
    Reply serve(const Route& route, const Request& request);
    void log_request(const httplib::Request& request, const httplib::Response& response);
    void log_error(const httplib::Request& request, const std::string& what);
};

Reply Server::Impl::serve(const Route& route, const Request& request) {
    Visit visit = guard->visit(request);
    // Every POST passes the CSRF check, whatever its route says.
    if (route.guarded == Guarded::Yes || request.method == "POST") {
        if (auto refused = guard->admit(visit)) {
            guard->finish(visit, *refused);
            return *refused;
        }
    }
    Reply reply = route.handle(visit);
    guard->finish(visit, reply);
    return reply;
}

void Server::Impl::add(Route route) {
    auto handler = [this, route](const httplib::Request& http, httplib::Response& response) {
        // Only uploads may exceed the ordinary limit.
        if (http.body.size() > kMaxBody && !http.is_multipart_form_data()) {
            response.status = 413;
            return;
        }
        write(serve(route, request_of(http)), response);
    };
    if (route.method == "POST")
        http.Post(route.pattern, handler);
    else
        http.Get(route.pattern, handler);
}

void Server::Impl::route() {
    http.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
        request_start = std::chrono::steady_clock::now();
        return httplib::Server::HandlerResponse::Unhandled;
    });
    httplib::Headers headers;
    for (const auto& [name, value] : security_headers()) headers.emplace(name, value);
    http.set_default_headers(headers);
    http.set_payload_max_length(kMaxUpload);
    http.new_task_queue = [] { return new httplib::ThreadPool(kWorkerThreads); };
    http.set_keep_alive_max_count(kKeepAliveRequests);
    // Headers and body leave in separate writes: with Nagle's algorithm the body waited for the
    // client's delayed acknowledgement, 40 ms on every answer.
    http.set_tcp_nodelay(true);
    for (auto* area : {api_routes, auth_routes, portal_routes, record_api_routes,
                       track_api_routes, state_routes, office_routes, office_import_routes})
        for (auto& route : area(*context)) add(std::move(route));
    // Routes that match nothing, and statuses set without a body: a JSON error under /api, a
    // page elsewhere.
    http.set_error_handler([this](const httplib::Request& http, httplib::Response& response) {
        if (!response.body.empty())
            return;
        if (!http.path.starts_with("/api/")) {
            const Request request = request_of(http);
            const Visit visit = guard->visit(request);
            write(error_page(visit, response.status,
                             visit.t(response.status == 404 ? "error.not_found" : "error.request")),
                  response);
            return;
        }
        const char* code = response.status == 404 ? "no_route" : "http_error";
        const ApiAnswer api =
            api_error(response.status, code, "no such resource: " + http.method + " " + http.path);
        write(Reply::json(api.body, api.status), response);
    });
    // A bug must not show its insides: the log gets what happened, the client a bare 500.
    http.set_exception_handler([this](const httplib::Request& http, httplib::Response& response,
                                      std::exception_ptr thrown) {
        std::string what = "unknown exception";
        try {
            std::rethrow_exception(thrown);
        } catch (const std::exception& e) {
            what = e.what();
        } catch (...) {
        }
        log_error(http, what);
        if (!http.path.starts_with("/api/")) {
            const Request request = request_of(http);
            const Visit visit = guard->visit(request);
            write(error_page(visit, 500, visit.t("error.internal")), response);
            return;
        }
        const ApiAnswer api = api_error(core::Error::internal(what));
        write(Reply::json(api.body, api.status), response);
    });
    http.set_logger([this](const httplib::Request& request, const httplib::Response& response) {
        log_request(request, response);
    });
}

void Server::Impl::log_error(const httplib::Request& request, const std::string& what) {
    std::lock_guard lock(log_mutex);
    std::fprintf(log, "error: %s %s: %s\n", request.method.c_str(), request.path.c_str(),
                 what.c_str());
}

void Server::Impl::log_request(const httplib::Request& request, const httplib::Response& response) {
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - request_start)
            .count();
    std::lock_guard lock(log_mutex);
    std::fprintf(log, "%s \"%s %s\" %d %zu %.2fms\n", request.remote_addr.c_str(),
                 request.method.c_str(), request.target.c_str(), response.status,
                 response.body.size(), ms);
    std::fflush(log);
}

core::Result<std::unique_ptr<Server>> Server::bind(store::Store& store, index::Searcher& searcher,
                                                   ServerOptions options, std::FILE* access_log) {
    auto impl = std::make_unique<Impl>();
    impl->context = TRY(WebContext::make(store, searcher, std::move(options.web)));
    impl->guard = std::make_unique<Guard>(*impl->context);
    impl->log = access_log;
    impl->route();
    // Address reuse lets a restart bind while old connections linger; port reuse, which
    // cpp-httplib also asks for, would let a second server share the port unnoticed.
    impl->http.set_socket_options([listening = &impl->listening](socket_t socket) {
        int yes = 1;
        ::setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        *listening = socket;
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
    // listen() again on a listening socket only changes its queue's length (Linux).
    ::listen(impl->listening, kListenBacklog);
    return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() = default;

int Server::port() const {
    return impl_->port;
}
std::optional<std::string> Server::setup_token() const {
    return impl_->context->setup.token();
}
bool Server::run() {
    return impl_->http.listen_after_bind();
}
bool Server::running() const {
    return impl_->http.is_running();
}
void Server::stop() {
    impl_->http.stop();
}

}  // namespace rightstrack::web
