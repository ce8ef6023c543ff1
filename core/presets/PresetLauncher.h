#pragma once

#include "google/youtube/model/LiveBroadcast.h"
#include "net/Result.h"
#include "presets/ThumbnailReader.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

namespace onair {

class BroadcastSession;
class PresetStore;
struct BroadcastPlan;

// "Create broadcast from preset" as one action: expands the preset into a BroadcastPlan, has
// the session create the broadcast (category, tags, thumbnail included), then create and bind a
// new stream or bind the reused one, and moves the preset's {n} counter on once the broadcast
// insert succeeded (a failed insert leaves the counter where it was).
class PresetLauncher : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    PresetLauncher(BroadcastSession *session, PresetStore *store, QObject *parent = nullptr);

    PresetStore *store() const { return m_store; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    bool isRunning() const { return !m_running.isEmpty(); }

    // Starts the action; returns the sentence that says why nothing was sent, empty when it
    // started. The thumbnail is read off the GUI thread first: a file that cannot be read
    // ends the action with launchFailed, before anything is sent.
    QString launch(const QString &fileName);

Q_SIGNALS:
    void launched(const QString &fileName, const QString &broadcastId, int number);
    void launchFailed(const QString &fileName, const QString &message);

private:
    void send(const BroadcastPlan &plan, const QString &presetName,
              const ThumbnailReader::File &thumbnail);
    // The set-up's own result for the broadcast insert.
    void created(const BroadcastPlan &plan, const Result<LiveBroadcast> &r);
    void finish();

    BroadcastSession *m_session;
    PresetStore *m_store;
    Clock m_clock;
    QString m_running; // the preset file being launched
};

} // namespace onair
