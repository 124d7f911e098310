// What request threads lease: connections to the database, or search lanes. A store (or a lane)
// belongs to one thread at a time, and opening one (with its migration check) per request would
// cost more than the request; so each request leases one from the pool and gives it back when
// done. The pool opens more as more requests run at once, never more than the server's threads.
// Thread-safe.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "core/Result.h"

namespace rightstrack::web {

template <class T>
class StorePool {
public:
    using Open = std::function<core::Result<std::unique_ptr<T>>()>;

    // Gives its store back to the pool when it goes out of scope.
    class Lease {
    public:
        Lease(StorePool& pool, std::unique_ptr<T> store) : pool_(&pool), store_(std::move(store)) {}
        Lease(Lease&& other) noexcept = default;
        Lease(const Lease&) = delete;
        ~Lease() {
            if (store_)
                pool_->give_back(std::move(store_));
        }
        T& operator*() const { return *store_; }
        T* operator->() const { return store_.get(); }

    private:
        StorePool* pool_;
        std::unique_ptr<T> store_;
    };

    explicit StorePool(Open open) : open_(std::move(open)) {}

    core::Result<Lease> lease() {
        {
            std::lock_guard lock(mutex_);
            if (!idle_.empty()) {
                auto store = std::move(idle_.back());
                idle_.pop_back();
                return Lease(*this, std::move(store));
            }
        }
        return Lease(*this, TRY(open_()));
    }

private:
    void give_back(std::unique_ptr<T> store) {
        std::lock_guard lock(mutex_);
        idle_.push_back(std::move(store));
    }

    Open open_;
    std::mutex mutex_;
    std::vector<std::unique_ptr<T>> idle_;
};

}  // namespace rightstrack::web
