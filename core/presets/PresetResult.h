#pragma once

#include "net/Result.h"
#include "presets/PresetError.h"

namespace onair {

// Either a value or the PresetError that prevented it. Callers test isOk() first.
template<typename T>
using PresetResult = Result<T, PresetError>;

} // namespace onair
