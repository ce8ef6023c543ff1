#pragma once

#include "net/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

class QObject;

namespace onair {

// What a service plugs into its RequestPipeline: authentication, its error envelope and its
// quota accounting. Every hook is optional.
struct RequestHooks
{
    using TokenDone = std::function<void(Result<QString>)>;

    // Yields the bearer token for the next attempt (sent as "Authorization: Bearer …").
    // Unset: requests go without credentials and a 401 is final. An error of kind SignedOut
    // ends the call; a transport failure (or 5xx) is retried like a request that was not sent.
    std::function<void(QObject *context, TokenDone done)> bearerToken;
    // The server refused this token (401): forget it, so the one replay gets a fresh one.
    std::function<void(const QString &token)> tokenRefused;
    // Reads a non-2xx answer into an ApiError. Unset: ApiError with the status and an excerpt.
    std::function<ApiError(int httpStatus, const QByteArray &body)> parseError;
    // A throttled answer's wait read from its own headers when it has no Retry-After (ms; 0:
    // none), e.g. Graph's usage headers.
    std::function<int(const QList<QPair<QByteArray, QByteArray>> &headers)> throttleWaitMs;
    // Charges one attempt that may have reached the server; returns the units charged.
    std::function<int(const QString &method)> chargeQuota;
};

} // namespace onair
