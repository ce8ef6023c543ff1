#pragma once

#include "net/NetCallInfo.h"
#include "net/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace onair {

class RequestPipeline;

struct InstagramContainer
{
    QString id;
    QString statusCode; // IN_PROGRESS, FINISHED, PUBLISHED, ERROR, EXPIRED (may be empty)
    QString status;     // the text; "Error: …" on a processing error
};

struct InstagramMedia
{
    QString id;
    QString caption;
    QDateTime timestamp;
    QUrl permalink;
};

struct InstagramToken
{
    QString accessToken;
    QDateTime expiresAt;
};

// The Instagram Graph API (Instagram Login) for one professional account, through its own
// RequestPipeline (the token as a bearer, GraphErrorEnvelope). Single-image posts in the
// documented two steps: a container (Meta fetches the public JPEG itself), then media_publish.
// media_publish is sent once (Replay::Never): the queue reconciles through the container's
// status before any second publish.
class InstagramClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Done = std::function<void(Result<T>, NetCallInfo)>;

    // `graphRoot` is "https://graph.instagram.com/" or the sandbox's, without a version.
    InstagramClient(QNetworkAccessManager *nam, const QUrl &graphRoot, QObject *parent = nullptr);

    void setToken(const QString &token) { m_token = token; }
    const QString &token() const { return m_token; }
    void setApiVersion(const QString &version) { m_version = version; }
    RequestPipeline *pipeline() const { return m_pipeline; }

    // GET me?fields=user_id,username.
    void me(QObject *context, Done<QJsonObject> done);
    void createContainer(const QString &userId, const QUrl &imageUrl, const QString &caption,
                         QObject *context, Done<QString> done);
    void container(const QString &containerId, QObject *context, Done<InstagramContainer> done);
    void publish(const QString &userId, const QString &containerId, QObject *context,
                 Done<QString> done);
    // content_publishing_limit: {used, total}.
    void publishingLimit(const QString &userId, QObject *context, Done<QPair<int, int>> done);
    void permalink(const QString &mediaId, QObject *context, Done<QUrl> done);
    // The account's media since `since` (to find a post whose publish answer was lost).
    void recentMedia(const QString &userId, const QDateTime &since, QObject *context,
                     Done<QList<InstagramMedia>> done);
    // refresh_access_token with ig_refresh_token: a new long-lived token (60 days).
    void refreshToken(QObject *context, Done<InstagramToken> done);

private:
    void call(const QByteArray &verb, const QString &path,
              const QList<QPair<QString, QString>> &params, bool publishes, QObject *context,
              Done<QJsonObject> done);

    RequestPipeline *m_pipeline;
    QUrl m_root;
    QString m_version = QStringLiteral("v25.0");
    QString m_token;
};

} // namespace onair
