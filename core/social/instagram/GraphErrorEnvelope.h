#pragma once

#include "net/ApiError.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace onair {

// The Graph API's error answers, the error-envelope hook of InstagramClient's pipeline:
// {"error":{"message","type","code","error_subcode","is_transient","error_user_msg",…}}. Graph
// answers HTTP 400 for nearly everything, throttling and dead tokens included, so the client
// branches on code and subcode only: `reason` is "<code>" or "<code>/<subcode>" ("9007/2207027");
// `message` prefers error_user_msg. Throttling codes (4, 17, 32, 613, 80000–80014) are
// rateLimited, except 4/2207051 (suspected spam: never retried).
class GraphErrorEnvelope
{
public:
    static ApiError parse(int httpStatus, const QByteArray &body);

    static int code(const ApiError &error);
    static int subcode(const ApiError &error);
    // Token expired, revoked or invalidated (190, any subcode).
    static bool isTokenDead(const ApiError &error) { return code(error) == 190; }
    static bool isThrottle(int code, int subcode);
    // is_transient, or codes 1 and 2 (unknown error, temporary outage).
    static bool isTransient(const ApiError &error);
    // The longest `estimated_time_to_regain_access` (minutes) of X-Business-Use-Case-Usage, in
    // ms (0: none): how long a throttled account waits (the reference's §2.5).
    static int regainAccessMs(const QList<QPair<QByteArray, QByteArray>> &headers);
};

} // namespace onair
