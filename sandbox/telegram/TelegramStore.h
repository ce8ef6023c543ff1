#pragma once

#include "telegram/FloodControl.h"
#include "telegram/TelegramRecords.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace onair::sandbox {

// The sandbox's Telegram: one seeded bot, its chats (the announcement channel and a few that
// say no in each documented way), every chat's messages with a per-chat message_id counter,
// the flood-control buckets and the service's clock (real time plus an offset a test moves).
// Every change says so with changed() (the state file saves it).
class TelegramStore : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        double perChatPerSecond = 1; // same chat: about 1 message a second …
        double perChatBurst = 3;     // … short bursts pass
        double perGroupPerMinute = 20;
        double globalPerSecond = 30;
        int floodRetryAfter = 3; // the retry_after of an injected flood (ratelimit fault)
        int deleteWindowHours = 48;
    };

    explicit TelegramStore(QObject *parent = nullptr);

    Settings &settings() { return m_settings; }
    const Bot &bot() const { return m_bot; }
    Bot &bot() { return m_bot; }
    QString channelUsername() const; // "@onair_show"

    // By "@username" (any case) or numeric id; null when unknown.
    Chat *chat(const QString &idOrUsername);
    const QList<Chat> &chats() const { return m_chats; }
    const QList<Message> &messages() const { return m_messages; }
    Message *message(qint64 chatId, qint64 messageId);
    // Stores `message` under the chat's next id; returns it.
    Message &post(Message message);
    // Remembers a sent file's id so it can be sent again by file_id.
    void keepFile(const QString &fileId, const QJsonObject &file) { m_files.insert(fileId, file); }
    QJsonObject file(const QString &fileId) const { return m_files.value(fileId); }

    qint64 now() const; // Unix seconds, the clock offset applied
    qint64 nowMs() const;
    void advanceClock(qint64 seconds);
    // 0 when a send/edit to `chat` may go now; otherwise retry_after seconds.
    int takeFlood(const Chat &chat);

    void touch() { Q_EMIT changed(); }
    void reset();
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &saved);

Q_SIGNALS:
    void changed();

private:
    void seed();

    Settings m_settings;
    Bot m_bot;
    QList<Chat> m_chats;
    QList<Message> m_messages;
    QHash<QString, QJsonObject> m_files;
    qint64 m_clockOffset = 0;
    FloodControl m_flood;
};

} // namespace onair::sandbox
