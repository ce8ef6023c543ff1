#pragma once

#include "announce/Announcement.h"
#include "announce/RetryRules.h"
#include "net/ApiError.h"
#include "net/NetCallInfo.h"
#include "social/SocialAccount.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace onair {

class AnnouncementStore;
class InstagramClient;
class TelegramClient;

// Carries out one attempt of one queue item (already marked `sending` by the scheduler) and
// writes where it ended to the store: published (with the external id and link), pending again
// later, failed, unconfirmed. Telegram: sendMessage/sendPhoto, or editMessageText/Caption when the
// item edits a post that exists. Instagram: container, its status until FINISHED, the quota,
// media_publish; after any failed or unanswered publish the container's status decides
// (PUBLISHED: done, the media found by its caption; FINISHED: publish again is safe).
// A flood wait (not executed) waits the time given without spending an attempt, up to
// kMaxFloodWaits in a row.
class AnnouncementPublisher : public QObject
{
    Q_OBJECT

public:
    // Flood waits in a row that do not count as attempts; past it, each one does.
    static constexpr int kMaxFloodWaits = 10;

    struct Timing
    {
        qint64 retryBaseMs = 60 * 1000; // the seed's 60 s, doubled per attempt
        int pollIntervalMs = 2000;      // container status while IN_PROGRESS
        int pollBudget = 150;           // then "stuck": failed, nothing was published
        int telegramPostTimeoutMs = 60000;
    };
    // Yields an account's token (from the keychain by default).
    using TokenSource =
        std::function<void(const QString &accountId, QObject *context,
                           std::function<void(const QString &token, const QString &error)>)>;

    AnnouncementPublisher(AnnouncementStore *store, QNetworkAccessManager *nam, TokenSource tokens,
                          QObject *parent = nullptr);

    void setTiming(const Timing &timing) { m_timing = timing; }
    const Timing &timing() const { return m_timing; }

    // `done` runs once the item's row says how this attempt ended.
    void send(Announcement item, std::function<void()> done);

    // The clients (made on first use per account), for account checks.
    TelegramClient *telegram(const SocialAccount &account);
    InstagramClient *instagram(const SocialAccount &account);
    // Forget a client (its token changed).
    void forget(const QString &accountId);

Q_SIGNALS:
    // The account's token was refused: its pending items are held until it is fixed.
    void accountStopped(const QString &accountId, const QString &why);

private:
    struct Run;
    void sendTelegram(const std::shared_ptr<Run> &run);
    void createContainer(const std::shared_ptr<Run> &run);
    void poll(const std::shared_ptr<Run> &run, int pollsLeft);
    void checkQuotaThenPublish(const std::shared_ptr<Run> &run);
    void publish(const std::shared_ptr<Run> &run);
    void afterFailedPublish(const std::shared_ptr<Run> &run, const ApiError &error);
    void foundPublished(const std::shared_ptr<Run> &run);

    void published(const std::shared_ptr<Run> &run, const QString &externalId, const QUrl &link,
                   const QString &line);
    void failed(const std::shared_ptr<Run> &run, RetryRules::Decision decision,
                const QString &line);
    void finish(const std::shared_ptr<Run> &run);

    AnnouncementStore *m_store;
    QPointer<QNetworkAccessManager> m_nam;
    TokenSource m_tokens;
    Timing m_timing;
    QHash<QString, TelegramClient *> m_telegram;
    QHash<QString, InstagramClient *> m_instagram;
    QHash<qint64, int> m_floodWaits; // an item's flood waits in a row (not attempts)
};

} // namespace onair
