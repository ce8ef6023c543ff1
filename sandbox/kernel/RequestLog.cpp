#include "kernel/RequestLog.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QUrlQuery>

namespace onair::sandbox {

namespace {
constexpr int kRequestLogLimit = 5000;
}

void RequestLog::append(const QString &verb, const QHttpServerRequest &request, int status,
                        const QString &apiMethod)
{
    append(verb, request.url(), status, apiMethod);
}

void RequestLog::append(const QString &verb, const QUrl &url, int status, const QString &apiMethod)
{
    QUrlQuery query(url.query(QUrl::FullyEncoded));
    for (const char *secret : {"access_token", "oauth_token"}) {
        if (query.hasQueryItem(QLatin1String(secret))) {
            query.removeAllQueryItems(QLatin1String(secret));
            query.addQueryItem(QLatin1String(secret), QStringLiteral("REDACTED"));
        }
    }
    QJsonObject entry{
        {QStringLiteral("method"), verb},
        {QStringLiteral("path"), url.path()},
        {QStringLiteral("query"), query.toString(QUrl::FullyEncoded)},
        {QStringLiteral("status"), status},
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    if (!apiMethod.isEmpty())
        entry.insert(QStringLiteral("apiMethod"), apiMethod);
    m_entries.append(entry);
    if (m_entries.size() > kRequestLogLimit)
        m_entries.removeFirst();
}

QJsonArray RequestLog::toJson() const
{
    QJsonArray entries;
    for (const QJsonObject &e : m_entries)
        entries.append(e);
    return entries;
}

} // namespace onair::sandbox
