#include "google/ErrorEnvelope.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace onair::sandbox {

QJsonObject ErrorEnvelope::toJson() const
{
    QJsonObject item{{QStringLiteral("message"), message}, {QStringLiteral("reason"), reason}};
    if (!domain.isEmpty())
        item.insert(QStringLiteral("domain"), domain);
    if (!location.isEmpty())
        item.insert(QStringLiteral("location"), location);
    if (!locationType.isEmpty())
        item.insert(QStringLiteral("locationType"), locationType);
    if (!extendedHelp.isEmpty())
        item.insert(QStringLiteral("extendedHelp"), extendedHelp);
    const QJsonObject error{{QStringLiteral("code"), httpStatus},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("errors"), QJsonArray{item}},
                            {QStringLiteral("status"), canonicalStatus(httpStatus)}};
    return QJsonObject{{QStringLiteral("error"), error}};
}

HttpReply ErrorEnvelope::toReply() const
{
    HttpReply reply;
    reply.status = httpStatus;
    reply.contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    reply.body = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    reply.isJson = true;
    if (httpStatus == 401) {
        reply.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                              QByteArrayLiteral("Bearer realm=\"https://accounts.google.com/\", "
                                                "error=\"invalid_token\"")});
    }
    return reply;
}

QString ErrorEnvelope::canonicalStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return QStringLiteral("INVALID_ARGUMENT");
    case 401:
        return QStringLiteral("UNAUTHENTICATED");
    case 403:
        return QStringLiteral("PERMISSION_DENIED");
    case 404:
        return QStringLiteral("NOT_FOUND");
    case 409:
        return QStringLiteral("ABORTED");
    case 413:
        return QStringLiteral("OUT_OF_RANGE");
    case 429:
        return QStringLiteral("RESOURCE_EXHAUSTED");
    case 503:
        return QStringLiteral("UNAVAILABLE");
    default:
        return httpStatus >= 500 ? QStringLiteral("INTERNAL") : QStringLiteral("UNKNOWN");
    }
}

ErrorEnvelope ErrorEnvelope::required(const QString &parameter)
{
    return {400,
            QStringLiteral("global"),
            QStringLiteral("required"),
            QStringLiteral("Required parameter: ") + parameter,
            parameter,
            QStringLiteral("parameter"),
            {}};
}

ErrorEnvelope ErrorEnvelope::unknownPart(const QString &part)
{
    return {400,
            QStringLiteral("youtube.part"),
            QStringLiteral("unknownPart"),
            QLatin1Char('\'') + part + QLatin1Char('\''),
            QStringLiteral("part"),
            QStringLiteral("parameter"),
            {}};
}

ErrorEnvelope ErrorEnvelope::unexpectedParameter(const QString &parameter)
{
    return {400,
            QStringLiteral("youtube.parameter"),
            QStringLiteral("unexpectedParameter"),
            QStringLiteral("The request contains an unexpected parameter: '") + parameter +
                QLatin1Char('\''),
            parameter,
            QStringLiteral("parameter"),
            {}};
}

ErrorEnvelope ErrorEnvelope::invalidParameter(const QString &parameter, const QString &message)
{
    return {400,
            QStringLiteral("global"),
            QStringLiteral("invalidParameter"),
            message,
            parameter,
            QStringLiteral("parameter"),
            {}};
}

ErrorEnvelope ErrorEnvelope::parseError(const QString &message)
{
    return {400, QStringLiteral("global"), QStringLiteral("parseError"), message, {}, {}, {}};
}

ErrorEnvelope ErrorEnvelope::invalidField(const QString &message, const QString &location)
{
    return {400, QStringLiteral("global"), QStringLiteral("invalid"), message, location, {}, {}};
}

ErrorEnvelope ErrorEnvelope::authError(bool missing)
{
    const QString message =
        missing ? QStringLiteral("Request is missing required authentication credential. Expected "
                                 "OAuth 2 access token, login cookie or other valid authentication "
                                 "credential.")
                : QStringLiteral("Request had invalid authentication credentials. Expected OAuth 2 "
                                 "access token, login cookie or other valid authentication "
                                 "credential.");
    return {401,     QStringLiteral("global"),        QStringLiteral("authError"),
            message, QStringLiteral("Authorization"), QStringLiteral("header"),
            {}};
}

ErrorEnvelope ErrorEnvelope::insufficientPermissions()
{
    return {403,
            QStringLiteral("global"),
            QStringLiteral("insufficientPermissions"),
            QStringLiteral("Request had insufficient authentication scopes."),
            {},
            {},
            {}};
}

ErrorEnvelope ErrorEnvelope::quotaExceeded()
{
    return {403,
            QStringLiteral("youtube.quota"),
            QStringLiteral("quotaExceeded"),
            QStringLiteral("The request cannot be completed because you have exceeded your <a "
                           "href=\"/youtube/v3/getting-started#quota\">quota</a>."),
            {},
            {},
            {}};
}

ErrorEnvelope ErrorEnvelope::rateLimitExceeded()
{
    return {403,
            QStringLiteral("usageLimits"),
            QStringLiteral("rateLimitExceeded"),
            QStringLiteral("The request cannot be completed because you have exceeded the rate "
                           "limit. Please retry later."),
            {},
            {},
            {}};
}

ErrorEnvelope ErrorEnvelope::backendError(int httpStatus)
{
    if (httpStatus == 500) {
        return {500,
                QStringLiteral("global"),
                QStringLiteral("internalError"),
                QStringLiteral("Internal error encountered."),
                {},
                {},
                {}};
    }
    return {httpStatus,
            QStringLiteral("global"),
            QStringLiteral("backendError"),
            QStringLiteral("Backend Error"),
            {},
            {},
            {}};
}

ErrorEnvelope ErrorEnvelope::notFound(const QString &path)
{
    return {404,
            QStringLiteral("global"),
            QStringLiteral("notFound"),
            QStringLiteral("Not Found: ") + path,
            {},
            {},
            {}};
}

ErrorEnvelope ErrorEnvelope::live(int httpStatus, const QString &reason, const QString &message,
                                  const QString &domain)
{
    return {httpStatus, domain, reason, message, {}, {}, {}};
}

} // namespace onair::sandbox
