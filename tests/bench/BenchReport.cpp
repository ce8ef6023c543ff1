#include "BenchReport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace onair::test {

BenchReport::BenchReport(const QString &benchmark)
    : m_benchmark(benchmark)
{}

void BenchReport::add(const QString &name, double value, const QString &unit)
{
    m_figures.insert(name,
                     QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("unit"), unit}});
    std::printf("%s: %s %s\n", qPrintable(name), qPrintable(QString::number(value, 'f', 1)),
                qPrintable(unit));
    std::fflush(stdout);
}

void BenchReport::note(const QString &key, const QString &value)
{
    m_notes.insert(key, value);
}

bool BenchReport::save() const
{
    const QString dir = QString::fromUtf8(ONAIR_BENCH_RESULTS);
    QDir().mkpath(dir);
    QFile file(dir + QLatin1Char('/') + m_benchmark + QStringLiteral(".json"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QJsonObject root{
        {QStringLiteral("benchmark"), m_benchmark},
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("figures"), m_figures},
        {QStringLiteral("notes"), m_notes}};
    file.write(QJsonDocument(root).toJson());
    std::printf("%s: results in %s\n", qPrintable(m_benchmark), qPrintable(file.fileName()));
    return true;
}

double BenchReport::median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

qint64 BenchReport::rssKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

QList<qint64> BenchReport::descendants(qint64 pid)
{
    QList<qint64> out;
    QList<qint64> todo{pid};
    while (!todo.isEmpty()) {
        const qint64 p = todo.takeFirst();
        // A process's children are listed per thread that started them: Chromium starts its
        // renderers from a launcher thread, not the main one.
        const QDir tasks(QStringLiteral("/proc/%1/task").arg(p));
        for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile children(tasks.filePath(task + QStringLiteral("/children")));
            if (!children.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &c : children.readAll().simplified().split(' ')) {
                bool ok = false;
                const qint64 child = c.toLongLong(&ok);
                if (ok) {
                    out << child;
                    todo << child;
                }
            }
        }
    }
    return out;
}

QString BenchReport::processName(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(comm.readAll().trimmed());
}

} // namespace onair::test
