#pragma once

#include "announce/Announcement.h"
#include "announce/ChatPacer.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

class QFileSystemWatcher;

namespace onair {

class AnnouncementPublisher;
class AnnouncementStore;

// Runs the queue: one precise single-shot QTimer set for the next due item (never a poll), one
// item in flight at a time. Before each attempt the row is written `sending` (write-ahead, on
// the disk, off this thread: AnnouncementStore::commitAhead) and its attempt counted; nothing is
// sent until it is written, nor when the operator changed the row meanwhile. The publisher
// writes where it ended. An item due more than the late limit
// ago on its first attempt (OnAir was closed at the time) is held and asked about instead.
// Telegram posts and edits are paced per chat (ChatPacer): one at a time, a second apart, 20 a
// minute; an item that comes too soon is moved to its slot (its next attempt), not failed.
// Any change to the queue (this process's, or the window's while a headless runner runs it)
// re-arms the timer. The timer is never set further than an hour ahead, so that a machine woken
// from sleep catches up.
class AnnouncementScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kDefaultLateLimitMs = 15 * 60 * 1000;
    static constexpr qint64 kMaxSleepMs = 60 * 60 * 1000;
    // After a write-ahead that could not be written (a full disk): the next try.
    static constexpr int kWriteRetryMs = 5000;

    AnnouncementScheduler(AnnouncementStore *store, AnnouncementPublisher *publisher,
                          QObject *parent = nullptr);

    void setLateLimitMs(qint64 ms) { m_lateLimitMs = ms; }
    qint64 lateLimitMs() const { return m_lateLimitMs; }

    // Recovers rows left `sending` by a process that died, picks up each chat's pacing from
    // the last minute's attempts, then arms the timer.
    void start();
    bool isRunning() const { return m_running; }
    // An item is being sent.
    bool isBusy() const { return m_inFlight; }
    // When the timer fires next (invalid: nothing is pending or an item is in flight).
    QDateTime nextWake() const { return m_nextWake; }
    int wakeCount() const { return m_wakes; }

Q_SIGNALS:
    // An item was held because it was too late: the operator is asked.
    void heldLate(qint64 id);
    // The queue has nothing in flight and the timer is armed (or idle).
    void idle();
    // The write-ahead of a due item could not be written: nothing was sent.
    void writeFailed(const QString &error);

private:
    void arm();
    void wake();
    // The Telegram chat an item posts to (paced), empty for others.
    QString pacedChat(const Announcement &item) const;

    AnnouncementStore *m_store;
    AnnouncementPublisher *m_publisher;
    QTimer m_timer;
    QFileSystemWatcher *m_watcher = nullptr;
    ChatPacer m_pacer;
    qint64 m_lateLimitMs = kDefaultLateLimitMs;
    QDateTime m_nextWake;
    bool m_running = false;
    bool m_inFlight = false;
    bool m_armQueued = false;
    int m_wakes = 0;
};

} // namespace onair
