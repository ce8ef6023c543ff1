#include "social/instagram/InstagramClient.h"

#include "net/JsonReader.h"
#include "net/RequestPipeline.h"
#include "social/instagram/GraphErrorEnvelope.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace onair {

InstagramClient::InstagramClient(QNetworkAccessManager *nam, const QUrl &graphRoot, QObject *parent)
    : QObject(parent)
    , m_pipeline(new RequestPipeline(nam, this))
    , m_root(graphRoot)
{
    if (!m_root.path().endsWith(QLatin1Char('/')))
        m_root.setPath(m_root.path() + QLatin1Char('/'));
    RequestHooks hooks;
    hooks.bearerToken = [this](QObject *, RequestHooks::TokenDone done) {
        if (m_token.isEmpty()) {
            ApiError e;
            e.kind = ApiError::Kind::SignedOut;
            e.reason = QStringLiteral("190");
            e.domain = QStringLiteral("graph");
            e.message = tr("No access token is stored for this Instagram account.");
            return done(e);
        }
        done(m_token);
    };
    hooks.parseError = &GraphErrorEnvelope::parse;
    hooks.throttleWaitMs = &GraphErrorEnvelope::regainAccessMs;
    m_pipeline->setHooks(hooks);
}

void InstagramClient::call(const QByteArray &verb, const QString &path,
                           const QList<QPair<QString, QString>> &params, bool publishes,
                           QObject *context, Done<QJsonObject> done)
{
    NetRequest rq;
    // Logged and signalled by name: an object's own path (a container, a media) is "node".
    const QString last = path.section(QLatin1Char('/'), -1);
    bool numeric = false;
    last.toLongLong(&numeric);
    rq.method = QStringLiteral("instagram.") + (numeric ? QStringLiteral("node") : last);
    rq.verb = verb;
    rq.url = m_root.resolved(QUrl(path));
    QUrlQuery query;
    query.setQueryItems(params);
    if (verb == "GET") {
        rq.url.setQuery(query);
    } else {
        rq.body = query.toString(QUrl::FullyEncoded).toUtf8();
        rq.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    }
    rq.replay = publishes ? RetryPolicy::Replay::Never : RetryPolicy::Replay::Safe;
    rq.timeoutMs = publishes ? 60000 : 20000;
    m_pipeline->send(std::move(rq), context,
                     [done, path](Result<NetReply> reply, NetCallInfo info) {
                         if (!reply)
                             return done(reply.error(), info);
                         auto parsed = parseJsonObject(reply.value().body, path);
                         if (!parsed)
                             return done(parsed.error(), info);
                         done(parsed.value(), info);
                     });
}

void InstagramClient::me(QObject *context, Done<QJsonObject> done)
{
    call("GET", m_version + QStringLiteral("/me"),
         {{QStringLiteral("fields"), QStringLiteral("user_id,username")}}, false, context,
         std::move(done));
}

void InstagramClient::createContainer(const QString &userId, const QUrl &imageUrl,
                                      const QString &caption, QObject *context, Done<QString> done)
{
    call("POST", m_version + QLatin1Char('/') + userId + QStringLiteral("/media"),
         {{QStringLiteral("image_url"), imageUrl.toString(QUrl::FullyEncoded)},
          {QStringLiteral("caption"), caption}},
         false, context, [done](Result<QJsonObject> r, NetCallInfo info) {
             if (!r)
                 return done(r.error(), info);
             const QString id = r.value().value(QLatin1String("id")).toString();
             if (id.isEmpty())
                 return done(ApiError::badResponse(QStringLiteral("media: no container id")), info);
             done(id, info);
         });
}

void InstagramClient::container(const QString &containerId, QObject *context,
                                Done<InstagramContainer> done)
{
    call("GET", m_version + QLatin1Char('/') + containerId,
         {{QStringLiteral("fields"), QStringLiteral("id,status_code,status")}}, false, context,
         [done, containerId](Result<QJsonObject> r, NetCallInfo info) {
             if (!r)
                 return done(r.error(), info);
             JsonReader reader(r.value());
             InstagramContainer c;
             c.id = containerId;
             c.statusCode = reader.string("status_code");
             c.status = reader.string("status");
             if (!reader.ok())
                 return done(ApiError::badResponse(reader.error()), info);
             done(c, info);
         });
}

void InstagramClient::publish(const QString &userId, const QString &containerId, QObject *context,
                              Done<QString> done)
{
    call("POST", m_version + QLatin1Char('/') + userId + QStringLiteral("/media_publish"),
         {{QStringLiteral("creation_id"), containerId}}, true, context,
         [done](Result<QJsonObject> r, NetCallInfo info) {
             if (!r)
                 return done(r.error(), info);
             const QString id = r.value().value(QLatin1String("id")).toString();
             if (id.isEmpty())
                 return done(ApiError::badResponse(QStringLiteral("media_publish: no media id")),
                             info);
             done(id, info);
         });
}

void InstagramClient::publishingLimit(const QString &userId, QObject *context,
                                      Done<QPair<int, int>> done)
{
    call("GET", m_version + QLatin1Char('/') + userId + QStringLiteral("/content_publishing_limit"),
         {{QStringLiteral("fields"), QStringLiteral("quota_usage,config")}}, false, context,
         [done](Result<QJsonObject> r, NetCallInfo info) {
             if (!r)
                 return done(r.error(), info);
             const QJsonObject first =
                 r.value().value(QLatin1String("data")).toArray().first().toObject();
             const int used = first.value(QLatin1String("quota_usage")).toInt();
             const int total = first.value(QLatin1String("config"))
                                   .toObject()
                                   .value(QLatin1String("quota_total"))
                                   .toInt(-1);
             done(QPair<int, int>(used, total), info);
         });
}

void InstagramClient::permalink(const QString &mediaId, QObject *context, Done<QUrl> done)
{
    call("GET", m_version + QLatin1Char('/') + mediaId,
         {{QStringLiteral("fields"), QStringLiteral("permalink")}}, false, context,
         [done](Result<QJsonObject> r, NetCallInfo info) {
             if (!r)
                 return done(r.error(), info);
             done(QUrl(r.value().value(QLatin1String("permalink")).toString()), info);
         });
}

void InstagramClient::recentMedia(const QString &userId, const QDateTime &since, QObject *context,
                                  Done<QList<InstagramMedia>> done)
{
    call("GET", m_version + QLatin1Char('/') + userId + QStringLiteral("/media"),
         {{QStringLiteral("fields"), QStringLiteral("id,caption,timestamp,permalink")},
          {QStringLiteral("since"), QString::number(since.toSecsSinceEpoch())},
          {QStringLiteral("limit"), QStringLiteral("25")}},
         false, context, [done](Result<QJsonObject> r, NetCallInfo info) {
             if (!r)
                 return done(r.error(), info);
             QList<InstagramMedia> list;
             const QJsonArray data = r.value().value(QLatin1String("data")).toArray();
             for (const QJsonValue &v : data) {
                 const QJsonObject o = v.toObject();
                 InstagramMedia m;
                 m.id = o.value(QLatin1String("id")).toString();
                 m.caption = o.value(QLatin1String("caption")).toString();
                 // Graph writes "2026-03-01T18:00:00+0000"; ISO 8601 wants "+00:00".
                 QString stamp = o.value(QLatin1String("timestamp")).toString();
                 if (stamp.size() > 5 && stamp.at(stamp.size() - 5) == QLatin1Char('+'))
                     stamp.insert(stamp.size() - 2, QLatin1Char(':'));
                 m.timestamp = QDateTime::fromString(stamp, Qt::ISODate);
                 m.permalink = QUrl(o.value(QLatin1String("permalink")).toString());
                 list.append(m);
             }
             done(list, info);
         });
}

void InstagramClient::refreshToken(QObject *context, Done<InstagramToken> done)
{
    call("GET", QStringLiteral("refresh_access_token"),
         {{QStringLiteral("grant_type"), QStringLiteral("ig_refresh_token")},
          {QStringLiteral("access_token"), m_token}},
         false, context, [done](Result<QJsonObject> r, NetCallInfo info) {
             if (!r)
                 return done(r.error(), info);
             InstagramToken t;
             t.accessToken = r.value().value(QLatin1String("access_token")).toString();
             const qint64 expiresIn = r.value().value(QLatin1String("expires_in")).toInteger();
             t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
             if (t.accessToken.isEmpty() || expiresIn <= 0)
                 return done(ApiError::badResponse(
                                 QStringLiteral("refresh_access_token: no token or expiry")),
                             info);
             done(t, info);
         });
}

} // namespace onair
