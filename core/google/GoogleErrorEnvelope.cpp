#include "google/GoogleErrorEnvelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace onair {

ApiError GoogleErrorEnvelope::parse(int httpStatus, const QByteArray &body)
{
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = httpStatus;

    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue errorValue =
        doc.isObject() ? doc.object().value(QLatin1String("error")) : QJsonValue();
    if (errorValue.isObject()) {
        const QJsonObject error = errorValue.toObject();
        e.message = error.value(QLatin1String("message")).toString();
        e.status = error.value(QLatin1String("status")).toString();
        const QJsonArray errors = error.value(QLatin1String("errors")).toArray();
        if (!errors.isEmpty() && errors.first().isObject()) {
            const QJsonObject first = errors.first().toObject();
            e.reason = first.value(QLatin1String("reason")).toString();
            e.domain = first.value(QLatin1String("domain")).toString();
            if (e.message.isEmpty())
                e.message = first.value(QLatin1String("message")).toString();
        }
    } else if (errorValue.isString()) {
        // OAuth 2.0 token and revoke endpoints (RFC 6749 §5.2).
        e.reason = errorValue.toString();
        e.domain = QStringLiteral("oauth2");
        e.message = doc.object().value(QLatin1String("error_description")).toString();
    } else {
        // Not an envelope (a proxy page, a truncated answer): keep a bounded excerpt.
        e.message = QString::fromUtf8(body.left(200)).simplified();
    }
    e.rateLimited = (httpStatus == 403 || httpStatus == 400) && isRateLimitReason(e.reason);
    return e;
}

bool GoogleErrorEnvelope::isRateLimitReason(const QString &reason)
{
    return reason == QLatin1String("rateLimitExceeded") ||
           reason == QLatin1String("userRateLimitExceeded") ||
           reason == QLatin1String("userRequestsExceedRateLimit") ||
           reason == QLatin1String("uploadRateLimitExceeded");
}

} // namespace onair
