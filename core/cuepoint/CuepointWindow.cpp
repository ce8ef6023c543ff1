#include "cuepoint/CuepointWindow.h"

#include <algorithm>
#include <limits>

namespace onair {

CuepointWindow CuepointWindow::compute(qint64 elapsedMs, qint64 delayMs)
{
    // Clamp to a range where the arithmetic below cannot overflow (about 146 000 years).
    constexpr qint64 kMax = std::numeric_limits<qint64>::max() / 4;
    const qint64 elapsed = std::clamp<qint64>(elapsedMs, 0, kMax);
    const qint64 delay = std::clamp<qint64>(delayMs, 0, kMax);

    CuepointWindow w;
    w.earliestMs = std::max<qint64>(0, elapsed - delay + kEdgeMarginMs);
    w.latestMs = elapsed - kEdgeMarginMs;
    if (delay <= 2 * kEdgeMarginMs || w.latestMs < w.earliestMs) {
        w.earliestMs = 0;
        w.latestMs = -1;
    }
    return w;
}

} // namespace onair
