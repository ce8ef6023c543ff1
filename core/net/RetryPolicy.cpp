#include "net/RetryPolicy.h"

#include <algorithm>

namespace onair {

RetryPolicy::RetryPolicy(const Limits &limits)
    : m_limits(limits)
{}

RetryPolicy::FailureClass RetryPolicy::classify(const ApiError &error, bool requestSent)
{
    switch (error.kind) {
    case ApiError::Kind::Transport:
        return requestSent ? FailureClass::OutcomeUnknown : FailureClass::NotSent;
    case ApiError::Kind::Timeout:
        return FailureClass::OutcomeUnknown;
    case ApiError::Kind::BadResponse:
    case ApiError::Kind::SignedOut:
        return FailureClass::Permanent;
    case ApiError::Kind::Http:
        break;
    }
    const int s = error.httpStatus;
    if (s == 401)
        return FailureClass::Unauthorized;
    if (s == 500 || s == 502 || s == 503 || s == 504)
        return FailureClass::Transient;
    if (s == 429 || error.rateLimited)
        return FailureClass::RateLimited;
    return FailureClass::Permanent;
}

int RetryPolicy::backoffMs(int retryIndex, bool rateLimited, double random01) const
{
    const qint64 base = rateLimited ? m_limits.rateLimitBaseDelayMs : m_limits.baseDelayMs;
    const qint64 cap = rateLimited ? m_limits.rateLimitMaxDelayMs : m_limits.maxDelayMs;
    const int shift = std::clamp(retryIndex, 0, 20);
    const qint64 ceiling = std::min(cap, base << shift);
    const double r = std::clamp(random01, 0.0, 1.0);
    return static_cast<int>(static_cast<double>(ceiling) * r);
}

RetryPolicy::Decision RetryPolicy::decide(const Attempt &a, double random01) const
{
    const FailureClass failure = classify(a.error, a.requestSent);
    const auto retry = [&](bool rateLimited) -> Decision {
        const int maxAttempts = rateLimited ? m_limits.rateLimitMaxAttempts : m_limits.maxAttempts;
        if (a.attemptsMade >= maxAttempts)
            return {};
        int delay = backoffMs(a.attemptsMade - 1, rateLimited, random01);
        if (a.retryAfterMs > 0) {
            const int cap = rateLimited ? m_limits.rateLimitMaxDelayMs : m_limits.maxDelayMs;
            delay = std::max(delay, std::min(a.retryAfterMs, cap));
        }
        if (a.elapsedMs + delay > m_limits.totalBudgetMs)
            return {};
        return {Action::Retry, delay};
    };

    switch (failure) {
    case FailureClass::Permanent:
        return {};
    case FailureClass::Unauthorized:
        // A 401 is a clear refusal: nothing happened, so even an insert may be replayed.
        if (a.refreshedAlready)
            return {};
        return {Action::RefreshAndReplay, 0};
    case FailureClass::NotSent:
        return retry(false);
    case FailureClass::OutcomeUnknown:
        switch (a.replay) {
        case Replay::Safe:
            return retry(false);
        case Replay::AfterReconcile:
            return {Action::Reconcile, 0};
        case Replay::Never:
            return {};
        }
        return {};
    case FailureClass::Transient:
        switch (a.replay) {
        case Replay::Safe:
            return retry(false);
        case Replay::AfterReconcile:
            // 503 says the service did not take the request; 500/502/504 may hide a
            // half-done write, so look first.
            if (a.error.httpStatus == 503)
                return retry(false);
            return {Action::Reconcile, 0};
        case Replay::Never:
            return {};
        }
        return {};
    case FailureClass::RateLimited:
        // Refused before any work was done; a cuepoint still goes back to the operator.
        if (a.replay == Replay::Never)
            return {};
        return retry(true);
    }
    return {};
}

} // namespace onair
