#include "show/SessionKeeper.h"

#include "cuepoint/CuepointLog.h"
#include "google/youtube/YouTubeClient.h"
#include "show/EventLog.h"
#include "show/Lifecycle.h"
#include "show/ShowContext.h"

#include <QTimer>

namespace onair {

namespace {
constexpr int kSaveDelayMs = 200;
} // namespace

SessionKeeper::SessionKeeper(ShowContext *context, SessionStore *store, Current current,
                             QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_store(store)
    , m_current(std::move(current))
    , m_saveTimer(new QTimer(this))
{
    // Saving is coalesced: the log and the ids change in bursts around every action.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &SessionKeeper::saveNow);
}

void SessionKeeper::setAccountId(const QString &accountId)
{
    m_accountId = accountId;
    save();
}

void SessionKeeper::setCuepointLog(CuepointLog *log)
{
    m_cuepointLog = log;
    if (!log)
        return;
    connect(log, &CuepointLog::entryAdded, this, [this] { save(); });
    connect(log, &CuepointLog::entryUpdated, this, [this] { save(); });
}

void SessionKeeper::restore(const SavedSession &saved)
{
    m_accountId = saved.accountId;
    m_channelId = saved.channelId;
    m_saved = saved.isEmpty() ? std::nullopt : std::optional<SavedSession>(saved);
    if (m_cuepointLog) {
        QJsonObject cuepoints;
        cuepoints.insert(QLatin1String("schemaVersion"), CuepointLog::kSchemaVersion);
        cuepoints.insert(QLatin1String("entries"), saved.cuepointLog);
        if (const auto error = m_cuepointLog->restore(cuepoints))
            qCWarning(lcSession) << "cannot restore the cuepoint log:" << error->summary();
    }
}

bool SessionKeeper::reattach(const QString &accountId, const QString &channelId,
                             std::function<void(Result<LiveBroadcast>)> done)
{
    if (!m_saved)
        return false;
    const SavedSession saved = *m_saved;
    const QString action = tr("Reattach");
    const bool otherAccount = !accountId.isEmpty() && saved.accountId != accountId;
    const bool otherChannel =
        !channelId.isEmpty() && !saved.channelId.isEmpty() && saved.channelId != channelId;
    if (otherAccount || otherChannel) {
        const QString savedBy = otherChannel ? saved.channelId : saved.accountId;
        const QString signedIn = otherChannel ? channelId : accountId;
        m_context->log()->add(
            action, EventLog::Outcome::Failed,
            tr("The saved show (broadcast %1) belongs to %2, but %3 is signed in: it is "
               "not reattached. Sign in as %2 to pick it up again.")
                .arg(saved.broadcastId, savedBy, signedIn),
            QStringLiteral("otherAccount"));
        return false;
    }
    m_context->beginBusy();
    m_context->client()->broadcasts().get(
        saved.broadcastId, ShowContext::broadcastParts(), this,
        [this, action, done, id = saved.broadcastId](Result<LiveBroadcast> r) {
            m_context->endBusy();
            // The operator opened or created another show in the meantime: that one stays.
            if (!m_saved || m_saved->broadcastId != id)
                return;
            if (!r.isOk()) {
                m_context->fail(action, r.error());
                // Gone at YouTube (deleted) for this very account: do not try it again next
                // time. Any other failure keeps the saved show for the next attempt.
                if (r.error().reason == QLatin1String("liveBroadcastNotFound"))
                    m_saved.reset();
                done(r);
                return;
            }
            m_saved.reset();
            m_context->ok(action, tr("Back on \"%1\" (%2)")
                                      .arg(r.value().snippet.title,
                                           lifecycle::toString(r.value().status.lifeCycleStatus)));
            done(r);
        });
    return true;
}

SavedSession SessionKeeper::snapshot() const
{
    SavedSession s = m_current();
    s.accountId = m_accountId;
    s.channelId = m_channelId;
    if (s.broadcastId.isEmpty() && m_saved) {
        // Not read back yet (a slow sign-in, another channel): never saved away.
        s.accountId = m_saved->accountId;
        s.channelId = m_saved->channelId;
        s.broadcastId = m_saved->broadcastId;
        s.streamId = m_saved->streamId;
        s.extra = m_saved->extra;
    }
    if (m_cuepointLog)
        s.cuepointLog = m_cuepointLog->toJson().value(QLatin1String("entries")).toArray();
    return s;
}

void SessionKeeper::save()
{
    if (m_store && !m_store->path().isEmpty() && !m_saveTimer->isActive())
        m_saveTimer->start();
}

void SessionKeeper::flush()
{
    if (m_saveTimer->isActive())
        saveNow();
}

void SessionKeeper::saveNow()
{
    m_saveTimer->stop();
    if (!m_store)
        return;
    QString error;
    if (!m_store->save(snapshot(), &error))
        qCWarning(lcSession) << "cannot save the session:" << error;
}

} // namespace onair
