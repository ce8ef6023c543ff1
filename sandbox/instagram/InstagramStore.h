#pragma once

#include "instagram/InstagramRecords.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace onair::sandbox {

// The sandbox's Instagram professional account: its user id, username, long-lived token(s),
// containers, published media and publish log (the rolling day of the publishing limit), with
// the service's clock (real time plus an offset a test moves). Every change says so with
// changed() (the state file saves it).
class InstagramStore : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        double processingSeconds = 2;       // a container's IN_PROGRESS time
        int quotaTotal = 50;                // content_publishing_limit's quota_total (50 or 100)
        bool captionReadable = true;        // GET media returns caption (the Instagram-Login doubt)
        int secondPublishCode = 24;         // a media_publish of a PUBLISHED container …
        int secondPublishSubcode = 2207008; // … answers this error
    };

    explicit InstagramStore(QObject *parent = nullptr);

    Settings &settings() { return m_settings; }
    const Settings &constSettings() const { return m_settings; }
    QString userId() const { return QStringLiteral("17841400123456789"); }
    QString appScopedId() const { return QStringLiteral("9876543210123456"); }
    QString username() const { return QStringLiteral("onair.sandbox"); }
    GraphToken &token() { return m_tokens.first(); } // the seeded one
    const GraphToken *findToken(const QString &value) const;
    GraphToken &issueToken(); // refresh_access_token's new token

    Container *container(const QString &id);
    const Media *media(const QString &id) const;
    const QList<Media> &allMedia() const { return m_media; }
    const QList<Container> &containers() const { return m_containers; }
    Container &createContainer(const QString &imageUrl, const QString &caption,
                               const QString &outcome);
    // "IN_PROGRESS", "FINISHED", "PUBLISHED", "EXPIRED", "ERROR" or "" (errorempty).
    QString statusCode(const Container &container) const;
    const Media &publish(Container &container);
    int publishedInLastDay(qint64 since = 0) const;
    qint64 recordCall(); // one API call now; the calls in the last hour
    qint64 recentCalls() const { return m_callLog.size(); }

    qint64 now() const;
    qint64 nowMs() const;
    void advanceClock(qint64 seconds);
    void touch() { Q_EMIT changed(); }
    void reset();
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &saved);

Q_SIGNALS:
    void changed();

private:
    void seed();
    QString nextId(const char *prefix);

    Settings m_settings;
    QList<GraphToken> m_tokens;
    QList<Container> m_containers;
    QList<Media> m_media;
    QList<qint64> m_publishLog; // Unix seconds of each publish
    QList<qint64> m_callLog;    // ms of each API call in the last hour
    qint64 m_clockOffset = 0;
    qint64 m_counter = 0;
};

} // namespace onair::sandbox
