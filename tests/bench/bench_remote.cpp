// Press-to-wire latency of an ad break from outside the window, side by side with the keyboard
// in one run: F9 on the real window, a D-Bus call from another connection on the session bus,
// the real `onair ctl break` process (its start included: that is what a desktop shortcut
// costs), and POST /v1/breaks on the HTTP API over a fresh connection. Each is stamped just
// before the press and matched with the sandbox's arrival of its liveBroadcasts.cuepoint
// (PressToWire). ONAIR_BENCH_PRESSES presses per way (default 100), serialised.
// So that every press is one break: the double-press guard is 0 for the run, and OnAir's clock
// (the break controller's and the remote commands', which also drives the rate limits) jumps
// an hour after each answer, so no break is still running at the next press and no caller is
// rate-limited. Both only skip waiting; the path of a press is the real one. Beside them, the
// WebSocket's state push: from the answer's record in the cuepoint log to a client's receipt.
#include "BenchReport.h"
#include "PressToWire.h"
#include "ShowDriver.h"
#include "cuepoint/BreakController.h"
#include "remote/RemoteCommands.h"
#include "remote/RemoteControl.h"
#include "remote/RemoteToken.h"
#include "remote/dbus/ShowBusObject.h"
#include "remote/http/HttpApiServer.h"
#include "shell/MainWindow.h"
#include "show/BroadcastSession.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

#include <cstdio>
#include <memory>

using namespace onair;
using onair::test::BenchReport;
using onair::test::PressToWire;
using onair::test::ShowDriver;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "bench_remote: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int presses = qMax(20, qEnvironmentVariableIntValue("ONAIR_BENCH_PRESSES") > 0
                                     ? qEnvironmentVariableIntValue("ONAIR_BENCH_PRESSES")
                                     : 100);

    ShowDriver show;
    if (!show.startSandbox() || !show.startApp())
        return fail(show.error());
    show.sandbox()->control(
        "POST", QStringLiteral("quota"),
        {{QStringLiteral("limit"), 100000000}, {QStringLiteral("reset"), true}});
    if (!show.createBroadcastAndStream(QStringLiteral("Remote latency")) ||
        !show.startEncoderAndWaitActive() ||
        !show.transition(Intent::StartTest, LifeCycleStatus::Testing) ||
        !show.transition(Intent::GoLive, LifeCycleStatus::Live))
        return fail(show.error() + QStringLiteral("\n") + show.logDump());

    BreakController *breaks = show.app()->breaks();
    RemoteControl *remote = show.app()->remote();
    breaks->trigger().setGuardMs(0);
    auto shift = std::make_shared<qint64>(0);
    const auto clock = [shift] { return QDateTime::currentMSecsSinceEpoch() + *shift; };
    breaks->setClock(clock);
    remote->commands()->setClock(clock);

    RemoteSettings settings = remote->settings();
    settings.httpEnabled = true;
    settings.httpPort = 0;
    remote->apply(settings);
    if (!remote->http()->isListening())
        return fail(remote->httpError());
    const quint16 port = remote->http()->port();
    QByteArray token;
    remote->token()->generate([&token](const QString &t, const QString &) { token = t.toUtf8(); });
    if (!QTest::qWaitFor([&token] { return !token.isEmpty(); }, 15000))
        return fail(QStringLiteral("no token from the keychain"));

    ui::MainWindow *window = show.app()->window();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return fail(QStringLiteral("the window did not become active"));

    QDBusConnection client =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("bench"));
    // Each way's press, then the hour's jump once its answer is in (PressToWire waits for it
    // before the next press).
    const auto keyboard = [window] {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
        QTest::keyClick(target, Qt::Key_F9);
        return true;
    };
    const auto dbus = [&client] {
        QDBusMessage call = QDBusMessage::createMethodCall(
            ShowBusObject::serviceName(), ShowBusObject::objectPath(),
            ShowBusObject::interfaceName(), QStringLiteral("AdBreak"));
        call << uint(30);
        client.asyncCall(call);
        return true;
    };
    std::unique_ptr<QProcess> process;
    // The last one has its answer; it exits once its event loop has sent the reply. Waited for
    // before the stamp: an exiting process is not part of the next press.
    const auto ctlSettled = [&process] {
        return !process ||
               QTest::qWaitFor([&process] { return process->state() == QProcess::NotRunning; },
                               5000);
    };
    const auto ctl = [&process] {
        process = std::make_unique<QProcess>();
        process->start(QStringLiteral(ONAIR_APP_EXE),
                       {QStringLiteral("ctl"), QStringLiteral("break"), QStringLiteral("30")});
        return true;
    };
    std::unique_ptr<QTcpSocket> socket;
    const auto http = [&socket, port, &token] {
        socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, port);
        const QByteArray body = "{\"seconds\": 30}";
        socket->write("POST /v1/breaks HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                      "\r\nAuthorization: Bearer " + token +
                      "\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        return true;
    };

    struct Way
    {
        QString name;
        PressToWire::Press press;
        PressToWire::Press before = {};
    };
    const QList<Way> ways{{QStringLiteral("keyboard"), keyboard},
                          {QStringLiteral("dbus"), dbus},
                          {QStringLiteral("ctl"), ctl, ctlSettled},
                          {QStringLiteral("http"), http}};
    BenchReport report(QStringLiteral("bench_remote"));
    report.note(QStringLiteral("presses"), QString::number(presses));
    report.note(QStringLiteral("conditions"),
                QStringLiteral("guard 0 ms; OnAir's clock jumps an hour after each answer (no "
                               "running break, no rate limit)"));
    // A tally light on the WebSocket: each answered break changes the state (its end), and
    // its push is timed from the answer's record in the cuepoint log (on the real clock) to its
    // arrival here; pushes are told apart by the break's end they carry.
    QHash<qint64, qint64> answeredAt; // the state's breakEndsAtMs -> real epoch ms of the answer
    QObject::connect(breaks, &BreakController::breakAnswered, breaks, [&, shift](int id) {
        const auto entry = breaks->log()->entry(id);
        if (entry && entry->answeredAt.isValid())
            answeredAt.insert(breaks->trigger().breakEndsAtMs(),
                              entry->answeredAt.toMSecsSinceEpoch() - *shift);
    });
    QList<double> pushes;
    QWebSocket tally;
    bool greeted = false;
    QObject::connect(&tally, &QWebSocket::textMessageReceived, &tally, [&](const QString &message) {
        const qint64 arrived = QDateTime::currentMSecsSinceEpoch();
        greeted = true;
        const qint64 end = QJsonDocument::fromJson(message.toUtf8())
                               .object()
                               .value(QLatin1String("state"))
                               .toObject()
                               .value(QLatin1String("breakEndsAtMs"))
                               .toInteger();
        if (answeredAt.contains(end))
            pushes << double(arrived - answeredAt.take(end));
    });
    tally.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/events?access_token=%2")
                        .arg(port)
                        .arg(QString::fromUtf8(token))));
    if (!QTest::qWaitFor([&greeted] { return greeted; }, 15000))
        return fail(QStringLiteral("the WebSocket did not connect"));

    PressToWire bench(show);
    for (const Way &way : ways) {
        QList<double> latencies;
        const auto press = [&way, shift] {
            *shift += 3600 * 1000;
            return way.press();
        };
        if (!bench.run(presses, press, &latencies, way.before))
            return fail(way.name + QStringLiteral(": ") + bench.error());
        report.add(QStringLiteral("break_%1_to_wire_p50").arg(way.name),
                   PressToWire::percentile(latencies, 50), QStringLiteral("ms"));
        report.add(QStringLiteral("break_%1_to_wire_p99").arg(way.name),
                   PressToWire::percentile(latencies, 99), QStringLiteral("ms"));
    }
    report.add(QStringLiteral("state_push_p50"), PressToWire::percentile(pushes, 50),
               QStringLiteral("ms"));
    report.add(QStringLiteral("state_push_p99"), PressToWire::percentile(pushes, 99),
               QStringLiteral("ms"));
    report.note(QStringLiteral("state_pushes"), QString::number(pushes.size()));
    const bool saved = report.save();
    QDBusConnection::disconnectFromBus(QStringLiteral("bench"));
    show.stop();
    return saved ? 0 : 1;
}
