#pragma once

#include "net/ApiError.h"

namespace onair {

// Decides, for one failed attempt of an API call, whether to give up, wait and send again,
// refresh the access token and replay, or reconcile (look at what exists before sending
// again). Pure: the caller passes the clock and the random number, so tests can drive it.
//
// Backoff is exponential with full jitter (delay = random × min(cap, base × 2^retry)), as in
// Google's upload sample (seed 000), bounded both in attempts and in total time.
class RetryPolicy
{
public:
    // How a call may be repeated when its outcome is not a clear answer.
    enum class Replay
    {
        Safe,           // reads, updates, deletes, bind, transition: same effect when repeated
        AfterReconcile, // inserts: repeat only after a list shows nothing was created
        Never,          // cuepoints: cannot be listed, so never sent twice
    };

    enum class FailureClass
    {
        NotSent,        // the connection failed before the request went out (refused, no host)
        OutcomeUnknown, // the request went out, no answer came (dropped, timed out)
        Transient,      // 500/502/503/504
        RateLimited,    // 429, or an error its service marked rateLimited (ApiError)
        Unauthorized,   // 401: the access token expired or was revoked
        Permanent,      // everything else: quotaExceeded, other 4xx and 403s, bad responses
    };

    enum class Action
    {
        GiveUp,
        Retry,            // send the same request again after delayMs
        RefreshAndReplay, // get a fresh access token, then send again at once
        Reconcile,        // list what exists and match it to what was sent
    };

    struct Decision
    {
        Action action = Action::GiveUp;
        int delayMs = 0;
    };

    struct Limits
    {
        int maxAttempts = 5;             // the first send plus four retries
        int baseDelayMs = 1000;          // first retry waits up to 1 s
        int maxDelayMs = 16000;          // no single wait longer than 16 s
        int rateLimitMaxAttempts = 4;    // rate limits: fewer, longer waits
        int rateLimitBaseDelayMs = 5000; // first wait up to 5 s
        int rateLimitMaxDelayMs = 40000;
        int totalBudgetMs = 90000; // never keep the operator waiting longer than this in all
    };

    struct Attempt
    {
        ApiError error;
        Replay replay = Replay::Safe;
        bool requestSent = true; // false when the connection failed before anything was sent
        int attemptsMade = 1;    // how many times the request has been sent, this one included
        qint64 elapsedMs = 0;    // since the first send
        bool refreshedAlready = false; // a 401 has already been answered by a refresh
        int retryAfterMs = -1;         // the server's Retry-After, when it sent one
    };

    RetryPolicy() = default;
    explicit RetryPolicy(const Limits &limits);

    static FailureClass classify(const ApiError &error, bool requestSent);

    // `random01` is uniform in [0, 1).
    Decision decide(const Attempt &attempt, double random01) const;
    // The jittered wait before retry number `retryIndex` (0 for the first retry).
    int backoffMs(int retryIndex, bool rateLimited, double random01) const;

    const Limits &limits() const { return m_limits; }

private:
    Limits m_limits;
};

} // namespace onair
