#include "tst_remote_e2e.h"

#include "TestEnvironment.h"
#include "cuepoint/BreakController.h"
#include "remote/RemoteCommands.h"
#include "remote/RemoteControl.h"
#include "remote/RemoteToken.h"
#include "remote/dbus/ShowBusObject.h"
#include "remote/dbus/ShowBusService.h"
#include "remote/http/HttpApiServer.h"
#include "show/BroadcastSession.h"
#include "show/EventLog.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusPendingCall>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using namespace onair;
using onair::test::AppProcess;
using onair::test::ShowDriver;

namespace {

constexpr int kCallMs = 30000;
constexpr int kStepMs = 60000;
const QString kClientBus = QStringLiteral("tst_remote_e2e_client");

// A connection of its own: calls leave this process and come back through the bus daemon, as
// any other program's would (calls on the app's own connection would be made in-process).
QDBusConnection clientBus()
{
    return QDBusConnection::connectToBus(QDBusConnection::SessionBus, kClientBus);
}

} // namespace

QDBusMessage TestRemoteE2E::bus(const QString &method, const QVariantList &args)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        ShowBusObject::serviceName(), ShowBusObject::objectPath(),
        method.startsWith(QLatin1String("org.")) ? method.section(QLatin1Char('.'), 0, -2)
                                                 : ShowBusObject::interfaceName(),
        method.section(QLatin1Char('.'), -1));
    call.setArguments(args);
    // Asynchronous: the app answers on this thread's event loop.
    QDBusPendingCall pending = clientBus().asyncCall(call, kCallMs);
    QDBusPendingCallWatcher watcher(pending);
    if (!QTest::qWaitFor([&] { return watcher.isFinished(); }, kCallMs + 1000))
        return QDBusMessage::createError(QStringLiteral("tst.Timeout"), method);
    return pending.reply();
}

TestRemoteE2E::Http TestRemoteE2E::http(const QByteArray &method, const QByteArray &path,
                                        const QByteArray &token, const QByteArray &body,
                                        const QByteArray &host)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: " +
                         (host.isEmpty() ? "127.0.0.1:" + QByteArray::number(m_port) : host) +
                         "\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token + "\r\n";
    if (!body.isEmpty())
        request +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    request += "\r\n" + body;
    socket.write(request);
    QByteArray answer;
    // One request per connection: the answer is whole when the server closes.
    const bool closed = QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        kCallMs);
    answer += socket.readAll();
    Http h;
    const qsizetype end = answer.indexOf("\r\n\r\n");
    h.head = answer.left(end);
    h.body = end < 0 ? QByteArray() : answer.mid(end + 4);
    h.status = closed ? answer.mid(9, 3).toInt() : 0;
    return h;
}

AppProcess::Ctl TestRemoteE2E::ctl(const QStringList &arguments)
{
    return AppProcess::ctl(QStringLiteral(ONAIR_APP_EXE), arguments, kCallMs);
}

int TestRemoteE2E::sandboxCuepoints()
{
    return int(m_show->sandbox()
                   ->control("GET", QStringLiteral("cuepoints"))
                   .value(QLatin1String("cuepoints"))
                   .toArray()
                   .size());
}

QStringList TestRemoteE2E::tallies() const
{
    QStringList folded;
    for (const QString &t : m_pushedTallies) {
        if (folded.isEmpty() || folded.last() != t)
            folded << t;
    }
    return folded;
}

int TestRemoteE2E::eventLogCount(const QString &action) const
{
    int n = 0;
    for (const EventLog::Entry &e : m_show->app()->session()->eventLog()->entries())
        n += e.action == action ? 1 : 0;
    return n;
}

void TestRemoteE2E::initTestCase()
{
    QVERIFY2(test::TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    QVERIFY(clientBus().isConnected());
    m_show = std::make_unique<ShowDriver>();
    QVERIFY2(m_show->startSandbox() && m_show->startApp(), qPrintable(m_show->error()));
    QVERIFY2(m_show->createBroadcastAndStream(QStringLiteral("Remote show")) &&
                 m_show->startEncoderAndWaitActive(),
             qPrintable(m_show->error()));
    QVERIFY2(m_show->app()->remote()->bus()->isRunning(),
             qPrintable(m_show->app()->remote()->bus()->error()));

    // The HTTP API, on as the operator turns it on, on a free port, with a token in the keychain.
    RemoteControl *remote = m_show->app()->remote();
    RemoteSettings settings = remote->settings();
    QVERIFY(!settings.httpEnabled); // off by default
    settings.httpEnabled = true;
    settings.httpPort = 0;
    remote->apply(settings);
    QVERIFY2(remote->http()->isListening(), qPrintable(remote->httpError()));
    QCOMPARE(remote->http()->address(), QHostAddress(QHostAddress::LocalHost));
    m_port = remote->http()->port();
    bool shown = false;
    remote->token()->generate([&](const QString &token, const QString &error) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_token = token.toUtf8();
        shown = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(shown, 15000);
    QVERIFY(!m_token.isEmpty());

    // A tally light: the WebSocket from the start of the show.
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &message) {
        const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
        m_pushedTallies
            << o.value(QLatin1String("state")).toObject().value(QLatin1String("tally")).toString();
    });
    m_socket->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/events?access_token=%2")
                            .arg(m_port)
                            .arg(QString::fromUtf8(m_token))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_pushedTallies.isEmpty(), 15000);
    QCOMPARE(m_pushedTallies.first(), QStringLiteral("ready"));
}

void TestRemoteE2E::dbusIsIntrospectable()
{
    const QDBusMessage xml = bus(QStringLiteral("org.freedesktop.DBus.Introspectable.Introspect"));
    QCOMPARE(xml.type(), QDBusMessage::ReplyMessage);
    const QString text = xml.arguments().value(0).toString();
    for (const char *part :
         {"<interface name=\"io.github.onair.OnAir.Show\">", "<method name=\"AdBreak\">",
          "<property name=\"Tally\"", "<signal name=\"StateChanged\">"})
        QVERIFY2(text.contains(QLatin1String(part)), part);

    const QDBusMessage tally = bus(QStringLiteral("org.freedesktop.DBus.Properties.Get"),
                                   {ShowBusObject::interfaceName(), QStringLiteral("Tally")});
    QCOMPARE(tally.type(), QDBusMessage::ReplyMessage);
    QCOMPARE(tally.arguments().value(0).value<QDBusVariant>().variant().toString(),
             QStringLiteral("ready"));
    // Not live: a break is refused with the reason, and nothing reaches YouTube.
    const QDBusMessage refused = bus(QStringLiteral("AdBreak"), {uint(30)});
    QCOMPARE(refused.arguments().value(0).toString(), QStringLiteral("refused"));
    QVERIFY(refused.arguments().value(1).toString().contains(QLatin1String("live")));
    QCOMPARE(sandboxCuepoints(), 0);
}

void TestRemoteE2E::httpRefusesWithoutTokenOrFromAForeignHost()
{
    const Http none = http("GET", "/v1/state", {});
    QCOMPARE(none.status, 401);
    QVERIFY(none.head.contains("WWW-Authenticate: Bearer"));
    QCOMPARE(http("GET", "/v1/state", "not-the-token").status, 401);
    QCOMPARE(http("GET", "/v1/state", m_token + "x").status, 401);
    // DNS rebinding: a page of evil.example resolved to 127.0.0.1 sends its own Host.
    QCOMPARE(
        http("GET", "/v1/state", m_token, {}, "evil.example:" + QByteArray::number(m_port)).status,
        403);
    QCOMPARE(http("GET", "/v1/state", m_token, {}, "127.0.0.1.evil.example").status, 403);
    // No break passes without the token either.
    QCOMPARE(http("POST", "/v1/breaks", {}, "{\"seconds\": 30}").status, 401);
    QCOMPARE(http("POST", "/v1/breaks", m_token, "{\"seconds\": 30}",
                  "evil.example:" + QByteArray::number(m_port))
                 .status,
             403);

    const Http ok = http("GET", "/v1/state", m_token);
    QCOMPARE(ok.status, 200);
    const QJsonObject state = QJsonDocument::fromJson(ok.body).object();
    QCOMPARE(state.value(QLatin1String("tally")).toString(), QStringLiteral("ready"));
    QCOMPARE(state.value(QLatin1String("lifeCycleStatus")).toString(), QStringLiteral("ready"));
    const Http localhost =
        http("GET", "/v1/state", m_token, {}, "localhost:" + QByteArray::number(m_port));
    QCOMPARE(localhost.status, 200);
    // No CORS: a preflight gets no permission, and no answer carries one.
    const Http preflight = http("OPTIONS", "/v1/breaks", m_token);
    QCOMPARE(preflight.status, 405);
    for (const Http &h : {none, ok, preflight})
        QVERIFY2(!h.head.toLower().contains("access-control-"), h.head.constData());
    QCOMPARE(sandboxCuepoints(), 0);
}

void TestRemoteE2E::goLiveFromOutsideNeedsPermissionThenArmAndConfirm()
{
    BroadcastSession *session = m_show->app()->session();
    // Start test needs no permission.
    const QDBusMessage test = bus(QStringLiteral("StartTest"));
    QCOMPARE(test.arguments().value(0).toString(), QStringLiteral("accepted"));
    QVERIFY2(m_show->waitFor([&] { return session->lifeCycle() == LifeCycleStatus::Testing; },
                             kStepMs, QStringLiteral("testing")),
             qPrintable(m_show->error()));

    // Off by default: go live is not allowed from outside.
    const Http notAllowed = http("POST", "/v1/show/live", m_token);
    QCOMPARE(notAllowed.status, 403);
    QCOMPARE(ctl({QStringLiteral("live")}).exitCode, 6);
    QCOMPARE(session->lifeCycle(), LifeCycleStatus::Testing);

    RemoteControl *remote = m_show->app()->remote();
    RemoteSettings settings = remote->settings();
    settings.allowShowControl = true;
    remote->apply(settings);
    // A confirmation with nothing armed does nothing.
    QCOMPARE(ctl({QStringLiteral("confirm"), QStringLiteral("live")}).exitCode, 1);
    // Armed from ctl, not confirmable from HTTP.
    const AppProcess::Ctl armed = ctl({QStringLiteral("live")});
    QCOMPARE(armed.exitCode, 5);
    QCOMPARE(http("POST", "/v1/show/live/confirm", m_token).status, 409);
    QCOMPARE(session->lifeCycle(), LifeCycleStatus::Testing);
    // Armed and confirmed from the same place.
    QCOMPARE(ctl({QStringLiteral("live")}).exitCode, 5);
    const AppProcess::Ctl confirmed = ctl({QStringLiteral("confirm"), QStringLiteral("live")});
    QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));
    QVERIFY2(m_show->waitFor([&] { return session->lifeCycle() == LifeCycleStatus::Live; }, kStepMs,
                             QStringLiteral("live")),
             qPrintable(m_show->error()));
    QVERIFY(eventLogCount(QStringLiteral("Go live (onair ctl)")) >= 4);
}

void TestRemoteE2E::breakFromOutsideIsPlacedOnceAndRefusedWhileRunning()
{
    BreakController *breaks = m_show->app()->breaks();
    QVERIFY2(m_show->waitFor([&] { return breaks->whyNotNow().isEmpty(); }, kStepMs,
                             QStringLiteral("ad breaks allowed")),
             qPrintable(m_show->error()));
    QCOMPARE(sandboxCuepoints(), 0);

    // A double press from a stream deck: two calls back to back, one break.
    const auto send = [](uint seconds) {
        QDBusMessage call = QDBusMessage::createMethodCall(
            ShowBusObject::serviceName(), ShowBusObject::objectPath(),
            ShowBusObject::interfaceName(), QStringLiteral("AdBreak"));
        call << seconds;
        return clientBus().asyncCall(call, kCallMs);
    };
    QDBusPendingCall first = send(10);
    QDBusPendingCall second = send(10);
    QDBusPendingCallWatcher w1(first);
    QDBusPendingCallWatcher w2(second);
    QTRY_VERIFY_WITH_TIMEOUT(w1.isFinished() && w2.isFinished(), kCallMs);
    QCOMPARE(first.reply().arguments().value(0).toString(), QStringLiteral("placed"));
    QCOMPARE(second.reply().arguments().value(0).toString(), QStringLiteral("ignored"));
    QCOMPARE(sandboxCuepoints(), 1);

    // Past the guard, while the break runs: refused with why, since no one is there to answer.
    QTest::qWait(int(breaks->trigger().guardMs()) + 100);
    QVERIFY(breaks->trigger().isBreakRunning());
    const AppProcess::Ctl running = ctl({QStringLiteral("break"), QStringLiteral("10")});
    QCOMPARE(running.exitCode, 1);
    QVERIFY2(running.err.contains(QLatin1String("still running")), qPrintable(running.err));
    const Http httpRunning = http("POST", "/v1/breaks", m_token, "{\"seconds\": 5}");
    QCOMPARE(httpRunning.status, 409);
    QCOMPARE(sandboxCuepoints(), 1);

    // Once it has ended, one HTTP call is one break.
    QTRY_VERIFY_WITH_TIMEOUT(!breaks->trigger().isBreakRunning(), 20000);
    const Http placed = http("POST", "/v1/breaks", m_token, "{\"seconds\": 5}");
    QVERIFY2(placed.status == 201, placed.body.constData());
    QCOMPARE(QJsonDocument::fromJson(placed.body).object().value(QLatin1String("outcome")),
             QStringLiteral("placed"));
    QCOMPARE(sandboxCuepoints(), 2);

    // Each is in the event log with where it came from.
    QCOMPARE(eventLogCount(QStringLiteral("Ad break (D-Bus)")), 3); // refused, placed, ignored
    QCOMPARE(eventLogCount(QStringLiteral("Ad break (onair ctl)")), 1);
    QCOMPARE(eventLogCount(QStringLiteral("Ad break (HTTP API)")), 2);
}

void TestRemoteE2E::ctlSaysWhenNoOnAirRuns()
{
    const AppProcess::Ctl status = ctl({QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8()).object().value(QLatin1String("tally")),
             QStringLiteral("live"));
    QCOMPARE(ctl({QStringLiteral("brake")}).exitCode, 2);
    QCOMPARE(ctl({QStringLiteral("break"), QStringLiteral("soon")}).exitCode, 2);

    ShowBusService *service = m_show->app()->remote()->bus();
    service->stop();
    const AppProcess::Ctl gone = ctl({QStringLiteral("break"), QStringLiteral("30")});
    QCOMPARE(gone.exitCode, 3);
    QVERIFY2(gone.err.contains(QLatin1String("no OnAir is running")), qPrintable(gone.err));
    QCOMPARE(ctl({QStringLiteral("status")}).exitCode, 3);
    QVERIFY(service->start());
    QCOMPARE(sandboxCuepoints(), 2);
}

void TestRemoteE2E::endThenTallyFollowedEveryTransition()
{
    BroadcastSession *session = m_show->app()->session();
    QCOMPARE(http("POST", "/v1/show/end/confirm", m_token).status, 409);
    const Http armed = http("POST", "/v1/show/end", m_token);
    QCOMPARE(armed.status, 202);
    QCOMPARE(QJsonDocument::fromJson(armed.body).object().value(QLatin1String("outcome")),
             QStringLiteral("armed"));
    QCOMPARE(session->lifeCycle(), LifeCycleStatus::Live);
    QCOMPARE(http("POST", "/v1/show/end/confirm", m_token).status, 202);
    QVERIFY2(m_show->waitFor([&] { return session->lifeCycle() == LifeCycleStatus::Complete; },
                             kStepMs, QStringLiteral("complete")),
             qPrintable(m_show->error()));
    QTRY_COMPARE_WITH_TIMEOUT(tallies(),
                              (QStringList{QStringLiteral("ready"), QStringLiteral("testing"),
                                           QStringLiteral("live"), QStringLiteral("ended")}),
                              15000);
}

void TestRemoteE2E::cleanupTestCase()
{
    delete m_socket;
    m_socket = nullptr;
    QDBusConnection::disconnectFromBus(kClientBus);
    if (m_show)
        m_show->stop();
}

QTEST_MAIN(TestRemoteE2E)

#include "moc_tst_remote_e2e.cpp"
