// The lanes searches run in: never more out at once than there are, and handed to waiting
// requests in the order they came.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "web/SearchLanes.h"

namespace rightstrack::web {
namespace {

void wait_until(const std::function<bool()>& condition) {
    while (!condition()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

TEST(SearchLanes, NoMoreSearchesRunAtOnceThanThereAreLanes) {
    SearchLanes lanes(2);
    std::atomic<int> running = 0;
    std::atomic<int> most = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 200; ++i) {
                auto lease = lanes.lease();
                const int now = ++running;
                int seen = most.load();
                while (now > seen && !most.compare_exchange_weak(seen, now)) {
                }
                std::this_thread::yield();
                --running;
            }
        });
    for (auto& thread : threads) thread.join();
    EXPECT_GE(most.load(), 1);
    EXPECT_LE(most.load(), 2);
    EXPECT_EQ(lanes.waiting(), 0u);
}

TEST(SearchLanes, WaitingRequestsGetALaneInTheOrderTheyCame) {
    SearchLanes lanes(1);
    std::vector<int> order;
    std::mutex order_mutex;
    auto first = std::make_unique<SearchLanes::Lease>(lanes.lease());
    auto request = [&](int number) {
        return std::thread([&, number] {
            auto lease = lanes.lease();
            std::lock_guard lock(order_mutex);
            order.push_back(number);
        });
    };
    std::thread second = request(2);
    wait_until([&] { return lanes.waiting() == 1; });
    std::thread third = request(3);
    wait_until([&] { return lanes.waiting() == 2; });
    first.reset();  // The lane goes to the second request, then the third.
    second.join();
    third.join();
    EXPECT_EQ(order, (std::vector<int>{2, 3}));
}

}  // namespace
}  // namespace rightstrack::web
