#include "google/ResourceCalls.h"

#include <QJsonDocument>

namespace onair {

NetRequest ResourceCalls::request(const QString &method, const QByteArray &verb,
                                  const QString &path, const QUrlQuery &query) const
{
    NetRequest r;
    r.method = method;
    r.verb = verb;
    r.url = m_endpoint->rootUrl().resolved(QUrl(path));
    r.url.setQuery(query);
    r.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    r.timeoutMs = verb == "GET" ? m_endpoint->readTimeoutMs() : m_endpoint->writeTimeoutMs();
    return r;
}

NetRequest ResourceCalls::request(const QString &method, const QByteArray &verb,
                                  const QString &path, const QUrlQuery &query,
                                  const QJsonObject &body) const
{
    NetRequest r = request(method, verb, path, query);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    return r;
}

void ResourceCalls::send(NetRequest request, QObject *context, RequestPipeline::Done done) const
{
    m_endpoint->pipeline()->send(std::move(request), context, std::move(done));
}

void ResourceCalls::remove(const QString &method, const QString &path, const QString &id,
                           const QString &notFoundReason, QObject *context, Done<bool> done) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("id"), id);
    send(request(method, "DELETE", path, q), context,
         [notFoundReason, done = std::move(done)](Result<NetReply> res, NetCallInfo info) {
             if (res)
                 return done(true);
             // The first delete went through but its answer was lost: the retry finds it gone.
             if (info.earlierOutcomeUnknown && res.error().reason == notFoundReason)
                 return done(true);
             done(res.error());
         });
}

QString ResourceCalls::joinParts(const QStringList &parts, const QStringList &fallback)
{
    return (parts.isEmpty() ? fallback : parts).join(QLatin1Char(','));
}

QStringList ResourceCalls::withParts(QStringList parts, const QStringList &needed)
{
    for (const QString &p : needed) {
        if (!parts.contains(p))
            parts.append(p);
    }
    return parts;
}

ApiError ResourceCalls::notFound(const QString &reason, const QString &domain, const QString &what)
{
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = 404;
    e.reason = reason;
    e.domain = domain;
    e.status = QStringLiteral("NOT_FOUND");
    e.message = what;
    return e;
}

} // namespace onair
