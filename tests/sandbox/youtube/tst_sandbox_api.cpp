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

QJsonObject TestSandboxApi::broadcastBody(const QString &title)
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

QJsonObject TestSandboxApi::streamBody(const QString &resolution, const QString &frameRate)
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

QJsonObject TestSandboxApi::firstError(const Response &reply)
{
    return reply.json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("errors"))
        .toArray()
        .at(0)
        .toObject();
}

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

QTEST_GUILESS_MAIN(TestSandboxApi)

#include "moc_tst_sandbox_api.cpp"
