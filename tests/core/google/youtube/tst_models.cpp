#include "tst_models.h"

#include "google/GoogleErrorEnvelope.h"
#include "google/youtube/model/Cuepoint.h"
#include "google/youtube/model/LiveBroadcast.h"
#include "google/youtube/model/LiveStream.h"
#include "net/ApiError.h"
#include "net/JsonReader.h"
#include "net/RetryPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace onair;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// A liveBroadcast as the API returns it with part=id,snippet,contentDetails,status,statistics.
const char *kBroadcast = R"({
  "kind": "youtube#liveBroadcast",
  "etag": "\"abc\"",
  "id": "dQw4w9WgXcQ",
  "snippet": {
    "publishedAt": "2026-11-20T10:00:00Z",
    "channelId": "UCsandboxChannel0000001",
    "title": "Friday show",
    "description": "Live from the studio",
    "scheduledStartTime": "2026-11-21T18:00:00.000Z",
    "actualStartTime": "2026-11-21T18:01:02.500Z",
    "liveChatId": "chat1",
    "thumbnails": {"default": {"url": "http://x/y.jpg", "width": 120, "height": 90}},
    "futureField": {"nested": [1, 2, 3]}
  },
  "status": {
    "lifeCycleStatus": "live",
    "privacyStatus": "unlisted",
    "recordingStatus": "recording",
    "madeForKids": false,
    "selfDeclaredMadeForKids": false
  },
  "contentDetails": {
    "boundStreamId": "stream-1",
    "boundStreamLastUpdateTimeMs": "2026-11-21T17:59:00Z",
    "monitorStream": {
      "enableMonitorStream": true,
      "broadcastStreamDelayMs": 60000,
      "embedHtml": "<iframe src=\"http://127.0.0.1:1/embed/dQw4w9WgXcQ\"></iframe>"
    },
    "enableEmbed": true,
    "enableDvr": false,
    "recordFromStart": true,
    "enableClosedCaptions": false,
    "closedCaptionsType": "closedCaptionsDisabled",
    "projection": "rectangular",
    "latencyPreference": "low",
    "enableAutoStart": false,
    "enableAutoStop": true
  },
  "statistics": {"concurrentViewers": "1234"}
})";

const char *kStream = R"({
  "kind": "youtube#liveStream",
  "etag": "e",
  "id": "stream-1",
  "snippet": {"title": "Main camera", "description": "", "channelId": "UC1",
              "publishedAt": "2026-11-20T10:00:00Z", "isDefaultStream": false},
  "cdn": {
    "ingestionType": "rtmp", "resolution": "720p", "frameRate": "30fps",
    "ingestionInfo": {"streamName": "abcd-efgh-ijkl-mnop",
                      "ingestionAddress": "rtmp://127.0.0.1:1935/live2",
                      "backupIngestionAddress": "rtmp://127.0.0.1:1935/live2?backup=1"}
  },
  "status": {
    "streamStatus": "active",
    "healthStatus": {
      "status": "bad",
      "lastUpdateTimeSeconds": "1763740000",
      "configurationIssues": [
        {"type": "resolutionMismatch", "severity": "error", "reason": "Resolution mismatch",
         "description": "The stream's resolution (640x360) does not match 720p."}
      ]
    }
  },
  "contentDetails": {"isReusable": true, "closedCaptionsIngestionUrl": "http://x"}
})";

} // namespace

void TestModels::broadcastFromJson()
{
    const Result<LiveBroadcast> r = LiveBroadcast::fromJson(parse(kBroadcast));
    QVERIFY2(r.isOk(), qPrintable(r.error().message));
    const LiveBroadcast &b = r.value();
    QCOMPARE(b.id, QStringLiteral("dQw4w9WgXcQ"));
    QCOMPARE(b.etag, QStringLiteral("\"abc\""));
    QCOMPARE(b.parts,
             (QStringList{QStringLiteral("snippet"), QStringLiteral("status"),
                          QStringLiteral("contentDetails"), QStringLiteral("statistics")}));
    QCOMPARE(b.snippet.title, QStringLiteral("Friday show"));
    QCOMPARE(b.snippet.scheduledStartTime, QDateTime(QDate(2026, 11, 21), QTime(18, 0), Qt::UTC));
    QCOMPARE(b.snippet.actualStartTime,
             QDateTime(QDate(2026, 11, 21), QTime(18, 1, 2, 500), Qt::UTC));
    QVERIFY(!b.snippet.actualEndTime.isValid());
    QCOMPARE(b.status.lifeCycleStatus, LifeCycleStatus::Live);
    QCOMPARE(b.status.privacyStatus, QStringLiteral("unlisted"));
    QCOMPARE(b.contentDetails.boundStreamId, QStringLiteral("stream-1"));
    QCOMPARE(b.contentDetails.monitorStream.broadcastStreamDelayMs, quint32(60000));
    QVERIFY(b.contentDetails.monitorStream.embedHtml.startsWith(QLatin1String("<iframe")));
    QCOMPARE(b.contentDetails.enableDvr, false);
    QCOMPARE(b.contentDetails.enableAutoStop, true);
    QCOMPARE(b.contentDetails.latencyPreference, QStringLiteral("low"));
    QCOMPARE(b.statistics.concurrentViewers, qint64(1234));
}

void TestModels::broadcastMinimal()
{
    // part=id: nothing but the id; every part keeps its default and is not listed.
    const Result<LiveBroadcast> r =
        LiveBroadcast::fromJson(parse(R"({"kind":"youtube#liveBroadcast","id":"x"})"));
    QVERIFY(r.isOk());
    QVERIFY(r.value().parts.isEmpty());
    QCOMPARE(r.value().status.lifeCycleStatus, LifeCycleStatus::Unspecified);
    QCOMPARE(r.value().contentDetails.monitorStream.enableMonitorStream, true);
    QCOMPARE(r.value().statistics.concurrentViewers, qint64(-1));
}

void TestModels::broadcastWrongTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::newRow("title number") << QByteArray(R"({"snippet":{"title":5}})") << "snippet.title";
    QTest::newRow("snippet array") << QByteArray(R"({"snippet":[]})") << "snippet";
    QTest::newRow("bad date") << QByteArray(R"({"snippet":{"scheduledStartTime":"tomorrow"}})")
                              << "snippet.scheduledStartTime";
    QTest::newRow("delay string")
        << QByteArray(R"({"contentDetails":{"monitorStream":{"broadcastStreamDelayMs":"60000"}}})")
        << "contentDetails.monitorStream.broadcastStreamDelayMs";
    QTest::newRow("delay negative")
        << QByteArray(R"({"contentDetails":{"monitorStream":{"broadcastStreamDelayMs":-1}}})")
        << "contentDetails.monitorStream.broadcastStreamDelayMs";
    QTest::newRow("delay fraction")
        << QByteArray(R"({"contentDetails":{"monitorStream":{"broadcastStreamDelayMs":1.5}}})")
        << "contentDetails.monitorStream.broadcastStreamDelayMs";
    // Found by fuzz_preset: a number beyond qint64 was cast before its range was checked (UB).
    QTest::newRow("delay 1e95")
        << QByteArray(R"({"contentDetails":{"monitorStream":{"broadcastStreamDelayMs":1e95}}})")
        << "contentDetails.monitorStream.broadcastStreamDelayMs";
    QTest::newRow("viewers -1e300") << QByteArray(R"({"statistics":{"concurrentViewers":-1e300}})")
                                    << "statistics.concurrentViewers";
    QTest::newRow("dvr string") << QByteArray(R"({"contentDetails":{"enableDvr":"true"}})")
                                << "contentDetails.enableDvr";
    QTest::newRow("viewers garbage") << QByteArray(R"({"statistics":{"concurrentViewers":"many"}})")
                                     << "statistics.concurrentViewers";
    QTest::newRow("status lifecycle number")
        << QByteArray(R"({"status":{"lifeCycleStatus":3}})") << "status.lifeCycleStatus";
    QTest::newRow("wrong kind") << QByteArray(R"({"kind":"youtube#liveStream"})") << "kind";
    QTest::newRow("id object") << QByteArray(R"({"id":{}})") << "id";
}

void TestModels::broadcastWrongTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    const Result<LiveBroadcast> r = LiveBroadcast::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().kind, ApiError::Kind::BadResponse);
    QVERIFY2(r.error().message.startsWith(QStringLiteral("liveBroadcast: ") + path + u':'),
             qPrintable(r.error().message));
}

void TestModels::broadcastToJsonOnlyRequestedParts()
{
    LiveBroadcast b = LiveBroadcast::fromJson(parse(kBroadcast)).value();
    const QJsonObject snippetOnly = b.toJson({QStringLiteral("snippet")});
    QCOMPARE(snippetOnly.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("snippet")}));
    const QJsonObject s = snippetOnly.value(QLatin1String("snippet")).toObject();
    QCOMPARE(s.value(QLatin1String("title")).toString(), QStringLiteral("Friday show"));
    QCOMPARE(s.value(QLatin1String("scheduledStartTime")).toString(),
             QStringLiteral("2026-11-21T18:00:00Z"));
    // Read-only fields are never written back.
    QVERIFY(!s.contains(QLatin1String("actualStartTime")));
    QVERIFY(!s.contains(QLatin1String("channelId")));

    const QJsonObject all = b.toJson(
        {QStringLiteral("snippet"), QStringLiteral("status"), QStringLiteral("contentDetails")});
    const QJsonObject cd = all.value(QLatin1String("contentDetails")).toObject();
    QVERIFY(!cd.contains(QLatin1String("boundStreamId")));
    const QJsonObject monitor = cd.value(QLatin1String("monitorStream")).toObject();
    QVERIFY(monitor.value(QLatin1String("broadcastStreamDelayMs")).isDouble());
    QCOMPARE(monitor.value(QLatin1String("broadcastStreamDelayMs")).toInt(), 60000);
    QVERIFY(!monitor.contains(QLatin1String("embedHtml")));
    QCOMPARE(all.value(QLatin1String("status")).toObject().value(QLatin1String("privacyStatus")),
             QJsonValue(QStringLiteral("unlisted")));
    QVERIFY(
        !all.value(QLatin1String("status")).toObject().contains(QLatin1String("lifeCycleStatus")));

    // And what was written reads back to the same values.
    const LiveBroadcast back = LiveBroadcast::fromJson(all).value();
    QCOMPARE(back.snippet.title, b.snippet.title);
    QCOMPARE(back.contentDetails.latencyPreference, b.contentDetails.latencyPreference);
    QCOMPARE(back.contentDetails.enableAutoStop, b.contentDetails.enableAutoStop);
}

void TestModels::streamFromJson()
{
    const Result<LiveStream> r = LiveStream::fromJson(parse(kStream));
    QVERIFY2(r.isOk(), qPrintable(r.error().message));
    const LiveStream &s = r.value();
    QCOMPARE(s.id, QStringLiteral("stream-1"));
    QCOMPARE(s.cdn.resolution, QStringLiteral("720p"));
    QCOMPARE(s.cdn.ingestionInfo.streamName, QStringLiteral("abcd-efgh-ijkl-mnop"));
    QCOMPARE(s.cdn.ingestionInfo.ingestionAddress, QStringLiteral("rtmp://127.0.0.1:1935/live2"));
    QCOMPARE(s.status.streamStatus, StreamStatus::Active);
    QCOMPARE(s.status.healthStatus.status, QStringLiteral("bad"));
    QCOMPARE(s.status.healthStatus.lastUpdateTimeSeconds, qint64(1763740000));
    QCOMPARE(s.status.healthStatus.configurationIssues.size(), 1);
    QCOMPARE(s.status.healthStatus.configurationIssues.first().type,
             QStringLiteral("resolutionMismatch"));
    QCOMPARE(s.status.healthStatus.configurationIssues.first().severity, QStringLiteral("error"));
    QCOMPARE(s.contentDetails.isReusable, true);
}

void TestModels::streamWrongTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::newRow("issues not array")
        << QByteArray(R"({"status":{"healthStatus":{"configurationIssues":{}}}})")
        << "status.healthStatus.configurationIssues";
    QTest::newRow("issue not object")
        << QByteArray(R"({"status":{"healthStatus":{"configurationIssues":[3]}}})")
        << "status.healthStatus.configurationIssues";
    QTest::newRow("issue type number")
        << QByteArray(R"({"status":{"healthStatus":{"configurationIssues":[{"type":1}]}}})")
        << "status.healthStatus.configurationIssues";
    QTest::newRow("lastUpdate bool")
        << QByteArray(R"({"status":{"healthStatus":{"lastUpdateTimeSeconds":true}}})")
        << "status.healthStatus.lastUpdateTimeSeconds";
    QTest::newRow("streamName number")
        << QByteArray(R"({"cdn":{"ingestionInfo":{"streamName":12}}})")
        << "cdn.ingestionInfo.streamName";
    QTest::newRow("reusable string")
        << QByteArray(R"({"contentDetails":{"isReusable":"no"}})") << "contentDetails.isReusable";
}

void TestModels::streamWrongTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    const Result<LiveStream> r = LiveStream::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!r.isOk());
    QVERIFY2(r.error().message.startsWith(QStringLiteral("liveStream: ") + path),
             qPrintable(r.error().message));
}

void TestModels::streamToJson()
{
    const LiveStream s = LiveStream::fromJson(parse(kStream)).value();
    const QJsonObject o = s.toJson(
        {QStringLiteral("snippet"), QStringLiteral("cdn"), QStringLiteral("contentDetails")});
    const QJsonObject cdn = o.value(QLatin1String("cdn")).toObject();
    QCOMPARE(cdn.value(QLatin1String("frameRate")).toString(), QStringLiteral("30fps"));
    // ingestionInfo is read-only and carries the stream key: never sent back.
    QVERIFY(!cdn.contains(QLatin1String("ingestionInfo")));
    QVERIFY(!o.contains(QLatin1String("status")));
    QCOMPARE(o.value(QLatin1String("contentDetails")).toObject().value(QLatin1String("isReusable")),
             QJsonValue(true));
}

void TestModels::cuepointNeverBothTimes()
{
    const QJsonObject now = Cuepoint::now().toJson();
    QCOMPARE(now.value(QLatin1String("durationSecs")).toInt(), 30);
    QCOMPARE(now.value(QLatin1String("cueType")).toString(), QStringLiteral("cueTypeAd"));
    QVERIFY(!now.contains(QLatin1String("insertionOffsetTimeMs")));
    QVERIFY(!now.contains(QLatin1String("walltimeMs")));

    const QJsonObject offset = Cuepoint::atOffset(485000, 60).toJson();
    QCOMPARE(offset.value(QLatin1String("insertionOffsetTimeMs")),
             QJsonValue(QStringLiteral("485000")));
    QCOMPARE(offset.value(QLatin1String("durationSecs")).toInt(), 60);
    QVERIFY(!offset.contains(QLatin1String("walltimeMs")));

    const QJsonObject wall = Cuepoint::atWallTime(1767225600000, 90).toJson();
    QCOMPARE(wall.value(QLatin1String("walltimeMs")), QJsonValue(QStringLiteral("1767225600000")));
    QVERIFY(!wall.contains(QLatin1String("insertionOffsetTimeMs")));

    Cuepoint both = Cuepoint::atOffset(1000);
    both.walltimeMs = 5;
    const QJsonObject b = both.toJson();
    QVERIFY(!(b.contains(QLatin1String("walltimeMs")) &&
              b.contains(QLatin1String("insertionOffsetTimeMs"))));
}

void TestModels::cuepointFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("wall");
    QTest::addColumn<int>("duration");
    QTest::newRow("offset string") << QByteArray(R"({"id":"c1","insertionOffsetTimeMs":"485000"})")
                                   << true << qint64(485000) << qint64(-1) << 30;
    QTest::newRow("offset number") << QByteArray(R"({"id":"c1","insertionOffsetTimeMs":485000})")
                                   << true << qint64(485000) << qint64(-1) << 30;
    QTest::newRow("wall") << QByteArray(R"({"walltimeMs":"1767225600000","durationSecs":90})")
                          << true << qint64(-1) << qint64(1767225600000) << 90;
    QTest::newRow("zero offset echoed with wall")
        << QByteArray(R"({"insertionOffsetTimeMs":"0","walltimeMs":"1767225600000"})") << true
        << qint64(0) << qint64(1767225600000) << 30;
    QTest::newRow("both") << QByteArray(R"({"insertionOffsetTimeMs":"5","walltimeMs":"6"})")
                          << false << qint64(-1) << qint64(-1) << 0;
    QTest::newRow("offset garbage") << QByteArray(R"({"insertionOffsetTimeMs":"soon"})") << false
                                    << qint64(-1) << qint64(-1) << 0;
    QTest::newRow("duration string")
        << QByteArray(R"({"durationSecs":"30"})") << false << qint64(-1) << qint64(-1) << 0;
}

void TestModels::cuepointFromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(qint64, offset);
    QFETCH(qint64, wall);
    QFETCH(int, duration);
    const Result<Cuepoint> r = Cuepoint::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(r.isOk(), ok);
    if (!ok) {
        QCOMPARE(r.error().kind, ApiError::Kind::BadResponse);
        return;
    }
    QCOMPARE(r.value().insertionOffsetTimeMs.value_or(-1), offset);
    QCOMPARE(r.value().walltimeMs.value_or(-1), wall);
    QCOMPARE(int(r.value().durationSecs), duration);
}

void TestModels::errorEnvelope_data()
{
    QTest::addColumn<int>("http");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("status");

    QTest::newRow("stream inactive") << 403 << QByteArray(R"({"error":{"code":403,
        "message":"Stream is inactive","errors":[{"message":"Stream is inactive",
        "domain":"youtube.liveBroadcast","reason":"errorStreamInactive",
        "extendedHelp":"https://developers.google.com/youtube/v3/live/docs/liveBroadcasts/transition"}]}})")
                                     << "errorStreamInactive"
                                     << "youtube.liveBroadcast"
                                     << "Stream is inactive"
                                     << "";
    QTest::newRow("with status, no domain")
        << 400
        << QByteArray(
               R"({"error":{"code":400,"message":"Invalid value","errors":[{"message":"Invalid value","reason":"invalid"}],"status":"INVALID_ARGUMENT"}})")
        << "invalid"
        << ""
        << "Invalid value"
        << "INVALID_ARGUMENT";
    QTest::newRow("quota")
        << 403
        << QByteArray(
               R"({"error":{"code":403,"message":"quota","errors":[{"domain":"youtube.quota","reason":"quotaExceeded","message":"quota"}]}})")
        << "quotaExceeded"
        << "youtube.quota"
        << "quota"
        << "";
    QTest::newRow("oauth")
        << 400
        << QByteArray(
               R"({"error":"invalid_grant","error_description":"Token has been expired or revoked."})")
        << "invalid_grant"
        << "oauth2"
        << "Token has been expired or revoked."
        << "";
    QTest::newRow("html page") << 502 << QByteArray("<html><body>Bad gateway</body></html>") << ""
                               << ""
                               << "<html><body>Bad gateway</body></html>"
                               << "";
    QTest::newRow("empty errors array")
        << 500 << QByteArray(R"({"error":{"code":500,"message":"Backend","errors":[]}})") << ""
        << ""
        << "Backend"
        << "";
    QTest::newRow("errors not objects")
        << 500 << QByteArray(R"({"error":{"code":500,"errors":[1,2]}})") << ""
        << ""
        << ""
        << "";
    QTest::newRow("empty body") << 503 << QByteArray() << ""
                                << ""
                                << ""
                                << "";
}

void TestModels::errorEnvelope()
{
    QFETCH(int, http);
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    QFETCH(QString, domain);
    QFETCH(QString, message);
    QFETCH(QString, status);
    const ApiError e = GoogleErrorEnvelope::parse(http, body);
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QCOMPARE(e.httpStatus, http);
    QCOMPARE(e.reason, reason);
    QCOMPARE(e.domain, domain);
    QCOMPARE(e.message, message);
    QCOMPARE(e.status, status);
    QCOMPARE(e.rateLimited, GoogleErrorEnvelope::isRateLimitReason(reason));
    QVERIFY(e.summary().startsWith(QString::number(http)));
}

void TestModels::rateLimitReasons_data()
{
    QTest::addColumn<int>("http");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("rateLimited");
    for (const char *r : {"rateLimitExceeded", "userRateLimitExceeded",
                          "userRequestsExceedRateLimit", "uploadRateLimitExceeded"}) {
        QTest::addRow("403 %s", r) << 403 << QString::fromLatin1(r) << true;
        QTest::addRow("400 %s", r) << 400 << QString::fromLatin1(r) << true;
    }
    QTest::newRow("quotaExceeded is not a rate limit") << 403 << "quotaExceeded" << false;
    QTest::newRow("errorStreamInactive") << 403 << "errorStreamInactive" << false;
    QTest::newRow("500 with a rate-limit reason") << 500 << "rateLimitExceeded" << false;
}

// Google's ways of saying "slow down" are Google's: the envelope marks them, and the
// service-neutral retry policy waits longer for what is marked.
void TestModels::rateLimitReasons()
{
    QFETCH(int, http);
    QFETCH(QString, reason);
    QFETCH(bool, rateLimited);
    const QByteArray body =
        QStringLiteral(R"({"error":{"code":%1,"message":"m","errors":[{"domain":"usageLimits",)"
                       R"("reason":"%2","message":"m"}]}})")
            .arg(http)
            .arg(reason)
            .toUtf8();
    const ApiError e = GoogleErrorEnvelope::parse(http, body);
    QCOMPARE(e.reason, reason);
    QCOMPARE(e.rateLimited, rateLimited);
    QCOMPARE(RetryPolicy::classify(e, true) == RetryPolicy::FailureClass::RateLimited, rateLimited);
}

void TestModels::parseJsonObject_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::newRow("object") << QByteArray(R"({"a":1})") << true;
    QTest::newRow("truncated") << QByteArray(R"({"a":)") << false;
    QTest::newRow("array") << QByteArray("[1,2]") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("garbage") << QByteArray("\x00\xff\xfe", 3) << false;
}

void TestModels::parseJsonObject()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    const Result<QJsonObject> r =
        onair::parseJsonObject(body, QStringLiteral("liveBroadcasts.list"));
    QCOMPARE(r.isOk(), ok);
    if (!ok) {
        QCOMPARE(r.error().kind, ApiError::Kind::BadResponse);
        QVERIFY(r.error().message.startsWith(QLatin1String("liveBroadcasts.list: ")));
    }
}

void TestModels::rfc3339()
{
    QCOMPARE(toRfc3339(QDateTime(QDate(2026, 3, 1), QTime(18, 0), Qt::UTC)),
             QStringLiteral("2026-03-01T18:00:00Z"));
    QCOMPARE(toRfc3339(QDateTime(QDate(2026, 3, 1), QTime(18, 0, 0, 250), Qt::UTC)),
             QStringLiteral("2026-03-01T18:00:00.250Z"));
    QCOMPARE(toRfc3339(QDateTime(QDate(2026, 3, 1), QTime(19, 0), Qt::OffsetFromUTC, 3600)),
             QStringLiteral("2026-03-01T18:00:00Z"));
    QCOMPARE(toRfc3339(QDateTime()), QString());
}

QTEST_GUILESS_MAIN(TestModels)

#include "moc_tst_models.cpp"
