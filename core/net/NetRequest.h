#pragma once

#include "net/RetryPolicy.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

class QIODevice;

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
    // A body too large to hold (a file): made afresh for each attempt, read once as it goes out,
    // `bodySize` bytes long; the pipeline deletes it. Used instead of `body` when set.
    std::function<QIODevice *()> bodySource;
    qint64 bodySize = 0;
    QByteArray contentType;
    // Statuses outside 2xx that are answers for this call, not errors (308 for an upload).
    QList<int> answerStatuses;
    // Bytes of the body sent so far, and its size, as they go out.
    std::function<void(qint64 sent, qint64 total)> progress;
    // The call's reply is aborted when its context goes (pausing an upload), instead of
    // running to its end unheard.
    bool abortWithContext = false;
    RetryPolicy::Replay replay = RetryPolicy::Replay::Safe;
    int timeoutMs = 20000;
    // The timeout counts from the last byte sent or received instead of from the start: a long
    // body over a slow line is not cut off while it moves.
    bool timeoutWhenIdle = false;
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
