#include "web/SearchLanes.h"

#include <algorithm>

namespace rightstrack::web {

SearchLanes::SearchLanes(std::size_t count) {
    for (std::size_t i = 0; i < std::max<std::size_t>(count, 1); ++i) {
        lanes_.push_back(std::make_unique<index::SearchLane>());
        idle_.push_back(lanes_.back().get());
    }
}

SearchLanes::Lease SearchLanes::lease() {
    std::unique_lock lock(mutex_);
    if (!idle_.empty() && waiting_.empty()) {
        index::SearchLane* lane = idle_.back();
        idle_.pop_back();
        return Lease(*this, lane);
    }
    Waiter me;
    waiting_.push_back(&me);
    me.handed.wait(lock, [&] { return me.lane != nullptr; });
    return Lease(*this, me.lane);
}

std::size_t SearchLanes::waiting() {
    std::lock_guard lock(mutex_);
    return waiting_.size();
}

void SearchLanes::give_back(index::SearchLane* lane) {
    std::lock_guard lock(mutex_);
    if (waiting_.empty()) {
        idle_.push_back(lane);
        return;
    }
    Waiter* first = waiting_.front();
    waiting_.pop_front();
    first->lane = lane;
    first->handed.notify_one();
}

}  // namespace rightstrack::web
