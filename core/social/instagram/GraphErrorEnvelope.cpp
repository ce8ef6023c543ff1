#include "social/instagram/GraphErrorEnvelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace onair {

ApiError GraphErrorEnvelope::parse(int httpStatus, const QByteArray &body)
{
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = httpStatus;
    e.domain = QStringLiteral("graph");
    const QJsonObject error =
        QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    if (error.isEmpty()) {
        e.message = QString::fromUtf8(body.left(200)).simplified();
        return e;
    }
    const int code = error.value(QLatin1String("code")).toInt();
    const int subcode = error.value(QLatin1String("error_subcode")).toInt();
    e.reason = subcode ? QStringLiteral("%1/%2").arg(code).arg(subcode) : QString::number(code);
    const QString userMessage = error.value(QLatin1String("error_user_msg")).toString();
    e.message =
        userMessage.isEmpty() ? error.value(QLatin1String("message")).toString() : userMessage;
    e.status = error.value(QLatin1String("is_transient")).toBool() ? QStringLiteral("transient")
                                                                   : QString();
    e.rateLimited = isThrottle(code, subcode);
    return e;
}

int GraphErrorEnvelope::code(const ApiError &error)
{
    if (error.domain != QLatin1String("graph"))
        return 0;
    return error.reason.section(QLatin1Char('/'), 0, 0).toInt();
}

int GraphErrorEnvelope::subcode(const ApiError &error)
{
    if (error.domain != QLatin1String("graph"))
        return 0;
    return error.reason.section(QLatin1Char('/'), 1, 1).toInt();
}

bool GraphErrorEnvelope::isThrottle(int code, int subcode)
{
    if (code == 4)
        return subcode != 2207051;
    return code == 17 || code == 32 || code == 613 || (code >= 80000 && code <= 80014);
}

bool GraphErrorEnvelope::isTransient(const ApiError &error)
{
    const int c = code(error);
    return error.status == QLatin1String("transient") || c == 1 || c == 2;
}

int GraphErrorEnvelope::regainAccessMs(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    int minutes = 0;
    for (const auto &[name, value] : headers) {
        if (name.compare("X-Business-Use-Case-Usage", Qt::CaseInsensitive) != 0)
            continue;
        // {"<id>":[{"type":…,"estimated_time_to_regain_access":N,…}],…}
        const QJsonObject byId = QJsonDocument::fromJson(value).object();
        for (const QJsonValue &entries : byId) {
            for (const QJsonValue &e : entries.toArray()) {
                minutes = std::max(
                    minutes,
                    e.toObject().value(QLatin1String("estimated_time_to_regain_access")).toInt());
            }
        }
    }
    return std::min(minutes, 24 * 60) * 60 * 1000;
}

} // namespace onair
