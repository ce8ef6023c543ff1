#include "announce/RetryRules.h"

#include "announce/Announcement.h"
#include "social/instagram/GraphErrorEnvelope.h"

#include <algorithm>

namespace onair {

qint64 RetryRules::backoffMs(int attempts, qint64 baseDelayMs)
{
    return baseDelayMs << std::clamp(attempts - 1, 0, 16);
}

RetryRules::Decision RetryRules::telegram(const ApiError &error, const NetCallInfo &info,
                                          bool isEdit, int attempts, qint64 baseDelayMs)
{
    const bool attemptsLeft = attempts < Announcement::kMaxAttempts;
    const auto retry = [&](qint64 atLeastMs) -> Decision {
        if (!attemptsLeft)
            return {};
        return {Action::Retry, std::max(atLeastMs, backoffMs(attempts, baseDelayMs))};
    };
    if (info.outcomeUnknown || info.earlierOutcomeUnknown) {
        // An edit says the same thing twice at worst; a post could appear twice.
        return isEdit ? retry(0) : Decision{Action::Unconfirmed, 0};
    }
    const QString &r = error.reason;
    if (error.kind == ApiError::Kind::Transport || error.kind == ApiError::Kind::Timeout)
        return retry(0); // never sent (the pipeline knows: outcomeUnknown is false)
    if (r == QLatin1String("unauthorized") || error.kind == ApiError::Kind::SignedOut)
        return {Action::StopAccount, 0};
    if (r == QLatin1String("floodWait"))
        return {Action::Wait, std::max<qint64>(error.retryAfterMs, 1000)};
    if (r == QLatin1String("chatMigrated"))
        return {Action::Retry, 0}; // refused, nothing sent: at once to the new chat
    if (r == QLatin1String("mediaUnreachable"))
        return retry(0);
    if (error.httpStatus >= 500) // 503 too: a proxy's page says nothing of what the bot did
        return isEdit ? retry(0) : Decision{Action::Unconfirmed, 0};
    return {};
}

bool RetryRules::needsNewContainer(const ApiError &error)
{
    switch (GraphErrorEnvelope::subcode(error)) {
    case 2207003:
    case 2207006:
    case 2207008:
    case 2207020:
    case 2207032:
    case 2207053:
        return true;
    default:
        return false;
    }
}

RetryRules::Decision RetryRules::instagram(const ApiError &error, int attempts, qint64 baseDelayMs)
{
    const bool attemptsLeft = attempts < Announcement::kMaxAttempts;
    const auto retry = [&](qint64 atLeastMs) -> Decision {
        if (!attemptsLeft)
            return {};
        return {Action::Retry, std::max(atLeastMs, backoffMs(attempts, baseDelayMs))};
    };
    if (error.kind == ApiError::Kind::Transport || error.kind == ApiError::Kind::Timeout)
        return retry(0);
    const int code = GraphErrorEnvelope::code(error);
    const int subcode = GraphErrorEnvelope::subcode(error);
    if (code == 190 || error.kind == ApiError::Kind::SignedOut)
        return {Action::StopAccount, 0};
    if (code == 4 && subcode == 2207051)
        return {}; // suspected spam: never again by itself
    if (code == 9 && subcode == 2207042)
        return retry(3600 * 1000); // the rolling day's quota: after the window moves
    if (error.rateLimited) // the usage headers' time when given, else a minute (Mixpost waits 1 h)
        return {Action::Wait, std::max<qint64>(error.retryAfterMs, 60 * 1000)};
    if (GraphErrorEnvelope::isTransient(error) || needsNewContainer(error) || code == -1 ||
        code == -2 || code == 9004 || code == 9007 || error.httpStatus >= 500)
        return retry(0);
    return {};
}

} // namespace onair
