#pragma once

#include "net/ApiError.h"

#include <QByteArray>

namespace onair {

// Google's error answers, the error-envelope hook of the Google clients' pipelines. Google
// answers in two shapes: the APIs' envelope ({"error":{"code","message","errors":[…]}}) and
// the OAuth endpoints' form ({"error":"invalid_grant","error_description":…}, RFC 6749 §5.2).
// A body that is neither still gives an error carrying the HTTP status.
class GoogleErrorEnvelope
{
public:
    static ApiError parse(int httpStatus, const QByteArray &body);
    // Google's ways of saying "slow down" in a 403 or 400 (parse() marks them rateLimited).
    static bool isRateLimitReason(const QString &reason);
};

} // namespace onair
