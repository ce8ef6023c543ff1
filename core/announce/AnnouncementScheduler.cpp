#include "announce/AnnouncementScheduler.h"

#include "announce/AnnouncementPublisher.h"
#include "announce/AnnouncementStore.h"

#include <QCoreApplication>
#include <QFileSystemWatcher>
#include <QHash>

#include <algorithm>

namespace onair {

AnnouncementScheduler::AnnouncementScheduler(AnnouncementStore *store,
                                             AnnouncementPublisher *publisher, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_publisher(publisher)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &AnnouncementScheduler::wake);
    // Many changes in one turn of the event loop arm the timer once.
    const auto queueArm = [this] {
        if (m_armQueued || !m_running)
            return;
        m_armQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_armQueued = false;
                arm();
            },
            Qt::QueuedConnection);
    };
    connect(m_store, &AnnouncementStore::changed, this, queueArm);
    // Another process (the window beside a headless runner) writes through the WAL file.
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, queueArm);
}

void AnnouncementScheduler::start()
{
    m_running = true;
    m_store->recoverInterrupted();
    // Each Telegram chat's last minute of requests, as the queue's rows saw them (this process's
    // or the runner's it takes over from), so that a restart does not send a burst.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Announcement &a : m_store->sentSince(now.addMSecs(-ChatPacer::kMinuteMs))) {
        const QString chat = pacedChat(a);
        if (!chat.isEmpty())
            m_pacer.answered(chat, a.sendingSince);
    }
    const QString path = m_store->path();
    m_watcher->addPaths({path, path + QStringLiteral("-wal")});
    arm();
}

void AnnouncementScheduler::arm()
{
    if (m_inFlight)
        return;
    const QDateTime next = m_store->nextDue();
    if (!next.isValid()) {
        m_timer.stop();
        m_nextWake = {};
        Q_EMIT idle();
        return;
    }
    const qint64 wait =
        std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(next), 0, kMaxSleepMs);
    m_nextWake = QDateTime::currentDateTimeUtc().addMSecs(wait);
    m_timer.start(static_cast<int>(wait));
    Q_EMIT idle();
}

QString AnnouncementScheduler::pacedChat(const Announcement &item) const
{
    const auto account = m_store->account(item.accountId);
    if (!account || account->platform != SocialAccount::Platform::Telegram)
        return QString();
    return account->apiRoot.toString() + QLatin1Char(' ') + account->target;
}

void AnnouncementScheduler::wake()
{
    ++m_wakes;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, QDateTime> slots; // the next free slot per chat in this pass
    for (Announcement item : m_store->due(now)) {
        // Late against when it was due (a flood wait or the pacing may have moved it).
        if (item.attempts == 0 && item.dueAt.isValid() && item.dueAt.msecsTo(now) > m_lateLimitMs) {
            item.status = Announcement::Status::Held;
            AnnouncementStore::appendLog(item, tr("Held: it was due at %1 and OnAir was not "
                                                  "running then. Send it now or cancel it.")
                                                   .arg(item.scheduledAt.toString(Qt::ISODate)));
            m_store->update(item);
            Q_EMIT heldLate(item.id);
            continue;
        }
        const QString chat = pacedChat(item);
        if (!chat.isEmpty()) {
            const QDateTime slot =
                slots.contains(chat) ? slots.value(chat) : m_pacer.nextSlot(chat, now);
            if (slot > now) {
                // Too soon after this chat's last request: later, not failed; the queue
                // shows the new time, and the items behind it in this chat line up after it.
                item.dueAt = slot;
                m_store->update(item);
                slots.insert(chat, slot.addMSecs(ChatPacer::kGapMs));
                continue;
            }
        }
        // Write-ahead: the row says `sending`, on the disk, before the request that posts.
        item.status = Announcement::Status::Sending;
        item.attempts += 1;
        item.sendingSince = now;
        m_inFlight = true;
        m_nextWake = {};
        m_store->commitAhead(item, Announcement::Status::Pending, this,
                             [this, item, chat](AnnouncementStore::Ahead written) {
                                 if (written != AnnouncementStore::Ahead::Written) {
                                     // Cancelled or changed meanwhile (nothing is sent), or not
                                     // written: then nothing may be sent either, and the timer
                                     // tries again a little later.
                                     m_inFlight = false;
                                     if (written == AnnouncementStore::Ahead::Failed) {
                                         Q_EMIT writeFailed(m_store->error());
                                         m_nextWake = QDateTime::currentDateTimeUtc().addMSecs(
                                             kWriteRetryMs);
                                         m_timer.start(kWriteRetryMs);
                                         return;
                                     }
                                     return arm();
                                 }
                                 m_publisher->send(item, [this, chat] {
                                     if (!chat.isEmpty())
                                         m_pacer.answered(chat, QDateTime::currentDateTimeUtc());
                                     m_inFlight = false;
                                     arm();
                                 });
                             });
        return;
    }
    arm();
}

} // namespace onair
