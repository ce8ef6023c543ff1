#pragma once

#include <QObject>

class QSocketNotifier;

namespace onair {

// SIGTERM, SIGINT and SIGHUP (a session that logs out, `kill`, Ctrl+C in a terminal) quit
// the event loop, so that OnAir leaves as it does when its window closes: the session saved,
// the sandbox and the test encoder stopped. The handler only writes a byte to a pipe; the
// event loop does the rest. One per process.
class QuitOnSignal : public QObject
{
    Q_OBJECT

public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace onair
