#pragma once

#include "remote/http/HttpRequest.h"

#include <QByteArrayView>
#include <QString>

namespace onair {

// Reads one HTTP/1.0 or 1.1 request from the start of a buffer, strictly and within limits,
// for the local remote API: a request line with a token method, an origin-form target and
// HTTP/1.x; header lines "name: value" ending in CRLF (no folding, no bare LF, no control
// characters); a body only by Content-Length (one value). Anything else is an error with the
// status to answer. Pure, and fed any bytes by the fuzzer.
class HttpRequestParser
{
public:
    struct Limits
    {
        qsizetype maxTarget = 2048;
        qsizetype maxHeaderBytes = 8192; // request line and headers with their CRLFs
        int maxHeaders = 64;
        qsizetype maxBody = 16 * 1024;
    };

    enum class State
    {
        NeedMore, // not a whole request yet, nothing wrong so far
        Complete,
        Error,
    };

    struct Result
    {
        State state = State::NeedMore;
        HttpRequest request;    // Complete
        qsizetype consumed = 0; // Complete: bytes the request took
        int status = 0;         // Error: the HTTP status to answer (400, 413, 414, 431, 501, 505)
        QString error;          // Error: what was wrong, for the log
    };

    static Result parse(QByteArrayView data, const Limits &limits);
    static Result parse(QByteArrayView data) { return parse(data, Limits()); }
};

} // namespace onair
