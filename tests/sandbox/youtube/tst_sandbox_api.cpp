#include "tst_sandbox_api.h"

#include "TestEnvironment.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using onair::test::DiscoveryValidator;
using onair::test::SandboxProcess;
using onair::test::TestEnvironment;
using Response = SandboxProcess::Response;

namespace {

const QString kBroadcasts = QStringLiteral("youtube/v3/liveBroadcasts");
const QString kStreams = QStringLiteral("youtube/v3/liveStreams");

QJsonObject broadcastBody(const QString &title)
{
    return {{QStringLiteral("snippet"), QJsonObject{{QStringLiteral("title"), title},
                                                    {QStringLiteral("scheduledStartTime"),
                                                     QStringLiteral("2030-01-01T18:00:00Z")}}},
            {QStringLiteral("status"),
             QJsonObject{{QStringLiteral("privacyStatus"), QStringLiteral("unlisted")}}},
            {QStringLiteral("contentDetails"),
             QJsonObject{{QStringLiteral("monitorStream"),
                          QJsonObject{{QStringLiteral("enableMonitorStream"), true},
                                      {QStringLiteral("broadcastStreamDelayMs"), 0}}}}}};
}

QJsonObject streamBody(const QString &resolution, const QString &frameRate)
{
    QJsonObject cdn{{QStringLiteral("ingestionType"), QStringLiteral("rtmp")}};
    if (!resolution.isEmpty())
        cdn.insert(QStringLiteral("resolution"), resolution);
    if (!frameRate.isEmpty())
        cdn.insert(QStringLiteral("frameRate"), frameRate);
    return {{QStringLiteral("snippet"),
             QJsonObject{{QStringLiteral("title"), QStringLiteral("Main camera")}}},
            {QStringLiteral("cdn"), cdn}};
}

QJsonObject firstError(const Response &reply)
{
    return reply.json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("errors"))
        .toArray()
        .at(0)
        .toObject();
}

} // namespace

void TestSandboxApi::initTestCase()
{
    m_discovery = std::make_unique<DiscoveryValidator>(
        TestEnvironment::sharedDir() + QStringLiteral("/reference/youtube.v3.discovery.json"));
    QVERIFY(m_discovery->isValid());
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--auto-consent"),
                                                             QStringLiteral("--transition-seconds"),
                                                             QStringLiteral("1")});
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    m_token = m_sandbox->signIn().accessToken;
    QVERIFY(!m_token.isEmpty());
}

void TestSandboxApi::init()
{
    QCOMPARE(
        m_sandbox->control("POST", QStringLiteral("reset")).value(QStringLiteral("reset")).toBool(),
        true);
    m_sandbox->control("POST", QStringLiteral("settings"),
                       {{QStringLiteral("transitionSeconds"), 1},
                        {QStringLiteral("autoStopSeconds"), 60},
                        {QStringLiteral("strictCuepointWindow"), false}});
}

void TestSandboxApi::cleanupTestCase()
{
    if (m_sandbox)
        QVERIFY(m_sandbox->stop()); // SIGTERM: a clean exit with status 0
}

QJsonObject TestSandboxApi::insertBroadcast(const QString &title, const QString &parts)
{
    const QJsonObject body = broadcastBody(title);
    expectValidRequest(body, QStringLiteral("youtube.liveBroadcasts.insert"));
    const Response reply =
        m_sandbox->call("POST", kBroadcasts + QStringLiteral("?part=") + parts, m_token, body);
    if (reply.status != 200)
        qWarning() << reply.body;
    expectValid(reply, QStringLiteral("youtube.liveBroadcasts.insert"));
    return reply.json();
}

QJsonObject TestSandboxApi::insertStream(const QString &resolution, const QString &frameRate)
{
    const QJsonObject body = streamBody(resolution, frameRate);
    expectValidRequest(body, QStringLiteral("youtube.liveStreams.insert"));
    const Response reply = m_sandbox->call(
        "POST", kStreams + QStringLiteral("?part=id,snippet,cdn,status,contentDetails"), m_token,
        body);
    expectValid(reply, QStringLiteral("youtube.liveStreams.insert"));
    return reply.json();
}

void TestSandboxApi::setEncoder(const QString &streamKey, bool publishing, int width, int height,
                                double frameRate)
{
    const QJsonObject answer = m_sandbox->control("POST", QStringLiteral("encoder"),
                                                  {{QStringLiteral("streamName"), streamKey},
                                                   {QStringLiteral("publishing"), publishing},
                                                   {QStringLiteral("width"), width},
                                                   {QStringLiteral("height"), height},
                                                   {QStringLiteral("frameRate"), frameRate}});
    QCOMPARE(answer.value(QStringLiteral("publishing")).toBool(), publishing);
}

QString TestSandboxApi::lifeCycle(const QString &broadcastId)
{
    const Response reply = m_sandbox->call(
        "GET", kBroadcasts + QStringLiteral("?part=status&id=") + broadcastId, m_token);
    return reply.json()
        .value(QStringLiteral("items"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("status"))
        .toObject()
        .value(QStringLiteral("lifeCycleStatus"))
        .toString();
}

QPair<QJsonObject, QJsonObject> TestSandboxApi::broadcastIn(const QString &status)
{
    const QJsonObject broadcast = insertBroadcast(QStringLiteral("Show ") + status);
    const QJsonObject stream = insertStream();
    const QString id = broadcast.value(QStringLiteral("id")).toString();
    const Response bound = m_sandbox->call(
        "POST",
        kBroadcasts + QStringLiteral("/bind?part=id,status&id=") + id +
            QStringLiteral("&streamId=") + stream.value(QStringLiteral("id")).toString(),
        m_token);
    expectValid(bound, QStringLiteral("youtube.liveBroadcasts.bind"));
    setEncoder(stream.value(QStringLiteral("cdn"))
                   .toObject()
                   .value(QStringLiteral("ingestionInfo"))
                   .toObject()
                   .value(QStringLiteral("streamName"))
                   .toString(),
               true);
    QStringList steps;
    if (status == QLatin1String("testing"))
        steps = {QStringLiteral("testing")};
    else if (status == QLatin1String("live"))
        steps = {QStringLiteral("testing"), QStringLiteral("live")};
    for (const QString &step : std::as_const(steps)) {
        const Response moved =
            m_sandbox->call("POST",
                            kBroadcasts + QStringLiteral("/transition?part=status&id=") + id +
                                QStringLiteral("&broadcastStatus=") + step,
                            m_token);
        expectValid(moved, QStringLiteral("youtube.liveBroadcasts.transition"));
        // A helper with a value cannot use QTRY_*: wait, and let the caller's checks fail.
        if (!QTest::qWaitFor([&] { return lifeCycle(id) == step; }, 15000))
            qWarning() << "broadcast did not reach" << step;
    }
    return {broadcast, stream};
}

void TestSandboxApi::expectError(const Response &reply, int status, const QString &reason,
                                 const QString &domain)
{
    const QJsonObject error = reply.json().value(QStringLiteral("error")).toObject();
    QVERIFY2(reply.status == status, qPrintable(QStringLiteral("status %1, expected %2: %3")
                                                    .arg(reply.status)
                                                    .arg(status)
                                                    .arg(QString::fromUtf8(reply.body))));
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), status);
    QCOMPARE(firstError(reply).value(QStringLiteral("reason")).toString(), reason);
    QCOMPARE(error.value(QStringLiteral("message")).toString(),
             firstError(reply).value(QStringLiteral("message")).toString());
    if (!domain.isEmpty())
        QCOMPARE(firstError(reply).value(QStringLiteral("domain")).toString(), domain);
}

void TestSandboxApi::expectValid(const Response &reply, const QString &methodId)
{
    QVERIFY2(reply.status == 200, qPrintable(QString::fromUtf8(reply.body)));
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
    QVERIFY(doc.isObject());
    const QString schema = m_discovery->responseSchema(methodId);
    QVERIFY2(!schema.isEmpty(), qPrintable(methodId));
    const QStringList problems = m_discovery->validate(doc.object(), schema);
    QVERIFY2(problems.isEmpty(),
             qPrintable(methodId + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
}

void TestSandboxApi::expectValidRequest(const QJsonObject &body, const QString &methodId)
{
    const QStringList problems = m_discovery->validate(body, m_discovery->requestSchema(methodId));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

// ---------------------------------------------------------------------------------------------

void TestSandboxApi::readyLine()
{
    const QJsonObject ready = m_sandbox->readyLine();
    const QRegularExpression origin(QStringLiteral("^http://127\\.0\\.0\\.1:[0-9]+/$"));
    QVERIFY(origin.match(ready.value(QStringLiteral("api")).toString()).hasMatch());
    const QString api = ready.value(QStringLiteral("api")).toString();
    QCOMPARE(ready.value(QStringLiteral("auth")).toString(),
             api + QStringLiteral("o/oauth2/v2/auth"));
    QCOMPARE(ready.value(QStringLiteral("token")).toString(), api + QStringLiteral("token"));
    QVERIFY(ready.value(QStringLiteral("rtmp"))
                .toString()
                .startsWith(QLatin1String("rtmp://127.0.0.1:")));
    QVERIFY(ready.value(QStringLiteral("rtmp")).toString().endsWith(QLatin1String("/live2")));
    QVERIFY(!ready.value(QStringLiteral("client_id")).toString().isEmpty());
    QVERIFY(!ready.value(QStringLiteral("client_secret")).toString().isEmpty());
    // Unknown paths get Google's 404 envelope.
    expectError(m_sandbox->call("GET", QStringLiteral("youtube/v3/nothingHere?part=id"), m_token),
                404, QStringLiteral("notFound"));
}

void TestSandboxApi::everyMethodMatchesTheDiscoverySchemas()
{
    const QString all =
        QStringLiteral("id,snippet,contentDetails,status,statistics,monetizationDetails");
    const QJsonObject broadcast = insertBroadcast(QStringLiteral("Schema show"));
    const QString id = broadcast.value(QStringLiteral("id")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{11}$")).match(id).hasMatch());
    QCOMPARE(broadcast.value(QStringLiteral("kind")).toString(),
             QStringLiteral("youtube#liveBroadcast"));
    const QJsonObject stream = insertStream();
    const QString streamId = stream.value(QStringLiteral("id")).toString();
    const QJsonObject info = stream.value(QStringLiteral("cdn"))
                                 .toObject()
                                 .value(QStringLiteral("ingestionInfo"))
                                 .toObject();
    QCOMPARE(info.value(QStringLiteral("ingestionAddress")).toString(), m_sandbox->rtmp());
    QCOMPARE(info.value(QStringLiteral("backupIngestionAddress")).toString(),
             m_sandbox->rtmp() + QStringLiteral("?backup=1"));
    QVERIFY(QRegularExpression(QStringLiteral("^[a-z0-9]{4}(-[a-z0-9]{4}){4}$"))
                .match(info.value(QStringLiteral("streamName")).toString())
                .hasMatch());

    expectValid(
        m_sandbox->call("GET", kBroadcasts + QStringLiteral("?mine=true&part=") + all, m_token),
        QStringLiteral("youtube.liveBroadcasts.list"));
    expectValid(
        m_sandbox->call("GET",
                        kStreams +
                            QStringLiteral("?mine=true&part=id,snippet,cdn,status,contentDetails"),
                        m_token),
        QStringLiteral("youtube.liveStreams.list"));

    QJsonObject update = broadcast;
    update.remove(QStringLiteral("etag"));
    update.remove(QStringLiteral("kind"));
    QJsonObject snippet = update.value(QStringLiteral("snippet")).toObject();
    snippet.insert(QStringLiteral("description"), QStringLiteral("Now with a description"));
    update.insert(QStringLiteral("snippet"), snippet);
    expectValidRequest(update, QStringLiteral("youtube.liveBroadcasts.update"));
    const Response updated = m_sandbox->call(
        "PUT", kBroadcasts + QStringLiteral("?part=id,snippet,status,contentDetails"), m_token,
        update);
    expectValid(updated, QStringLiteral("youtube.liveBroadcasts.update"));
    QCOMPARE(updated.json()
                 .value(QStringLiteral("snippet"))
                 .toObject()
                 .value(QStringLiteral("description"))
                 .toString(),
             QStringLiteral("Now with a description"));

    QJsonObject streamUpdate{{QStringLiteral("id"), streamId},
                             {QStringLiteral("snippet"),
                              QJsonObject{{QStringLiteral("title"), QStringLiteral("Renamed")}}}};
    expectValidRequest(streamUpdate, QStringLiteral("youtube.liveStreams.update"));
    expectValid(
        m_sandbox->call("PUT", kStreams + QStringLiteral("?part=snippet"), m_token, streamUpdate),
        QStringLiteral("youtube.liveStreams.update"));

    expectValid(m_sandbox->call("POST",
                                kBroadcasts + QStringLiteral("/bind?part=") +
                                    QStringLiteral("id,snippet,contentDetails,status&id=") + id +
                                    QStringLiteral("&streamId=") + streamId,
                                m_token),
                QStringLiteral("youtube.liveBroadcasts.bind"));
    setEncoder(info.value(QStringLiteral("streamName")).toString(), true);
    expectValid(
        m_sandbox->call(
            "POST",
            kBroadcasts +
                QStringLiteral(
                    "/transition?broadcastStatus=live&part=id,snippet,contentDetails,status&id=") +
                id,
            m_token),
        QStringLiteral("youtube.liveBroadcasts.transition"));
    QTRY_COMPARE_WITH_TIMEOUT(lifeCycle(id), QStringLiteral("live"), 15000);
    expectValid(
        m_sandbox->call("GET",
                        kBroadcasts + QStringLiteral("?id=") + id + QStringLiteral("&part=") + all,
                        m_token),
        QStringLiteral("youtube.liveBroadcasts.list"));

    const QJsonObject cue{
        {QStringLiteral("cueType"), QStringLiteral("cueTypeAd")},
        {QStringLiteral("durationSecs"), 60},
        {QStringLiteral("walltimeMs"), QString::number(QDateTime::currentMSecsSinceEpoch())}};
    expectValidRequest(cue, QStringLiteral("youtube.liveBroadcasts.insertCuepoint"));
    expectValid(
        m_sandbox->call("POST", kBroadcasts + QStringLiteral("/cuepoint?id=") + id, m_token, cue),
        QStringLiteral("youtube.liveBroadcasts.insertCuepoint"));

    const QString videoParts =
        QStringLiteral("id,snippet,status,liveStreamingDetails,statistics,contentDetails,player");
    const Response videos = m_sandbox->call(
        "GET", QStringLiteral("youtube/v3/videos?part=") + videoParts + QStringLiteral("&id=") + id,
        m_token);
    expectValid(videos, QStringLiteral("youtube.videos.list"));
    QJsonObject video = videos.json().value(QStringLiteral("items")).toArray().at(0).toObject();
    QJsonObject videoUpdate{
        {QStringLiteral("id"), id},
        {QStringLiteral("snippet"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("Video title")},
                     {QStringLiteral("categoryId"), QStringLiteral("24")},
                     {QStringLiteral("tags"),
                      QJsonArray{QStringLiteral("live"), QStringLiteral("sandbox")}}}}};
    expectValidRequest(videoUpdate, QStringLiteral("youtube.videos.update"));
    expectValid(m_sandbox->call("PUT", QStringLiteral("youtube/v3/videos?part=snippet"), m_token,
                                videoUpdate),
                QStringLiteral("youtube.videos.update"));

    expectValid(m_sandbox->call("GET",
                                QStringLiteral("youtube/v3/"
                                               "channels?part=id,snippet,contentDetails,statistics,"
                                               "status,brandingSettings&mine=true"),
                                m_token),
                QStringLiteral("youtube.channels.list"));

    const QByteArray png =
        QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+"
                               "M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    const Response thumb = m_sandbox->request(
        "POST", QStringLiteral("upload/youtube/v3/thumbnails/set?uploadType=media&videoId=") + id,
        png, QByteArrayLiteral("image/png"), m_token);
    expectValid(thumb, QStringLiteral("youtube.thumbnails.set"));

    expectValid(
        m_sandbox->call(
            "POST",
            kBroadcasts +
                QStringLiteral("/transition?broadcastStatus=complete&part=snippet,status&id=") + id,
            m_token),
        QStringLiteral("youtube.liveBroadcasts.transition"));
    const Response done = m_sandbox->call(
        "GET", QStringLiteral("youtube/v3/videos?part=") + videoParts + QStringLiteral("&id=") + id,
        m_token);
    expectValid(done, QStringLiteral("youtube.videos.list"));
    video = done.json().value(QStringLiteral("items")).toArray().at(0).toObject();
    QVERIFY(video.value(QStringLiteral("liveStreamingDetails"))
                .toObject()
                .contains(QStringLiteral("actualEndTime")));

    const Response deleted =
        m_sandbox->call("DELETE", kBroadcasts + QStringLiteral("?id=") + id, m_token);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    const Response streamDeleted =
        m_sandbox->call("DELETE", kStreams + QStringLiteral("?id=") + streamId, m_token);
    QCOMPARE(streamDeleted.status, 204);
    QVERIFY(streamDeleted.body.isEmpty());
}

void TestSandboxApi::partsAreValidatedAndTrimmed()
{
    const QJsonObject created =
        insertBroadcast(QStringLiteral("Parts"), QStringLiteral("snippet%2Cstatus"));
    QVERIFY(created.contains(QStringLiteral("snippet")));
    QVERIFY(created.contains(QStringLiteral("status")));
    QVERIFY(!created.contains(QStringLiteral("contentDetails")));
    const QString id = created.value(QStringLiteral("id")).toString();

    // Repeated part parameters add up; only those parts come back (kind, etag, id always).
    const Response repeated = m_sandbox->call(
        "GET", kBroadcasts + QStringLiteral("?part=status&part=contentDetails&id=") + id, m_token);
    expectValid(repeated, QStringLiteral("youtube.liveBroadcasts.list"));
    const QJsonObject item =
        repeated.json().value(QStringLiteral("items")).toArray().at(0).toObject();
    QStringList keys = item.keys();
    keys.sort();
    QCOMPARE(keys,
             (QStringList{QStringLiteral("contentDetails"), QStringLiteral("etag"),
                          QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("status")}));

    expectError(m_sandbox->call("GET", kBroadcasts + QStringLiteral("?id=") + id, m_token), 400,
                QStringLiteral("required"));
    const Response unknown = m_sandbox->call(
        "GET", kBroadcasts + QStringLiteral("?part=snippet,statistic&id=") + id, m_token);
    expectError(unknown, 400, QStringLiteral("unknownPart"), QStringLiteral("youtube.part"));
    QCOMPARE(firstError(unknown).value(QStringLiteral("message")).toString(),
             QStringLiteral("'statistic'"));
    QCOMPARE(firstError(unknown).value(QStringLiteral("location")).toString(),
             QStringLiteral("part"));
    QCOMPARE(firstError(unknown).value(QStringLiteral("locationType")).toString(),
             QStringLiteral("parameter"));
    // Parts valid for one method are not for another.
    expectError(m_sandbox->call("GET",
                                kStreams + QStringLiteral("?part=monetizationDetails&mine=true"),
                                m_token),
                400, QStringLiteral("unknownPart"), QStringLiteral("youtube.part"));
    // The discovery spells it content_details on liveStreams.insert: both spellings work.
    const Response spelled =
        m_sandbox->call("POST", kStreams + QStringLiteral("?part=snippet,cdn,content_details"),
                        m_token, streamBody(QStringLiteral("1080p"), QStringLiteral("60fps")));
    expectValid(spelled, QStringLiteral("youtube.liveStreams.insert"));
    QVERIFY(spelled.json().contains(QStringLiteral("contentDetails")));
}

void TestSandboxApi::formEncodedParameters()
{
    const QString id =
        insertBroadcast(QStringLiteral("Form")).value(QStringLiteral("id")).toString();
    const QString streamId = insertStream().value(QStringLiteral("id")).toString();
    // Google's client libraries post bind/transition with their parameters in a form body.
    const QByteArray form = "part=id%2Cstatus%2CcontentDetails&id=" + id.toLatin1() +
                            "&streamId=" + streamId.toLatin1();
    const Response reply = m_sandbox->request(
        "POST", kBroadcasts + QStringLiteral("/bind"), form,
        QByteArrayLiteral("application/x-www-form-urlencoded;charset=UTF-8"), m_token);
    expectValid(reply, QStringLiteral("youtube.liveBroadcasts.bind"));
    QCOMPARE(reply.json()
                 .value(QStringLiteral("contentDetails"))
                 .toObject()
                 .value(QStringLiteral("boundStreamId"))
                 .toString(),
             streamId);
    QCOMPARE(reply.json()
                 .value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("lifeCycleStatus"))
                 .toString(),
             QStringLiteral("ready"));
}

void TestSandboxApi::unknownParametersAndFields_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");

    QTest::newRow("unknown query parameter")
        << QByteArray("GET")
        << QStringLiteral("youtube/v3/liveBroadcasts?part=id&mine=true&colour=red") << QByteArray()
        << 400 << QStringLiteral("unexpectedParameter");
    QTest::newRow("parameter of another method")
        << QByteArray("GET")
        << QStringLiteral("youtube/v3/liveStreams?part=id&mine=true&broadcastStatus=all")
        << QByteArray() << 400 << QStringLiteral("unexpectedParameter");
    QTest::newRow("unknown body field")
        << QByteArray("POST") << QStringLiteral("youtube/v3/liveBroadcasts?part=snippet,status")
        << QByteArray(
               R"({"snippet":{"title":"x","scheduledStartTime":"2030-01-01T00:00:00Z","colour":"red"},"status":{"privacyStatus":"private"}})")
        << 400 << QStringLiteral("invalid");
    QTest::newRow("unknown top-level field")
        << QByteArray("POST") << QStringLiteral("youtube/v3/liveStreams?part=snippet,cdn")
        << QByteArray(R"({"snippet":{"title":"x"},"cdn":{"ingestionType":"rtmp"},"extra":1})")
        << 400 << QStringLiteral("invalid");
    QTest::newRow("wrong JSON type")
        << QByteArray("POST") << QStringLiteral("youtube/v3/liveBroadcasts?part=snippet,status")
        << QByteArray(
               R"({"snippet":{"title":42,"scheduledStartTime":"2030-01-01T00:00:00Z"},"status":{"privacyStatus":"private"}})")
        << 400 << QStringLiteral("invalid");
    QTest::newRow("not a date-time")
        << QByteArray("POST") << QStringLiteral("youtube/v3/liveBroadcasts?part=snippet,status")
        << QByteArray(
               R"({"snippet":{"title":"x","scheduledStartTime":"tomorrow"},"status":{"privacyStatus":"private"}})")
        << 400 << QStringLiteral("invalid");
    QTest::newRow("broken JSON") << QByteArray("POST")
                                 << QStringLiteral("youtube/v3/liveBroadcasts?part=snippet")
                                 << QByteArray(R"({"snippet":{"title":)") << 400
                                 << QStringLiteral("parseError");
    QTest::newRow("bad enum value")
        << QByteArray("GET")
        << QStringLiteral("youtube/v3/liveBroadcasts?part=id&broadcastStatus=foo") << QByteArray()
        << 400 << QStringLiteral("invalid");
    QTest::newRow("maxResults out of range")
        << QByteArray("GET")
        << QStringLiteral("youtube/v3/liveBroadcasts?part=id&mine=true&maxResults=51")
        << QByteArray() << 400 << QStringLiteral("invalidParameter");
    QTest::newRow("bad boolean") << QByteArray("GET")
                                 << QStringLiteral("youtube/v3/liveStreams?part=id&mine=yes")
                                 << QByteArray() << 400 << QStringLiteral("invalid");
}

void TestSandboxApi::unknownParametersAndFields()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, reason);
    const Response reply = m_sandbox->request(
        verb, path, body,
        body.isEmpty() ? QByteArray() : QByteArrayLiteral("application/json; charset=UTF-8"),
        m_token);
    expectError(reply, status, reason);
    QCOMPARE(reply.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("INVALID_ARGUMENT"));
}

void TestSandboxApi::authErrors()
{
    const QString path = kBroadcasts + QStringLiteral("?part=id&mine=true");
    const Response missing = m_sandbox->call("GET", path, QString());
    expectError(missing, 401, QStringLiteral("authError"), QStringLiteral("global"));
    QCOMPARE(firstError(missing).value(QStringLiteral("location")).toString(),
             QStringLiteral("Authorization"));
    QCOMPARE(firstError(missing).value(QStringLiteral("locationType")).toString(),
             QStringLiteral("header"));
    expectError(m_sandbox->call("GET", path, QStringLiteral("ya29.not-a-token")), 401,
                QStringLiteral("authError"));
    // The access_token query parameter works like the header.
    expectValid(
        m_sandbox->call("GET", path + QStringLiteral("&access_token=") + m_token, QString()),
        QStringLiteral("youtube.liveBroadcasts.list"));
    // A read-only grant can list but not write.
    const QString readonly =
        m_sandbox->signIn({QStringLiteral("https://www.googleapis.com/auth/youtube.readonly")})
            .accessToken;
    QVERIFY(!readonly.isEmpty());
    expectValid(m_sandbox->call("GET", path, readonly),
                QStringLiteral("youtube.liveBroadcasts.list"));
    expectError(m_sandbox->call("POST", kBroadcasts + QStringLiteral("?part=snippet,status"),
                                readonly, broadcastBody(QStringLiteral("x"))),
                403, QStringLiteral("insufficientPermissions"));
}

void TestSandboxApi::listFiltersAndPaging()
{
    QStringList ids;
    for (int i = 0; i < 7; ++i)
        ids.append(insertBroadcast(QStringLiteral("Paged %1").arg(i))
                       .value(QStringLiteral("id"))
                       .toString());
    QStringList seen;
    QString pageToken;
    int pages = 0;
    do {
        const Response page = m_sandbox->call(
            "GET",
            kBroadcasts + QStringLiteral("?part=id&mine=true&maxResults=3") +
                (pageToken.isEmpty() ? QString() : QStringLiteral("&pageToken=") + pageToken),
            m_token);
        expectValid(page, QStringLiteral("youtube.liveBroadcasts.list"));
        const QJsonObject json = page.json();
        QCOMPARE(json.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("youtube#liveBroadcastListResponse"));
        QVERIFY(!json.value(QStringLiteral("etag")).toString().isEmpty());
        QCOMPARE(json.value(QStringLiteral("pageInfo"))
                     .toObject()
                     .value(QStringLiteral("totalResults"))
                     .toInt(),
                 7);
        QCOMPARE(json.value(QStringLiteral("pageInfo"))
                     .toObject()
                     .value(QStringLiteral("resultsPerPage"))
                     .toInt(),
                 3);
        for (const QJsonValue &item : json.value(QStringLiteral("items")).toArray())
            seen.append(item.toObject().value(QStringLiteral("id")).toString());
        pageToken = json.value(QStringLiteral("nextPageToken")).toString();
        ++pages;
    } while (!pageToken.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen, ids);

    // Default page size is 5; an id list filters; other channels' ids are left out.
    const Response defaults = m_sandbox->call(
        "GET", kBroadcasts + QStringLiteral("?part=id&broadcastStatus=upcoming"), m_token);
    QCOMPARE(defaults.json().value(QStringLiteral("items")).toArray().size(), 5);
    const Response two =
        m_sandbox->call("GET",
                        kBroadcasts + QStringLiteral("?part=id&id=") + ids.at(1) +
                            QStringLiteral(",") + ids.at(4) + QStringLiteral(",AAAAAAAAAAA"),
                        m_token);
    QCOMPARE(two.json().value(QStringLiteral("items")).toArray().size(), 2);
    const Response none = m_sandbox->call(
        "GET", kBroadcasts + QStringLiteral("?part=id&broadcastStatus=completed"), m_token);
    expectValid(none, QStringLiteral("youtube.liveBroadcasts.list"));
    QCOMPARE(none.json().value(QStringLiteral("items")).toArray().size(), 0);
    QCOMPARE(m_sandbox
                 ->call("GET",
                        kBroadcasts +
                            QStringLiteral("?part=id&broadcastStatus=all&broadcastType=persistent"),
                        m_token)
                 .json()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             0);

    expectError(m_sandbox->call("GET", kBroadcasts + QStringLiteral("?part=id"), m_token), 400,
                QStringLiteral("missingRequiredParameter"));
    expectError(
        m_sandbox->call(
            "GET", kBroadcasts + QStringLiteral("?part=id&mine=true&broadcastStatus=all"), m_token),
        400, QStringLiteral("incompatibleParameters"));
    expectError(
        m_sandbox->call(
            "GET", kBroadcasts + QStringLiteral("?part=id&mine=true&pageToken=garbage!"), m_token),
        400, QStringLiteral("invalidPageToken"));
    expectError(m_sandbox->call("GET", kStreams + QStringLiteral("?part=id"), m_token), 400,
                QStringLiteral("missingRequiredParameter"));
}

void TestSandboxApi::broadcastInsertErrors_data()
{
    QTest::addColumn<QString>("pointer");  // "snippet.title" etc. to change
    QTest::addColumn<QJsonValue>("value"); // undefined: remove
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");

    QTest::newRow("no title") << QStringLiteral("snippet.title")
                              << QJsonValue(QJsonValue::Undefined) << 400
                              << QStringLiteral("titleRequired");
    QTest::newRow("long title") << QStringLiteral("snippet.title")
                                << QJsonValue(QString(101, QLatin1Char('t'))) << 400
                                << QStringLiteral("invalidTitle");
    QTest::newRow("long description")
        << QStringLiteral("snippet.description") << QJsonValue(QString(5001, QLatin1Char('d')))
        << 400 << QStringLiteral("invalidDescription");
    QTest::newRow("no start") << QStringLiteral("snippet.scheduledStartTime")
                              << QJsonValue(QJsonValue::Undefined) << 400
                              << QStringLiteral("scheduledStartTimeRequired");
    QTest::newRow("end before start") << QStringLiteral("snippet.scheduledEndTime")
                                      << QJsonValue(QStringLiteral("2029-01-01T00:00:00Z")) << 400
                                      << QStringLiteral("invalidScheduledEndTime");
    QTest::newRow("no privacy") << QStringLiteral("status.privacyStatus")
                                << QJsonValue(QJsonValue::Undefined) << 400
                                << QStringLiteral("privacyStatusRequired");
    QTest::newRow("bad privacy") << QStringLiteral("status.privacyStatus")
                                 << QJsonValue(QStringLiteral("secret")) << 400
                                 << QStringLiteral("invalidPrivacyStatus");
    QTest::newRow("bad projection")
        << QStringLiteral("contentDetails.projection") << QJsonValue(QStringLiteral("sphere"))
        << 400 << QStringLiteral("invalidProjection");
    QTest::newRow("bad latency") << QStringLiteral("contentDetails.latencyPreference")
                                 << QJsonValue(QStringLiteral("instant")) << 400
                                 << QStringLiteral("invalidLatencyPreferenceOptions");
}

void TestSandboxApi::broadcastInsertErrors()
{
    QFETCH(QString, pointer);
    QFETCH(QJsonValue, value);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QJsonObject body = broadcastBody(QStringLiteral("Errors"));
    const QString part = pointer.section(QLatin1Char('.'), 0, 0);
    const QString field = pointer.section(QLatin1Char('.'), 1, 1);
    QJsonObject section = body.value(part).toObject();
    if (value.isUndefined())
        section.remove(field);
    else
        section.insert(field, value);
    body.insert(part, section);
    expectError(m_sandbox->call("POST",
                                kBroadcasts + QStringLiteral("?part=snippet,status,contentDetails"),
                                m_token, body),
                status, reason, QStringLiteral("youtube.liveBroadcast"));
}

void TestSandboxApi::streamInsertErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no title")
        << QByteArray(
               R"({"snippet":{},"cdn":{"ingestionType":"rtmp","resolution":"720p","frameRate":"30fps"}})")
        << QStringLiteral("titleRequired");
    QTest::newRow("no cdn") << QByteArray(R"({"snippet":{"title":"x"}})")
                            << QStringLiteral("cdnRequired");
    QTest::newRow("no ingestion type")
        << QByteArray(
               R"({"snippet":{"title":"x"},"cdn":{"resolution":"720p","frameRate":"30fps"}})")
        << QStringLiteral("ingestionTypeRequired");
    QTest::newRow("no frame rate")
        << QByteArray(
               R"({"snippet":{"title":"x"},"cdn":{"ingestionType":"rtmp","resolution":"720p"}})")
        << QStringLiteral("frameRateRequired");
    QTest::newRow("no resolution")
        << QByteArray(
               R"({"snippet":{"title":"x"},"cdn":{"ingestionType":"rtmp","frameRate":"30fps"}})")
        << QStringLiteral("resolutionRequired");
    QTest::newRow("bad resolution")
        << QByteArray(
               R"({"snippet":{"title":"x"},"cdn":{"ingestionType":"rtmp","resolution":"4k","frameRate":"30fps"}})")
        << QStringLiteral("invalidResolution");
    QTest::newRow("bad frame rate")
        << QByteArray(
               R"({"snippet":{"title":"x"},"cdn":{"ingestionType":"rtmp","resolution":"720p","frameRate":"25fps"}})")
        << QStringLiteral("invalidFrameRate");
    QTest::newRow("bad ingestion type")
        << QByteArray(
               R"({"snippet":{"title":"x"},"cdn":{"ingestionType":"srt","resolution":"720p","frameRate":"30fps"}})")
        << QStringLiteral("invalidIngestionType");
    QTest::newRow("deprecated format")
        << QByteArray(R"({"snippet":{"title":"x"},"cdn":{"ingestionType":"rtmp","format":"720p"}})")
        << QStringLiteral("invalidFormat");
}

void TestSandboxApi::streamInsertErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    expectError(m_sandbox->request("POST", kStreams + QStringLiteral("?part=snippet,cdn"), body,
                                   QByteArrayLiteral("application/json"), m_token),
                400, reason, QStringLiteral("youtube.liveStream"));
}

void TestSandboxApi::lifecycle()
{
    const QJsonObject broadcast = insertBroadcast(QStringLiteral("Lifecycle"));
    const QString id = broadcast.value(QStringLiteral("id")).toString();
    QCOMPARE(broadcast.value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("lifeCycleStatus"))
                 .toString(),
             QStringLiteral("created"));
    const QString transition = kBroadcasts +
                               QStringLiteral("/transition?part=id,status,snippet&id=") + id +
                               QStringLiteral("&broadcastStatus=");
    // Not bound yet: nothing to test or go live with.
    expectError(m_sandbox->call("POST", transition + QStringLiteral("testing"), m_token), 403,
                QStringLiteral("invalidTransition"), QStringLiteral("youtube.liveBroadcast"));

    const QJsonObject stream = insertStream();
    const QString key = stream.value(QStringLiteral("cdn"))
                            .toObject()
                            .value(QStringLiteral("ingestionInfo"))
                            .toObject()
                            .value(QStringLiteral("streamName"))
                            .toString();
    QCOMPARE(stream.value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("streamStatus"))
                 .toString(),
             QStringLiteral("ready"));
    m_sandbox->call("POST",
                    kBroadcasts + QStringLiteral("/bind?part=id&id=") + id +
                        QStringLiteral("&streamId=") +
                        stream.value(QStringLiteral("id")).toString(),
                    m_token);
    QCOMPARE(lifeCycle(id), QStringLiteral("ready"));
    expectError(m_sandbox->call("POST", transition + QStringLiteral("testing"), m_token), 403,
                QStringLiteral("errorStreamInactive"), QStringLiteral("youtube.liveBroadcast"));
    expectError(m_sandbox->call("POST", transition + QStringLiteral("complete"), m_token), 403,
                QStringLiteral("invalidTransition"));

    setEncoder(key, true);
    const Response testing =
        m_sandbox->call("POST", transition + QStringLiteral("testing"), m_token);
    expectValid(testing, QStringLiteral("youtube.liveBroadcasts.transition"));
    QCOMPARE(testing.json()
                 .value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("lifeCycleStatus"))
                 .toString(),
             QStringLiteral("testStarting"));
    expectError(m_sandbox->call("POST", transition + QStringLiteral("testing"), m_token), 403,
                QStringLiteral("redundantTransition"));
    QTRY_COMPARE_WITH_TIMEOUT(lifeCycle(id), QStringLiteral("testing"), 15000);

    const Response live = m_sandbox->call("POST", transition + QStringLiteral("live"), m_token);
    QCOMPARE(live.json()
                 .value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("lifeCycleStatus"))
                 .toString(),
             QStringLiteral("liveStarting"));
    expectError(m_sandbox->call("POST", transition + QStringLiteral("live"), m_token), 403,
                QStringLiteral("redundantTransition"));
    expectError(m_sandbox->call("POST", transition + QStringLiteral("complete"), m_token), 403,
                QStringLiteral("invalidTransition"));
    QTRY_COMPARE_WITH_TIMEOUT(lifeCycle(id), QStringLiteral("live"), 15000);
    const QJsonObject onAir =
        m_sandbox
            ->call("GET", kBroadcasts + QStringLiteral("?part=snippet,status,statistics&id=") + id,
                   m_token)
            .json()
            .value(QStringLiteral("items"))
            .toArray()
            .at(0)
            .toObject();
    QVERIFY(onAir.value(QStringLiteral("snippet"))
                .toObject()
                .contains(QStringLiteral("actualStartTime")));
    QVERIFY(!onAir.value(QStringLiteral("snippet"))
                 .toObject()
                 .contains(QStringLiteral("actualEndTime")));
    QCOMPARE(onAir.value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("recordingStatus"))
                 .toString(),
             QStringLiteral("recording"));
    QCOMPARE(onAir.value(QStringLiteral("statistics"))
                 .toObject()
                 .value(QStringLiteral("concurrentViewers"))
                 .toString(),
             QStringLiteral("0"));
    const Response active = m_sandbox->call(
        "GET", kBroadcasts + QStringLiteral("?part=id&broadcastStatus=active"), m_token);
    QCOMPARE(active.json().value(QStringLiteral("items")).toArray().size(), 1);

    // Completing does not need an active stream.
    setEncoder(key, false);
    const Response complete =
        m_sandbox->call("POST", transition + QStringLiteral("complete"), m_token);
    expectValid(complete, QStringLiteral("youtube.liveBroadcasts.transition"));
    const QJsonObject done = complete.json();
    QCOMPARE(done.value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("lifeCycleStatus"))
                 .toString(),
             QStringLiteral("complete"));
    QCOMPARE(done.value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("recordingStatus"))
                 .toString(),
             QStringLiteral("recorded"));
    QVERIFY(
        done.value(QStringLiteral("snippet")).toObject().contains(QStringLiteral("actualEndTime")));
    expectError(m_sandbox->call("POST", transition + QStringLiteral("live"), m_token), 403,
                QStringLiteral("invalidTransition"));
    expectError(m_sandbox->call("POST", transition + QStringLiteral("complete"), m_token), 403,
                QStringLiteral("redundantTransition"));
    // The stream was used: it is inactive now, not ready.
    const Response streams =
        m_sandbox->call("GET", kStreams + QStringLiteral("?part=status&mine=true"), m_token);
    QCOMPARE(streams.json()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("streamStatus"))
                 .toString(),
             QStringLiteral("inactive"));
}

void TestSandboxApi::transitionCheckOrder()
{
    const QString base = kBroadcasts + QStringLiteral("/transition?part=status");
    expectError(m_sandbox->call("POST", base + QStringLiteral("&broadcastStatus=live"), m_token),
                400, QStringLiteral("idRequired"));
    expectError(m_sandbox->call("POST", base + QStringLiteral("&id=AAAAAAAAAAA"), m_token), 400,
                QStringLiteral("statusRequired"));
    const Response bad = m_sandbox->call(
        "POST", base + QStringLiteral("&id=AAAAAAAAAAA&broadcastStatus=paused"), m_token);
    expectError(bad, 400, QStringLiteral("invalid"));
    expectError(m_sandbox->call(
                    "POST", base + QStringLiteral("&id=AAAAAAAAAAA&broadcastStatus=live"), m_token),
                404, QStringLiteral("liveBroadcastNotFound"),
                QStringLiteral("youtube.liveBroadcast"));
    // A broadcast of the other sandbox channel is "not found" for this one.
    const QString id =
        insertBroadcast(QStringLiteral("Mine")).value(QStringLiteral("id")).toString();
    expectError(m_sandbox->call("POST",
                                base + QStringLiteral("&id=") + id +
                                    QStringLiteral("&broadcastStatus=live"),
                                m_token),
                403, QStringLiteral("invalidTransition"));
}

void TestSandboxApi::contentDetailsRules()
{
    const auto [broadcast, stream] = broadcastIn(QStringLiteral("testing"));
    Q_UNUSED(stream);
    const QString id = broadcast.value(QStringLiteral("id")).toString();
    const QJsonObject current =
        m_sandbox
            ->call("GET", kBroadcasts + QStringLiteral("?part=contentDetails&id=") + id, m_token)
            .json()
            .value(QStringLiteral("items"))
            .toArray()
            .at(0)
            .toObject();
    QJsonObject details = current.value(QStringLiteral("contentDetails")).toObject();
    details.remove(QStringLiteral("boundStreamId"));
    details.remove(QStringLiteral("boundStreamLastUpdateTimeMs"));
    const auto put = [&](const QJsonObject &d) {
        return m_sandbox->call("PUT", kBroadcasts + QStringLiteral("?part=contentDetails"), m_token,
                               {{QStringLiteral("id"), id}, {QStringLiteral("contentDetails"), d}});
    };
    // Read-modify-write with nothing changed is fine in any state.
    expectValid(put(details), QStringLiteral("youtube.liveBroadcasts.update"));
    // Auto start/stop may be switched on while testing (life-of-a-broadcast step 3.6).
    QJsonObject autoOn = details;
    autoOn.insert(QStringLiteral("enableAutoStart"), true);
    autoOn.insert(QStringLiteral("enableAutoStop"), true);
    const Response switched = put(autoOn);
    expectValid(switched, QStringLiteral("youtube.liveBroadcasts.update"));
    QCOMPARE(switched.json()
                 .value(QStringLiteral("contentDetails"))
                 .toObject()
                 .value(QStringLiteral("enableAutoStop"))
                 .toBool(),
             true);
    // Settings fixed at created/ready refuse a change now.
    QJsonObject dvr = autoOn;
    dvr.insert(QStringLiteral("enableDvr"), false);
    expectError(put(dvr), 403, QStringLiteral("enableDvrModificationNotAllowed"),
                QStringLiteral("youtube.liveBroadcast"));
    QJsonObject record = autoOn;
    record.insert(QStringLiteral("recordFromStart"), false);
    expectError(put(record), 403, QStringLiteral("recordFromStartModificationNotAllowed"));
    QJsonObject monitor = autoOn;
    monitor.insert(QStringLiteral("monitorStream"),
                   QJsonObject{{QStringLiteral("enableMonitorStream"), true},
                               {QStringLiteral("broadcastStreamDelayMs"), 30000}});
    expectError(put(monitor), 403, QStringLiteral("enableMonitorStreamModificationNotAllowed"));
    QJsonObject captions = autoOn;
    captions.insert(QStringLiteral("closedCaptionsType"), QStringLiteral("closedCaptionsHttpPost"));
    captions.insert(QStringLiteral("enableClosedCaptions"), true);
    expectError(put(captions), 403, QStringLiteral("closedCaptionsTypeModificationNotAllowed"));
    // The three fields the reference requires on update.
    QJsonObject noMonitor = autoOn;
    noMonitor.remove(QStringLiteral("monitorStream"));
    expectError(put(noMonitor), 400, QStringLiteral("enableMonitorStreamRequired"));
    // Title and privacy may change any time; title and privacy left out are kept.
    const Response retitled = m_sandbox->call(
        "PUT", kBroadcasts + QStringLiteral("?part=snippet,status"), m_token,
        {{QStringLiteral("id"), id},
         {QStringLiteral("snippet"), QJsonObject{{QStringLiteral("scheduledStartTime"),
                                                  QStringLiteral("2030-01-01T18:00:00Z")}}},
         {QStringLiteral("status"), QJsonObject{}}});
    expectValid(retitled, QStringLiteral("youtube.liveBroadcasts.update"));
    QCOMPARE(retitled.json()
                 .value(QStringLiteral("snippet"))
                 .toObject()
                 .value(QStringLiteral("title"))
                 .toString(),
             QStringLiteral("Show testing"));
    QCOMPARE(retitled.json()
                 .value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("privacyStatus"))
                 .toString(),
             QStringLiteral("unlisted"));
    expectError(m_sandbox->call("PUT", kBroadcasts + QStringLiteral("?part=snippet"), m_token,
                                {{QStringLiteral("snippet"),
                                  QJsonObject{{QStringLiteral("title"), QStringLiteral("x")}}}}),
                400, QStringLiteral("idRequired"));
    expectError(m_sandbox->call("PUT", kBroadcasts + QStringLiteral("?part=snippet"), m_token,
                                {{QStringLiteral("id"), QStringLiteral("AAAAAAAAAAA")},
                                 {QStringLiteral("snippet"),
                                  QJsonObject{{QStringLiteral("title"), QStringLiteral("x")},
                                              {QStringLiteral("scheduledStartTime"),
                                               QStringLiteral("2030-01-01T18:00:00Z")}}}}),
                404, QStringLiteral("liveBroadcastNotFound"));
}

void TestSandboxApi::bindRules()
{
    const QJsonObject broadcast = insertBroadcast(QStringLiteral("Bind"));
    const QString id = broadcast.value(QStringLiteral("id")).toString();
    const QString streamId = insertStream().value(QStringLiteral("id")).toString();
    const QString bind =
        kBroadcasts + QStringLiteral("/bind?part=id,contentDetails,status&id=") + id;
    expectError(m_sandbox->call("POST", bind + QStringLiteral("&streamId=nope"), m_token), 404,
                QStringLiteral("liveStreamNotFound"), QStringLiteral("youtube.liveStream"));
    expectError(m_sandbox->call("POST",
                                kBroadcasts +
                                    QStringLiteral("/bind?part=id&id=AAAAAAAAAAA&streamId=") +
                                    streamId,
                                m_token),
                404, QStringLiteral("liveBroadcastNotFound"));
    expectError(m_sandbox->call("POST",
                                kBroadcasts + QStringLiteral("/bind?part=id&streamId=") + streamId,
                                m_token),
                400, QStringLiteral("idRequired"));
    QCOMPARE(m_sandbox->call("POST", bind + QStringLiteral("&streamId=") + streamId, m_token)
                 .json()
                 .value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("lifeCycleStatus"))
                 .toString(),
             QStringLiteral("ready"));
    // Leaving streamId out unbinds, and ready goes back to created.
    const Response unbound = m_sandbox->call("POST", bind, m_token);
    expectValid(unbound, QStringLiteral("youtube.liveBroadcasts.bind"));
    QVERIFY(!unbound.json()
                 .value(QStringLiteral("contentDetails"))
                 .toObject()
                 .contains(QStringLiteral("boundStreamId")));
    QCOMPARE(unbound.json()
                 .value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("lifeCycleStatus"))
                 .toString(),
             QStringLiteral("created"));
    // Live: binding is no longer allowed.
    const auto [liveBroadcast, liveStream] = broadcastIn(QStringLiteral("live"));
    expectError(m_sandbox->call("POST",
                                kBroadcasts + QStringLiteral("/bind?part=id&id=") +
                                    liveBroadcast.value(QStringLiteral("id")).toString() +
                                    QStringLiteral("&streamId=") +
                                    liveStream.value(QStringLiteral("id")).toString(),
                                m_token),
                403, QStringLiteral("liveBroadcastBindingNotAllowed"),
                QStringLiteral("youtube.liveBroadcast"));
}

void TestSandboxApi::deleteRules()
{
    const auto [broadcast, stream] = broadcastIn(QStringLiteral("live"));
    const QString id = broadcast.value(QStringLiteral("id")).toString();
    const QString streamId = stream.value(QStringLiteral("id")).toString();
    expectError(m_sandbox->call("DELETE", kBroadcasts + QStringLiteral("?id=") + id, m_token), 403,
                QStringLiteral("liveBroadcastDeletionNotAllowed"));
    expectError(m_sandbox->call("DELETE", kStreams + QStringLiteral("?id=") + streamId, m_token),
                403, QStringLiteral("liveStreamDeletionNotAllowed"),
                QStringLiteral("youtube.liveStream"));
    expectError(m_sandbox->call("DELETE", kBroadcasts + QStringLiteral("?id=AAAAAAAAAAA"), m_token),
                404, QStringLiteral("liveBroadcastNotFound"));
    expectError(m_sandbox->call("DELETE", kStreams + QStringLiteral("?id=nope"), m_token), 404,
                QStringLiteral("liveStreamNotFound"));
    expectError(m_sandbox->call("DELETE", kBroadcasts, m_token), 400, QStringLiteral("required"));
    m_sandbox->call("POST",
                    kBroadcasts +
                        QStringLiteral("/transition?part=id&broadcastStatus=complete&id=") + id,
                    m_token);
    QCOMPARE(
        m_sandbox->call("DELETE", kStreams + QStringLiteral("?id=") + streamId, m_token).status,
        204);
    QCOMPARE(m_sandbox->call("DELETE", kBroadcasts + QStringLiteral("?id=") + id, m_token).status,
             204);
    QCOMPARE(m_sandbox->call("GET", kBroadcasts + QStringLiteral("?part=id&id=") + id, m_token)
                 .json()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             0);
}

void TestSandboxApi::cuepointRules()
{
    const auto [testing, testingStream] = broadcastIn(QStringLiteral("testing"));
    Q_UNUSED(testingStream);
    const QString cue = kBroadcasts + QStringLiteral("/cuepoint?id=");
    const QJsonObject ad{{QStringLiteral("cueType"), QStringLiteral("cueTypeAd")}};
    expectError(
        m_sandbox->call("POST", cue + testing.value(QStringLiteral("id")).toString(), m_token, ad),
        403, QStringLiteral("forbidden"));

    const auto [live, liveStream] = broadcastIn(QStringLiteral("live"));
    Q_UNUSED(liveStream);
    const QString id = live.value(QStringLiteral("id")).toString();
    expectError(m_sandbox->call("POST", kBroadcasts + QStringLiteral("/cuepoint"), m_token, ad),
                400, QStringLiteral("idRequired"));
    expectError(m_sandbox->call("POST", cue + id, m_token, {{QStringLiteral("durationSecs"), 30}}),
                400, QStringLiteral("cueTypeRequired"));
    expectError(m_sandbox->call("POST", cue + id, m_token,
                                {{QStringLiteral("cueType"), QStringLiteral("cueTypeAd")},
                                 {QStringLiteral("insertionOffsetTimeMs"), QStringLiteral("1000")},
                                 {QStringLiteral("walltimeMs"), QStringLiteral("1767225600000")}}),
                400, QStringLiteral("conflictingTimeFields"),
                QStringLiteral("youtube.liveBroadcast"));
    expectError(m_sandbox->call("POST", cue + id, m_token,
                                {{QStringLiteral("cueType"), QStringLiteral("cueTypeAd")},
                                 {QStringLiteral("insertionOffsetTimeMs"), QStringLiteral("-5")}}),
                400, QStringLiteral("invalidInsertionOffsetTimeMs"));
    expectError(m_sandbox->call("POST", cue + id, m_token,
                                {{QStringLiteral("cueType"), QStringLiteral("cueTypeAd")},
                                 {QStringLiteral("walltimeMs"), QStringLiteral("soon")}}),
                400, QStringLiteral("invalidWalltimeMs"));
    expectError(m_sandbox->call("POST", cue + QStringLiteral("AAAAAAAAAAA"), m_token, ad), 404,
                QStringLiteral("liveBroadcastNotFound"));

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Response immediate = m_sandbox->call("POST", cue + id, m_token, ad);
    expectValid(immediate, QStringLiteral("youtube.liveBroadcasts.insertCuepoint"));
    QCOMPARE(immediate.json().value(QStringLiteral("durationSecs")).toInt(), 30);
    QCOMPARE(immediate.json().value(QStringLiteral("insertionOffsetTimeMs")).toString(),
             QStringLiteral("0"));
    // 64-bit numbers are accepted as JSON numbers too, and always come back as strings.
    const Response numeric =
        m_sandbox->call("POST", cue + id, m_token,
                        {{QStringLiteral("cueType"), QStringLiteral("cueTypeAd")},
                         {QStringLiteral("durationSecs"), 90},
                         {QStringLiteral("insertionOffsetTimeMs"), 1500}});
    expectValid(numeric, QStringLiteral("youtube.liveBroadcasts.insertCuepoint"));
    QCOMPARE(numeric.json().value(QStringLiteral("insertionOffsetTimeMs")).toString(),
             QStringLiteral("1500"));

    const QJsonArray log = m_sandbox->control("GET", QStringLiteral("cuepoints"))
                               .value(QStringLiteral("cuepoints"))
                               .toArray();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).toObject().value(QStringLiteral("broadcastId")).toString(), id);
    QVERIFY(log.at(0).toObject().value(QStringLiteral("arrivalMs")).toInteger() >= before);
    QCOMPARE(log.at(1).toObject().value(QStringLiteral("durationSecs")).toInt(), 90);
    QCOMPARE(log.at(1).toObject().value(QStringLiteral("insertionOffsetTimeMs")).toInteger(), 1500);
}

void TestSandboxApi::strictCuepointWindow()
{
    m_sandbox->control("POST", QStringLiteral("settings"),
                       {{QStringLiteral("strictCuepointWindow"), true}});
    const auto [live, stream] = broadcastIn(QStringLiteral("live"));
    Q_UNUSED(stream);
    // No delay: the window is empty, so any positive offset is outside it; 0 means "now".
    const QString cue =
        kBroadcasts + QStringLiteral("/cuepoint?id=") + live.value(QStringLiteral("id")).toString();
    expectError(
        m_sandbox->call("POST", cue, m_token,
                        {{QStringLiteral("cueType"), QStringLiteral("cueTypeAd")},
                         {QStringLiteral("insertionOffsetTimeMs"), QStringLiteral("1000")}}),
        400, QStringLiteral("invalidInsertionOffsetTimeMs"));
    expectValid(m_sandbox->call("POST", cue, m_token,
                                {{QStringLiteral("cueType"), QStringLiteral("cueTypeAd")},
                                 {QStringLiteral("insertionOffsetTimeMs"), QStringLiteral("0")}}),
                QStringLiteral("youtube.liveBroadcasts.insertCuepoint"));
}

void TestSandboxApi::autoStartAndStop()
{
    m_sandbox->control("POST", QStringLiteral("settings"),
                       {{QStringLiteral("autoStopSeconds"), 1}});
    QJsonObject body = broadcastBody(QStringLiteral("Auto"));
    QJsonObject details = body.value(QStringLiteral("contentDetails")).toObject();
    details.insert(QStringLiteral("enableAutoStart"), true);
    details.insert(QStringLiteral("enableAutoStop"), true);
    body.insert(QStringLiteral("contentDetails"), details);
    expectValidRequest(body, QStringLiteral("youtube.liveBroadcasts.insert"));
    const Response inserted = m_sandbox->call(
        "POST", kBroadcasts + QStringLiteral("?part=id,snippet,status,contentDetails"), m_token,
        body);
    expectValid(inserted, QStringLiteral("youtube.liveBroadcasts.insert"));
    const QString id = inserted.json().value(QStringLiteral("id")).toString();
    const QJsonObject stream = insertStream();
    const QString key = stream.value(QStringLiteral("cdn"))
                            .toObject()
                            .value(QStringLiteral("ingestionInfo"))
                            .toObject()
                            .value(QStringLiteral("streamName"))
                            .toString();
    m_sandbox->call("POST",
                    kBroadcasts + QStringLiteral("/bind?part=id&id=") + id +
                        QStringLiteral("&streamId=") +
                        stream.value(QStringLiteral("id")).toString(),
                    m_token);
    QCOMPARE(lifeCycle(id), QStringLiteral("ready"));
    setEncoder(key, true);
    QTRY_COMPARE_WITH_TIMEOUT(lifeCycle(id), QStringLiteral("live"), 15000);
    expectError(m_sandbox->call("POST",
                                kBroadcasts +
                                    QStringLiteral("/transition?part=id&broadcastStatus=live&id=") +
                                    id,
                                m_token),
                403, QStringLiteral("redundantTransition"));
    setEncoder(key, false);
    QTRY_COMPARE_WITH_TIMEOUT(lifeCycle(id), QStringLiteral("complete"), 15000);
}

void TestSandboxApi::videosMirrorTheBroadcast()
{
    const QString id =
        insertBroadcast(QStringLiteral("Mirror")).value(QStringLiteral("id")).toString();
    const QString videos = QStringLiteral("youtube/v3/videos");
    const Response listed =
        m_sandbox->call("GET",
                        videos + QStringLiteral("?part=snippet,status,liveStreamingDetails&id=") +
                            id + QStringLiteral(",AAAAAAAAAAA"),
                        m_token);
    expectValid(listed, QStringLiteral("youtube.videos.list"));
    QCOMPARE(listed.json().value(QStringLiteral("kind")).toString(),
             QStringLiteral("youtube#videoListResponse"));
    const QJsonArray items = listed.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1); // unknown ids are left out, not a 404
    const QJsonObject video = items.at(0).toObject();
    QCOMPARE(video.value(QStringLiteral("kind")).toString(), QStringLiteral("youtube#video"));
    QCOMPARE(
        video.value(QStringLiteral("snippet")).toObject().value(QStringLiteral("title")).toString(),
        QStringLiteral("Mirror"));
    QCOMPARE(video.value(QStringLiteral("snippet"))
                 .toObject()
                 .value(QStringLiteral("liveBroadcastContent"))
                 .toString(),
             QStringLiteral("upcoming"));
    QCOMPARE(video.value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("privacyStatus"))
                 .toString(),
             QStringLiteral("unlisted"));

    // videos.update replaces the part: the title and privacy show through liveBroadcasts.
    const QJsonObject update{
        {QStringLiteral("id"), id},
        {QStringLiteral("snippet"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("Renamed by videos.update")},
                     {QStringLiteral("description"), QStringLiteral("Shared")},
                     {QStringLiteral("categoryId"), QStringLiteral("20")}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("privacyStatus"), QStringLiteral("private")}}}};
    expectValidRequest(update, QStringLiteral("youtube.videos.update"));
    expectValid(
        m_sandbox->call("PUT", videos + QStringLiteral("?part=snippet,status"), m_token, update),
        QStringLiteral("youtube.videos.update"));
    const QJsonObject broadcast =
        m_sandbox
            ->call("GET", kBroadcasts + QStringLiteral("?part=snippet,status&id=") + id, m_token)
            .json()
            .value(QStringLiteral("items"))
            .toArray()
            .at(0)
            .toObject();
    QCOMPARE(broadcast.value(QStringLiteral("snippet"))
                 .toObject()
                 .value(QStringLiteral("title"))
                 .toString(),
             QStringLiteral("Renamed by videos.update"));
    QCOMPARE(broadcast.value(QStringLiteral("snippet"))
                 .toObject()
                 .value(QStringLiteral("description"))
                 .toString(),
             QStringLiteral("Shared"));
    QCOMPARE(broadcast.value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("privacyStatus"))
                 .toString(),
             QStringLiteral("private"));

    expectError(
        m_sandbox->call("PUT", videos + QStringLiteral("?part=snippet"), m_token,
                        {{QStringLiteral("id"), id},
                         {QStringLiteral("snippet"),
                          QJsonObject{{QStringLiteral("title"), QStringLiteral("No category")}}}}),
        400, QStringLiteral("invalidCategoryId"));
    expectError(
        m_sandbox->call("PUT", videos + QStringLiteral("?part=snippet"), m_token,
                        {{QStringLiteral("id"), id},
                         {QStringLiteral("snippet"),
                          QJsonObject{{QStringLiteral("title"), QString()},
                                      {QStringLiteral("categoryId"), QStringLiteral("22")}}}}),
        400, QStringLiteral("invalidTitle"));
    expectError(
        m_sandbox->call("PUT", videos + QStringLiteral("?part=snippet"), m_token,
                        {{QStringLiteral("id"), QStringLiteral("AAAAAAAAAAA")},
                         {QStringLiteral("snippet"),
                          QJsonObject{{QStringLiteral("title"), QStringLiteral("x")},
                                      {QStringLiteral("categoryId"), QStringLiteral("22")}}}}),
        404, QStringLiteral("videoNotFound"));
    expectError(m_sandbox->call("GET", videos + QStringLiteral("?part=snippet"), m_token), 400,
                QStringLiteral("missingRequiredParameter"));
}

void TestSandboxApi::channelsMine()
{
    const Response mine = m_sandbox->call(
        "GET", QStringLiteral("youtube/v3/channels?part=id,snippet&mine=true"), m_token);
    expectValid(mine, QStringLiteral("youtube.channels.list"));
    const QJsonArray items = mine.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QString channelId = items.at(0).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(
        QRegularExpression(QStringLiteral("^UC[A-Za-z0-9_-]{22}$")).match(channelId).hasMatch());
    // The broadcasts this token creates belong to that channel.
    const QJsonObject broadcast = insertBroadcast(QStringLiteral("Owned"));
    QCOMPARE(broadcast.value(QStringLiteral("snippet"))
                 .toObject()
                 .value(QStringLiteral("channelId"))
                 .toString(),
             channelId);
    expectError(m_sandbox->call("GET", QStringLiteral("youtube/v3/channels?part=id"), m_token), 400,
                QStringLiteral("missingRequiredParameter"));
    expectError(m_sandbox->call(
                    "GET", QStringLiteral("youtube/v3/channels?part=id&mine=true&id=") + channelId,
                    m_token),
                400, QStringLiteral("incompatibleParameters"));
}

void TestSandboxApi::thumbnails()
{
    const QString id =
        insertBroadcast(QStringLiteral("Thumb")).value(QStringLiteral("id")).toString();
    const QString set = QStringLiteral("upload/youtube/v3/thumbnails/set?videoId=");
    const QByteArray jpeg = QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(2000, 'j');
    const Response ok =
        m_sandbox->request("POST", set + id, jpeg, QByteArrayLiteral("image/jpeg"), m_token);
    expectValid(ok, QStringLiteral("youtube.thumbnails.set"));
    QCOMPARE(ok.json().value(QStringLiteral("kind")).toString(),
             QStringLiteral("youtube#thumbnailSetResponse"));
    const QString url = ok.json()
                            .value(QStringLiteral("items"))
                            .toArray()
                            .at(0)
                            .toObject()
                            .value(QStringLiteral("default"))
                            .toObject()
                            .value(QStringLiteral("url"))
                            .toString();
    QVERIFY(url.startsWith(m_sandbox->api().toString()));
    const Response image = m_sandbox->request("GET", url.mid(m_sandbox->api().toString().size()));
    QCOMPARE(image.status, 200);
    QCOMPARE(image.body, jpeg);

    // multipart/related: an (empty) JSON metadata part, then the image.
    const QByteArray other = QByteArray("\xff\xd8\xff\xdb", 4) + QByteArray(500, 'm');
    const QByteArray multipart =
        "--sbx\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n{}\r\n"
        "--sbx\r\nContent-Type: image/jpeg\r\n\r\n" +
        other + "\r\n--sbx--\r\n";
    expectValid(m_sandbox->request("POST", set + id + QStringLiteral("&uploadType=multipart"),
                                   multipart, QByteArrayLiteral("multipart/related; boundary=sbx"),
                                   m_token),
                QStringLiteral("youtube.thumbnails.set"));
    QCOMPARE(m_sandbox->request("GET", url.mid(m_sandbox->api().toString().size())).body, other);

    expectError(m_sandbox->request("POST", set + id, QByteArray("GIF89a", 6),
                                   QByteArrayLiteral("image/gif"), m_token),
                400, QStringLiteral("invalidImage"));
    expectError(
        m_sandbox->request("POST", set + id, QByteArray(), QByteArrayLiteral("image/png"), m_token),
        400, QStringLiteral("mediaBodyRequired"));
    expectError(m_sandbox->request("POST", set + QStringLiteral("AAAAAAAAAAA"), jpeg,
                                   QByteArrayLiteral("image/jpeg"), m_token),
                404, QStringLiteral("videoNotFound"));
    expectError(m_sandbox->request("POST", QStringLiteral("upload/youtube/v3/thumbnails/set"), jpeg,
                                   QByteArrayLiteral("image/jpeg"), m_token),
                400, QStringLiteral("required"));
}

void TestSandboxApi::resumableThumbnail()
{
    const QString id =
        insertBroadcast(QStringLiteral("Resumable")).value(QStringLiteral("id")).toString();
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(3000, 'p');
    const QByteArray total = QByteArray::number(png.size());
    const qint64 spentBefore = m_sandbox->control("GET", QStringLiteral("quota"))
                                   .value(QStringLiteral("spent"))
                                   .toInteger();
    const Response started = m_sandbox->request(
        "POST",
        QStringLiteral("upload/youtube/v3/thumbnails/set?uploadType=resumable&videoId=") + id,
        QByteArray(), QByteArrayLiteral("application/json; charset=UTF-8"), m_token,
        {{"X-Upload-Content-Length", total}, {"X-Upload-Content-Type", "image/png"}});
    QCOMPARE(started.status, 200);
    const QString session = QString::fromUtf8(started.header("Location"));
    QVERIFY2(session.startsWith(m_sandbox->api().toString()), qPrintable(session));
    const QString path = session.mid(m_sandbox->api().toString().size());
    QVERIFY(path.contains(QLatin1String("upload_id=")));

    const Response first =
        m_sandbox->request("PUT", path, png.left(1000), QByteArrayLiteral("image/png"), m_token,
                           {{"Content-Range", "bytes 0-999/" + total}});
    QCOMPARE(first.status, 308);
    QCOMPARE(first.header("Range"), QByteArray("bytes=0-999"));
    const Response query = m_sandbox->request("PUT", path, QByteArray(), QByteArray(), m_token,
                                              {{"Content-Range", "bytes */" + total}});
    QCOMPARE(query.status, 308);
    QCOMPARE(query.header("Range"), QByteArray("bytes=0-999"));
    // A chunk that does not start where the stored bytes end is not kept.
    const Response gap = m_sandbox->request(
        "PUT", path, png.mid(2000), QByteArrayLiteral("image/png"), m_token,
        {{"Content-Range", "bytes 2000-" + QByteArray::number(png.size() - 1) + '/' + total}});
    QCOMPARE(gap.status, 308);
    QCOMPARE(gap.header("Range"), QByteArray("bytes=0-999"));
    const Response last = m_sandbox->request(
        "PUT", path, png.mid(1000), QByteArrayLiteral("image/png"), m_token,
        {{"Content-Range", "bytes 1000-" + QByteArray::number(png.size() - 1) + '/' + total}});
    expectValid(last, QStringLiteral("youtube.thumbnails.set"));
    // Finished: a status query repeats the final answer.
    const Response again = m_sandbox->request("PUT", path, QByteArray(), QByteArray(), m_token,
                                              {{"Content-Range", "bytes */" + total}});
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(QStringLiteral("kind")).toString(),
             QStringLiteral("youtube#thumbnailSetResponse"));
    // Only the session start costs quota.
    QCOMPARE(m_sandbox->control("GET", QStringLiteral("quota"))
                 .value(QStringLiteral("spent"))
                 .toInteger(),
             spentBefore + 50);
    const Response image =
        m_sandbox->request("GET", QStringLiteral("vi/") + id + QStringLiteral("/high.jpg"));
    QCOMPARE(image.body, png);
    // The discovery's resumable path works the same; an unknown session is a 404.
    const Response other = m_sandbox->request(
        "POST", QStringLiteral("resumable/upload/youtube/v3/thumbnails/set?videoId=") + id,
        QByteArray(), QByteArray(), m_token);
    QCOMPARE(other.status, 200);
    QVERIFY(!other.header("Location").isEmpty());
    QCOMPARE(m_sandbox
                 ->request("PUT", QStringLiteral("upload/youtube/v3/thumbnails/set?upload_id=nope"),
                           png, QByteArrayLiteral("image/png"), m_token)
                 .status,
             404);
}

void TestSandboxApi::streamHealth()
{
    const QJsonObject stream = insertStream(QStringLiteral("1080p"), QStringLiteral("60fps"));
    const QString id = stream.value(QStringLiteral("id")).toString();
    const QString key = stream.value(QStringLiteral("cdn"))
                            .toObject()
                            .value(QStringLiteral("ingestionInfo"))
                            .toObject()
                            .value(QStringLiteral("streamName"))
                            .toString();
    const auto health = [&] {
        const Response reply =
            m_sandbox->call("GET", kStreams + QStringLiteral("?part=status&id=") + id, m_token);
        expectValid(reply, QStringLiteral("youtube.liveStreams.list"));
        return reply.json()
            .value(QStringLiteral("items"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("status"))
            .toObject();
    };
    QCOMPARE(health()
                 .value(QStringLiteral("healthStatus"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("noData"));
    setEncoder(key, true, 1920, 1080, 60);
    QCOMPARE(health().value(QStringLiteral("streamStatus")).toString(), QStringLiteral("active"));
    QCOMPARE(health()
                 .value(QStringLiteral("healthStatus"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("good"));
    setEncoder(key, true, 1280, 720, 30);
    const QJsonObject mismatched = health().value(QStringLiteral("healthStatus")).toObject();
    QCOMPARE(mismatched.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QStringList types;
    for (const QJsonValue &issue :
         mismatched.value(QStringLiteral("configurationIssues")).toArray())
        types.append(issue.toObject().value(QStringLiteral("type")).toString());
    QCOMPARE(types, (QStringList{QStringLiteral("resolutionMismatch"),
                                 QStringLiteral("framerateMismatch")}));
    setEncoder(key, false);
    QCOMPARE(health().value(QStringLiteral("streamStatus")).toString(), QStringLiteral("inactive"));
}

void TestSandboxApi::incompleteStreamIsCreated()
{
    // Without resolution and frame rate the cdn settings are incomplete: "created".
    const QJsonObject stream = insertStream(QString(), QString());
    QCOMPARE(stream.value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("streamStatus"))
                 .toString(),
             QStringLiteral("created"));
    QVERIFY(!stream.value(QStringLiteral("cdn")).toObject().contains(QStringLiteral("resolution")));
    const QJsonObject compact =
        m_sandbox
            ->call("GET", kStreams + QStringLiteral("?part=id&mine=true&prettyPrint=false"),
                   m_token)
            .json();
    QCOMPARE(compact.value(QStringLiteral("items")).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestSandboxApi)
