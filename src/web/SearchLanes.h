// The lanes searches run in, one per core. With a lane per request, dozens of searches shared
// two cores and each took as long as all of them together: a distinct query's p99 went from
// 82 ms, one search at a time, to over 200 ms. With a lane per core a search runs at full speed,
// and requests waiting for a lane get one in the order they came (handed over directly, so no
// later request can take it first). Thread-safe.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

#include "index/Searcher.h"

namespace rightstrack::web {

class SearchLanes {
public:
    explicit SearchLanes(std::size_t count);

    // Gives its lane back when it goes out of scope.
    class Lease {
    public:
        Lease(SearchLanes& lanes, index::SearchLane* lane) : lanes_(&lanes), lane_(lane) {}
        Lease(Lease&& other) noexcept : lanes_(other.lanes_), lane_(other.lane_) {
            other.lane_ = nullptr;
        }
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        Lease& operator=(Lease&&) = delete;
        ~Lease() {
            if (lane_)
                lanes_->give_back(lane_);
        }
        index::SearchLane& operator*() const { return *lane_; }

    private:
        SearchLanes* lanes_;
        index::SearchLane* lane_;
    };

    // A free lane, waiting for one if all are taken.
    Lease lease();
    // Requests waiting for a lane now.
    std::size_t waiting();

private:
    struct Waiter {
        std::condition_variable handed;
        index::SearchLane* lane = nullptr;
    };
    void give_back(index::SearchLane* lane);

    std::vector<std::unique_ptr<index::SearchLane>> lanes_;
    std::mutex mutex_;
    std::vector<index::SearchLane*> idle_;
    std::deque<Waiter*> waiting_;  // First come, first given.
};

}  // namespace rightstrack::web
