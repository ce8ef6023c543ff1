#pragma once

#include "net/ApiError.h"

#include <optional>
#include <utility>

namespace onair {

// Either a value or the error that prevented it (an ApiError unless said otherwise).
// Callers test isOk() first.
template<typename T, typename E = ApiError>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(E error)
        : m_error(std::move(error))
    {}

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const E &error() const { return m_error; }

private:
    std::optional<T> m_value;
    E m_error;
};

} // namespace onair
