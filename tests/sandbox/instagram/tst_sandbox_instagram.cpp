#include "tst_sandbox_instagram.h"

#include "youtube/RawHttp.h"

#include <QJsonDocument>
#include <QTest>
#include <QUrl>

using onair::test::RawHttp;
using onair::test::SandboxProcess;

namespace {

QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &f : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    return out;
}

} // namespace

void TestSandboxInstagram::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{QStringLiteral("--auto-consent"), QStringLiteral("--no-ingest")});
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    const QJsonObject ready = m_sandbox->readyLine();
    const QString graph = ready.value(QStringLiteral("graph")).toString();
    QVERIFY(graph.startsWith(m_sandbox->api().toString()));
    m_graph = graph.mid(m_sandbox->api().toString().size()) + QStringLiteral("v25.0/");
    m_user = ready.value(QStringLiteral("instagram_user_id")).toString();
    m_token = ready.value(QStringLiteral("instagram_token")).toString();
    QVERIFY(!m_user.isEmpty() && !m_token.isEmpty());
    m_google = m_sandbox->signIn().accessToken;
    QVERIFY(!m_google.isEmpty());
}

void TestSandboxInstagram::init()
{
    // Everything forgotten, sign-in kept; a broadcast whose thumbnail is the image.
    QVERIFY(m_sandbox->control("POST", QStringLiteral("reset"))
                .value(QStringLiteral("reset"))
                .toBool());
    m_sandbox->control("POST", QStringLiteral("instagram/settings"),
                       {{QStringLiteral("processingSeconds"), 0.3}});
    const Response broadcast = m_sandbox->call(
        "POST", QStringLiteral("youtube/v3/liveBroadcasts?part=snippet,status"), m_google,
        {{QStringLiteral("snippet"),
          QJsonObject{
              {QStringLiteral("title"), QStringLiteral("Night show")},
              {QStringLiteral("scheduledStartTime"), QStringLiteral("2030-01-01T20:00:00Z")}}},
         {QStringLiteral("status"),
          QJsonObject{{QStringLiteral("privacyStatus"), QStringLiteral("public")}}}});
    QCOMPARE(broadcast.status, 200);
    m_thumbnail = broadcast.json()
                      .value(QStringLiteral("snippet"))
                      .toObject()
                      .value(QStringLiteral("thumbnails"))
                      .toObject()
                      .value(QStringLiteral("maxres"))
                      .toObject()
                      .value(QStringLiteral("url"))
                      .toString();
}

void TestSandboxInstagram::cleanupTestCase()
{
    if (m_sandbox)
        QVERIFY(m_sandbox->stop());
}

SandboxProcess::Response TestSandboxInstagram::get(const QString &path)
{
    return m_sandbox->request("GET", m_graph + path, {}, {}, m_token);
}

SandboxProcess::Response TestSandboxInstagram::post(const QString &path, const QByteArray &body)
{
    return m_sandbox->request("POST", m_graph + path, body, "application/x-www-form-urlencoded",
                              m_token);
}

QString TestSandboxInstagram::createContainer(const QString &imageUrl, const QString &caption)
{
    const Response r =
        post(m_user + QStringLiteral("/media"),
             form({{QStringLiteral("image_url"), imageUrl}, {QStringLiteral("caption"), caption}}));
    if (r.status != 200)
        qWarning() << r.body;
    return r.json().value(QStringLiteral("id")).toString();
}

QString TestSandboxInstagram::statusOf(const QString &containerId)
{
    return get(containerId + QStringLiteral("?fields=status_code,status"))
        .json()
        .value(QStringLiteral("status_code"))
        .toString();
}

void TestSandboxInstagram::finishProcessing(const QString &containerId)
{
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(containerId), QStringLiteral("FINISHED"), 10000);
}

void TestSandboxInstagram::expectError(const Response &reply, int code, int subcode)
{
    const QJsonObject error = reply.json().value(QStringLiteral("error")).toObject();
    if (error.value(QStringLiteral("code")).toInt() != code)
        qWarning() << reply.body;
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), code);
    QCOMPARE(error.value(QStringLiteral("error_subcode")).toInt(), subcode);
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(!error.value(QStringLiteral("type")).toString().isEmpty());
    QVERIFY(!error.value(QStringLiteral("fbtrace_id")).toString().isEmpty());
}

QJsonObject TestSandboxInstagram::state()
{
    return m_sandbox->control("GET", QStringLiteral("instagram/state"));
}

void TestSandboxInstagram::readyLineAndMe()
{
    const Response me = get(QStringLiteral("me?fields=user_id,username"));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QStringLiteral("user_id")).toString(), m_user);
    QVERIFY(!me.json().value(QStringLiteral("username")).toString().isEmpty());
    QVERIFY(me.header("X-App-Usage").contains("call_count"));
    QVERIFY(me.header("X-Business-Use-Case-Usage").contains(m_user.toUtf8()));
    // The token as a parameter, without the version.
    QCOMPARE(m_sandbox->request("GET", QStringLiteral("graph/me?access_token=") + m_token).status,
             200);
    expectError(get(QStringLiteral("me?fields=nope")), 100, 0);
    // An unknown path: Graph's envelope, not another service's.
    const Response unknown = get(m_user + QStringLiteral("/stickers"));
    QCOMPARE(unknown.status, 400);
    expectError(unknown, 100, 0);
}

void TestSandboxInstagram::tokens()
{
    expectError(m_sandbox->request("GET", m_graph + QStringLiteral("me")), 2500, 0);
    expectError(m_sandbox->request("GET", m_graph + QStringLiteral("me"), {}, {},
                                   QStringLiteral("IGAAbogus")),
                190, 0);
    m_sandbox->control("POST", QStringLiteral("instagram/token"),
                       {{QStringLiteral("passwordChanged"), true}});
    expectError(get(QStringLiteral("me")), 190, 460);
    m_sandbox->control(
        "POST", QStringLiteral("instagram/token"),
        {{QStringLiteral("passwordChanged"), false}, {QStringLiteral("loggedOut"), true}});
    expectError(get(QStringLiteral("me")), 190, 467);
    m_sandbox->control(
        "POST", QStringLiteral("instagram/token"),
        {{QStringLiteral("loggedOut"), false}, {QStringLiteral("expiresInSeconds"), -1}});
    const Response expired = get(QStringLiteral("me"));
    expectError(expired, 190, 463);
    QVERIFY(expired.json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("Session has expired on")));
}

void TestSandboxInstagram::containerToPost()
{
    const QString id = createContainer(m_thumbnail, QStringLiteral("Live now: Night show"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(statusOf(id), QStringLiteral("IN_PROGRESS"));
    const QByteArray publish = form({{QStringLiteral("creation_id"), id}});
    expectError(post(m_user + QStringLiteral("/media_publish"), publish), 9007, 2207027);
    finishProcessing(id);
    const Response published = post(m_user + QStringLiteral("/media_publish"), publish);
    QCOMPARE(published.status, 200);
    const QString mediaId = published.json().value(QStringLiteral("id")).toString();
    QVERIFY(!mediaId.isEmpty());
    QCOMPARE(statusOf(id), QStringLiteral("PUBLISHED"));
    // A second publish of a used container never makes a second post.
    expectError(post(m_user + QStringLiteral("/media_publish"), publish), 24, 2207008);
    const Response media =
        get(mediaId + QStringLiteral("?fields=permalink,shortcode,timestamp,media_product_type"));
    const QString shortcode = media.json().value(QStringLiteral("shortcode")).toString();
    QCOMPARE(media.json().value(QStringLiteral("permalink")).toString(),
             QStringLiteral("https://www.instagram.com/p/%1/").arg(shortcode));
    QVERIFY(media.json()
                .value(QStringLiteral("timestamp"))
                .toString()
                .endsWith(QLatin1String("+0000")));
    QCOMPARE(media.json().value(QStringLiteral("media_product_type")).toString(),
             QStringLiteral("FEED"));
    const QJsonArray list =
        get(m_user + QStringLiteral("/media?fields=id,caption,timestamp,permalink"))
            .json()
            .value(QStringLiteral("data"))
            .toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("caption")).toString(),
             QStringLiteral("Live now: Night show"));
    // The caption switch (the Instagram-Login doubt).
    m_sandbox->control("POST", QStringLiteral("instagram/settings"),
                       {{QStringLiteral("captionReadable"), false}});
    QVERIFY(!get(m_user + QStringLiteral("/media?fields=id,caption"))
                 .json()
                 .value(QStringLiteral("data"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .contains(QStringLiteral("caption")));
    const QJsonArray posts = state().value(QStringLiteral("media")).toArray();
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.at(0).toObject().value(QStringLiteral("imageUrl")).toString(), m_thumbnail);
}

void TestSandboxInstagram::encodings()
{
    // Query on a POST, JSON with a bearer header, form (above): three containers.
    const Response query =
        m_sandbox->request("POST", m_graph + m_user + QStringLiteral("/media?access_token=") +
                                       m_token + QStringLiteral("&image_url=") +
                                       QString::fromLatin1(QUrl::toPercentEncoding(m_thumbnail)) +
                                       QStringLiteral("&caption=by%20query"));
    QCOMPARE(query.status, 200);
    const Response json = m_sandbox->request(
        "POST", m_graph + m_user + QStringLiteral("/media"),
        QJsonDocument(QJsonObject{{QStringLiteral("image_url"), m_thumbnail},
                                  {QStringLiteral("caption"), QStringLiteral("by json")}})
            .toJson(),
        "application/json", {}, {{"Authorization", "OAuth " + m_token.toUtf8()}});
    QCOMPARE(json.status, 200);
    QVERIFY(!createContainer(m_thumbnail, QStringLiteral("by form")).isEmpty());
    const QJsonArray containers = state().value(QStringLiteral("containers")).toArray();
    QCOMPARE(containers.size(), 3);
    QCOMPARE(containers.at(1).toObject().value(QStringLiteral("caption")).toString(),
             QStringLiteral("by json"));
}

void TestSandboxInstagram::imageUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("subcode");
    QTest::newRow("unknown host") << "https://example.com/cover.jpg"
                                  << "" << 0 << 0 << 0 << 9004 << 2207052;
    QTest::newRow("private address") << "http://192.168.1.20/cover.jpg"
                                     << "" << 0 << 0 << 0 << 9004 << 2207052;
    QTest::newRow("loopback, not a thumbnail") << "http://127.0.0.1:9/cover.jpg"
                                               << "" << 0 << 0 << 0 << 9004 << 2207052;
    QTest::newRow("png") << "https://cdn.example.com/a.png"
                         << "image/png" << 1000 << 1080 << 1080 << 36001 << 2207005;
    QTest::newRow("over 8 MiB") << "https://cdn.example.com/big.jpg"
                                << "image/jpeg" << 9 * 1024 * 1024 << 1080 << 1080 << 36000
                                << 2207004;
    QTest::newRow("too wide") << "https://cdn.example.com/wide.jpg"
                              << "image/jpeg" << 1000 << 3000 << 1000 << 36003 << 2207009;
    QTest::newRow("too tall") << "https://cdn.example.com/tall.jpg"
                              << "image/jpeg" << 1000 << 1000 << 1300 << 36003 << 2207009;
    QTest::newRow("a good JPEG") << "https://cdn.example.com/ok.jpg"
                                 << "image/jpeg" << 1000 << 1080 << 1350 << 0 << 0;
}

void TestSandboxInstagram::imageUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, mimeType);
    QFETCH(int, bytes);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, code);
    QFETCH(int, subcode);
    if (!mimeType.isEmpty())
        m_sandbox->control("POST", QStringLiteral("kernel/media-urls"),
                           {{QStringLiteral("url"), url},
                            {QStringLiteral("mimeType"), mimeType},
                            {QStringLiteral("bytes"), bytes},
                            {QStringLiteral("width"), width},
                            {QStringLiteral("height"), height}});
    const Response r = post(m_user + QStringLiteral("/media"),
                            form({{QStringLiteral("image_url"), url},
                                  {QStringLiteral("caption"), QStringLiteral("x")}}));
    if (code == 0) {
        QCOMPARE(r.status, 200);
    } else {
        QCOMPARE(r.status, 400);
        expectError(r, code, subcode);
    }
}

void TestSandboxInstagram::publishingLimit()
{
    const QString tooLong(2201, QLatin1Char('x'));
    expectError(
        post(m_user + QStringLiteral("/media"), form({{QStringLiteral("image_url"), m_thumbnail},
                                                      {QStringLiteral("caption"), tooLong}})),
        36004, 2207010);
    QVERIFY(!createContainer(m_thumbnail, QString(2200, QLatin1Char('x'))).isEmpty());
    m_sandbox->control(
        "POST", QStringLiteral("instagram/settings"),
        {{QStringLiteral("quotaTotal"), 2}, {QStringLiteral("processingSeconds"), 0}});
    const auto publishNew = [&] {
        return post(m_user + QStringLiteral("/media_publish"),
                    form({{QStringLiteral("creation_id"), createContainer(m_thumbnail)}}));
    };
    QCOMPARE(publishNew().status, 200);
    QCOMPARE(publishNew().status, 200);
    expectError(publishNew(), 9, 2207042);
    const QJsonObject limit =
        get(m_user + QStringLiteral("/content_publishing_limit?fields=quota_usage,config"))
            .json()
            .value(QStringLiteral("data"))
            .toArray()
            .at(0)
            .toObject();
    QCOMPARE(limit.value(QStringLiteral("quota_usage")).toInt(), 2);
    QCOMPARE(limit.value(QStringLiteral("config"))
                 .toObject()
                 .value(QStringLiteral("quota_total"))
                 .toInt(),
             2);
    QCOMPARE(limit.value(QStringLiteral("config"))
                 .toObject()
                 .value(QStringLiteral("quota_duration"))
                 .toInt(),
             86400);
    // A rolling day: a day later the window is free again.
    m_sandbox->control("POST", QStringLiteral("instagram/clock"),
                       {{QStringLiteral("advanceSeconds"), 86401}});
    QCOMPARE(publishNew().status, 200);
    QCOMPARE(state().value(QStringLiteral("media")).toArray().size(), 3);
}

void TestSandboxInstagram::expiredContainer()
{
    const QString id = createContainer(m_thumbnail);
    finishProcessing(id);
    m_sandbox->control("POST", QStringLiteral("instagram/clock"),
                       {{QStringLiteral("advanceSeconds"), 24 * 3600}});
    QCOMPARE(statusOf(id), QStringLiteral("EXPIRED"));
    expectError(post(m_user + QStringLiteral("/media_publish"),
                     form({{QStringLiteral("creation_id"), id}})),
                24, 2207008);
    QCOMPARE(state().value(QStringLiteral("media")).toArray().size(), 0);
}

void TestSandboxInstagram::refresh()
{
    const QString path =
        QStringLiteral("graph/refresh_access_token?grant_type=ig_refresh_token&access_token=");
    m_sandbox->control("POST", QStringLiteral("instagram/token"),
                       {{QStringLiteral("ageSeconds"), 3600}});
    QCOMPARE(m_sandbox->request("GET", path + m_token).status, 400); // under 24 h old
    QCOMPARE(
        m_sandbox
            ->request("GET",
                      QStringLiteral(
                          "graph/refresh_access_token?grant_type=fb_exchange_token&access_token=") +
                          m_token)
            .status,
        400);
    m_sandbox->control("POST", QStringLiteral("instagram/token"),
                       {{QStringLiteral("ageSeconds"), 50 * 86400}});
    const Response refreshed = m_sandbox->request("GET", path + m_token);
    QCOMPARE(refreshed.status, 200);
    const QString fresh = refreshed.json().value(QStringLiteral("access_token")).toString();
    QCOMPARE(refreshed.json().value(QStringLiteral("expires_in")).toInt(), 60 * 86400);
    QCOMPARE(m_sandbox->request("GET", m_graph + QStringLiteral("me"), {}, {}, fresh).status, 200);
    m_sandbox->control("POST", QStringLiteral("instagram/token"),
                       {{QStringLiteral("expiresInSeconds"), -10}});
    expectError(m_sandbox->request("GET", path + m_token), 190, 463);
}

void TestSandboxInstagram::faults()
{
    const auto fault = [&](const QString &spec) {
        const QJsonObject r =
            m_sandbox->control("POST", QStringLiteral("faults"), {{QStringLiteral("spec"), spec}});
        QVERIFY2(!r.contains(QStringLiteral("error")), qPrintable(spec));
    };
    m_sandbox->control("POST", QStringLiteral("instagram/settings"),
                       {{QStringLiteral("processingSeconds"), 0}});
    const auto publishOver = [&](RawHttp &raw, const QString &id) {
        const QByteArray body =
            form({{QStringLiteral("creation_id"), id}, {QStringLiteral("access_token"), m_token}});
        QVERIFY(raw.sendHead("POST", m_graph + m_user + QStringLiteral("/media_publish"),
                             {{"Content-Type", "application/x-www-form-urlencoded"},
                              {"Content-Length", QByteArray::number(body.size())}}));
        QVERIFY(raw.send(body));
    };
    // Commit then drop on media_publish (over a socket of its own: Qt would resend it).
    const QString dropped = createContainer(m_thumbnail);
    fault(QStringLiteral("drop@instagram:media_publish"));
    RawHttp raw(quint16(m_sandbox->api().port()));
    publishOver(raw, dropped);
    QCOMPARE(raw.readResponse(5000).status, 0);
    QCOMPARE(statusOf(dropped), QStringLiteral("PUBLISHED"));
    QCOMPARE(state().value(QStringLiteral("media")).toArray().size(), 1);
    // Reject but commit: 4/2207051, yet live.
    const QString rejected = createContainer(m_thumbnail);
    fault(QStringLiteral("commit=spam@instagram:media_publish"));
    expectError(post(m_user + QStringLiteral("/media_publish"),
                     form({{QStringLiteral("creation_id"), rejected}})),
                4, 2207051);
    QCOMPARE(statusOf(rejected), QStringLiteral("PUBLISHED"));
    QCOMPARE(state().value(QStringLiteral("media")).toArray().size(), 2);
    // Commit then drop on the create: an orphan container.
    fault(QStringLiteral("drop@instagram:media"));
    RawHttp rawCreate(quint16(m_sandbox->api().port()));
    const QByteArray create = form(
        {{QStringLiteral("image_url"), m_thumbnail}, {QStringLiteral("access_token"), m_token}});
    QVERIFY(rawCreate.sendHead("POST", m_graph + m_user + QStringLiteral("/media"),
                               {{"Content-Type", "application/x-www-form-urlencoded"},
                                {"Content-Length", QByteArray::number(create.size())}}));
    QVERIFY(rawCreate.send(create));
    QCOMPARE(rawCreate.readResponse(5000).status, 0);
    QCOMPARE(state().value(QStringLiteral("containers")).toArray().size(), 3);
    // Stuck, processing error (with and without status_code).
    fault(QStringLiteral("outcome=stuck@instagram:media,outcome=error@instagram:media,outcome="
                         "errorempty@instagram:media"));
    const QString stuck = createContainer(m_thumbnail);
    const QString failed = createContainer(m_thumbnail);
    const QString empty = createContainer(m_thumbnail);
    QCOMPARE(statusOf(stuck), QStringLiteral("IN_PROGRESS"));
    QCOMPARE(statusOf(failed), QStringLiteral("ERROR"));
    const QJsonObject emptyStatus =
        get(empty + QStringLiteral("?fields=status_code,status")).json();
    QCOMPARE(emptyStatus.value(QStringLiteral("status_code")).toString(QStringLiteral("absent")),
             QString());
    QVERIFY(emptyStatus.value(QStringLiteral("status"))
                .toString()
                .startsWith(QLatin1String("Error: Media download has failed")));
    expectError(post(m_user + QStringLiteral("/media_publish"),
                     form({{QStringLiteral("creation_id"), failed}})),
                -1, 2207032);
    // Throttling (HTTP 400, usage at 100 %), a transient server error, a transient read, quota.
    fault(QStringLiteral("reason=throttle80002@instagram:media_publish"));
    const Response throttled = post(m_user + QStringLiteral("/media_publish"),
                                    form({{QStringLiteral("creation_id"), stuck}}));
    QCOMPARE(throttled.status, 400);
    expectError(throttled, 80002, 0);
    QVERIFY(throttled.header("X-App-Usage").contains("\"call_count\":100"));
    fault(QStringLiteral("error=500@instagram:node"));
    const Response server = get(stuck + QStringLiteral("?fields=status_code"));
    QCOMPARE(server.status, 500);
    QVERIFY(server.json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("is_transient"))
                .toBool());
    fault(QStringLiteral("reason=transient@instagram:node"));
    expectError(get(stuck + QStringLiteral("?fields=status_code")), 100, 33);
    fault(QStringLiteral("quota@instagram:media_publish,reason=tokenexpired@instagram:me,reason="
                         "permission@instagram:media"));
    expectError(post(m_user + QStringLiteral("/media_publish"),
                     form({{QStringLiteral("creation_id"), stuck}})),
                9, 2207042);
    expectError(get(QStringLiteral("me")), 190, 463);
    expectError(
        post(m_user + QStringLiteral("/media"), form({{QStringLiteral("image_url"), m_thumbnail}})),
        10, 0);
    QCOMPARE(state().value(QStringLiteral("media")).toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestSandboxInstagram)

#include "moc_tst_sandbox_instagram.cpp"
