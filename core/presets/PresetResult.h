#pragma once

#include "PresetError.h"

#include <optional>
#include <utility>

namespace onair {

// Either a value or the PresetError that prevented it. Callers test isOk() first.
template<typename T>
class PresetResult
{
public:
    PresetResult(T value)
        : m_value(std::move(value))
    {}
    PresetResult(PresetError error)
        : m_error(std::move(error))
    {}

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const PresetError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    PresetError m_error;
};

} // namespace onair
