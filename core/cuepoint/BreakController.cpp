#include "cuepoint/BreakController.h"

#include "google/youtube/YouTubeClient.h"
#include "show/BroadcastSession.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBreaks, "onair.breaks")

namespace onair {

BreakController::BreakController(BroadcastSession *session, YouTubeClient *client, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_client(client)
    , m_log(new CuepointLog(this))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_trigger([this] { return m_clock(); })
{
    if (!m_session)
        return;
    connect(m_session, &BroadcastSession::broadcastChanged, this,
            &BreakController::availabilityChanged);
    // YouTube refuses cuepoints while the stream is not active.
    connect(m_session, &BroadcastSession::streamChanged, this,
            &BreakController::availabilityChanged);
    connect(m_log, &CuepointLog::entriesReset, this, &BreakController::rememberRunningBreaks);
}

void BreakController::rememberRunningBreaks()
{
    for (const CuepointLogEntry &e : m_log->entries()) {
        // A refused break never ran; an unanswered or unconfirmed one may be running.
        if (e.state == CuepointLogEntry::State::Failed || !e.requestedAt.isValid())
            continue;
        m_trigger.breakPlaced(e.walltimeMs.value_or(e.requestedAt.toMSecsSinceEpoch()),
                              e.durationSecs);
    }
}

void BreakController::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); });
}

QDateTime BreakController::nowUtc() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock(), Qt::UTC);
}

QString BreakController::whyNotNow() const
{
    if (!m_session || !m_client || !m_session->broadcast())
        return tr("No broadcast: create or open one first.");
    const LifeCycleStatus status = m_session->lifeCycle();
    if (status == LifeCycleStatus::Live) {
        const StreamStatus stream = m_session->streamStatus();
        if (stream == StreamStatus::Active)
            return {};
        if (stream == StreamStatus::Unknown)
            return tr("The stream's status is not known yet: ad breaks can be placed once it "
                      "reads active.");
        return tr("The stream is %1: YouTube places ad breaks only while the stream is active. "
                  "Check the encoder.")
            .arg(lifecycle::toString(stream));
    }
    if (status == LifeCycleStatus::Complete)
        return tr("The broadcast has ended: ad breaks can no longer be placed.");
    return tr("Ad breaks can be placed only while the broadcast is live (it is %1).")
        .arg(lifecycle::toString(status));
}

CuepointOffset::Elapsed BreakController::elapsed() const
{
    std::optional<qint64> player = m_player ? m_player() : std::nullopt;
    std::optional<qint64> clock;
    if (m_session && m_session->monitorStart().isValid())
        clock = m_clock() - m_session->monitorStart().toMSecsSinceEpoch();
    return CuepointOffset::chooseElapsed(player, clock);
}

qint64 BreakController::delayMs() const
{
    if (!m_session || !m_session->broadcast())
        return 0;
    return m_session->broadcast()->contentDetails.monitorStream.broadcastStreamDelayMs;
}

int BreakController::fireNow(quint32 durationSecs, ActionOrigin origin)
{
    CuepointLogEntry e;
    e.mode = CuepointLogEntry::Mode::Now;
    e.durationSecs = durationSecs;
    return fire(std::move(e), origin);
}

int BreakController::fireAtWallTime(qint64 epochMs, quint32 durationSecs, ActionOrigin origin)
{
    CuepointLogEntry e;
    e.mode = CuepointLogEntry::Mode::WallTime;
    e.walltimeMs = epochMs;
    e.durationSecs = durationSecs;
    return fire(std::move(e), origin);
}

int BreakController::fireAtOffset(qint64 offsetMs, quint32 durationSecs, ActionOrigin origin)
{
    CuepointLogEntry e;
    e.mode = CuepointLogEntry::Mode::Offset;
    e.offsetMs = offsetMs;
    e.durationSecs = durationSecs;
    const CuepointOffset::Elapsed el = elapsed();
    e.elapsedSource = el.source;
    if (el.isKnown())
        e.elapsedMs = el.ms;
    if (!whyNotNow().isEmpty())
        return fire(std::move(e), origin); // refused there, with the lifecycle reason
    const CuepointOffset::Check check = CuepointOffset::validate(offsetMs, el, delayMs());
    if (!check.accepted)
        return refuse(std::move(e), check.reason, origin);
    return fire(std::move(e), origin);
}

void BreakController::noteDeclined(quint32 durationSecs)
{
    const std::optional<qint64> left = breakTimeLeftMs();
    const QString text = tr("A second ad break (%1 s) was declined: the running one had %2 s left.")
                             .arg(durationSecs)
                             .arg(left ? (*left + 999) / 1000 : 0);
    if (m_session)
        m_session->eventLog()->add(tr("Ad break"), EventLog::Outcome::Info, text);
    qCInfo(lcBreaks) << "second break declined";
}

void BreakController::noteDoublePress()
{
    if (m_session)
        m_session->eventLog()->add(tr("Ad break"), EventLog::Outcome::Info,
                                   tr("A second press within %1 s of the last break sent nothing "
                                      "(a double press).")
                                       .arg(m_trigger.guardMs() / 1000.0, 0, 'f', 1));
}

std::optional<qint64> BreakController::breakTimeLeftMs() const
{
    const qint64 now = m_clock();
    std::optional<qint64> left;
    for (const CuepointLogEntry &e : m_log->entries()) {
        // A refused or failed break never ran.
        if (e.state == CuepointLogEntry::State::Failed || !e.requestedAt.isValid())
            continue;
        const qint64 start = e.walltimeMs.value_or(e.requestedAt.toMSecsSinceEpoch());
        const qint64 end = start + qint64(e.durationSecs) * 1000;
        if (end > now && (!left || end - now > *left))
            left = end - now;
    }
    return left;
}

QString BreakController::whyNotResend(qint64 pressedAtMs, std::optional<qint64> offsetMs) const
{
    if (m_clock() - pressedAtMs > YouTubeClient::kCuepointSendWithinMs)
        return tr("it was pressed more than %1 s ago.")
            .arg(YouTubeClient::kCuepointSendWithinMs / 1000);
    const QString why = whyNotNow();
    if (!why.isEmpty())
        return why;
    if (offsetMs) {
        const CuepointOffset::Check check =
            CuepointOffset::validate(*offsetMs, elapsed(), delayMs());
        if (!check.accepted)
            return check.reason;
    }
    return {};
}

int BreakController::refuse(CuepointLogEntry entry, const QString &reason, ActionOrigin origin)
{
    entry.requestedAt = nowUtc();
    const int id = m_log->add(entry);
    m_log->markFailed(id, QStringLiteral("refusedByOnAir"), reason, nowUtc());
    if (m_session)
        m_session->eventLog()->add(ActionOrigins::action(tr("Ad break"), origin),
                                   EventLog::Outcome::Failed, reason);
    qCInfo(lcBreaks) << "break refused:" << reason;
    Q_EMIT breakRefused(id, reason);
    return id;
}

int BreakController::fire(CuepointLogEntry entry, ActionOrigin origin)
{
    const QString why = whyNotNow();
    if (!why.isEmpty())
        return refuse(std::move(entry), why, origin);

    const qint64 now = m_clock();
    entry.requestedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    entry.state = CuepointLogEntry::State::Sent;
    const Cuepoint cue = entry.toCuepoint();
    const quint32 duration = entry.durationSecs;
    const qint64 startMs = entry.walltimeMs.value_or(now);
    const int id = m_log->add(std::move(entry));
    // One press, one break: the trigger counts it as running from now on, answer or not.
    m_trigger.breakPlaced(startMs, duration);

    const QString action = ActionOrigins::action(tr("Ad break"), origin);
    const std::optional<qint64> offset = m_log->entry(id)->offsetMs;
    m_client->broadcasts().insertCuepoint(
        m_session->broadcast()->id, cue, [this, now, offset] { return whyNotResend(now, offset); },
        this,
        [this, id, action](CuepointOutcome outcome) {
            const QDateTime at = nowUtc();
            if (!outcome.result.isOk() &&
                outcome.result.error().reason == YouTubeClient::kCuepointNotSent) {
                const QString text = tr("The ad break was not sent: %1 Press again if it is "
                                        "still wanted.")
                                         .arg(outcome.result.error().message);
                m_log->markFailed(id, YouTubeClient::kCuepointNotSent, text, at);
                m_session->eventLog()->add(action, EventLog::Outcome::Failed, text,
                                           YouTubeClient::kCuepointNotSent);
                qCInfo(lcBreaks) << "break not sent:" << outcome.result.error().message;
            } else if (outcome.result.isOk()) {
                m_log->markConfirmed(id, outcome.result.value().id, at);
                m_session->eventLog()->add(action, EventLog::Outcome::Ok,
                                           tr("Ad break %1 placed (%2 s)")
                                               .arg(outcome.result.value().id)
                                               .arg(outcome.result.value().durationSecs));
            } else if (outcome.confirmation == WriteConfirmation::Unconfirmed) {
                const QString text =
                    tr("No answer from YouTube: the ad break may or may not have been placed. "
                       "It is not sent again.");
                m_log->markUnconfirmed(id, text, at);
                m_session->eventLog()->add(action, EventLog::Outcome::Failed, text,
                                           outcome.result.error().reason);
            } else {
                const ApiError &error = outcome.result.error();
                const QString text = tr("YouTube refused the ad break: %1").arg(error.message);
                m_log->markFailed(id, error.reason, text, at);
                m_session->eventLog()->add(action, EventLog::Outcome::Failed, text, error.reason);
            }
            Q_EMIT breakAnswered(id);
        });
    return id;
}

} // namespace onair
