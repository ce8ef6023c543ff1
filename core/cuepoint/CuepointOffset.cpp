#include "cuepoint/CuepointOffset.h"

#include <algorithm>

namespace onair {

CuepointOffset::Elapsed CuepointOffset::chooseElapsed(std::optional<qint64> playerMs,
                                                      std::optional<qint64> sessionClockMs)
{
    if (playerMs && *playerMs < 0)
        playerMs.reset();
    if (sessionClockMs && *sessionClockMs < 0)
        sessionClockMs.reset();
    Elapsed e;
    if (playerMs) {
        e.source = ElapsedSource::Player;
        e.ms = *playerMs;
    } else if (sessionClockMs) {
        e.source = ElapsedSource::SessionClock;
        e.ms = *sessionClockMs;
    }
    if (playerMs && sessionClockMs)
        e.driftMs = *playerMs - *sessionClockMs;
    return e;
}

CuepointWindow CuepointOffset::window(const Elapsed &elapsed, qint64 delayMs)
{
    if (!elapsed.isKnown())
        return CuepointWindow{};
    return CuepointWindow::compute(elapsed.ms, delayMs);
}

QString CuepointOffset::whyNoWindow(const Elapsed &elapsed, qint64 delayMs)
{
    constexpr qint64 margin = CuepointWindow::kEdgeMarginMs;
    if (!elapsed.isKnown())
        return tr("The monitor stream's elapsed time is not known yet: neither the player nor "
                  "the session clock gives one.");
    if (delayMs <= 0)
        return tr("The broadcast has no delay: place the break now or at a wall time.");
    if (delayMs <= 2 * margin)
        return tr("A delay of %1 is too short for offsets: it must be longer than %2 (a 5 s "
                  "margin on each side).")
            .arg(formatMs(delayMs), formatMs(2 * margin));
    if (!window(elapsed, delayMs).isEmpty())
        return {};
    return tr("The monitor stream has run for only %1: offsets become possible after %2.")
        .arg(formatMs(elapsed.ms), formatMs(margin));
}

CuepointOffset::Check CuepointOffset::validate(qint64 offsetMs, const Elapsed &elapsed,
                                               qint64 delayMs)
{
    constexpr qint64 margin = CuepointWindow::kEdgeMarginMs;
    if (offsetMs < 0)
        return {false, tr("%1 is negative: an offset counts from the start of the monitor "
                          "stream.")
                           .arg(formatMs(offsetMs))};
    const CuepointWindow w = window(elapsed, delayMs);
    if (w.isEmpty())
        return {false, whyNoWindow(elapsed, delayMs)};
    if (offsetMs < w.earliestMs) {
        if (offsetMs < elapsed.ms - delayMs)
            return {false, tr("%1 is before the window start %2: that part has already been "
                              "shown publicly.")
                               .arg(formatMs(offsetMs), formatMs(w.earliestMs))};
        return {false, tr("%1 is before the window start %2: it is within %3 of what the public "
                          "stream is showing now, where YouTube cannot place a break reliably.")
                           .arg(formatMs(offsetMs), formatMs(w.earliestMs), formatMs(margin))};
    }
    if (offsetMs > w.latestMs) {
        if (offsetMs > elapsed.ms)
            return {false, tr("%1 is after the window end %2: the monitor stream has not shown "
                              "that part yet.")
                               .arg(formatMs(offsetMs), formatMs(w.latestMs))};
        return {false, tr("%1 is after the window end %2: it is within %3 of the monitor "
                          "stream's live edge, where YouTube cannot place a break reliably.")
                           .arg(formatMs(offsetMs), formatMs(w.latestMs), formatMs(margin))};
    }
    return {true, QString()};
}

qint64 CuepointOffset::clampToWindow(qint64 offsetMs, const CuepointWindow &window)
{
    if (window.isEmpty())
        return offsetMs;
    return std::clamp(offsetMs, window.earliestMs, window.latestMs);
}

QString CuepointOffset::formatMs(qint64 ms)
{
    const QString digits = QString::number(ms < 0 ? -ms : ms);
    QString grouped;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += QLatin1Char(' ');
        grouped += digits.at(i);
    }
    return (ms < 0 ? QStringLiteral("-") : QString()) + grouped + QStringLiteral(" ms");
}

} // namespace onair
