#include "remote/RemoteCommands.h"

#include "cuepoint/BreakController.h"
#include "show/BroadcastSession.h"
#include "show/StuckRecovery.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRemote, "onair.remote")

namespace onair {

RemoteCommands::RemoteCommands(BroadcastSession *session, BreakController *breaks, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_breaks(breaks)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    connect(m_breaks, &BreakController::breakAnswered, this, &RemoteCommands::breakAnswered);
    for (auto signal : {&BroadcastSession::broadcastChanged, &BroadcastSession::streamChanged,
                        &BroadcastSession::monitorStartChanged})
        connect(m_session, signal, this, &RemoteCommands::stateMayHaveChanged);
    connect(m_session, &BroadcastSession::busyChanged, this, &RemoteCommands::stateMayHaveChanged);
    connect(m_session, &BroadcastSession::transitionStuck, this,
            &RemoteCommands::stateMayHaveChanged);
    connect(m_session, &BroadcastSession::guardsChanged, this,
            &RemoteCommands::stateMayHaveChanged);
    connect(m_breaks, &BreakController::breakAnswered, this, &RemoteCommands::stateMayHaveChanged);
    connect(m_breaks, &BreakController::breakRefused, this, &RemoteCommands::stateMayHaveChanged);
}

void RemoteCommands::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); });
}

ShowState RemoteCommands::state() const
{
    return ShowState::read(m_session, m_breaks);
}

RateLimiter &RemoteCommands::limiter(ActionOrigin origin)
{
    auto it = m_limiters.find(int(origin));
    if (it == m_limiters.end())
        it = m_limiters.insert(int(origin), RateLimiter(kActionBurst, kActionIntervalMs));
    return *it;
}

RemoteOutcome RemoteCommands::logged(ActionOrigin origin, const QString &action,
                                     const RemoteOutcome &outcome)
{
    EventLog::Outcome kind = EventLog::Outcome::Info;
    if (outcome.succeeded())
        kind = EventLog::Outcome::Ok;
    else if (outcome.status != RemoteOutcome::Status::Armed &&
             outcome.status != RemoteOutcome::Status::Ignored)
        kind = EventLog::Outcome::Failed;
    m_session->eventLog()->add(ActionOrigins::action(action, origin), kind, outcome.message,
                               outcome.status == RemoteOutcome::Status::Refused
                                   ? QString()
                                   : RemoteOutcome::statusName(outcome.status));
    qCInfo(lcRemote) << ActionOrigins::key(origin) << action
                     << RemoteOutcome::statusName(outcome.status);
    return outcome;
}

void RemoteCommands::breakNow(ActionOrigin origin, quint32 durationSecs, Done done)
{
    placeBreak(origin, BreakMode::Now, 0, durationSecs, std::move(done));
}

void RemoteCommands::breakAtOffset(ActionOrigin origin, qint64 offsetMs, quint32 durationSecs,
                                   Done done)
{
    placeBreak(origin, BreakMode::Offset, offsetMs, durationSecs, std::move(done));
}

void RemoteCommands::breakAtWallTime(ActionOrigin origin, qint64 epochMs, quint32 durationSecs,
                                     Done done)
{
    placeBreak(origin, BreakMode::WallTime, epochMs, durationSecs, std::move(done));
}

void RemoteCommands::placeBreak(ActionOrigin origin, BreakMode mode, qint64 at,
                                quint32 durationSecs, Done done)
{
    const QString action = tr("Ad break");
    const auto answer = [&](const RemoteOutcome &outcome) {
        const RemoteOutcome logOnce = logged(origin, action, outcome);
        if (done)
            done(logOnce);
    };
    if (durationSecs == 0)
        durationSecs =
            m_defaultBreakSecs ? qMax<quint32>(1, m_defaultBreakSecs()) : kDefaultBreakSecs;
    if (durationSecs > kMaxBreakSecs)
        return answer(RemoteOutcome::of(RemoteOutcome::Status::Invalid,
                                        tr("An ad break lasts at most %1 s; %2 s was asked for.")
                                            .arg(kMaxBreakSecs)
                                            .arg(durationSecs)));
    if (mode == BreakMode::Offset && at < 0)
        return answer(
            RemoteOutcome::of(RemoteOutcome::Status::Invalid, tr("An offset cannot be negative.")));
    if (!limiter(origin).take(m_clock()))
        return answer(RemoteOutcome::of(RemoteOutcome::Status::RateLimited,
                                        tr("Too many calls: try again in a moment.")));
    m_session->noteOperatorActivity();

    BreakTrigger &trigger = m_breaks->trigger();
    switch (trigger.pressUnattended()) {
    case BreakTrigger::Decision::IgnoreWithinGuard:
    case BreakTrigger::Decision::IgnoreRepeat:
        return answer(RemoteOutcome::of(
            RemoteOutcome::Status::Ignored,
            tr("Ignored: a second press within %1 s of the last ad break is taken as a double "
               "press.")
                .arg(double(trigger.guardMs()) / 1000.0)));
    case BreakTrigger::Decision::AskConfirmation: // never from pressUnattended()
    case BreakTrigger::Decision::RefuseWhileRunning:
        return answer(RemoteOutcome::of(
            RemoteOutcome::Status::Refused,
            tr("Not placed: an ad break is still running (about %1 s left). From outside the "
               "window a second break is refused; place it in OnAir if it is wanted.")
                .arg(qMax<qint64>(0, (trigger.breakEndsAtMs() - m_clock()) / 1000))));
    case BreakTrigger::Decision::Send:
        break;
    }

    // The controller logs the break with its origin from here on, as it does a key press.
    int id = 0;
    switch (mode) {
    case BreakMode::Now:
        id = m_breaks->fireNow(durationSecs, origin);
        break;
    case BreakMode::Offset:
        id = m_breaks->fireAtOffset(at, durationSecs, origin);
        break;
    case BreakMode::WallTime:
        id = m_breaks->fireAtWallTime(at, durationSecs, origin);
        break;
    }
    const auto entry = m_breaks->log()->entry(id);
    if (entry && entry->state == CuepointLogEntry::State::Failed) {
        if (done)
            done(RemoteOutcome::of(RemoteOutcome::Status::Refused, entry->failureMessage));
        return;
    }
    m_pendingBreaks.insert(id, std::move(done));
}

void RemoteCommands::breakAnswered(int id)
{
    const Done done = m_pendingBreaks.take(id);
    if (!done)
        return;
    const auto entry = m_breaks->log()->entry(id);
    if (!entry)
        return done(RemoteOutcome::of(RemoteOutcome::Status::Unconfirmed,
                                      tr("The ad break's record is gone.")));
    switch (entry->state) {
    case CuepointLogEntry::State::Confirmed:
        return done(RemoteOutcome::of(
            RemoteOutcome::Status::Placed,
            tr("Ad break %1 placed (%2 s).").arg(entry->cuepointId).arg(entry->durationSecs),
            entry->cuepointId));
    case CuepointLogEntry::State::Unconfirmed:
        return done(RemoteOutcome::of(RemoteOutcome::Status::Unconfirmed, entry->failureMessage));
    case CuepointLogEntry::State::Sent:
    case CuepointLogEntry::State::Failed:
        break;
    }
    done(RemoteOutcome::of(RemoteOutcome::Status::Refused, entry->failureMessage));
}

RemoteOutcome RemoteCommands::startTest(ActionOrigin origin)
{
    const QString action = BroadcastSession::intentName(Intent::StartTest);
    if (!limiter(origin).take(m_clock()))
        return logged(origin, action,
                      RemoteOutcome::of(RemoteOutcome::Status::RateLimited,
                                        tr("Too many calls: try again in a moment.")));
    const QString why = whyNot(QStringLiteral("test"));
    if (!why.isEmpty())
        return logged(origin, action, RemoteOutcome::of(RemoteOutcome::Status::Refused, why));
    carryOut(QStringLiteral("test"));
    return logged(origin, action,
                  RemoteOutcome::of(RemoteOutcome::Status::Accepted,
                                    tr("Sent: the broadcast is on its way to testing.")));
}

QString RemoteCommands::actionName(const QString &action) const
{
    if (action == QLatin1String("live"))
        return BroadcastSession::intentName(Intent::GoLive);
    if (action == QLatin1String("end"))
        return BroadcastSession::intentName(Intent::End);
    if (action == QLatin1String("recover"))
        return StuckRecovery::actionName();
    return BroadcastSession::intentName(Intent::StartTest);
}

QString RemoteCommands::whyNot(const QString &action) const
{
    if (action == QLatin1String("recover")) {
        if (m_session->broadcast() && m_session->isStuck() &&
            lifecycle::isTransient(m_session->lifeCycle()))
            return {};
        return tr("Nothing to recover: recovery is only for a broadcast stuck in testStarting "
                  "or liveStarting.");
    }
    const Intent intent = action == QLatin1String("live")  ? Intent::GoLive
                          : action == QLatin1String("end") ? Intent::End
                                                           : Intent::StartTest;
    return BroadcastSession::explain(m_session->check(intent).block);
}

void RemoteCommands::carryOut(const QString &action)
{
    m_session->noteOperatorActivity();
    if (action == QLatin1String("recover"))
        m_session->recoverStuckTransition();
    else if (action == QLatin1String("live"))
        m_session->requestTransition(Intent::GoLive);
    else if (action == QLatin1String("end"))
        m_session->requestTransition(Intent::End);
    else
        m_session->requestTransition(Intent::StartTest);
}

// Go live, end and recover from outside: within the caller's rate limit and only when the
// operator allowed them; the refusal, logged, or none.
std::optional<RemoteOutcome> RemoteCommands::refusedShowControl(ActionOrigin origin,
                                                                const QString &name)
{
    if (!limiter(origin).take(m_clock()))
        return logged(origin, name,
                      RemoteOutcome::of(RemoteOutcome::Status::RateLimited,
                                        tr("Too many calls: try again in a moment.")));
    if (!m_showControlAllowed)
        return logged(origin, name,
                      RemoteOutcome::of(RemoteOutcome::Status::NotAllowed,
                                        tr("Go live, end and recover are off from outside the "
                                           "window: the operator can allow them in Settings → "
                                           "Remote control.")));
    return std::nullopt;
}

RemoteOutcome RemoteCommands::arm(ActionOrigin origin, const QString &action)
{
    const QString name = actionName(action);
    if (auto refused = refusedShowControl(origin, name))
        return *refused;
    const QString why = whyNot(action);
    if (!why.isEmpty())
        return logged(origin, name, RemoteOutcome::of(RemoteOutcome::Status::Refused, why));
    m_armed.arm(action, origin, m_clock());
    return logged(origin, name,
                  RemoteOutcome::of(RemoteOutcome::Status::Armed,
                                    tr("Armed: confirm within %1 s to carry it out.")
                                        .arg(ArmedAction::kConfirmWithinMs / 1000)));
}

RemoteOutcome RemoteCommands::confirm(ActionOrigin origin, const QString &action)
{
    const bool known = action == QLatin1String("live") || action == QLatin1String("end") ||
                       action == QLatin1String("recover");
    const QString name = actionName(action);
    if (!known)
        return logged(origin, tr("Confirm"),
                      RemoteOutcome::of(RemoteOutcome::Status::Invalid,
                                        tr("Only live, end and recover are confirmed.")));
    if (auto refused = refusedShowControl(origin, name))
        return *refused;
    if (!m_armed.confirm(action, origin, m_clock()))
        return logged(origin, name,
                      RemoteOutcome::of(RemoteOutcome::Status::Refused,
                                        tr("Not armed: arm it first, then confirm within %1 s "
                                           "from the same place.")
                                            .arg(ArmedAction::kConfirmWithinMs / 1000)));
    // The show may have moved since the arm.
    const QString why = whyNot(action);
    if (!why.isEmpty())
        return logged(origin, name, RemoteOutcome::of(RemoteOutcome::Status::Refused, why));
    carryOut(action);
    return logged(origin, name,
                  RemoteOutcome::of(RemoteOutcome::Status::Accepted, tr("Confirmed and sent.")));
}

RemoteOutcome RemoteCommands::refresh(ActionOrigin origin)
{
    const QString name = tr("Read now");
    if (!limiter(origin).take(m_clock()))
        return logged(origin, name,
                      RemoteOutcome::of(RemoteOutcome::Status::RateLimited,
                                        tr("Too many calls: try again in a moment.")));
    m_session->refresh();
    return logged(origin, name,
                  RemoteOutcome::of(RemoteOutcome::Status::Accepted,
                                    tr("Reading the broadcast and the stream now.")));
}

} // namespace onair
