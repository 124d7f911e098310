#include "web/WriterFirstLock.h"

#include <stdexcept>
#include <string>

namespace rightstrack::web {
namespace {

void check(int result, const char* what) {
    if (result != 0)
        throw std::runtime_error(std::string("readers-writer lock: ") + what + " failed");
}

}  // namespace

WriterFirstLock::WriterFirstLock() {
    pthread_rwlockattr_t attributes;
    check(pthread_rwlockattr_init(&attributes), "init");
    // glibc's one kind that does prefer writers; the plain PREFER_WRITER does not.
    pthread_rwlockattr_setkind_np(&attributes, PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP);
    check(pthread_rwlock_init(&lock_, &attributes), "init");
    pthread_rwlockattr_destroy(&attributes);
}

WriterFirstLock::~WriterFirstLock() {
    pthread_rwlock_destroy(&lock_);
}

void WriterFirstLock::lock() {
    check(pthread_rwlock_wrlock(&lock_), "write lock");
}
void WriterFirstLock::unlock() {
    pthread_rwlock_unlock(&lock_);
}
void WriterFirstLock::lock_shared() {
    check(pthread_rwlock_rdlock(&lock_), "read lock");
}
void WriterFirstLock::unlock_shared() {
    pthread_rwlock_unlock(&lock_);
}

}  // namespace rightstrack::web
