#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace onair::test {

// One benchmark's figures: each printed as `name: value unit` when added, and all written
// as <benchmark>.json (into ONAIR_BENCH_RESULTS) by save().
class BenchReport
{
public:
    explicit BenchReport(const QString &benchmark);

    void add(const QString &name, double value, const QString &unit);
    void note(const QString &key, const QString &value); // context, not a figure
    bool save() const;

    static double median(QList<double> values);
    // Resident set size in kB of a process (0 when it is gone).
    static qint64 rssKb(qint64 pid);
    // The process ids of pid's descendants (children, their children, …).
    static QList<qint64> descendants(qint64 pid);
    static QString processName(qint64 pid);

private:
    QString m_benchmark;
    QJsonObject m_figures;
    QJsonObject m_notes;
};

} // namespace onair::test
