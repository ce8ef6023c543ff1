#include "show/StuckRecovery.h"

#include "google/youtube/YouTubeClient.h"
#include "show/EventLog.h"
#include "show/ShowContext.h"

namespace onair {

StuckRecovery::StuckRecovery(ShowContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

QString StuckRecovery::actionName()
{
    return tr("Recover stuck broadcast");
}

LiveBroadcast StuckRecovery::copyForInsert(const LiveBroadcast &old, const QDateTime &nowUtc)
{
    LiveBroadcast copy = old;
    copy.id.clear();
    copy.etag.clear();
    // A schedule in the past is refused on insert: start it now.
    const QDateTime soon = nowUtc.addSecs(60);
    if (!copy.snippet.scheduledStartTime.isValid() || copy.snippet.scheduledStartTime < soon) {
        const qint64 length =
            copy.snippet.scheduledEndTime.isValid()
                ? copy.snippet.scheduledStartTime.secsTo(copy.snippet.scheduledEndTime)
                : 0;
        copy.snippet.scheduledStartTime = soon;
        if (length > 0)
            copy.snippet.scheduledEndTime = soon.addSecs(length);
    }
    // Auto start/stop are only safe after the new test phase.
    copy.contentDetails.enableAutoStart = false;
    copy.contentDetails.enableAutoStop = false;
    return copy;
}

void StuckRecovery::run(const LiveBroadcast &old, std::function<void(const LiveBroadcast &)> apply,
                        std::function<void(const Outcome &)> done)
{
    const QString action = actionName();
    const QString streamId = old.contentDetails.boundStreamId;
    m_running = true;
    m_apply = apply;
    m_context->beginBusy();
    m_context->log()->add(action, EventLog::Outcome::Info,
                          tr("Deleting %1 and creating it again").arg(old.id));
    m_context->client()->broadcasts().remove(old.id, this, [=, this](Result<bool> d) {
        if (!d.isOk() && d.error().reason != QLatin1String("liveBroadcastNotFound")) {
            finish({Outcome::Step::DeleteFailed, std::nullopt, d.error()}, done);
            return;
        }
        m_context->client()->broadcasts().insert(
            copyForInsert(old, QDateTime::currentDateTimeUtc()),
            {QStringLiteral("snippet"), QStringLiteral("status"), QStringLiteral("contentDetails")},
            this, [=, this](Result<LiveBroadcast> r) {
                if (!r.isOk()) {
                    // The old broadcast is gone: reading it would only give 404s.
                    finish({Outcome::Step::CreateFailed, std::nullopt, r.error()}, done,
                           tr("Broadcast %1 was deleted, but YouTube did not create the new "
                              "one. Create a new broadcast (Set-up) and bind it to stream %2, "
                              "which is kept; then start the test.")
                               .arg(old.id, streamId));
                    return;
                }
                m_context->ok(action, tr("New broadcast %1").arg(r.value().id));
                apply(r.value());
                m_context->client()->broadcasts().bind(
                    r.value().id, streamId, ShowContext::broadcastParts(), this,
                    [=, this, created = r.value()](Result<LiveBroadcast> b) {
                        if (!b.isOk()) {
                            finish({Outcome::Step::BindFailed, created, b.error()}, done);
                            return;
                        }
                        finish({Outcome::Step::Done, b.value(), {}}, done);
                    });
            });
    });
}

void StuckRecovery::armRetest(int withinMs)
{
    m_retestArmed = true;
    m_retestWithinMs = withinMs;
    m_retestUntil.setRemainingTime(withinMs);
}

bool StuckRecovery::takeRetest(bool ready)
{
    if (!m_retestArmed)
        return false;
    if (m_retestUntil.hasExpired()) {
        m_retestArmed = false;
        m_context->log()->add(actionName(), EventLog::Outcome::Info,
                              tr("Not testing again by itself: the stream was not active within "
                                 "%1 minutes. Start the test once the encoder sends.")
                                  .arg(m_retestWithinMs / 60000));
        return false;
    }
    if (!ready)
        return false;
    m_retestArmed = false;
    return true;
}

void StuckRecovery::cancelRetest()
{
    if (!m_retestArmed)
        return;
    m_retestArmed = false;
    m_context->log()->add(actionName(), EventLog::Outcome::Info,
                          tr("Not testing again by itself: you took over."));
}

void StuckRecovery::finish(const Outcome &outcome, const std::function<void(const Outcome &)> &done,
                           const QString &incomplete)
{
    m_context->endBusy();
    m_running = false;
    if (outcome.ok()) {
        m_apply(*outcome.broadcast);
        m_context->ok(actionName(),
                      tr("Bound to the same stream; testing again once it is active"));
    } else {
        m_context->fail(actionName(), outcome.error);
    }
    if (!incomplete.isEmpty())
        m_context->log()->add(actionName(), EventLog::Outcome::Failed, incomplete,
                              QStringLiteral("recoveryIncomplete"));
    m_apply = {};
    done(outcome);
}

} // namespace onair
