// The scripted show (create, bind, test, live, six ad breaks, end) through the real app
// against a sandbox run as a separate process, with the app's test encoder publishing:
//  - quota: the show's fixed cost and the units per hour of live at the steady polling rate
//    (at least three minutes of live), counted from the sandbox's request log, and the
//    health freshness achieved;
//  - quota: the units per hour of a bound broadcast waiting, nobody looking, for its encoder
//    (ONAIR_BENCH_WAIT_SECONDS, default 300; the steady rate after the fast window);
//  - memory with the monitor player playing the sandbox stream;
//  - the longest GUI-thread stall, without and with sandbox faults (5-s API stalls included).
// ONAIR_BENCH_LIVE_SECONDS shortens the measured live time (default 190 s).
#include "BenchReport.h"
#include "GuiWatchdog.h"
#include "ShowDriver.h"
#include "monitor/MonitorView.h"
#include "shell/MainWindow.h"
#include "show/BroadcastSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

using namespace onair;
using onair::test::BenchReport;
using onair::test::GuiWatchdog;
using onair::test::ShowDriver;

namespace {

int quotaSpent(ShowDriver &show)
{
    return show.sandbox()
        ->control("GET", QStringLiteral("quota"))
        .value(QLatin1String("spent"))
        .toInt();
}

// Units spent in [from, to), from the sandbox's own request log and its cost table.
int unitsInLog(ShowDriver &show, const QDateTime &from, const QDateTime &to,
               QHash<QString, int> *calls = nullptr)
{
    const QJsonObject perMethod = show.sandbox()
                                      ->control("GET", QStringLiteral("quota"))
                                      .value(QLatin1String("perMethod"))
                                      .toObject();
    const QJsonArray log = show.sandbox()
                               ->control("GET", QStringLiteral("requests"))
                               .value(QLatin1String("requests"))
                               .toArray();
    int units = 0;
    for (const QJsonValue &v : log) {
        const QJsonObject e = v.toObject();
        const QString method = e.value(QLatin1String("apiMethod")).toString();
        const QDateTime at =
            QDateTime::fromString(e.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
        if (method.isEmpty() || at < from || at >= to)
            continue;
        const int cost = perMethod.value(method).toObject().value(QLatin1String("cost")).toInt(1);
        units += cost;
        if (calls)
            (*calls)[method] += 1;
    }
    return units;
}

bool check(bool ok, ShowDriver &show)
{
    if (!ok)
        std::fprintf(stderr, "bench_show: %s\n", qPrintable(show.error()));
    return ok;
}

// Create, bind, encoder, testing. Faults (if any) are active throughout.
bool setUp(ShowDriver &show, GuiWatchdog &watchdog, const QString &title)
{
    watchdog.setPhase(QStringLiteral("set-up"));
    if (!check(show.createBroadcastAndStream(title), show))
        return false;
    watchdog.setPhase(QStringLiteral("encoder"));
    if (!check(show.startEncoderAndWaitActive(), show))
        return false;
    watchdog.setPhase(QStringLiteral("testing"));
    return check(show.transition(Intent::StartTest, LifeCycleStatus::Testing), show);
}

bool sixBreaksAndEnd(ShowDriver &show, GuiWatchdog &watchdog)
{
    watchdog.setPhase(QStringLiteral("ad breaks"));
    for (quint32 i = 0; i < 6; ++i) {
        show.fireBreak(30 + i);
        show.wait(1000);
    }
    if (!check(show.waitBreaksAnswered(), show))
        return false;
    watchdog.setPhase(QStringLiteral("end"));
    return check(show.transition(Intent::End, LifeCycleStatus::Complete), show);
}

// The longest stall as felt (wall clock), OnAir's own part of it (less the time the GUI
// thread waited for a CPU that other processes held) and the longest stretch of GUI work.
void reportStalls(BenchReport &report, const GuiWatchdog &watchdog, const QString &run)
{
    const QString name = QStringLiteral("gui_stall_max_") + run;
    report.add(name, double(watchdog.maxStallMs()), QStringLiteral("ms"));
    report.note(name + QStringLiteral("_phase"), watchdog.maxStallPhase());
    report.add(name + QStringLiteral("_own"), double(watchdog.maxOwnStallMs()),
               QStringLiteral("ms"));
    report.note(name + QStringLiteral("_own_phase"), watchdog.maxOwnStallPhase());
    report.add(name + QStringLiteral("_busy"), double(watchdog.maxBusyMs()), QStringLiteral("ms"));
    report.note(name + QStringLiteral("_busy_phase"), watchdog.maxBusyPhase());
    for (const QString &s : watchdog.longStalls())
        std::fprintf(stderr, "bench_show: %s long stall %s\n", qPrintable(run), qPrintable(s));
}

bool cleanShow(BenchReport &report, int liveSeconds)
{
    ShowDriver show;
    if (!check(show.startSandbox() && show.startApp(), show))
        return false;
    BroadcastSession *session = show.app()->session();
    show.sandbox()->control("POST", QStringLiteral("quota"), {{QStringLiteral("reset"), true}});
    GuiWatchdog watchdog;
    watchdog.start();
    if (!setUp(show, watchdog, QStringLiteral("Bench show")))
        return false;
    watchdog.setPhase(QStringLiteral("go live"));
    if (!check(show.transition(Intent::GoLive, LifeCycleStatus::Live), show))
        return false;

    // Health freshness: the age of the displayed stream health, sampled every 100 ms.
    watchdog.setPhase(QStringLiteral("live"));
    QElapsedTimer sinceRead;
    sinceRead.start();
    qint64 maxAgeMs = 0;
    QObject::connect(session, &BroadcastSession::streamChanged, session,
                     [&sinceRead] { sinceRead.restart(); });
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &sampler,
                     [&] { maxAgeMs = qMax(maxAgeMs, sinceRead.elapsed()); });

    // Let the transition's fast polling settle to the steady rate before measuring.
    show.wait(10000);
    // Start just after a stream read, so the window holds whole read periods (by chance of
    // phase, 60 s would otherwise hold 6 or 7 reads: 360 or 420 units/h).
    bool streamRead = false;
    const QMetaObject::Connection onRead = QObject::connect(
        session, &BroadcastSession::streamChanged, session, [&streamRead] { streamRead = true; });
    show.waitFor([&streamRead] { return streamRead; }, 15000, QStringLiteral("a stream read"));
    QObject::disconnect(onRead);
    sinceRead.restart();
    sampler.start(100);
    const int spent0 = quotaSpent(show);
    const QDateTime liveFrom = QDateTime::currentDateTimeUtc();
    QElapsedTimer live;
    live.start();

    // Memory with the monitor player playing (sampled once it plays, within the live window).
    ui::MonitorView *monitor = show.app()->window()->monitor();
    show.waitFor([monitor] { return monitor->playerState() == 1; }, 30000,
                 QStringLiteral("the monitor to play"));
    show.wait(5000);
    const qint64 self = QApplication::applicationPid();
    qint64 webKb = 0;
    for (qint64 pid : BenchReport::descendants(self))
        if (BenchReport::processName(pid).startsWith(QLatin1String("QtWebEngine")))
            webKb += BenchReport::rssKb(pid);
    const qint64 appKb = BenchReport::rssKb(self);
    report.note(QStringLiteral("monitor_player_state"), QString::number(monitor->playerState()));
    report.add(QStringLiteral("monitor_rss_app"), double(appKb) / 1024, QStringLiteral("MiB"));
    report.add(QStringLiteral("monitor_rss_webengine_processes"), double(webKb) / 1024,
               QStringLiteral("MiB"));
    report.add(QStringLiteral("monitor_rss_total"), double(appKb + webKb) / 1024,
               QStringLiteral("MiB"));

    const qint64 remaining = qint64(liveSeconds) * 1000 - live.elapsed();
    if (remaining > 0)
        show.wait(int(remaining));
    const int spent1 = quotaSpent(show);
    const QDateTime liveTo = QDateTime::currentDateTimeUtc();
    const double hours = double(live.elapsed()) / 3600000.0;
    const int liveUnitsInLog = unitsInLog(show, liveFrom, liveTo);
    // What the session's polling intervals cost while live (after the end it polls idly).
    const double predictedPerHour = session->pollingUnitsPerHour();
    sampler.stop();

    if (!sixBreaksAndEnd(show, watchdog))
        return false;
    watchdog.stop();
    show.wait(1500);
    const int spentTotal = quotaSpent(show);
    const int liveUnits = spent1 - spent0;
    report.note(QStringLiteral("quota_per_method"),
                QString::fromUtf8(QJsonDocument(show.sandbox()
                                                    ->control("GET", QStringLiteral("quota"))
                                                    .value(QLatin1String("perMethod"))
                                                    .toObject())
                                      .toJson(QJsonDocument::Compact)));
    report.add(QStringLiteral("quota_live_measured"), double(live.elapsed()) / 1000,
               QStringLiteral("s"));
    report.add(QStringLiteral("quota_show_total"), spentTotal, QStringLiteral("units"));
    report.add(QStringLiteral("quota_fixed_cost"), spentTotal - liveUnits, QStringLiteral("units"));
    report.add(QStringLiteral("quota_live_rate"), liveUnits / hours, QStringLiteral("units/h"));
    report.add(QStringLiteral("quota_live_rate_predicted"), predictedPerHour,
               QStringLiteral("units/h"));
    // The same hour from the sandbox's request log (target: at most 400).
    report.add(QStringLiteral("quota_live_hour_from_log"), liveUnitsInLog / hours,
               QStringLiteral("units/h"));
    report.add(QStringLiteral("health_age_max"), double(maxAgeMs), QStringLiteral("ms"));
    reportStalls(report, watchdog, QStringLiteral("clean"));
    return true;
}

// A broadcast bound at noon for an evening show: no encoder, nobody looking. Measured after
// the fast window (turned off here), over `seconds`, from the sandbox's request log.
bool waitingShow(BenchReport &report, int seconds)
{
    ShowDriver show;
    if (!check(show.startSandbox() && show.startApp(), show))
        return false;
    BroadcastSession *session = show.app()->session();
    session->setFastWindowMs(0);
    session->setOperatorAttentionMs(0);
    if (!check(show.createBroadcastAndStream(QStringLiteral("Bench waiting")), show))
        return false;
    session->setOperatorAttentive(false);
    show.wait(1000);
    const QDateTime from = QDateTime::currentDateTimeUtc();
    QElapsedTimer waited;
    waited.start();
    show.wait(seconds * 1000);
    const QDateTime to = QDateTime::currentDateTimeUtc();
    QHash<QString, int> calls;
    const int units = unitsInLog(show, from, to, &calls);
    const double hours = double(waited.elapsed()) / 3600000.0;
    report.add(QStringLiteral("quota_waiting_measured"), double(waited.elapsed()) / 1000,
               QStringLiteral("s"));
    report.add(QStringLiteral("quota_waiting_unattended_rate"), units / hours,
               QStringLiteral("units/h"));
    report.add(QStringLiteral("quota_waiting_unattended_predicted"), session->pollingUnitsPerHour(),
               QStringLiteral("units/h"));
    QStringList perMethod;
    for (auto it = calls.cbegin(); it != calls.cend(); ++it)
        perMethod << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    perMethod.sort();
    report.note(QStringLiteral("quota_waiting_calls"), perMethod.join(QLatin1Char(',')));
    // The window may have been activated meanwhile (it counts as looking): say so.
    report.note(QStringLiteral("quota_waiting_operator_looking_at_end"),
                session->isOperatorLooking() ? QStringLiteral("yes") : QStringLiteral("no"));
    return true;
}

bool faultyShow(BenchReport &report)
{
    ShowDriver show;
    if (!check(show.startSandbox() && show.startApp(), show))
        return false;
    show.app()->session()->setStuckAfterMs(6000);
    GuiWatchdog watchdog;
    watchdog.start();
    // Each call gets at most 5 attempts (4 under rate limiting): spread the faults over
    // calls, as a bad day at Google would, rather than stacking them on one insert.
    show.addFaults(QStringLiteral("error=503x2,dropx3@liveBroadcasts.list,"
                                  "ratelimit@liveStreams.list,latency=5000"));
    if (!setUp(show, watchdog, QStringLiteral("Bench faults")))
        return false;
    show.clearFaults();
    show.addFaults(QStringLiteral("stuck=live"));
    watchdog.setPhase(QStringLiteral("stuck"));
    if (!check(show.transition(Intent::GoLive, LifeCycleStatus::Live, 60000, true) &&
                   show.recoverStuck(),
               show))
        return false;
    show.clearFaults();
    show.app()->session()->setStuckAfterMs(BroadcastSession::kDefaultStuckAfterMs);
    watchdog.setPhase(QStringLiteral("go live"));
    if (!check(show.transition(Intent::GoLive, LifeCycleStatus::Live), show))
        return false;
    watchdog.setPhase(QStringLiteral("live"));
    show.addFaults(QStringLiteral("latency=5000,stall@liveStreams.list,expire-tokens"));
    show.wait(25000);
    show.clearFaults();
    show.addFaults(QStringLiteral("error=503x4,dropx3@liveBroadcasts.cuepoint"));
    if (!sixBreaksAndEnd(show, watchdog))
        return false;
    watchdog.stop();
    reportStalls(report, watchdog, QStringLiteral("faults"));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    qputenv("ONAIR_SANDBOX_PROGRAM", QByteArray(ONAIR_SANDBOX_EXE));
    const int liveSeconds = qEnvironmentVariableIsSet("ONAIR_BENCH_LIVE_SECONDS")
                                ? qEnvironmentVariableIntValue("ONAIR_BENCH_LIVE_SECONDS")
                                : 190;
    const int waitSeconds = qEnvironmentVariableIsSet("ONAIR_BENCH_WAIT_SECONDS")
                                ? qEnvironmentVariableIntValue("ONAIR_BENCH_WAIT_SECONDS")
                                : 300;
    BenchReport report(QStringLiteral("bench_show"));
    const bool ok =
        cleanShow(report, liveSeconds) && waitingShow(report, waitSeconds) && faultyShow(report);
    report.save();
    return ok ? 0 : 1;
}
