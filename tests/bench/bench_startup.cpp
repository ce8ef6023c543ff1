// Start-up: from process start to the first painted main window, and the resident memory
// then (the monitor player is created only at testing, so it does not exist yet). Launches
// the real `onair` binary against a sandbox that runs as a separate process; median of runs.
#include "BenchReport.h"
#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

#include <cstdio>

using onair::test::BenchReport;
using onair::test::SandboxProcess;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = qMax(5, qEnvironmentVariableIntValue("ONAIR_BENCH_STARTUP_RUNS"));
    SandboxProcess sandbox({QStringLiteral("--auto-consent")});
    if (!sandbox.isReady()) {
        std::fprintf(stderr, "bench_startup: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    const QString ready =
        QString::fromUtf8(QJsonDocument(sandbox.readyLine()).toJson(QJsonDocument::Compact));
    const QRegularExpression mark(QStringLiteral("onair-first-paint: epochMs=(\\d+) rssKb=(\\d+)"));

    QList<double> times;
    QList<double> rss;
    for (int i = 0; i < runs; ++i) {
        QProcess onair;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ONAIR_REPORT_FIRST_PAINT"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
        onair.setProcessEnvironment(env);
        onair.setProcessChannelMode(QProcess::SeparateChannels);
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
        onair.start(QStringLiteral(ONAIR_APP_EXE), {QStringLiteral("--sandbox-ready"), ready});
        QByteArray err;
        QRegularExpressionMatch m;
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired() && onair.state() != QProcess::NotRunning) {
            onair.waitForReadyRead(200);
            err += onair.readAllStandardError();
            m = mark.match(QString::fromUtf8(err));
            if (m.hasMatch())
                break;
        }
        if (!m.hasMatch()) {
            std::fprintf(stderr, "bench_startup: run %d: no first-paint mark\n%s\n", i + 1,
                         err.right(4000).constData());
            onair.kill();
            onair.waitForFinished(3000);
            return 1;
        }
        times << double(m.captured(1).toLongLong() - t0);
        rss << double(m.captured(2).toLongLong()) / 1024.0;
        std::fprintf(stderr, "bench_startup: run %d: %.0f ms, %.1f MiB\n", i + 1, times.last(),
                     rss.last());
        onair.closeReadChannel(QProcess::StandardError);
        onair.terminate();
        if (!onair.waitForFinished(5000)) {
            onair.kill();
            onair.waitForFinished(3000);
        }
    }

    BenchReport report(QStringLiteral("bench_startup"));
    report.note(QStringLiteral("runs"), QString::number(runs));
    report.add(QStringLiteral("startup_first_paint_median"), BenchReport::median(times),
               QStringLiteral("ms"));
    report.add(QStringLiteral("startup_first_paint_min"),
               *std::min_element(times.begin(), times.end()), QStringLiteral("ms"));
    report.add(QStringLiteral("startup_first_paint_max"),
               *std::max_element(times.begin(), times.end()), QStringLiteral("ms"));
    report.add(QStringLiteral("startup_rss_median"), BenchReport::median(rss),
               QStringLiteral("MiB"));
    return report.save() ? 0 : 1;
}
