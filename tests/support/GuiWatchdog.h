#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

namespace onair::test {

// Measures how long the GUI thread stalls: a precise timer on the thread it lives on fires
// every intervalMs, and each tick's lateness beyond the interval is a stall. Tests and
// benchmarks name the phase they are in, so the longest stall can be told where it happened.
class GuiWatchdog : public QObject
{
    Q_OBJECT

public:
    explicit GuiWatchdog(int intervalMs = 10, QObject *parent = nullptr);

    void start();
    void stop();
    void setPhase(const QString &phase) { m_phase = phase; }
    QString phase() const { return m_phase; }

    qint64 maxStallMs() const { return m_maxStallMs; }
    QString maxStallPhase() const { return m_maxStallPhase; }
    qint64 ticks() const { return m_ticks; }
    // The longest stall of every phase.
    const QHash<QString, qint64> &maxStallByPhase() const { return m_maxByPhase; }
    // The longest stall outside the named phases.
    qint64 maxStallMsExcept(const QStringList &phases) const;
    // Stalls longer than 50 ms, in order ("phase: N ms"), for the report.
    const QStringList &longStalls() const { return m_longStalls; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    int m_intervalMs;
    qint64 m_maxStallMs = 0;
    qint64 m_ticks = 0;
    QString m_phase;
    QString m_maxStallPhase;
    QStringList m_longStalls;
    QHash<QString, qint64> m_maxByPhase;
};

} // namespace onair::test
