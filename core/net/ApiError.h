#pragma once

#include <QByteArray>
#include <QString>

namespace onair {

// A failed API call as a value: what kind of failure, and Google's envelope fields when
// the server sent one (each service's envelope parser fills them in). The `reason` is what code
// branches on; `message` is for the log.
struct ApiError
{
    enum class Kind
    {
        Http,        // the server answered with an error status
        Transport,   // the connection failed or was dropped
        Timeout,     // no answer within the request's time limit
        BadResponse, // the answer could not be read (malformed or wrongly typed JSON)
        SignedOut,   // no usable credentials; the operator has to sign in again
    };

    Kind kind = Kind::Http;
    int httpStatus = 0;
    QString reason;  // e.g. "errorStreamInactive"; empty when the server gave none
    QString domain;  // e.g. "youtube.liveBroadcast"; may be empty
    QString message; // the server's or our own description
    QString status;  // canonical gRPC status ("INVALID_ARGUMENT"), when sent
    // The service asked us to slow down (its envelope parser knows how it says so); HTTP 429
    // says it for every service.
    bool rateLimited = false;
    // The server's Retry-After, in ms; -1 when it sent none.
    int retryAfterMs = -1;

    static ApiError badResponse(const QString &what);
    static ApiError transport(const QString &what);
    static ApiError timeout(const QString &what);

    // A short, technical one-line summary for logs: "403 errorStreamInactive: Stream is inactive".
    QString summary() const;
};

} // namespace onair
