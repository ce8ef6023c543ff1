#pragma once

#include <QString>

namespace onair {

// Where "how long the monitor stream has run" came from when a break was placed.
enum class ElapsedSource
{
    None,         // not known (a break "now" or at a wall time needs none)
    Player,       // the monitor player's getCurrentTime() (IFrame Player API)
    SessionClock, // the session's clock since the monitor stream started (fallback)
};

inline QString elapsedSourceToString(ElapsedSource source)
{
    switch (source) {
    case ElapsedSource::Player:
        return QStringLiteral("player");
    case ElapsedSource::SessionClock:
        return QStringLiteral("sessionClock");
    case ElapsedSource::None:
        break;
    }
    return QStringLiteral("none");
}

// Unknown text gives nullopt-like `ok == false`.
inline ElapsedSource parseElapsedSource(const QString &text, bool *ok = nullptr)
{
    if (ok)
        *ok = true;
    if (text == QLatin1String("player"))
        return ElapsedSource::Player;
    if (text == QLatin1String("sessionClock"))
        return ElapsedSource::SessionClock;
    if (ok)
        *ok = text == QLatin1String("none");
    return ElapsedSource::None;
}

} // namespace onair
