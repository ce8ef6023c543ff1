#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace onair {

// Telegram's advice for one chat (the reference's §5.1): one request at a time, at least a
// second apart, at most 20 a minute (groups; the sandbox and this pacer apply it to channels too),
// so that flood waits do not pile up. Counted from each request's answer, so that the spacing
// holds as the server sees it. Kept in memory; the scheduler seeds it at start from the queue's
// last attempts (their start: a little sooner than the answer).
class ChatPacer
{
public:
    static constexpr qint64 kGapMs = 1000;
    static constexpr int kPerMinute = 20;
    static constexpr qint64 kMinuteMs = 60 * 1000;

    // The earliest time (`now` at the soonest) a request to `chat` may start.
    QDateTime nextSlot(const QString &chat, const QDateTime &now) const;
    // A request to `chat` was answered (or failed) at `at`.
    void answered(const QString &chat, const QDateTime &at);

private:
    QHash<QString, QList<QDateTime>> m_recent; // answers within the last minute, oldest first
};

} // namespace onair
