// A throw-away PostgreSQL server for the benchmark: initdb into a folder, started on 127.0.0.1
// with a free port and its socket in that folder, stopped when this object goes away (also when
// the benchmark fails). As root the server runs as the `postgres` user, which it refuses
// otherwise.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "core/Result.h"

namespace rightstrack::bench {

class PostgresServer {
public:
    static core::Result<std::unique_ptr<PostgresServer>> start(const std::filesystem::path& folder);
    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    // libpq connection string for the server's `postgres` database.
    std::string connection() const;

private:
    PostgresServer(std::filesystem::path bin, std::filesystem::path data, std::string as_user,
                   int port)
        : bin_(std::move(bin)), data_(std::move(data)), as_user_(std::move(as_user)), port_(port) {}

    std::filesystem::path bin_;
    std::filesystem::path data_;
    std::string as_user_;  // "runuser -u postgres -- " as root, else empty.
    int port_;
};

}  // namespace rightstrack::bench
