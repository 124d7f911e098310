#include "PostgresServer.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>

namespace rightstrack::bench {

namespace {

// The newest server under Debian's /usr/lib/postgresql/<version>/bin.
core::Result<std::filesystem::path> server_bin() {
    std::filesystem::path best;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator("/usr/lib/postgresql", error))
        if (std::filesystem::exists(entry.path() / "bin" / "initdb") && entry.path() > best)
            best = entry.path() / "bin";
    if (best.empty())
        return core::Error::not_found(
            "no PostgreSQL server under /usr/lib/postgresql (scripts/install-bench-deps.sh "
            "installs it)");
    return best;
}

// A port nobody listens on now: the kernel's pick for a socket bound to port 0.
core::Result<int> free_port() {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        if (fd >= 0)
            ::close(fd);
        return core::Error::io("cannot find a free port on 127.0.0.1");
    }
    ::close(fd);
    return static_cast<int>(ntohs(address.sin_port));
}

core::Status run(const std::string& command, const std::filesystem::path& log) {
    const std::string line = command + " >>'" + log.string() + "' 2>&1";
    if (std::system(line.c_str()) != 0)
        return core::Error::io("command failed (see " + log.string() + "): " + command);
    return {};
}

}  // namespace

core::Result<std::unique_ptr<PostgresServer>> PostgresServer::start(
    const std::filesystem::path& folder) {
    auto bin = TRY(server_bin());
    const int port = TRY(free_port());
    const auto data = folder / "data";
    std::filesystem::create_directories(folder);
    std::string as_user;
    if (::geteuid() == 0) {
        const passwd* postgres = ::getpwnam("postgres");
        if (!postgres)
            return core::Error::not_found("running as root but there is no 'postgres' user");
        if (::chown(folder.c_str(), postgres->pw_uid, postgres->pw_gid) != 0)
            return core::Error::io("cannot give " + folder.string() + " to the postgres user");
        as_user = "runuser -u postgres -- ";
    }
    const auto log = folder / "server.log";
    TRY(run(as_user + "'" + (bin / "initdb").string() + "' -D '" + data.string() +
                "' -A trust -U postgres -E UTF8 --locale=C.UTF-8",
            log));
    // One core, no durability needed, no JIT (it would add compile time to short queries).
    const std::string options =
        "-c listen_addresses=127.0.0.1 -p " + std::to_string(port) +
        " -c unix_socket_directories=" + folder.string() +
        " -c shared_buffers=1GB -c work_mem=64MB -c maintenance_work_mem=1GB"
        " -c max_parallel_workers_per_gather=0 -c max_parallel_maintenance_workers=0"
        " -c jit=off -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
    std::unique_ptr<PostgresServer> server(new PostgresServer(bin, data, as_user, port));
    TRY(run(as_user + "'" + (bin / "pg_ctl").string() + "' -D '" + data.string() + "' -w -l '" +
                (folder / "postgres.log").string() + "' -o '" + options + "' start",
            log));
    return server;
}

PostgresServer::~PostgresServer() {
    const std::string stop = as_user_ + "'" + (bin_ / "pg_ctl").string() + "' -D '" +
                             data_.string() + "' -m immediate -w stop >/dev/null 2>&1";
    if (std::system(stop.c_str()) != 0)
        std::fprintf(stderr, "warning: could not stop the PostgreSQL server in %s\n",
                     data_.c_str());
}

std::string PostgresServer::connection() const {
    return "host=127.0.0.1 port=" + std::to_string(port_) + " dbname=postgres user=postgres";
}

}  // namespace rightstrack::bench
