// The server over a real socket: /healthz, the search API, JSON errors for routes that do not
// exist, the access log, and a stop that ends run(). Then `rightstrack serve` itself, stopped
// by SIGTERM.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <thread>

#include "web/Server.h"
#include "web/WebTestSupport.h"

namespace rightstrack::web {
namespace {

std::string read_all(std::FILE* file) {
    std::fflush(file);
    std::rewind(file);
    std::string out;
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, file)) out.append(buffer, n);
    return out;
}

class ServerTest : public WebTest {};

TEST_F(ServerTest, HealthSearchAndErrorsOverHttpWithAnAccessLog) {
    std::FILE* log = std::tmpfile();
    ASSERT_NE(log, nullptr);
    {
        Serving serving(*store_, *searcher_, log);
        auto client = serving.client();

        auto health = client.Get("/healthz");
        ASSERT_TRUE(health) << httplib::to_string(health.error());
        EXPECT_EQ(health->status, 200);
        EXPECT_EQ(health->body, "ok\n");

        auto search = client.Get("/api/v1/search?q=torture&state_under_review=KGZ&limit=5");
        ASSERT_TRUE(search);
        EXPECT_EQ(search->status, 200);
        EXPECT_EQ(search->get_header_value("Content-Type"), "application/json; charset=utf-8");
        EXPECT_EQ(nlohmann::json::parse(search->body).at("total"), 2);

        auto malformed = client.Get("/api/v1/search?q=%22torture");
        ASSERT_TRUE(malformed);
        EXPECT_EQ(malformed->status, 400);
        EXPECT_EQ(nlohmann::json::parse(malformed->body).at("error").at("code"), "invalid_input");

        auto missing = client.Get("/api/v1/nothing");
        ASSERT_TRUE(missing);
        EXPECT_EQ(missing->status, 404);
        EXPECT_EQ(nlohmann::json::parse(missing->body).at("error").at("code"), "no_route");

        auto posted = client.Post("/api/v1/search", "{}", "application/json");
        ASSERT_TRUE(posted);
        EXPECT_EQ(posted->status, 404);
    }
    const std::string lines = read_all(log);
    std::fclose(log);
    EXPECT_NE(lines.find("127.0.0.1 \"GET /healthz\" 200 3 "), std::string::npos) << lines;
    EXPECT_NE(lines.find("\"GET /api/v1/search?q=torture&state_under_review=KGZ&limit=5\" 200"),
              std::string::npos)
        << lines;
    EXPECT_NE(lines.find("\"GET /api/v1/nothing\" 404"), std::string::npos) << lines;
}

TEST_F(ServerTest, APortInUseIsAnErrorAtBind) {
    std::FILE* log = std::tmpfile();
    auto first = Server::bind(*store_, *searcher_, {"127.0.0.1", 0, {}}, log);
    ASSERT_TRUE(first.ok());
    auto second = Server::bind(*store_, *searcher_, {"127.0.0.1", (*first)->port(), {}}, log);
    ASSERT_FALSE(second.ok());
    EXPECT_NE(second.error().describe().find(std::to_string((*first)->port())), std::string::npos);
    std::fclose(log);
}

// A port free now, and very likely still free a moment later: bound, read, closed.
int free_port() {
    int probe = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = -1;
    if (::bind(probe, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(probe, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(probe);
    return port;
}

TEST_F(ServerTest, TheServeCommandStopsGracefullyOnSigterm) {
    const int port = free_port();
    ASSERT_GT(port, 0);
    const std::string database = (dir_.path() / "web.db").string();
    const std::string log_path = (dir_.path() / "serve.log").string();
    store_.reset();  // The command opens the database itself.
    pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        std::freopen(log_path.c_str(), "w", stderr);
        const std::string port_text = std::to_string(port);
        execl(RIGHTSTRACK_BINARY, RIGHTSTRACK_BINARY, "serve", "--db", database.c_str(), "--port",
              port_text.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    httplib::Client client("127.0.0.1", port);
    client.set_connection_timeout(1);
    client.set_read_timeout(5);
    bool up = false;
    int status = 0;
    for (int attempt = 0; attempt < 400 && !up; ++attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        ASSERT_EQ(waitpid(child, &status, WNOHANG), 0) << "the server exited before answering";
        up = static_cast<bool>(client.Get("/healthz"));
    }
    if (!up)
        kill(child, SIGKILL);
    ASSERT_TRUE(up) << "the server did not answer within 20 s";
    auto search = client.Get("/api/v1/search?q=freedom");
    ASSERT_TRUE(search);
    EXPECT_EQ(nlohmann::json::parse(search->body).at("total"), 1);
    kill(child, SIGTERM);
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
    std::ifstream log(log_path);
    std::stringstream text;
    text << log.rdbuf();
    EXPECT_NE(text.str().find("3 recommendations"), std::string::npos) << text.str();
    EXPECT_NE(text.str().find("\"GET /api/v1/search?q=freedom\" 200"), std::string::npos);
    EXPECT_NE(text.str().find("rightstrack stopped"), std::string::npos) << text.str();
    // No user in this database yet: the one-time setup address is printed, with its token.
    EXPECT_TRUE(std::regex_search(text.str(),
                                  std::regex("http://127\\.0\\.0\\.1:" + std::to_string(port) +
                                             "/setup\\?token=[0-9a-f]{64}\n")))
        << text.str();
}

}  // namespace
}  // namespace rightstrack::web
