#pragma once

#include "cuepoint/CuepointWindow.h"
#include "cuepoint/ElapsedSource.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace onair {

// The offset mode of the ad-break panel, as pure functions: which elapsed time to trust, the
// window it gives (CuepointWindow), whether an operator's offset fits and, when not, why.
class CuepointOffset
{
    Q_DECLARE_TR_FUNCTIONS(onair::CuepointOffset)

public:
    // Beyond this, the player and the session clock disagree enough for the panel to warn.
    static constexpr qint64 kDriftWarningMs = 2000;

    struct Elapsed
    {
        ElapsedSource source = ElapsedSource::None;
        qint64 ms = 0;
        std::optional<qint64> driftMs; // player − session clock, when both are known

        bool isKnown() const { return source != ElapsedSource::None; }
        bool driftIsLarge() const { return driftMs && qAbs(*driftMs) > kDriftWarningMs; }
    };

    struct Check
    {
        bool accepted = false;
        QString reason; // why not, in a sentence; empty when accepted
    };

    // The player's getCurrentTime() when the player gives one (not negative), the session
    // clock since the monitor stream started otherwise.
    static Elapsed chooseElapsed(std::optional<qint64> playerMs,
                                 std::optional<qint64> sessionClockMs);
    static CuepointWindow window(const Elapsed &elapsed, qint64 delayMs);
    // Why no offset can be chosen now; empty when the window is not empty.
    static QString whyNoWindow(const Elapsed &elapsed, qint64 delayMs);
    static Check validate(qint64 offsetMs, const Elapsed &elapsed, qint64 delayMs);
    // The nearest offset inside the window (for a slider); the value itself when it is empty.
    static qint64 clampToWindow(qint64 offsetMs, const CuepointWindow &window);

    // "485 000 ms": thousands grouped with a space, whatever the locale, as the docs write them.
    static QString formatMs(qint64 ms);
};

} // namespace onair
