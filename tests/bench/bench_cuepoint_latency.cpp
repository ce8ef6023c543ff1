// Key press to wire for ad breaks: the time from an F9 key event on the real main window to the
// sandbox (a separate process) receiving the liveBroadcasts.cuepoint request, over at least 200
// presses during a live sandbox show. The press stamp is taken just before the key event and
// compared with the sandbox's arrivalMs for that cuepoint (both epoch ms on this machine).
// The trigger's guard is set to 0 for the run and the running-break confirmation is answered
// yes by the window's confirm hook, so that every press is one break; presses are serialised
// (the next one waits for the previous answer). ONAIR_BENCH_PRESSES overrides the count.
#include "BenchReport.h"
#include "ShowDriver.h"
#include "cuepoint/BreakController.h"
#include "shell/MainWindow.h"
#include "show/BroadcastSession.h"

#include <QApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace onair;
using onair::test::BenchReport;
using onair::test::ShowDriver;

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

int fail(ShowDriver &show)
{
    std::fprintf(stderr, "bench_cuepoint_latency: %s\n%s\n", qPrintable(show.error()),
                 qPrintable(show.logDump()));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int presses = qMax(200, qEnvironmentVariableIntValue("ONAIR_BENCH_PRESSES"));

    ShowDriver show;
    if (!show.startSandbox() || !show.startApp())
        return fail(show);
    // 200 breaks cost more than a default day of quota in the sandbox's ledger.
    show.sandbox()->control(
        "POST", QStringLiteral("quota"),
        {{QStringLiteral("limit"), 100000000}, {QStringLiteral("reset"), true}});
    if (!show.createBroadcastAndStream(QStringLiteral("Cuepoint latency")) ||
        !show.startEncoderAndWaitActive() ||
        !show.transition(Intent::StartTest, LifeCycleStatus::Testing) ||
        !show.transition(Intent::GoLive, LifeCycleStatus::Live))
        return fail(show);

    ui::MainWindow *window = show.app()->window();
    BreakController *breaks = show.app()->breaks();
    breaks->trigger().setGuardMs(0);
    CuepointLog *log = breaks->log();
    const int logBefore = log->size();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window)) {
        std::fprintf(stderr, "bench_cuepoint_latency: the window did not become active\n");
        return 1;
    }

    QList<qint64> stamps;
    for (int i = 0; i < presses; ++i) {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
        const qint64 stamp = QDateTime::currentMSecsSinceEpoch();
        QTest::keyClick(target, Qt::Key_F9);
        stamps << stamp;
        const int index = logBefore + i;
        if (!show.waitFor(
                [log, index] {
                    return log->size() > index &&
                           log->entries().at(index).state != CuepointLogEntry::State::Sent;
                },
                10000, QStringLiteral("the answer to break %1").arg(i + 1)))
            return fail(show);
    }

    const QJsonArray cuepoints = show.sandbox()
                                     ->control("GET", QStringLiteral("cuepoints"))
                                     .value(QLatin1String("cuepoints"))
                                     .toArray();
    if (cuepoints.size() != presses) {
        std::fprintf(stderr, "bench_cuepoint_latency: %d presses, %d cuepoints in the sandbox\n",
                     presses, int(cuepoints.size()));
        return 1;
    }
    QList<double> latencies;
    for (int i = 0; i < presses; ++i) {
        const qint64 arrival =
            cuepoints.at(i).toObject().value(QLatin1String("arrivalMs")).toInteger();
        latencies << double(arrival - stamps.at(i));
    }

    BenchReport report(QStringLiteral("bench_cuepoint_latency"));
    report.note(QStringLiteral("presses"), QString::number(presses));
    report.note(QStringLiteral("guard"),
                QStringLiteral("0 ms for the run; running-break confirmation answered yes"));
    report.add(QStringLiteral("cuepoint_key_to_wire_p50"), percentile(latencies, 50),
               QStringLiteral("ms"));
    report.add(QStringLiteral("cuepoint_key_to_wire_p99"), percentile(latencies, 99),
               QStringLiteral("ms"));
    report.add(QStringLiteral("cuepoint_key_to_wire_max"), percentile(latencies, 100),
               QStringLiteral("ms"));
    const bool saved = report.save();
    show.stop();
    return saved ? 0 : 1;
}
