#pragma once

#include "net/RetryPolicy.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

namespace onair {

// One call to send through a RequestPipeline: what to send, how long to wait for the answer,
// and how the call may be repeated. Plain value; the service's client fills it in.
struct NetRequest
{
    // Returns empty while the request may still be sent; the sentence that says why not
    // otherwise.
    using SendCheck = std::function<QString()>;

    QString method; // the name logged, charged and signalled, e.g. "liveBroadcasts.insert"
    QByteArray verb = QByteArrayLiteral("GET");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType;
    RetryPolicy::Replay replay = RetryPolicy::Replay::Safe;
    int timeoutMs = 20000;
    // No attempt starts later than this after the call (-1: no limit); `lateMessage` is the
    // sentence the call ends with when the next attempt would.
    int sendWithinMs = -1;
    QString lateMessage;
    // Asked before each resend (not before the first send); a non-empty answer ends the call
    // unsent with that sentence.
    SendCheck beforeResend;
    // ApiError::reason of a call that ends unsent for one of the two reasons above.
    QString notSentReason = QStringLiteral("notSent");
};

} // namespace onair
