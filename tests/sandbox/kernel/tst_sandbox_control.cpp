#include "tst_sandbox_control.h"

#include "DiscoveryValidator.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using onair::test::DiscoveryValidator;
using onair::test::SandboxProcess;
using onair::test::TestEnvironment;
using Response = SandboxProcess::Response;

namespace {

const QString kBroadcasts = QStringLiteral("youtube/v3/liveBroadcasts");
const QString kList = QStringLiteral("youtube/v3/liveBroadcasts?part=id,snippet,status&mine=true");

QJsonObject broadcastBody()
{
    return {{QStringLiteral("snippet"),
             QJsonObject{
                 {QStringLiteral("title"), QStringLiteral("Control")},
                 {QStringLiteral("scheduledStartTime"), QStringLiteral("2030-01-01T18:00:00Z")}}},
            {QStringLiteral("status"),
             QJsonObject{{QStringLiteral("privacyStatus"), QStringLiteral("private")}}}};
}

QJsonObject faultSpec(const QString &spec)
{
    return {{QStringLiteral("spec"), spec}};
}

} // namespace

void TestSandboxControl::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{QStringLiteral("--auto-consent"), QStringLiteral("--no-ingest"),
                    QStringLiteral("--transition-seconds"), QStringLiteral("0.5")});
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    m_token = m_sandbox->signIn().accessToken;
    QVERIFY(!m_token.isEmpty());
}

void TestSandboxControl::init()
{
    m_sandbox->setTimeoutMs(20000);
    QVERIFY(m_sandbox->control("POST", QStringLiteral("reset"))
                .value(QStringLiteral("reset"))
                .toBool());
    m_sandbox->control("POST", QStringLiteral("quota"), {{QStringLiteral("limit"), 10000}});
}

void TestSandboxControl::cleanupTestCase()
{
    if (m_sandbox)
        QVERIFY(m_sandbox->stop());
}

QString TestSandboxControl::insertBroadcast()
{
    const Response reply = m_sandbox->call(
        "POST", kBroadcasts + QStringLiteral("?part=id,snippet,status"), m_token, broadcastBody());
    return reply.json().value(QStringLiteral("id")).toString();
}

QString TestSandboxControl::errorReason(const Response &reply) const
{
    return reply.json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("errors"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("reason"))
        .toString();
}

void TestSandboxControl::quotaCostsAndExceeded()
{
    m_sandbox->control("POST", QStringLiteral("quota"), {{QStringLiteral("limit"), 103}});
    QCOMPARE(m_sandbox->call("GET", kList, m_token).status, 200); // 1
    QVERIFY(!insertBroadcast().isEmpty());                        // 51
    QVERIFY(!insertBroadcast().isEmpty());                        // 101
    QCOMPARE(m_sandbox->call("GET", kList, m_token).status, 200); // 102
    // The next insert would go past the limit; a list still fits.
    const Response refused = m_sandbox->call(
        "POST", kBroadcasts + QStringLiteral("?part=id,snippet,status"), m_token, broadcastBody());
    QCOMPARE(refused.status, 403);
    QCOMPARE(errorReason(refused), QStringLiteral("quotaExceeded"));
    QCOMPARE(refused.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("domain"))
                 .toString(),
             QStringLiteral("youtube.quota"));
    QCOMPARE(m_sandbox->call("GET", kList, m_token).status, 200); // 103
    QCOMPARE(errorReason(m_sandbox->call("GET", kList, m_token)), QStringLiteral("quotaExceeded"));

    const QJsonObject report = m_sandbox->control("GET", QStringLiteral("quota"));
    QCOMPARE(report.value(QStringLiteral("limit")).toInteger(), 103);
    QCOMPARE(report.value(QStringLiteral("spent")).toInteger(), 103);
    QCOMPARE(report.value(QStringLiteral("remaining")).toInteger(), 0);
    const QJsonObject perMethod = report.value(QStringLiteral("perMethod")).toObject();
    QCOMPARE(perMethod.value(QStringLiteral("liveBroadcasts.insert"))
                 .toObject()
                 .value(QStringLiteral("units"))
                 .toInteger(),
             100);
    QCOMPARE(perMethod.value(QStringLiteral("liveBroadcasts.insert"))
                 .toObject()
                 .value(QStringLiteral("calls"))
                 .toInteger(),
             2);
    QCOMPARE(perMethod.value(QStringLiteral("liveBroadcasts.list"))
                 .toObject()
                 .value(QStringLiteral("units"))
                 .toInteger(),
             3);
    QVERIFY(!report.value(QStringLiteral("resetsAt")).toString().isEmpty());
}

void TestSandboxControl::invalidRequestsCostQuota()
{
    // An insert without a title is refused, and still costs its 50 units.
    const Response invalid = m_sandbox->call(
        "POST", kBroadcasts + QStringLiteral("?part=snippet,status"), m_token,
        {{QStringLiteral("status"),
          QJsonObject{{QStringLiteral("privacyStatus"), QStringLiteral("private")}}}});
    QCOMPARE(invalid.status, 400);
    m_sandbox->call("GET", QStringLiteral("youtube/v3/videos?part=id&id=AAAAAAAAAAA"), m_token);
    m_sandbox->call("GET", QStringLiteral("youtube/v3/channels?part=id&mine=true"), m_token);
    const QJsonObject report = m_sandbox->control("GET", QStringLiteral("quota"));
    QCOMPARE(report.value(QStringLiteral("spent")).toInteger(), 52);
}

void TestSandboxControl::errorBursts()
{
    QJsonObject faults = m_sandbox->control("POST", QStringLiteral("faults"),
                                            faultSpec(QStringLiteral("error=503x2")));
    QCOMPARE(faults.value(QStringLiteral("pending")).toArray().size(), 1);
    for (int i = 0; i < 2; ++i) {
        const Response reply = m_sandbox->call("GET", kList, m_token);
        QCOMPARE(reply.status, 503);
        QCOMPARE(errorReason(reply), QStringLiteral("backendError"));
    }
    QCOMPARE(m_sandbox->call("GET", kList, m_token).status, 200);
    // A method filter: only liveStreams.list fails, with 500.
    m_sandbox->control("POST", QStringLiteral("faults"),
                       faultSpec(QStringLiteral("error=500@liveStreams.list")));
    QCOMPARE(m_sandbox->call("GET", kList, m_token).status, 200);
    const Response streams =
        m_sandbox->call("GET", QStringLiteral("youtube/v3/liveStreams?part=id&mine=true"), m_token);
    QCOMPARE(streams.status, 500);
    QCOMPARE(errorReason(streams), QStringLiteral("internalError"));
    QCOMPARE(
        m_sandbox->call("GET", QStringLiteral("youtube/v3/liveStreams?part=id&mine=true"), m_token)
            .status,
        200);
}

void TestSandboxControl::faultForms()
{
    // The kernel's forms, for any service's method; liveBroadcasts.list stands for all.
    const auto statuses = [this](int n) {
        QList<int> seen;
        for (int i = 0; i < n; ++i)
            seen.append(m_sandbox->call("GET", kList, m_token).status);
        return seen;
    };
    // xCOUNT: exactly COUNT matching requests.
    m_sandbox->control("POST", QStringLiteral("faults"),
                       faultSpec(QStringLiteral("error=500x3@liveBroadcasts.list")));
    QCOMPARE(statuses(4), (QList<int>{500, 500, 500, 200}));

    // %PERCENT: each request draws; the same seed gives the same hits, whatever the generator.
    const auto drawn = [&] {
        m_sandbox->control("POST", QStringLiteral("faults"),
                           {{QStringLiteral("clear"), true},
                            {QStringLiteral("spec"),
                             QStringLiteral("seed=7,error=503%30@youtube:liveBroadcasts.list")}});
        const QList<int> seen = statuses(40);
        m_sandbox->control("DELETE", QStringLiteral("faults"));
        return seen;
    };
    const QList<int> first = drawn();
    const qsizetype hits = first.count(503);
    QVERIFY2(hits > 0 && hits < 40, qPrintable(QString::number(hits)));
    QCOMPARE(first.count(200), 40 - hits);
    QCOMPARE(drawn(), first);
    QCOMPARE(m_sandbox->control("GET", QStringLiteral("faults"))
                 .value(QStringLiteral("seed"))
                 .toInteger(),
             7);

    // ~WINDOW: every matching request until it ends, none after; the item is then gone.
    m_sandbox->control("POST", QStringLiteral("faults"),
                       faultSpec(QStringLiteral("error=502~4s@liveBroadcasts.list")));
    const QJsonArray pending = m_sandbox->control("GET", QStringLiteral("faults"))
                                   .value(QStringLiteral("pending"))
                                   .toArray();
    QCOMPARE(pending.size(), 1);
    QVERIFY(pending.at(0).toObject().value(QStringLiteral("remainingMs")).toInteger() > 0);
    QCOMPARE(statuses(3), (QList<int>{502, 502, 502}));
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->control("GET", QStringLiteral("faults"))
                                 .value(QStringLiteral("pending"))
                                 .toArray()
                                 .isEmpty(),
                             15000);
    QCOMPARE(statuses(3), (QList<int>{200, 200, 200}));
}

void TestSandboxControl::badFaultForms_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("percent 0") << QStringLiteral("error=500%0");
    QTest::newRow("percent 101") << QStringLiteral("error=500%101");
    QTest::newRow("window 0") << QStringLiteral("drop~0s");
    QTest::newRow("window unit") << QStringLiteral("drop~5m");
    QTest::newRow("count and percent") << QStringLiteral("error=500x2%30");
    QTest::newRow("latency window") << QStringLiteral("latency=100~2s");
    QTest::newRow("seed") << QStringLiteral("seed=abc");
    QTest::newRow("commit status") << QStringLiteral("commit=418");
}

void TestSandboxControl::badFaultForms()
{
    QFETCH(QString, spec);
    const Response refused =
        m_sandbox->request("POST", QStringLiteral("_sandbox/faults"),
                           QJsonDocument(faultSpec(spec)).toJson(QJsonDocument::Compact),
                           QByteArrayLiteral("application/json"));
    QCOMPARE(refused.status, 400);
    QCOMPARE(m_sandbox->control("GET", QStringLiteral("faults"))
                 .value(QStringLiteral("pending"))
                 .toArray()
                 .size(),
             0);
}

void TestSandboxControl::rateLimitAndQuotaFaults()
{
    m_sandbox->control("POST", QStringLiteral("faults"),
                       faultSpec(QStringLiteral("ratelimit,quota")));
    const Response limited = m_sandbox->call("GET", kList, m_token);
    QCOMPARE(limited.status, 403);
    QCOMPARE(errorReason(limited), QStringLiteral("rateLimitExceeded"));
    const Response quota = m_sandbox->call("GET", kList, m_token);
    QCOMPARE(quota.status, 403);
    QCOMPARE(errorReason(quota), QStringLiteral("quotaExceeded"));
    QCOMPARE(m_sandbox->call("GET", kList, m_token).status, 200);
}

void TestSandboxControl::droppedConnections()
{
    // An insert goes through, but its answer never comes. Qt resends a request whose
    // connection closed without an answer up to twice on its own, hence three drops.
    m_sandbox->control("POST", QStringLiteral("faults"),
                       faultSpec(QStringLiteral("dropx3@liveBroadcasts.insert")));
    const Response dropped = m_sandbox->call(
        "POST", kBroadcasts + QStringLiteral("?part=id,snippet,status"), m_token, broadcastBody());
    QCOMPARE(dropped.status, 0);
    QVERIFY(!dropped.error.isEmpty());
    const QJsonArray left = m_sandbox->control("GET", QStringLiteral("faults"))
                                .value(QStringLiteral("pending"))
                                .toArray();
    const int attempts =
        3 - (left.isEmpty() ? 0 : left.at(0).toObject().value(QStringLiteral("remaining")).toInt());
    QCOMPARE(m_sandbox->call("GET", kList, m_token)
                 .json()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             attempts);
    m_sandbox->control("DELETE", QStringLiteral("faults"));
    // A dropped update is not applied.
    const QString id = m_sandbox->call("GET", kList, m_token)
                           .json()
                           .value(QStringLiteral("items"))
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    m_sandbox->control("POST", QStringLiteral("faults"),
                       faultSpec(QStringLiteral("dropx3@liveBroadcasts.update")));
    QJsonObject update = broadcastBody();
    update.insert(QStringLiteral("id"), id);
    update.insert(QStringLiteral("snippet"),
                  QJsonObject{{QStringLiteral("title"), QStringLiteral("Never")},
                              {QStringLiteral("scheduledStartTime"),
                               QStringLiteral("2030-01-01T18:00:00Z")}});
    QCOMPARE(m_sandbox->call("PUT", kBroadcasts + QStringLiteral("?part=snippet"), m_token, update)
                 .status,
             0);
    const QJsonObject item = m_sandbox->call("GET", kList, m_token)
                                 .json()
                                 .value(QStringLiteral("items"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QCOMPARE(
        item.value(QStringLiteral("snippet")).toObject().value(QStringLiteral("title")).toString(),
        QStringLiteral("Control"));
}

void TestSandboxControl::latency()
{
    m_sandbox->control("POST", QStringLiteral("faults"), faultSpec(QStringLiteral("latency=400")));
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(m_sandbox->call("GET", kList, m_token).status, 200);
    QVERIFY(clock.elapsed() >= 390); // a lower bound only: the answer cannot come sooner
    m_sandbox->control("DELETE", QStringLiteral("faults"));
    QCOMPARE(m_sandbox->control("GET", QStringLiteral("faults"))
                 .value(QStringLiteral("latency"))
                 .toObject()
                 .value(QStringLiteral("ms"))
                 .toInt(),
             0);
}

void TestSandboxControl::stall()
{
    m_sandbox->control("POST", QStringLiteral("faults"), faultSpec(QStringLiteral("stall")));
    m_sandbox->setTimeoutMs(1500);
    const Response stalled = m_sandbox->call("GET", kList, m_token);
    QCOMPARE(stalled.status, 0);
    QCOMPARE(stalled.error, QStringLiteral("timed out"));
    m_sandbox->setTimeoutMs(20000);
    QCOMPARE(m_sandbox->call("GET", kList, m_token).status, 200);
}

void TestSandboxControl::corruptedAnswers_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("malformed") << QStringLiteral("malformed");
    QTest::newRow("truncated") << QStringLiteral("truncated");
    QTest::newRow("huge") << QStringLiteral("huge");
    QTest::newRow("wrongtype") << QStringLiteral("wrongtype");
}

void TestSandboxControl::corruptedAnswers()
{
    QFETCH(QString, kind);
    insertBroadcast();
    const Response clean = m_sandbox->call("GET", kList, m_token);
    m_sandbox->control(
        "POST", QStringLiteral("faults"),
        faultSpec(QStringLiteral("bad=") + kind + QStringLiteral("@liveBroadcasts.list")));
    // Errors are never corrupted: the fault waits for a successful answer.
    QCOMPARE(m_sandbox->call("GET", kBroadcasts + QStringLiteral("?part=id"), m_token).status, 400);
    const Response bad = m_sandbox->call("GET", kList, m_token);
    QCOMPARE(bad.status, 200);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bad.body, &error);
    if (kind == QLatin1String("malformed") || kind == QLatin1String("truncated")) {
        QVERIFY(error.error != QJsonParseError::NoError);
        if (kind == QLatin1String("truncated"))
            QVERIFY(bad.body.size() < clean.body.size());
    } else if (kind == QLatin1String("huge")) {
        QVERIFY(doc.isObject());
        QVERIFY(bad.body.size() > 32 * 1024 * 1024);
    } else {
        const DiscoveryValidator discovery(TestEnvironment::sharedDir() +
                                           QStringLiteral("/reference/youtube.v3.discovery.json"));
        QVERIFY(doc.isObject());
        QVERIFY(
            discovery.validate(doc.object(), QStringLiteral("LiveBroadcastListResponse")).size() >
            3);
    }
    // One answer only.
    QCOMPARE(m_sandbox->call("GET", kList, m_token).body.size(), clean.body.size());
}

void TestSandboxControl::stuckTransition()
{
    const QString id = insertBroadcast();
    const Response stream = m_sandbox->call(
        "POST", QStringLiteral("youtube/v3/liveStreams?part=id,snippet,cdn"), m_token,
        {{QStringLiteral("snippet"), QJsonObject{{QStringLiteral("title"), QStringLiteral("cam")}}},
         {QStringLiteral("cdn"),
          QJsonObject{{QStringLiteral("ingestionType"), QStringLiteral("rtmp")},
                      {QStringLiteral("resolution"), QStringLiteral("720p")},
                      {QStringLiteral("frameRate"), QStringLiteral("30fps")}}}});
    const QString streamId = stream.json().value(QStringLiteral("id")).toString();
    const QString key = stream.json()
                            .value(QStringLiteral("cdn"))
                            .toObject()
                            .value(QStringLiteral("ingestionInfo"))
                            .toObject()
                            .value(QStringLiteral("streamName"))
                            .toString();
    QCOMPARE(m_sandbox
                 ->call("POST",
                        kBroadcasts + QStringLiteral("/bind?part=id&id=") + id +
                            QStringLiteral("&streamId=") + streamId,
                        m_token)
                 .status,
             200);
    m_sandbox->control("POST", QStringLiteral("encoder"),
                       {{QStringLiteral("streamName"), key}, {QStringLiteral("publishing"), true}});
    m_sandbox->control("POST", QStringLiteral("faults"),
                       faultSpec(QStringLiteral("stuck=testing")));
    QCOMPARE(m_sandbox
                 ->call("POST",
                        kBroadcasts +
                            QStringLiteral("/transition?part=status&broadcastStatus=testing&id=") +
                            id,
                        m_token)
                 .status,
             200);
    const auto status = [&] {
        return m_sandbox
            ->call("GET", kBroadcasts + QStringLiteral("?part=status&id=") + id, m_token)
            .json()
            .value(QStringLiteral("items"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("status"))
            .toObject()
            .value(QStringLiteral("lifeCycleStatus"))
            .toString();
    };
    QTest::qWait(2000); // four times --transition-seconds: it would have settled by now
    QCOMPARE(status(), QStringLiteral("testStarting"));
    // The documented way out: delete it and start again.
    QCOMPARE(m_sandbox->call("DELETE", kBroadcasts + QStringLiteral("?id=") + id, m_token).status,
             204);
    const QString next = insertBroadcast();
    m_sandbox->call("POST",
                    kBroadcasts + QStringLiteral("/bind?part=id&id=") + next +
                        QStringLiteral("&streamId=") + streamId,
                    m_token);
    m_sandbox->control("DELETE", QStringLiteral("faults"));
    QCOMPARE(m_sandbox
                 ->call("POST",
                        kBroadcasts +
                            QStringLiteral("/transition?part=status&broadcastStatus=testing&id=") +
                            next,
                        m_token)
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_sandbox->call("GET", kBroadcasts + QStringLiteral("?part=status&id=") + next, m_token)
            .json()
            .value(QStringLiteral("items"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("status"))
            .toObject()
            .value(QStringLiteral("lifeCycleStatus"))
            .toString(),
        QStringLiteral("testing"), 15000);
}

void TestSandboxControl::expireTokens()
{
    m_sandbox->control("POST", QStringLiteral("faults"),
                       faultSpec(QStringLiteral("expire-tokens")));
    const Response expired = m_sandbox->call("GET", kList, m_token);
    QCOMPARE(expired.status, 401);
    QCOMPARE(errorReason(expired), QStringLiteral("authError"));
    m_token = m_sandbox->signIn().accessToken;
    QVERIFY(!m_token.isEmpty());
    QCOMPARE(m_sandbox->call("GET", kList, m_token).status, 200);
}

void TestSandboxControl::badFaultSpec()
{
    const Response refused = m_sandbox->request("POST", QStringLiteral("_sandbox/faults"),
                                                QByteArray(R"({"spec":"error=418"})"),
                                                QByteArrayLiteral("application/json"));
    QCOMPARE(refused.status, 400);
    QVERIFY(
        refused.json().value(QStringLiteral("error")).toString().contains(QLatin1String("error=")));
    QCOMPARE(m_sandbox->control("GET", QStringLiteral("faults"))
                 .value(QStringLiteral("pending"))
                 .toArray()
                 .size(),
             0);
    // At start, a bad spec is refused: no ready line.
    SandboxProcess broken(
        {QStringLiteral("--no-ingest"), QStringLiteral("--faults"), QStringLiteral("explode")},
        10000);
    QVERIFY(!broken.isReady());
}

void TestSandboxControl::servicePathsAndKeys()
{
    // Each service's control endpoints live under /_sandbox/<service>/; the old paths are
    // aliases of the same endpoints.
    m_sandbox->control("POST", QStringLiteral("youtube/quota"), {{QStringLiteral("limit"), 777}});
    QCOMPARE(m_sandbox->control("GET", QStringLiteral("quota"))
                 .value(QStringLiteral("limit"))
                 .toInteger(),
             777);
    QCOMPARE(m_sandbox->control("GET", QStringLiteral("youtube/settings"))
                 .value(QStringLiteral("completeFromTesting"))
                 .toBool(),
             true);
    QCOMPARE(m_sandbox->request("GET", QStringLiteral("_sandbox/youtube/nothing")).status, 404);
    // Faults keyed service:method; the doc name maps to the same key.
    const QJsonObject keyed = m_sandbox->control(
        "POST", QStringLiteral("kernel/faults"),
        faultSpec(QStringLiteral("error=503@youtube:liveStreams.list,error=500@liveStreams.list")));
    const QJsonArray pending = keyed.value(QStringLiteral("pending")).toArray();
    QCOMPARE(pending.size(), 2);
    for (const QJsonValue &item : pending)
        QCOMPARE(item.toObject().value(QStringLiteral("method")).toString(),
                 QStringLiteral("youtube:liveStreams.list"));
    QCOMPARE(m_sandbox->call("GET", kList, m_token).status, 200);
    const QString streams = QStringLiteral("youtube/v3/liveStreams?part=id&mine=true");
    QCOMPARE(m_sandbox->call("GET", streams, m_token).status, 503);
    QCOMPARE(m_sandbox->call("GET", streams, m_token).status, 500);
    QCOMPARE(m_sandbox->call("GET", streams, m_token).status, 200);
    // The sign-in endpoints keep their old name as well as their key.
    const QJsonObject latency = m_sandbox->control(
        "POST", QStringLiteral("faults"), faultSpec(QStringLiteral("latency=50@oauth2.token")));
    QCOMPARE(latency.value(QStringLiteral("latency"))
                 .toObject()
                 .value(QStringLiteral("methods"))
                 .toObject()
                 .value(QStringLiteral("oauth2:token"))
                 .toInt(),
             50);
}

void TestSandboxControl::faultsFromTheCommandLine()
{
    SandboxProcess faulty(
        {QStringLiteral("--auto-consent"), QStringLiteral("--no-ingest"),
         QStringLiteral("--faults"),
         QStringLiteral("error=503x1@liveBroadcasts.list,ratelimit@liveStreams.list"),
         QStringLiteral("--strict-cuepoint-window"), QStringLiteral("--auto-stop-seconds"),
         QStringLiteral("7"), QStringLiteral("--transition-seconds"), QStringLiteral("2.5")});
    QVERIFY2(faulty.isReady(), qPrintable(faulty.errorString()));
    const QJsonObject settings = faulty.control("GET", QStringLiteral("settings"));
    QCOMPARE(settings.value(QStringLiteral("strictCuepointWindow")).toBool(), true);
    QCOMPARE(settings.value(QStringLiteral("autoStopSeconds")).toInt(), 7);
    QCOMPARE(settings.value(QStringLiteral("transitionSeconds")).toDouble(), 2.5);
    const QString token = faulty.signIn().accessToken;
    QCOMPARE(faulty.call("GET", kList, token).status, 503);
    QCOMPARE(faulty.call("GET", kList, token).status, 200);
    QCOMPARE(faulty.call("GET", QStringLiteral("youtube/v3/liveStreams?part=id&mine=true"), token)
                 .status,
             403);
    QVERIFY(faulty.stop());
}

void TestSandboxControl::requestLog()
{
    m_sandbox->call("GET", kList + QStringLiteral("&access_token=") + m_token, QString());
    m_sandbox->call("GET", QStringLiteral("youtube/v3/liveStreams?part=id"), m_token);
    const QJsonArray log = m_sandbox->control("GET", QStringLiteral("requests"))
                               .value(QStringLiteral("requests"))
                               .toArray();
    QCOMPARE(log.size(), 2);
    const QJsonObject first = log.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(first.value(QStringLiteral("path")).toString(),
             QStringLiteral("/youtube/v3/liveBroadcasts"));
    QCOMPARE(first.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(first.value(QStringLiteral("apiMethod")).toString(),
             QStringLiteral("liveBroadcasts.list"));
    QVERIFY(first.value(QStringLiteral("query")).toString().contains(QLatin1String("mine=true")));
    QVERIFY(
        !first.value(QStringLiteral("query")).toString().contains(m_token)); // tokens never logged
    QVERIFY(!first.value(QStringLiteral("time")).toString().isEmpty());
    QCOMPARE(log.at(1).toObject().value(QStringLiteral("status")).toInt(), 400);
    m_sandbox->control("DELETE", QStringLiteral("requests"));
    QCOMPARE(m_sandbox->control("GET", QStringLiteral("requests"))
                 .value(QStringLiteral("requests"))
                 .toArray()
                 .size(),
             0);
}

void TestSandboxControl::dataDirSurvivesARestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList args{QStringLiteral("--auto-consent"), QStringLiteral("--no-ingest"),
                           QStringLiteral("--data-dir"), dir.path()};
    QString token;
    QString id;
    {
        SandboxProcess first(args);
        QVERIFY2(first.isReady(), qPrintable(first.errorString()));
        token = first.signIn().accessToken;
        id = first
                 .call("POST", kBroadcasts + QStringLiteral("?part=id,snippet,status"), token,
                       broadcastBody())
                 .json()
                 .value(QStringLiteral("id"))
                 .toString();
        QVERIFY(!id.isEmpty());
        const Response stream =
            first.call("POST", QStringLiteral("youtube/v3/liveStreams?part=id,snippet,cdn"), token,
                       {{QStringLiteral("snippet"),
                         QJsonObject{{QStringLiteral("title"), QStringLiteral("cam")}}},
                        {QStringLiteral("cdn"),
                         QJsonObject{{QStringLiteral("ingestionType"), QStringLiteral("rtmp")},
                                     {QStringLiteral("resolution"), QStringLiteral("1080p")},
                                     {QStringLiteral("frameRate"), QStringLiteral("60fps")}}}});
        QCOMPARE(first
                     .call("POST",
                           kBroadcasts + QStringLiteral("/bind?part=id&id=") + id +
                               QStringLiteral("&streamId=") +
                               stream.json().value(QStringLiteral("id")).toString(),
                           token)
                     .status,
                 200);
        QVERIFY(first.stop()); // SIGTERM: a clean exit that writes the state
    }
    SandboxProcess second(args);
    QVERIFY2(second.isReady(), qPrintable(second.errorString()));
    // The old token is still valid (the sign-in state is kept too).
    const Response listed = second.call(
        "GET", kBroadcasts + QStringLiteral("?part=status,contentDetails&id=") + id, token);
    QCOMPARE(listed.status, 200);
    const QJsonObject item =
        listed.json().value(QStringLiteral("items")).toArray().at(0).toObject();
    QCOMPARE(item.value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("lifeCycleStatus"))
                 .toString(),
             QStringLiteral("ready"));
    QVERIFY(!item.value(QStringLiteral("contentDetails"))
                 .toObject()
                 .value(QStringLiteral("boundStreamId"))
                 .toString()
                 .isEmpty());
    QCOMPARE(second.call("GET", QStringLiteral("youtube/v3/liveStreams?part=cdn&mine=true"), token)
                 .json()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("cdn"))
                 .toObject()
                 .value(QStringLiteral("resolution"))
                 .toString(),
             QStringLiteral("1080p"));
    // 50 + 50 + 50 before the restart, 1 + 1 since.
    QCOMPARE(
        second.control("GET", QStringLiteral("quota")).value(QStringLiteral("spent")).toInteger(),
        152);
    QVERIFY(second.stop());
}

QTEST_GUILESS_MAIN(TestSandboxControl)

#include "moc_tst_sandbox_control.cpp"
