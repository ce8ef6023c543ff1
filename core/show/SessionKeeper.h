#pragma once

#include "google/youtube/model/LiveBroadcast.h"
#include "net/Result.h"
#include "show/SessionStore.h"

#include <QObject>

#include <functional>
#include <optional>

class QTimer;

namespace onair {

class CuepointLog;
class ShowContext;

// Keeps the show across restarts: saves it (coalesced, soon after every change), takes in a
// saved show, and reads its broadcast back for the right account and channel.
class SessionKeeper : public QObject
{
    Q_OBJECT

public:
    // The show's own part of a snapshot: broadcast and stream ids, clocks, event record.
    using Current = std::function<SavedSession()>;

    SessionKeeper(ShowContext *context, SessionStore *store, Current current,
                  QObject *parent = nullptr);

    const std::optional<SavedSession> &saved() const { return m_saved; }
    void dropSaved() { m_saved.reset(); }
    const QString &accountId() const { return m_accountId; }
    void setAccountId(const QString &accountId);
    void setChannelId(const QString &channelId) { m_channelId = channelId; }
    void setCuepointLog(CuepointLog *log);

    // Takes in the account's saved show (ids, account, cuepoints); the show takes the rest.
    void restore(const SavedSession &saved);
    // Reads the saved show's broadcast when it was saved by `accountId` and `channelId` (an
    // empty one is not compared); false, with the reason logged, when not. `done` is called
    // unless the operator has opened or created another show in the meantime.
    bool reattach(const QString &accountId, const QString &channelId,
                  std::function<void(Result<LiveBroadcast>)> done);
    SavedSession snapshot() const;

    void save(); // soon, coalesced
    // Writes a pending save now; the show calls it before it goes (with it, `current`).
    void flush();

private:
    void saveNow();

    ShowContext *m_context;
    SessionStore *m_store;
    Current m_current;
    QTimer *m_saveTimer;
    QString m_accountId;
    QString m_channelId;
    std::optional<SavedSession> m_saved; // restored, its broadcast not read back yet
    CuepointLog *m_cuepointLog = nullptr;
};

} // namespace onair
