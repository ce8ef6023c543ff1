#pragma once

#include <QDateTime>

namespace onair {

// When to refresh a long-lived Instagram token (ig_refresh_token) and when to warn: a token
// lives 60 days and one that lapses is lost for good, so it is refreshed from day 50 (never
// before it is 24 h old, which the endpoint refuses) and the operator is warned 7 days before
// it expires. Pure: the caller passes the clock.
struct TokenLifetime
{
    static constexpr qint64 kRefreshAfterDays = 50;
    static constexpr qint64 kWarnDaysBefore = 7;

    bool refreshNow = false;
    bool warn = false;
    bool expired = false;

    static TokenLifetime at(const QDateTime &issuedAt, const QDateTime &expiresAt,
                            const QDateTime &now)
    {
        TokenLifetime t;
        t.expired = expiresAt.isValid() && now >= expiresAt;
        if (t.expired)
            return t;
        const bool oldEnough = issuedAt.isValid() && issuedAt.secsTo(now) >= 24 * 3600;
        t.refreshNow = oldEnough && issuedAt.daysTo(now) >= kRefreshAfterDays;
        t.warn = expiresAt.isValid() && now.daysTo(expiresAt) < kWarnDaysBefore;
        return t;
    }
};

} // namespace onair
