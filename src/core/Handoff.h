// Batches of work handed from one thread to another through a bounded queue: the producer
// waits while the consumer is `capacity` batches behind, so memory stays bounded, and the
// consumer takes batches in order until the producer closes the queue. One producer, one
// consumer.
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

namespace rightstrack::core {

template <typename T>
class Handoff {
public:
    explicit Handoff(std::size_t capacity) : capacity_(capacity) {}

    void push(std::vector<T> batch) {
        std::unique_lock lock(mutex_);
        room_.wait(lock, [&] { return batches_.size() < capacity_; });
        batches_.push_back(std::move(batch));
        ready_.notify_one();
    }

    // The next batch; nullopt once the queue is closed and empty.
    std::optional<std::vector<T>> pop() {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [&] { return !batches_.empty() || closed_; });
        if (batches_.empty())
            return std::nullopt;
        std::vector<T> batch = std::move(batches_.front());
        batches_.pop_front();
        room_.notify_one();
        return batch;
    }

    void close() {
        std::lock_guard lock(mutex_);
        closed_ = true;
        ready_.notify_one();
    }

private:
    const std::size_t capacity_;
    std::mutex mutex_;
    std::condition_variable ready_;
    std::condition_variable room_;
    std::deque<std::vector<T>> batches_;
    bool closed_ = false;
};

}  // namespace rightstrack::core
