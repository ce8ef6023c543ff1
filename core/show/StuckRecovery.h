#pragma once

#include "google/youtube/model/LiveBroadcast.h"
#include "net/ApiError.h"

#include <QDeadlineTimer>
#include <QObject>

#include <functional>
#include <optional>

namespace onair {

class ShowContext;

// The documented fix for a stuck transition: delete the broadcast, create one with the same
// settings (a past schedule moved to a minute from now, auto start/stop off until the new
// test phase), bind it to the same stream. Its outcome goes to the completion given with run().
class StuckRecovery : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        enum class Step
        {
            Done,         // the new broadcast is bound to the same stream
            DeleteFailed, // nothing changed
            CreateFailed, // the old broadcast is gone and there is no new one
            BindFailed,   // the new broadcast exists, unbound
        };
        Step step = Step::Done;
        std::optional<LiveBroadcast> broadcast; // the new one (Done, BindFailed)
        ApiError error;
        bool ok() const { return step == Step::Done; }
    };

    explicit StuckRecovery(ShowContext *context, QObject *parent = nullptr);

    bool isRunning() const { return m_running; }
    static QString actionName();
    // `apply` gets the new broadcast as soon as it exists, and again once bound; `done` the
    // outcome after that.
    void run(const LiveBroadcast &old, std::function<void(const LiveBroadcast &)> apply,
             std::function<void(const Outcome &)> done);
    // After a recovery the show tests again by itself once the stream is active, if that
    // happens within `withinMs` and the operator has not acted first.
    void armRetest(int withinMs);
    bool isRetestArmed() const { return m_retestArmed; }
    // Whether to start the test now; `ready` says the broadcast is ready with its stream
    // active and nothing else under way. Gives up (and says so) once the time is over.
    bool takeRetest(bool ready);
    // The operator took over (logged); disarmRetest() is silent.
    void cancelRetest();
    void disarmRetest() { m_retestArmed = false; }
    // The insert as recovery sends it: no id, a schedule from now on, auto start/stop off.
    static LiveBroadcast copyForInsert(const LiveBroadcast &old, const QDateTime &nowUtc);

private:
    void finish(const Outcome &outcome, const std::function<void(const Outcome &)> &done,
                const QString &incomplete = QString());

    ShowContext *m_context;
    bool m_running = false;
    bool m_retestArmed = false;
    QDeadlineTimer m_retestUntil;
    int m_retestWithinMs = 0;
    std::function<void(const LiveBroadcast &)> m_apply;
};

} // namespace onair
