#include "tst_sandbox_ingest.h"

#include "TestEnvironment.h"
#include "rehearsal/TestPattern.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>
#include <QWebEnginePage>
#include <QWebEngineSettings>
#include <QWebEngineView>

#include <optional>

namespace onair::test {

namespace {

constexpr int encoderSafetySeconds = 150; // ffmpeg's own limit, should the test not stop it

QString str(const QJsonObject &object, const QString &path)
{
    QJsonValue value = object;
    for (const QString &key : path.split(QLatin1Char('.')))
        value = value.toObject().value(key);
    return value.toString();
}

QString firstErrorReason(const TestHttpClient::Reply &reply)
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

QJsonObject firstItem(const TestHttpClient::Reply &reply)
{
    return reply.json().value(QStringLiteral("items")).toArray().at(0).toObject();
}

} // namespace

void TestSandboxIngest::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty(),
             "ffmpeg is missing: run packaging/install-deps.sh");

    m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--auto-consent"),
                                                             QStringLiteral("--transition-seconds"),
                                                             QStringLiteral("1")},
                                                 30000);
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    m_ready = m_sandbox->readyLine();
    QVERIFY(m_ready.value(QStringLiteral("rtmp"))
                .toString()
                .startsWith(QLatin1String("rtmp://127.0.0.1:")));
    // Signs in as an app does: authorization code with PKCE S256, then the exchange.
    m_token = m_sandbox->signIn().accessToken.toLatin1();
    QVERIFY(!m_token.isEmpty());
}

void TestSandboxIngest::cleanup()
{
    for (auto &encoder : m_encoders)
        stopProcess(encoder.get());
    m_encoders.clear();
}

void TestSandboxIngest::cleanupTestCase()
{
    cleanup();
    if (!m_sandbox)
        return;
    m_sandbox->stop();
}

void TestSandboxIngest::stopProcess(QProcess *process)
{
    if (process->state() == QProcess::NotRunning)
        return;
    process->terminate();
    if (!process->waitForFinished(10000)) {
        process->kill();
        process->waitForFinished(5000);
    }
}

QUrl TestSandboxIngest::api(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl url(m_ready.value(QStringLiteral("api")).toString() + QStringLiteral("youtube/v3/") +
             path);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(TestHttpClient::formEncode(query)), QUrl::StrictMode);
    return url;
}

QUrl TestSandboxIngest::site(const QString &path) const
{
    QString origin = m_ready.value(QStringLiteral("api")).toString();
    origin.chop(1); // the trailing slash
    return QUrl(origin + path);
}

TestSandboxIngest::Stream TestSandboxIngest::insertStream(const QString &title,
                                                          const QString &resolution)
{
    const QJsonObject body{
        {QStringLiteral("snippet"), QJsonObject{{QStringLiteral("title"), title}}},
        {QStringLiteral("cdn"),
         QJsonObject{{QStringLiteral("ingestionType"), QStringLiteral("rtmp")},
                     {QStringLiteral("resolution"), resolution},
                     {QStringLiteral("frameRate"), QStringLiteral("30fps")}}}};
    const auto reply =
        m_http.postJson(api(QStringLiteral("liveStreams"),
                            {{QStringLiteral("part"), QStringLiteral("id,snippet,cdn,status")}}),
                        body, m_token);
    if (reply.status != 200) {
        qWarning() << "liveStreams.insert:" << reply.status << reply.body;
        return {};
    }
    const QJsonObject stream = reply.json();
    return {stream.value(QStringLiteral("id")).toString(),
            str(stream, QStringLiteral("cdn.ingestionInfo.ingestionAddress")),
            str(stream, QStringLiteral("cdn.ingestionInfo.streamName"))};
}

QJsonObject TestSandboxIngest::streamResource(const QString &streamId)
{
    return firstItem(m_http.get(api(QStringLiteral("liveStreams"),
                                    {{QStringLiteral("part"), QStringLiteral("id,cdn,status")},
                                     {QStringLiteral("id"), streamId}}),
                                m_token));
}

QJsonObject TestSandboxIngest::broadcastResource(const QString &broadcastId)
{
    return firstItem(m_http.get(
        api(QStringLiteral("liveBroadcasts"),
            {{QStringLiteral("part"), QStringLiteral("id,snippet,contentDetails,status")},
             {QStringLiteral("id"), broadcastId}}),
        m_token));
}

QJsonObject TestSandboxIngest::waitFor(const std::function<QJsonObject()> &fetch,
                                       const std::function<bool(const QJsonObject &)> &done,
                                       int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QJsonObject last = fetch();
    while (!done(last) && clock.elapsed() < timeoutMs) {
        QTest::qWait(500);
        last = fetch();
    }
    return last;
}

TestHttpClient::Reply TestSandboxIngest::transition(const QString &broadcastId,
                                                    const QString &status)
{
    return m_http.post(api(QStringLiteral("liveBroadcasts/transition"),
                           {{QStringLiteral("broadcastStatus"), status},
                            {QStringLiteral("id"), broadcastId},
                            {QStringLiteral("part"), QStringLiteral("id,snippet,status")}}),
                       QByteArray(), "application/json", m_token);
}

QProcess *TestSandboxIngest::startEncoder(const QString &url, const QString &size, bool withAudio)
{
    // Loopback only: the URL comes from the sandbox's ingestionInfo on 127.0.0.1.
    if (!url.startsWith(QLatin1String("rtmp://127.0.0.1:")))
        return nullptr;
    auto encoder = std::make_unique<QProcess>();
    encoder->setProgram(QStringLiteral("ffmpeg"));
    TestPattern pattern;
    pattern.size = size;
    pattern.audio = withAudio;
    pattern.limitSeconds = encoderSafetySeconds;
    encoder->setArguments(pattern.arguments(url));
    encoder->setProcessChannelMode(QProcess::MergedChannels);
    encoder->start();
    if (!encoder->waitForStarted(10000))
        return nullptr;
    m_encoders.push_back(std::move(encoder));
    return m_encoders.back().get();
}

QList<qint64> TestSandboxIngest::ingestNginxPids(const QString &rtmp)
{
    static const QRegularExpression portPattern(QStringLiteral(":(\\d+)/"));
    const QString listen = QStringLiteral("listen 127.0.0.1:") +
                           portPattern.match(rtmp).captured(1) + QLatin1Char(';');
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile cmdline(QStringLiteral("/proc/") + entry + QStringLiteral("/cmdline"));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> arguments = cmdline.readAll().split('\0');
        if (arguments.isEmpty() || !arguments.first().endsWith("nginx"))
            continue;
        const qsizetype config = arguments.indexOf("-c");
        if (config < 0 || config + 1 >= arguments.size())
            continue;
        QFile file(QString::fromLocal8Bit(arguments.at(config + 1)));
        if (file.open(QIODevice::ReadOnly) && QString::fromUtf8(file.readAll()).contains(listen))
            pids.append(pid);
    }
    return pids;
}

void TestSandboxIngest::wholeLifecycle()
{
    const Stream stream = insertStream(QStringLiteral("Main camera"), QStringLiteral("720p"));
    QVERIFY(!stream.id.isEmpty());
    QVERIFY(stream.ingestionAddress.startsWith(m_ready.value(QStringLiteral("rtmp")).toString()));
    QVERIFY(!stream.streamName.isEmpty());

    const QJsonObject broadcastBody{
        {QStringLiteral("snippet"),
         QJsonObject{
             {QStringLiteral("title"), QStringLiteral("Ingest lifecycle")},
             {QStringLiteral("scheduledStartTime"), QStringLiteral("2030-01-01T18:00:00Z")}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("privacyStatus"), QStringLiteral("private")}}},
        {QStringLiteral("contentDetails"),
         QJsonObject{{QStringLiteral("monitorStream"),
                      QJsonObject{{QStringLiteral("enableMonitorStream"), true}}}}}};
    const auto inserted = m_http.postJson(
        api(QStringLiteral("liveBroadcasts"),
            {{QStringLiteral("part"), QStringLiteral("id,snippet,contentDetails,status")}}),
        broadcastBody, m_token);
    QVERIFY2(inserted.status == 200, inserted.body.constData());
    const QString broadcastId = inserted.json().value(QStringLiteral("id")).toString();
    QVERIFY(!broadcastId.isEmpty());
    const QString embedHtml =
        str(inserted.json(), QStringLiteral("contentDetails.monitorStream.embedHtml"));
    QVERIFY2(embedHtml.contains(site(QStringLiteral("/embed/") + broadcastId).toString()),
             qPrintable(embedHtml));

    const auto bound =
        m_http.post(api(QStringLiteral("liveBroadcasts/bind"),
                        {{QStringLiteral("id"), broadcastId},
                         {QStringLiteral("part"), QStringLiteral("id,contentDetails,status")},
                         {QStringLiteral("streamId"), stream.id}}),
                    QByteArray(), "application/json", m_token);
    QVERIFY2(bound.status == 200, bound.body.constData());
    QCOMPARE(str(bound.json(), QStringLiteral("status.lifeCycleStatus")), QStringLiteral("ready"));

    // No encoder yet: the stream is not active and the transition is refused.
    const QJsonObject idle = streamResource(stream.id);
    QVERIFY(str(idle, QStringLiteral("status.streamStatus")) != QLatin1String("active"));
    QCOMPARE(str(idle, QStringLiteral("status.healthStatus.status")), QStringLiteral("noData"));
    const auto refused = transition(broadcastId, QStringLiteral("testing"));
    QCOMPARE(refused.status, 403);
    QCOMPARE(firstErrorReason(refused), QStringLiteral("errorStreamInactive"));

    // The monitor page exists already and says that there is nothing to play yet.
    const auto earlyInfo =
        m_http.get(site(QStringLiteral("/embed/") + broadcastId + QStringLiteral("/info")));
    QCOMPARE(earlyInfo.status, 200);
    QCOMPARE(earlyInfo.json().value(QStringLiteral("streamAvailable")).toBool(true), false);

    // ffmpeg publishes: the stream becomes active and healthy (720p at 30 fps as declared).
    QProcess *encoder = startEncoder(stream.ingestionAddress + QLatin1Char('/') + stream.streamName,
                                     QStringLiteral("1280x720"));
    QVERIFY(encoder);
    const QJsonObject active = waitFor(
        [&] { return streamResource(stream.id); },
        [](const QJsonObject &s) {
            return str(s, QStringLiteral("status.streamStatus")) == QLatin1String("active") &&
                   str(s, QStringLiteral("status.healthStatus.status")) == QLatin1String("good");
        },
        45000);
    QVERIFY2(str(active, QStringLiteral("status.streamStatus")) == QLatin1String("active"),
             QJsonDocument(active).toJson().constData());
    QCOMPARE(str(active, QStringLiteral("status.healthStatus.status")), QStringLiteral("good"));
    QVERIFY(active.value(QStringLiteral("status"))
                .toObject()
                .value(QStringLiteral("healthStatus"))
                .toObject()
                .value(QStringLiteral("configurationIssues"))
                .toArray()
                .isEmpty());

    // testing: the answer already shows testStarting, then testing follows.
    const auto toTesting = transition(broadcastId, QStringLiteral("testing"));
    QVERIFY2(toTesting.status == 200, toTesting.body.constData());
    QCOMPARE(str(toTesting.json(), QStringLiteral("status.lifeCycleStatus")),
             QStringLiteral("testStarting"));
    const QJsonObject testing = waitFor(
        [&] { return broadcastResource(broadcastId); },
        [](const QJsonObject &b) {
            return str(b, QStringLiteral("status.lifeCycleStatus")) == QLatin1String("testing");
        },
        30000);
    QCOMPARE(str(testing, QStringLiteral("status.lifeCycleStatus")), QStringLiteral("testing"));

    // The monitor player: page, scripts, and the HLS that nginx writes.
    const auto page = m_http.get(site(QStringLiteral("/embed/") + broadcastId));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.body.contains("/s/player/hls.min.js"));
    const auto hlsJs = m_http.get(site(QStringLiteral("/s/player/hls.min.js")));
    QCOMPARE(hlsJs.status, 200);
    QVERIFY(hlsJs.header("Content-Type").startsWith("text/javascript"));
    QVERIFY(hlsJs.body.size() > 100000);
    const auto iframeApi = m_http.get(site(QStringLiteral("/iframe_api")));
    QCOMPARE(iframeApi.status, 200);
    QVERIFY(iframeApi.header("Content-Type").startsWith("text/javascript"));
    QVERIFY(iframeApi.body.contains("onYouTubeIframeAPIReady"));
    QVERIFY(iframeApi.body.contains("getCurrentTime"));
    QVERIFY(iframeApi.body.contains(site(QString()).toString().toUtf8()));

    const QJsonObject info = waitFor(
        [&] {
            return m_http
                .get(site(QStringLiteral("/embed/") + broadcastId + QStringLiteral("/info")))
                .json();
        },
        [](const QJsonObject &i) { return i.value(QStringLiteral("streamAvailable")).toBool(); },
        30000);
    QVERIFY2(info.value(QStringLiteral("streamAvailable")).toBool(),
             QJsonDocument(info).toJson().constData());
    QCOMPARE(info.value(QStringLiteral("lifeCycleStatus")).toString(), QStringLiteral("testing"));
    QVERIFY(info.value(QStringLiteral("monitorStartMs")).toDouble() > 0); // testing started it
    const auto playlist = m_http.get(site(info.value(QStringLiteral("playlist")).toString()));
    QCOMPARE(playlist.status, 200);
    QCOMPARE(playlist.header("Content-Type"), QByteArray("application/vnd.apple.mpegurl"));
    QVERIFY(playlist.header("Cache-Control").contains("no-cache"));
    QVERIFY(playlist.body.startsWith("#EXTM3U"));
    static const QRegularExpression fragmentPattern(QStringLiteral("^([A-Za-z0-9_-]+\\.ts)$"),
                                                    QRegularExpression::MultilineOption);
    const auto fragmentName = fragmentPattern.match(QString::fromUtf8(playlist.body));
    QVERIFY2(fragmentName.hasMatch(), playlist.body.constData());
    const auto fragment = m_http.get(site(QStringLiteral("/embed/") + broadcastId +
                                          QStringLiteral("/hls/") + fragmentName.captured(1)));
    QCOMPARE(fragment.status, 200);
    QCOMPARE(fragment.header("Content-Type"), QByteArray("video/mp2t"));
    QVERIFY(fragment.body.size() > 1000);
    QCOMPARE(fragment.body.at(0), char(0x47)); // MPEG-TS sync byte
    QCOMPARE(
        m_http.get(site(QStringLiteral("/embed/") + broadcastId + QStringLiteral("/hls/../x.ts")))
            .status,
        404);

    // live, then an ad break.
    const auto toLive = transition(broadcastId, QStringLiteral("live"));
    QVERIFY2(toLive.status == 200, toLive.body.constData());
    QCOMPARE(str(toLive.json(), QStringLiteral("status.lifeCycleStatus")),
             QStringLiteral("liveStarting"));
    const QJsonObject live = waitFor([&] { return broadcastResource(broadcastId); },
                                     [](const QJsonObject &b) {
                                         return str(b, QStringLiteral("status.lifeCycleStatus")) ==
                                                QLatin1String("live");
                                     },
                                     30000);
    QCOMPARE(str(live, QStringLiteral("status.lifeCycleStatus")), QStringLiteral("live"));
    QVERIFY(!str(live, QStringLiteral("snippet.actualStartTime")).isEmpty());

    const auto cue = m_http.postJson(
        api(QStringLiteral("liveBroadcasts/cuepoint"), {{QStringLiteral("id"), broadcastId}}),
        QJsonObject{{QStringLiteral("cueType"), QStringLiteral("cueTypeAd")},
                    {QStringLiteral("durationSecs"), 30}},
        m_token);
    QVERIFY2(cue.status == 200, cue.body.constData());
    QCOMPARE(cue.json().value(QStringLiteral("cueType")).toString(), QStringLiteral("cueTypeAd"));
    QCOMPARE(cue.json().value(QStringLiteral("durationSecs")).toInt(), 30);

    // complete; after that every transition is invalid.
    const auto toComplete = transition(broadcastId, QStringLiteral("complete"));
    QVERIFY2(toComplete.status == 200, toComplete.body.constData());
    const QJsonObject complete = waitFor(
        [&] { return broadcastResource(broadcastId); },
        [](const QJsonObject &b) {
            return str(b, QStringLiteral("status.lifeCycleStatus")) == QLatin1String("complete");
        },
        30000);
    QCOMPARE(str(complete, QStringLiteral("status.lifeCycleStatus")), QStringLiteral("complete"));
    QVERIFY(!str(complete, QStringLiteral("snippet.actualEndTime")).isEmpty());
    const auto again = transition(broadcastId, QStringLiteral("live"));
    QCOMPARE(again.status, 403);
    QCOMPARE(firstErrorReason(again), QStringLiteral("invalidTransition"));
    const auto endedInfo =
        m_http.get(site(QStringLiteral("/embed/") + broadcastId + QStringLiteral("/info"))).json();
    QCOMPARE(endedInfo.value(QStringLiteral("lifeCycleStatus")).toString(),
             QStringLiteral("complete"));

    // The encoder stops: the stream goes inactive (the contract: within 10 s; the wait here is
    // only bounded, not timed).
    stopProcess(encoder);
    const QJsonObject stopped = waitFor([&] { return streamResource(stream.id); },
                                        [](const QJsonObject &s) {
                                            return str(s, QStringLiteral("status.streamStatus")) ==
                                                   QLatin1String("inactive");
                                        },
                                        30000);
    QCOMPARE(str(stopped, QStringLiteral("status.streamStatus")), QStringLiteral("inactive"));
}

void TestSandboxIngest::resolutionMismatchWhileAnotherEncoderPublishes()
{
    const Stream matching = insertStream(QStringLiteral("Wide"), QStringLiteral("720p"));
    const Stream mismatched =
        insertStream(QStringLiteral("Declared 1080p"), QStringLiteral("1080p"));
    QVERIFY(!matching.id.isEmpty() && !mismatched.id.isEmpty());
    QVERIFY(matching.streamName != mismatched.streamName);

    QVERIFY(startEncoder(matching.ingestionAddress + QLatin1Char('/') + matching.streamName,
                         QStringLiteral("1280x720")));
    QVERIFY(startEncoder(mismatched.ingestionAddress + QLatin1Char('/') + mismatched.streamName,
                         QStringLiteral("1280x720")));

    const auto issueTypes = [](const QJsonObject &s) {
        QStringList types;
        const QJsonArray issues = s.value(QStringLiteral("status"))
                                      .toObject()
                                      .value(QStringLiteral("healthStatus"))
                                      .toObject()
                                      .value(QStringLiteral("configurationIssues"))
                                      .toArray();
        for (const QJsonValue &issue : issues)
            types.append(issue.toObject().value(QStringLiteral("type")).toString());
        return types;
    };
    const QJsonObject bad = waitFor(
        [&] { return streamResource(mismatched.id); },
        [&](const QJsonObject &s) {
            return str(s, QStringLiteral("status.streamStatus")) == QLatin1String("active") &&
                   issueTypes(s).contains(QStringLiteral("resolutionMismatch"));
        },
        45000);
    QVERIFY2(issueTypes(bad).contains(QStringLiteral("resolutionMismatch")),
             QJsonDocument(bad).toJson().constData());
    QCOMPARE(str(bad, QStringLiteral("status.streamStatus")), QStringLiteral("active"));
    QVERIFY(str(bad, QStringLiteral("status.healthStatus.status")) != QLatin1String("good"));

    // Both encoders publish at once, each on its own key.
    const QJsonObject good = waitFor(
        [&] { return streamResource(matching.id); },
        [](const QJsonObject &s) {
            return str(s, QStringLiteral("status.streamStatus")) == QLatin1String("active") &&
                   str(s, QStringLiteral("status.healthStatus.status")) == QLatin1String("good");
        },
        30000);
    QCOMPARE(str(good, QStringLiteral("status.streamStatus")), QStringLiteral("active"));
    QCOMPARE(str(good, QStringLiteral("status.healthStatus.status")), QStringLiteral("good"));

    // A second encoder on a key in use is turned away; the first one goes on.
    QProcess *intruder =
        startEncoder(matching.ingestionAddress + QLatin1Char('/') + matching.streamName,
                     QStringLiteral("640x360"));
    QVERIFY(intruder);
    QTRY_VERIFY_WITH_TIMEOUT(intruder->state() == QProcess::NotRunning, 30000);
    QVERIFY(intruder->exitStatus() != QProcess::NormalExit || intruder->exitCode() != 0);
    QCOMPARE(str(streamResource(matching.id), QStringLiteral("status.streamStatus")),
             QStringLiteral("active"));

    // A third encoder without audio: what arrives is reported as it is.
    const Stream silent = insertStream(QStringLiteral("No audio"), QStringLiteral("360p"));
    QVERIFY(!silent.id.isEmpty());
    QVERIFY(startEncoder(silent.ingestionAddress + QLatin1Char('/') + silent.streamName,
                         QStringLiteral("640x360"), false));
    const QJsonObject noAudio = waitFor(
        [&] { return streamResource(silent.id); },
        [&](const QJsonObject &s) {
            return str(s, QStringLiteral("status.streamStatus")) == QLatin1String("active") &&
                   issueTypes(s).contains(QStringLiteral("noAudioStream"));
        },
        45000);
    QVERIFY2(issueTypes(noAudio).contains(QStringLiteral("noAudioStream")),
             QJsonDocument(noAudio).toJson().constData());
    QVERIFY(!issueTypes(noAudio).contains(QStringLiteral("resolutionMismatch")));
    QVERIFY(!issueTypes(noAudio).contains(QStringLiteral("noVideoStream")));
}

QString TestSandboxIngest::broadcastWithEncoder(const QString &title)
{
    const Stream stream = insertStream(title, QStringLiteral("720p"));
    const QJsonObject body{
        {QStringLiteral("snippet"), QJsonObject{{QStringLiteral("title"), title},
                                                {QStringLiteral("scheduledStartTime"),
                                                 QStringLiteral("2030-01-01T18:00:00Z")}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("privacyStatus"), QStringLiteral("private")}}},
        {QStringLiteral("contentDetails"),
         QJsonObject{{QStringLiteral("monitorStream"),
                      QJsonObject{{QStringLiteral("enableMonitorStream"), true}}}}}};
    const auto inserted = m_http.postJson(
        api(QStringLiteral("liveBroadcasts"),
            {{QStringLiteral("part"), QStringLiteral("id,snippet,contentDetails,status")}}),
        body, m_token);
    const QString broadcastId = inserted.json().value(QStringLiteral("id")).toString();
    if (stream.id.isEmpty() || broadcastId.isEmpty())
        return QString();
    const auto bound = m_http.post(api(QStringLiteral("liveBroadcasts/bind"),
                                       {{QStringLiteral("id"), broadcastId},
                                        {QStringLiteral("part"), QStringLiteral("id,status")},
                                        {QStringLiteral("streamId"), stream.id}}),
                                   QByteArray(), "application/json", m_token);
    if (bound.status != 200 ||
        !startEncoder(stream.ingestionAddress + QLatin1Char('/') + stream.streamName,
                      QStringLiteral("1280x720")))
        return QString();
    const QJsonObject active =
        waitFor([&] { return streamResource(stream.id); },
                [](const QJsonObject &s) {
                    return str(s, QStringLiteral("status.streamStatus")) == QLatin1String("active");
                },
                45000);
    return str(active, QStringLiteral("status.streamStatus")) == QLatin1String("active")
               ? broadcastId
               : QString();
}

QVariant TestSandboxIngest::evaluate(QWebEnginePage *page, const QString &script)
{
    auto result = std::make_shared<std::optional<QVariant>>();
    page->runJavaScript(script, [result](const QVariant &value) { *result = value; });
    QElapsedTimer clock;
    clock.start();
    while (!result->has_value() && clock.elapsed() < 10000)
        QTest::qWait(50);
    return result->value_or(QVariant());
}

void TestSandboxIngest::monitorPlayerInABrowser()
{
    const QString broadcastId = broadcastWithEncoder(QStringLiteral("Player check"));
    QVERIFY(!broadcastId.isEmpty());
    QCOMPARE(transition(broadcastId, QStringLiteral("testing")).status, 200);
    const QJsonObject testing = waitFor(
        [&] { return broadcastResource(broadcastId); },
        [](const QJsonObject &b) {
            return str(b, QStringLiteral("status.lifeCycleStatus")) == QLatin1String("testing");
        },
        30000);
    QCOMPARE(str(testing, QStringLiteral("status.lifeCycleStatus")), QStringLiteral("testing"));

    // A page that uses the IFrame Player API exactly as it would with YouTube, only the script
    // comes from the sandbox.
    const QString origin = site(QString()).toString();
    const QString html =
        QStringLiteral("<!DOCTYPE html><html><body style=\"margin:0\"><div id=\"player\"></div>"
                       "<script>var events = []; var player = null;"
                       "function onYouTubeIframeAPIReady() {"
                       "  player = new YT.Player('player', {videoId: '%2', width: 640, height: 360,"
                       "    playerVars: {autoplay: 1, mute: 1, controls: 0},"
                       "    events: {onReady: function () { events.push('ready'); },"
                       "             onStateChange: function (e) { events.push(e.data); }}});"
                       "}</script><script src=\"%1/iframe_api\"></script></body></html>")
            .arg(origin, broadcastId);
    QWebEngineView view;
    view.settings()->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, false);
    view.resize(680, 400);
    view.setHtml(html, QUrl(origin + QStringLiteral("/onair-test-host.html")));
    view.show();

    const QString probe = QStringLiteral(
        "JSON.stringify({events: events, state: player ? player.getPlayerState() : null,"
        " time: player ? player.getCurrentTime() : null, playing: YT.PlayerState.PLAYING})");
    QJsonObject seen;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000) {
        seen = QJsonDocument::fromJson(evaluate(view.page(), probe).toString().toUtf8()).object();
        if (seen.value(QStringLiteral("state")).toInt(-1) == 1 &&
            seen.value(QStringLiteral("time")).toDouble() > 0)
            break;
        QTest::qWait(500);
    }
    const QByteArray dump = QJsonDocument(seen).toJson(QJsonDocument::Compact);
    QVERIFY2(seen.value(QStringLiteral("events")).toArray().contains(QStringLiteral("ready")),
             dump.constData());
    QCOMPARE(seen.value(QStringLiteral("playing")).toInt(), 1);
    QVERIFY2(seen.value(QStringLiteral("state")).toInt(-1) == 1, dump.constData());
    QVERIFY2(seen.value(QStringLiteral("events")).toArray().contains(1), dump.constData());

    // getCurrentTime() counts from the start of the monitor stream (here: of testing), so it
    // can never exceed the time since testing started.
    const double monitorStartMs =
        m_http.get(site(QStringLiteral("/embed/") + broadcastId + QStringLiteral("/info")))
            .json()
            .value(QStringLiteral("monitorStartMs"))
            .toDouble();
    QVERIFY(monitorStartMs > 0);
    const double first =
        evaluate(view.page(), QStringLiteral("player.getCurrentTime()")).toDouble();
    const double elapsed = (QDateTime::currentMSecsSinceEpoch() - monitorStartMs) / 1000.0;
    QVERIFY2(first > 0 && first <= elapsed + 1.0,
             qPrintable(QStringLiteral("%1 s of %2 s").arg(first).arg(elapsed)));
    double later = first;
    clock.restart();
    while (later <= first && clock.elapsed() < 15000) {
        QTest::qWait(250);
        later = evaluate(view.page(), QStringLiteral("player.getCurrentTime()")).toDouble();
    }
    QVERIFY2(later > first, qPrintable(QStringLiteral("%1 then %2").arg(first).arg(later)));
    TestEnvironment::saveScreenshot(&view,
                                    QStringLiteral("sandbox-monitor")); // for a person to look at

    // complete: the player reports ENDED.
    QCOMPARE(transition(broadcastId, QStringLiteral("complete")).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(view.page(), QStringLiteral("player.getPlayerState()")).toInt() == 0, 30000);
}

void TestSandboxIngest::unknownStreamKeyIsRejected()
{
    QProcess *encoder = startEncoder(m_ready.value(QStringLiteral("rtmp")).toString() +
                                         QStringLiteral("/not-a-stream-key-of-the-sandbox"),
                                     QStringLiteral("640x360"));
    QVERIFY(encoder);
    // nginx drops the publisher when the sandbox refuses the key: ffmpeg ends with an error.
    QTRY_VERIFY_WITH_TIMEOUT(encoder->state() == QProcess::NotRunning, 30000);
    QVERIFY(encoder->exitStatus() != QProcess::NormalExit || encoder->exitCode() != 0);
}

void TestSandboxIngest::nginxDiesWhenASandboxIsKilled()
{
    // A second sandbox, killed outright (no chance to clean up): its nginx must not survive.
    QProcess sandbox;
    sandbox.setProgram(QStringLiteral(ONAIR_SANDBOX_EXECUTABLE));
    sandbox.setArguments({QStringLiteral("--port"), QStringLiteral("0"),
                          QStringLiteral("--rtmp-port"), QStringLiteral("0")});
    sandbox.start();
    QVERIFY(sandbox.waitForStarted(10000));
    QElapsedTimer clock;
    clock.start();
    while (!sandbox.canReadLine() && clock.elapsed() < 30000 &&
           sandbox.state() == QProcess::Running)
        sandbox.waitForReadyRead(500);
    const QJsonObject ready = QJsonDocument::fromJson(sandbox.readLine()).object();
    const QList<qint64> nginx = ingestNginxPids(ready.value(QStringLiteral("rtmp")).toString());
    sandbox.kill(); // SIGKILL
    QVERIFY(sandbox.waitForFinished(10000));
    QCOMPARE(nginx.size(), 1);
    const QString proc = QStringLiteral("/proc/%1/cmdline").arg(nginx.first());
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(proc) || QFile(proc).size() == 0, 15000);
}

void TestSandboxIngest::nginxStopsWithTheSandbox()
{
    const QList<qint64> nginx = ingestNginxPids(m_ready.value(QStringLiteral("rtmp")).toString());
    QCOMPARE(nginx.size(), 1);
    QVERIFY(m_sandbox->stop()); // SIGTERM: a clean exit with status 0
    const QString proc = QStringLiteral("/proc/%1/cmdline").arg(nginx.first());
    // Gone, or a zombie waiting for its reaper (an empty cmdline).
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(proc) || QFile(proc).size() == 0, 15000);
}

} // namespace onair::test

int main(int argc, char *argv[])
{
    // Chromium refuses to run as root with its sandbox on; CI runs the suite as root.
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    onair::test::TestSandboxIngest test;
    return QTest::qExec(&test, argc, argv);
}

#include "moc_tst_sandbox_ingest.cpp"
