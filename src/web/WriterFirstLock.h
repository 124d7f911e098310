// A readers-writer lock that lets a waiting writer in before new readers. The index is searched
// by many request threads at once and changed (caught up) by one at a time; under steady search
// load some reader always holds a lock that prefers readers, as std::shared_mutex does on glibc,
// and a writer would wait for as long as the load lasts. Meets the Lockable and SharedLockable
// requirements, for std::unique_lock and std::shared_lock. Not recursive: a thread that holds a
// shared lock and asks again while a writer waits deadlocks.
#pragma once

#include <pthread.h>

namespace rightstrack::web {

class WriterFirstLock {
public:
    WriterFirstLock();
    ~WriterFirstLock();
    WriterFirstLock(const WriterFirstLock&) = delete;
    WriterFirstLock& operator=(const WriterFirstLock&) = delete;

    void lock();
    void unlock();
    void lock_shared();
    void unlock_shared();

private:
    pthread_rwlock_t lock_;
};

}  // namespace rightstrack::web
