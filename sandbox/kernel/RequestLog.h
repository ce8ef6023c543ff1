#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

class QHttpServerRequest;
class QUrl;

namespace onair::sandbox {

// What GET /_sandbox/requests shows: every API and sign-in request with its answer's status
// (0: dropped, stalled, or answered by a page), tokens in the query redacted. Bounded.
class RequestLog
{
public:
    void append(const QString &verb, const QHttpServerRequest &request, int status,
                const QString &apiMethod);
    void append(const QString &verb, const QUrl &url, int status, const QString &apiMethod);
    void clear() { m_entries.clear(); }
    QJsonArray toJson() const;

private:
    QList<QJsonObject> m_entries;
};

} // namespace onair::sandbox
