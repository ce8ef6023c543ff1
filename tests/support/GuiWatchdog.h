#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace onair::test {

// Measures how long the GUI thread stalls: a precise timer on the thread it lives on fires
// every intervalMs, and each tick's lateness beyond the interval is a stall. Tests and
// benchmarks name the phase they are in, so the longest stall can be told where it happened.
//
// A stall has two parts: the time the thread waited for a CPU that other processes held
// (the kernel's run-queue delay, from /proc/thread-self/schedstat), and the rest, which is
// OnAir's own doing: work on the GUI thread (its CPU time, same file) or blocking (I/O, page
// faults, locks; these grow when the machine is busy too). All three are reported.
class GuiWatchdog : public QObject
{
    Q_OBJECT

public:
    explicit GuiWatchdog(int intervalMs = 10, QObject *parent = nullptr);
    ~GuiWatchdog() override;

    // Call on the GUI thread.
    void start();
    void stop();
    void setPhase(const QString &phase) { m_phase = phase; }
    QString phase() const { return m_phase; }

    // Wall-clock stalls, as the operator would feel them.
    qint64 maxStallMs() const { return m_maxStallMs; }
    QString maxStallPhase() const { return m_maxStallPhase; }
    // Stalls less the time spent waiting for a CPU; equal to the wall-clock figures where the
    // kernel does not report run-queue delays.
    qint64 maxOwnStallMs() const { return m_maxOwnStallMs; }
    QString maxOwnStallPhase() const { return m_maxOwnStallPhase; }
    // The longest stretch of CPU work on the GUI thread between two ticks.
    qint64 maxBusyMs() const { return m_maxBusyMs; }
    QString maxBusyPhase() const { return m_maxBusyPhase; }
    bool separatesRunQueueDelay() const { return m_schedstat >= 0; }
    qint64 ticks() const { return m_ticks; }
    // Stalls longer than 50 ms, in order ("phase: N ms (own M ms)"), for the report.
    const QStringList &longStalls() const { return m_longStalls; }

private:
    void tick();
    struct SchedStat
    {
        qint64 cpuNs = 0;
        qint64 waitNs = 0;
    };
    SchedStat readSchedStat() const;

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    SchedStat m_lastStat;
    int m_schedstat = -1;
    int m_intervalMs;
    qint64 m_maxStallMs = 0;
    qint64 m_maxOwnStallMs = 0;
    qint64 m_maxBusyMs = 0;
    qint64 m_ticks = 0;
    QString m_phase;
    QString m_maxStallPhase;
    QString m_maxOwnStallPhase;
    QString m_maxBusyPhase;
    QStringList m_longStalls;
};

} // namespace onair::test
