// Result<T>: a value or an Error, for anything that can fail on input or I/O.
// Pass failures up with TRY(expr), which evaluates to the value or returns the error from the
// enclosing function (a GCC statement expression, as in Ladybird's ErrorOr).
#pragma once

#include <cassert>
#include <utility>
#include <variant>

#include "core/Error.h"

namespace rightstrack::core {

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & {
        assert(ok());
        return std::get<0>(state_);
    }
    const T& value() const& {
        assert(ok());
        return std::get<0>(state_);
    }
    T&& value() && {
        assert(ok());
        return std::get<0>(std::move(state_));
    }
    T release_value() { return std::move(value()); }

    const Error& error() const& {
        assert(!ok());
        return std::get<1>(state_);
    }
    Error release_error() { return std::get<1>(std::move(state_)); }

    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }

private:
    std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : error_(std::move(error)), failed_(true) {}

    bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    void value() const { assert(ok()); }
    void release_value() const { assert(ok()); }
    const Error& error() const {
        assert(!ok());
        return error_;
    }
    Error release_error() { return std::move(error_); }

private:
    Error error_{ErrorKind::Internal, {}};
    bool failed_ = false;
};

using Status = Result<void>;

}  // namespace rightstrack::core

#define TRY(expression)                                   \
    ({                                                    \
        auto _try_result = (expression);                  \
        if (!_try_result.ok())                            \
            return _try_result.release_error();           \
        _try_result.release_value();                      \
    })
