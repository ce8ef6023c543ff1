// Key press to wire for ad breaks: the time from an F9 key event on the real main window to the
// sandbox (a separate process) receiving the liveBroadcasts.cuepoint request, over at least 200
// presses during a live sandbox show. The press stamp is taken just before the key event and
// compared with the sandbox's arrivalMs for that cuepoint (both epoch ms on this machine).
// The trigger's guard is set to 0 for the run and the running-break confirmation is answered
// yes by the window's confirm hook, so that every press is one break; presses are serialised
// (the next one waits for the previous answer). ONAIR_BENCH_PRESSES overrides the count.
#include "BenchReport.h"
#include "PressToWire.h"
#include "ShowDriver.h"
#include "cuepoint/BreakController.h"
#include "shell/MainWindow.h"
#include "show/BroadcastSession.h"

#include <QApplication>
#include <QTest>

#include <cstdio>

using namespace onair;
using onair::test::BenchReport;
using onair::test::PressToWire;
using onair::test::ShowDriver;

namespace {

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
    show.app()->breaks()->trigger().setGuardMs(0);
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window)) {
        std::fprintf(stderr, "bench_cuepoint_latency: the window did not become active\n");
        return 1;
    }

    PressToWire bench(show);
    QList<double> latencies;
    const bool ran = bench.run(
        presses,
        [window] {
            QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
            QTest::keyClick(target, Qt::Key_F9);
            return true;
        },
        &latencies);
    if (!ran) {
        std::fprintf(stderr, "bench_cuepoint_latency: %s\n", qPrintable(bench.error()));
        return 1;
    }

    BenchReport report(QStringLiteral("bench_cuepoint_latency"));
    report.note(QStringLiteral("presses"), QString::number(presses));
    report.note(QStringLiteral("guard"),
                QStringLiteral("0 ms for the run; running-break confirmation answered yes"));
    report.add(QStringLiteral("cuepoint_key_to_wire_p50"), PressToWire::percentile(latencies, 50),
               QStringLiteral("ms"));
    report.add(QStringLiteral("cuepoint_key_to_wire_p99"), PressToWire::percentile(latencies, 99),
               QStringLiteral("ms"));
    report.add(QStringLiteral("cuepoint_key_to_wire_max"), PressToWire::percentile(latencies, 100),
               QStringLiteral("ms"));
    const bool saved = report.save();
    show.stop();
    return saved ? 0 : 1;
}
