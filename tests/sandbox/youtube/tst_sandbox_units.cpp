#include "tst_sandbox_units.h"

#include "google/ApiParams.h"
#include "google/ErrorEnvelope.h"
#include "kernel/FaultInjector.h"
#include "youtube/QuotaLedger.h"
#include "youtube/RequestSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace onair::sandbox;

void TestSandboxUnits::faultSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::newRow("burst") << QStringLiteral("error=503x3") << true;
    QTest::newRow("method") << QStringLiteral("error=500@liveBroadcasts.transition") << true;
    QTest::newRow("several") << QStringLiteral("drop, stallx2,ratelimit@videos.list,quota") << true;
    QTest::newRow("corruptions") << QStringLiteral(
                                        "bad=malformed,bad=truncatedx2,bad=huge,bad=wrongtype")
                                 << true;
    QTest::newRow("latency") << QStringLiteral("latency=250@liveStreams.list") << true;
    QTest::newRow("stuck") << QStringLiteral("stuck=testing,stuck=live,stuck=all") << true;
    QTest::newRow("expire") << QStringLiteral("expire-tokens") << true;
    QTest::newRow("unknown status") << QStringLiteral("error=418") << false;
    QTest::newRow("unknown fault") << QStringLiteral("explode") << false;
    QTest::newRow("bad corruption") << QStringLiteral("bad=spicy") << false;
    QTest::newRow("zero count") << QStringLiteral("dropx0") << false;
    QTest::newRow("latency count") << QStringLiteral("latency=10x2") << false;
    QTest::newRow("stuck where") << QStringLiteral("stuck=complete") << false;
    QTest::newRow("words on drop") << QStringLiteral("drop=many") << false;
    QTest::newRow("upload faults")
        << QStringLiteral("drop=1000@videos.upload,stall,reason="
                          "uploadLimitExceeded,failed=codec,rejected=duplicate")
        << true;
    QTest::newRow("percent, window, seed")
        << QStringLiteral("seed=42,error=500%30@videos.list,drop~10s,stall~500ms,commit=502x2")
        << true;
    QTest::newRow("stuck for a while") << QStringLiteral("stuck=live~10s") << false;
    QTest::newRow("reason without one") << QStringLiteral("reason") << false;
    QTest::newRow("failure that is a rejection") << QStringLiteral("failed=duplicate") << false;
}

void TestSandboxUnits::faultSpecs()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    FaultInjector faults;
    QString error;
    bool expire = false;
    QCOMPARE(faults.addSpec(spec, &error, &expire), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid)
        QCOMPARE(faults.report().value(QStringLiteral("pending")).toArray().size(), 0);
    QCOMPARE(expire, spec == QLatin1String("expire-tokens"));
}

void TestSandboxUnits::faultCountsAndMethods()
{
    FaultInjector faults;
    QString error;
    QVERIFY(faults.addSpec(
        QStringLiteral("error=503x2@liveBroadcasts.list,latency=40,stuck=live,bad=truncated"),
        &error, nullptr));
    QCOMPARE(faults.take(QStringLiteral("liveStreams.list")).action, FaultInjector::Action::None);
    for (int i = 0; i < 2; ++i) {
        const FaultInjector::Decision d = faults.take(QStringLiteral("liveBroadcasts.list"));
        QCOMPARE(d.action, FaultInjector::Action::Error);
        QCOMPARE(d.errorStatus, 503);
        QCOMPARE(d.latencyMs, 40);
    }
    QCOMPARE(faults.take(QStringLiteral("liveBroadcasts.list")).action,
             FaultInjector::Action::None);
    QVERIFY(faults.isStuck(QStringLiteral("live")));
    QVERIFY(!faults.isStuck(QStringLiteral("testing")));
    QCOMPARE(faults.takeCorruption(QStringLiteral("videos.list")), QStringLiteral("truncated"));
    QCOMPARE(faults.takeCorruption(QStringLiteral("videos.list")), QString());
    faults.clear();
    QCOMPARE(faults.take(QStringLiteral("x.list")).latencyMs, 0);
    QVERIFY(!faults.isStuck(QStringLiteral("live")));

    // Upload faults: a drop/stall carries its byte count; a processing outcome is not a
    // request's fault, only the completed upload takes it.
    QVERIFY(faults.addSpec(QStringLiteral("failed=codec@videos.insert,drop=4096@videos.upload,"
                                          "reason=uploadLimitExceeded@videos.insert"),
                           &error, nullptr));
    const FaultInjector::Decision drop = faults.take(QStringLiteral("videos.upload"));
    QCOMPARE(drop.action, FaultInjector::Action::Drop);
    QCOMPARE(drop.value, QStringLiteral("4096"));
    const FaultInjector::Decision limit = faults.take(QStringLiteral("videos.insert"));
    QCOMPARE(limit.action, FaultInjector::Action::Reason);
    QCOMPARE(limit.value, QStringLiteral("uploadLimitExceeded"));
    QCOMPARE(faults.take(QStringLiteral("videos.insert")).action, FaultInjector::Action::None);
    QCOMPARE(faults.takeProcessingOutcome(QStringLiteral("videos.insert")),
             qMakePair(QStringLiteral("failed"), QStringLiteral("codec")));
    QCOMPARE(faults.takeProcessingOutcome(QStringLiteral("videos.insert")),
             qMakePair(QString(), QString()));
}

void TestSandboxUnits::latencyPerMethod()
{
    FaultInjector faults;
    QString error;
    QVERIFY(faults.addSpec(QStringLiteral("latency=40,latency=900@oauth2.token"), &error, nullptr));
    QVERIFY(faults.addSpec(QStringLiteral("latency=300@channels.list"), &error, nullptr));
    QCOMPARE(faults.take(QStringLiteral("channels.list")).latencyMs, 300);
    QCOMPARE(faults.take(QStringLiteral("videos.list")).latencyMs, 40);
    // The sign-in endpoints only when named.
    QCOMPARE(faults.latencyFor(QStringLiteral("oauth2.token")), 900);
    QCOMPARE(faults.latencyFor(QStringLiteral("oauth2.revoke")), 0);
    const QJsonObject latency = faults.report().value(QStringLiteral("latency")).toObject();
    QCOMPARE(latency.value(QStringLiteral("ms")).toInt(), 40);
    QCOMPARE(latency.value(QStringLiteral("methods")).toObject().size(), 2);
    faults.clear();
    QCOMPARE(faults.latencyFor(QStringLiteral("oauth2.token")), 0);
    QCOMPARE(faults.take(QStringLiteral("channels.list")).latencyMs, 0);
}

void TestSandboxUnits::pacificMidnight_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("expected");
    const auto utc = [](int y, int m, int d, int h) {
        return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
    };
    // Winter: UTC-8. 12:00Z is 04:00 in Los Angeles, so the day ends at 08:00Z next day.
    QTest::newRow("winter") << utc(2026, 1, 15, 12) << utc(2026, 1, 16, 8);
    // Summer: UTC-7. 06:00Z on the 15th is still the 14th (23:00) in Los Angeles.
    QTest::newRow("summer") << utc(2026, 7, 15, 6) << utc(2026, 7, 15, 7);
    // Exactly at midnight the next reset is a day later.
    QTest::newRow("at midnight") << utc(2026, 1, 16, 8) << utc(2026, 1, 17, 8);
}

void TestSandboxUnits::pacificMidnight()
{
    if (!QTimeZone(QByteArrayLiteral("America/Los_Angeles")).isValid())
        QSKIP("no time zone database on this machine");
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, expected);
    QCOMPARE(QuotaLedger::nextPacificMidnight(now), expected);
}

void TestSandboxUnits::quotaLedger()
{
    QuotaLedger ledger(101);
    QCOMPARE(ledger.cost(QStringLiteral("liveBroadcasts.list")), 1);
    QCOMPARE(ledger.cost(QStringLiteral("liveBroadcasts.insert")), 50);
    QCOMPARE(ledger.cost(QStringLiteral("liveBroadcasts.cuepoint")), 50);
    QCOMPARE(ledger.cost(QStringLiteral("videos.update")), 50);
    QCOMPARE(ledger.cost(QStringLiteral("thumbnails.set")), 50);
    QVERIFY(ledger.charge(QStringLiteral("liveBroadcasts.insert")));
    QVERIFY(ledger.charge(QStringLiteral("liveBroadcasts.transition")));
    QVERIFY(!ledger.charge(QStringLiteral("liveBroadcasts.bind"))); // would reach 150
    QVERIFY(ledger.charge(QStringLiteral("channels.list")));
    QCOMPARE(ledger.spent(), 101);
    QCOMPARE(ledger.remaining(), 0);
    QVERIFY(!ledger.charge(QStringLiteral("channels.list")));
    // The state survives a save/restore; costs can be changed.
    QuotaLedger restored(1000);
    restored.restoreState(ledger.saveState());
    QCOMPARE(restored.spent(), 101);
    restored.setCost(QStringLiteral("videos.list"), 7);
    QVERIFY(restored.charge(QStringLiteral("videos.list")));
    QCOMPARE(restored.report()
                 .value(QStringLiteral("perMethod"))
                 .toObject()
                 .value(QStringLiteral("videos.list"))
                 .toObject()
                 .value(QStringLiteral("units"))
                 .toInteger(),
             7);
    restored.reset();
    QCOMPARE(restored.spent(), 0);
}

void TestSandboxUnits::requestSchema_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem"); // empty: valid; else the error's location
    QTest::newRow("valid")
        << QByteArray(
               R"({"id":"x","snippet":{"title":"t","scheduledStartTime":"2030-01-01T00:00:00+02:00"},"contentDetails":{"monitorStream":{"enableMonitorStream":true,"broadcastStreamDelayMs":60000}}})")
        << QString();
    QTest::newRow("null is unset") << QByteArray(R"({"snippet":{"title":null}})") << QString();
    QTest::newRow("unknown field")
        << QByteArray(R"({"snippet":{"titel":"t"}})") << QStringLiteral("resource.snippet.titel");
    QTest::newRow("string for bool") << QByteArray(R"({"contentDetails":{"enableDvr":"yes"}})")
                                     << QStringLiteral("resource.contentDetails.enableDvr");
    QTest::newRow("negative uint32")
        << QByteArray(R"({"contentDetails":{"monitorStream":{"broadcastStreamDelayMs":-1}}})")
        << QStringLiteral("resource.contentDetails.monitorStream.broadcastStreamDelayMs");
    QTest::newRow("uint32 as string")
        << QByteArray(R"({"contentDetails":{"monitorStream":{"broadcastStreamDelayMs":"5"}}})")
        << QStringLiteral("resource.contentDetails.monitorStream.broadcastStreamDelayMs");
    QTest::newRow("bad date") << QByteArray(R"({"snippet":{"scheduledStartTime":"2030-13-01"}})")
                              << QStringLiteral("resource.snippet.scheduledStartTime");
    QTest::newRow("int64 as number")
        << QByteArray(R"({"statistics":{"concurrentViewers":12}})") << QString();
    QTest::newRow("int64 not digits")
        << QByteArray(R"({"statistics":{"concurrentViewers":"many"}})")
        << QStringLiteral("resource.statistics.concurrentViewers");
    QTest::newRow("object for string") << QByteArray(R"({"snippet":{"title":{"text":"t"}}})")
                                       << QStringLiteral("resource.snippet.title");
}

void TestSandboxUnits::requestSchema()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    const auto error = RequestSchema::liveBroadcast().check(QJsonDocument::fromJson(body).object());
    QCOMPARE(error.has_value(), !problem.isEmpty());
    if (error) {
        QCOMPARE(error->httpStatus, 400);
        QCOMPARE(error->reason, QStringLiteral("invalid"));
        QCOMPARE(error->location, problem);
    }
    // Arrays of strings on videos.
    QVERIFY(!RequestSchema::video().check(
        QJsonDocument::fromJson(R"({"snippet":{"tags":["a","b"]}})").object()));
    QVERIFY(RequestSchema::video().check(
        QJsonDocument::fromJson(R"({"snippet":{"tags":["a",2]}})").object()));
}

void TestSandboxUnits::apiParams()
{
    const ApiParams params({{QStringLiteral("part"), QStringLiteral("snippet, status")},
                            {QStringLiteral("part"), QStringLiteral("content_details,snippet")},
                            {QStringLiteral("mine"), QStringLiteral("true")},
                            {QStringLiteral("maxResults"), QStringLiteral("70")}});
    QStringList parts;
    QVERIFY(!params.parts(
        {QStringLiteral("snippet"), QStringLiteral("status"), QStringLiteral("contentDetails")},
        true, &parts, {{QStringLiteral("content_details"), QStringLiteral("contentDetails")}}));
    QCOMPARE(parts, (QStringList{QStringLiteral("snippet"), QStringLiteral("status"),
                                 QStringLiteral("contentDetails")}));
    const auto unknown = params.parts({QStringLiteral("snippet")}, true, &parts);
    QVERIFY(unknown);
    QCOMPARE(unknown->reason, QStringLiteral("unknownPart"));
    QCOMPARE(unknown->message, QStringLiteral("'status'"));
    bool mine = false;
    QVERIFY(!params.boolean(QStringLiteral("mine"), &mine));
    QVERIFY(mine);
    int max = 0;
    const auto range = params.integer(QStringLiteral("maxResults"), 0, 50, 5, &max);
    QVERIFY(range);
    QCOMPARE(range->reason, QStringLiteral("invalidParameter"));
    QCOMPARE(range->location, QStringLiteral("maxResults"));
    const auto extra = params.checkKnown({QStringLiteral("part"), QStringLiteral("mine")});
    QVERIFY(extra);
    QCOMPARE(extra->reason, QStringLiteral("unexpectedParameter"));
    QCOMPARE(extra->location, QStringLiteral("maxResults"));
    // Page tokens round-trip; anything else is invalidPageToken.
    int offset = -1;
    QVERIFY(
        !ApiParams({{QStringLiteral("pageToken"), ApiParams::pageToken(15)}}).pageOffset(&offset));
    QCOMPARE(offset, 15);
    const auto bad =
        ApiParams({{QStringLiteral("pageToken"), QStringLiteral("nope")}}).pageOffset(&offset);
    QVERIFY(bad);
    QCOMPARE(bad->reason, QStringLiteral("invalidPageToken"));
    QVERIFY(ApiParams({}).parts({QStringLiteral("id")}, true, &parts).has_value());
}

void TestSandboxUnits::errorEnvelope()
{
    const QJsonObject json = ErrorEnvelope::unknownPart(QStringLiteral("statistic")).toJson();
    const QJsonObject error = json.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), 400);
    QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("'statistic'"));
    QCOMPARE(error.value(QStringLiteral("status")).toString(), QStringLiteral("INVALID_ARGUMENT"));
    const QJsonObject item = error.value(QStringLiteral("errors")).toArray().at(0).toObject();
    QCOMPARE(item.value(QStringLiteral("domain")).toString(), QStringLiteral("youtube.part"));
    QCOMPARE(item.value(QStringLiteral("reason")).toString(), QStringLiteral("unknownPart"));
    QCOMPARE(item.value(QStringLiteral("location")).toString(), QStringLiteral("part"));
    QCOMPARE(item.value(QStringLiteral("locationType")).toString(), QStringLiteral("parameter"));
    const HttpReply reply = ErrorEnvelope::authError(false).toReply();
    QCOMPARE(reply.status, 401);
    QVERIFY(!reply.headers.isEmpty());
    QCOMPARE(ErrorEnvelope::quotaExceeded().domain, QStringLiteral("youtube.quota"));
    QCOMPARE(ErrorEnvelope::backendError(503).reason, QStringLiteral("backendError"));
    QCOMPARE(ErrorEnvelope::backendError(500).reason, QStringLiteral("internalError"));
}

QTEST_GUILESS_MAIN(TestSandboxUnits)

#include "moc_tst_sandbox_units.cpp"
