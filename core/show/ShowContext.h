#pragma once

#include "net/ApiError.h"

#include <QLoggingCategory>
#include <QObject>

Q_DECLARE_LOGGING_CATEGORY(lcSession)

namespace onair {

class EventLog;
class YouTubeClient;

// What the operations of a show share: the API client, the event log, the busy count, and how
// an action's outcome is told (written to the log; a failure also signalled for the window).
class ShowContext : public QObject
{
    Q_OBJECT

public:
    explicit ShowContext(YouTubeClient *client, QObject *parent = nullptr);

    // The parts the show reads of a broadcast and of a stream.
    static const QStringList &broadcastParts();
    static const QStringList &streamParts();

    YouTubeClient *client() const { return m_client; }
    EventLog *log() const { return m_log; }
    bool isBusy() const { return m_busy > 0; }
    void beginBusy();
    void endBusy();
    void ok(const QString &action, const QString &result);
    void fail(const QString &action, const ApiError &error);
    // The action refused before anything was sent, with the sentence why.
    void refuse(const QString &action, const QString &why);

Q_SIGNALS:
    void busyChanged(bool busy);
    void actionFailed(const QString &action, const onair::ApiError &error);

private:
    YouTubeClient *m_client;
    EventLog *m_log;
    int m_busy = 0;
};

} // namespace onair
