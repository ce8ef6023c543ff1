#include "monitor/MonitorEmbed.h"

#include <QTest>

using namespace onair;

class TestMonitorEmbed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void playerPage();
    void allowedOrigins();
};

namespace {
const QUrl kSandbox(QStringLiteral("http://127.0.0.1:40123/"));

QString iframe(const QString &src)
{
    return QStringLiteral("<iframe width=\"425\" height=\"344\" src=\"%1\" frameborder=\"0\" "
                          "allowfullscreen></iframe>")
        .arg(src);
}
} // namespace

void TestMonitorEmbed::accepts_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("videoId");
    QTest::addColumn<QString>("origin");

    const QString yt = QStringLiteral("https://www.youtube.com");
    QTest::newRow("youtube") << iframe(QStringLiteral("https://www.youtube.com/embed/dQw4w9WgXcQ"))
                             << "dQw4w9WgXcQ" << yt;
    QTest::newRow("protocol-relative")
        << iframe(QStringLiteral("//www.youtube.com/embed/dQw4w9WgXcQ?autoplay=1&amp;mute=1"))
        << "dQw4w9WgXcQ" << yt;
    QTest::newRow("http upgraded")
        << iframe(QStringLiteral("http://www.youtube.com/embed/dQw4w9WgXcQ")) << "dQw4w9WgXcQ"
        << yt;
    QTest::newRow("no www") << iframe(QStringLiteral("https://youtube.com/embed/abcdefghijk"))
                            << "abcdefghijk" << yt;
    QTest::newRow("nocookie") << iframe(QStringLiteral(
                                     "https://www.youtube-nocookie.com/embed/A_b-C_d-E_f"))
                              << "A_b-C_d-E_f" << yt;
    QTest::newRow("single quotes")
        << QStringLiteral("<IFRAME src='https://www.youtube.com/embed/dQw4w9WgXcQ'></IFRAME>")
        << "dQw4w9WgXcQ" << yt;
    QTest::newRow("sandbox") << iframe(QStringLiteral("http://127.0.0.1:40123/embed/Xy12_ab-9Qz"))
                             << "Xy12_ab-9Qz"
                             << "http://127.0.0.1:40123";
    QTest::newRow("sandbox with query")
        << iframe(QStringLiteral("http://127.0.0.1:40123/embed/Xy12_ab-9Qz?enablejsapi=1"))
        << "Xy12_ab-9Qz"
        << "http://127.0.0.1:40123";
}

void TestMonitorEmbed::accepts()
{
    QFETCH(QString, html);
    QFETCH(QString, videoId);
    QFETCH(QString, origin);
    const MonitorEmbedCheck check = MonitorEmbed::fromEmbedHtml(html, kSandbox);
    QVERIFY2(check.embed.has_value(), qPrintable(check.error));
    QCOMPARE(check.embed->videoId, videoId);
    QCOMPARE(check.embed->playerOrigin.toString(QUrl::StripTrailingSlash), origin);
    QVERIFY(check.error.isEmpty());
}

void TestMonitorEmbed::refuses_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("empty") << QString();
    QTest::newRow("no iframe") << QStringLiteral(
        "<div>https://www.youtube.com/embed/dQw4w9WgXcQ</div>");
    QTest::newRow("no src") << QStringLiteral("<iframe width=1></iframe>");
    QTest::newRow("foreign host") << iframe(
        QStringLiteral("https://evil.example/embed/dQw4w9WgXcQ"));
    QTest::newRow("lookalike host")
        << iframe(QStringLiteral("https://www.youtube.com.evil.example/embed/dQw4w9WgXcQ"));
    QTest::newRow("userinfo trick")
        << iframe(QStringLiteral("https://www.youtube.com@evil.example/embed/dQw4w9WgXcQ"));
    QTest::newRow("javascript") << iframe(QStringLiteral("javascript:alert(1)"));
    QTest::newRow("data") << iframe(QStringLiteral("data:text/html,<script>alert(1)</script>"));
    QTest::newRow("file") << iframe(QStringLiteral("file:///etc/passwd"));
    QTest::newRow("youtube non-embed path")
        << iframe(QStringLiteral("https://www.youtube.com/watch?v=dQw4w9WgXcQ"));
    QTest::newRow("youtube deep path")
        << iframe(QStringLiteral("https://www.youtube.com/embed/dQw4w9WgXcQ/extra"));
    QTest::newRow("youtube short id")
        << iframe(QStringLiteral("https://www.youtube.com/embed/abc"));
    QTest::newRow("id with script")
        << iframe(QStringLiteral("https://www.youtube.com/embed/a%27);alert(1)//"));
    QTest::newRow("sandbox other port")
        << iframe(QStringLiteral("http://127.0.0.1:40124/embed/Xy12_ab-9Qz"));
    QTest::newRow("sandbox other path")
        << iframe(QStringLiteral("http://127.0.0.1:40123/_sandbox/faults"));
    QTest::newRow("sandbox https") << iframe(QStringLiteral("https://127.0.0.1:40123/embed/x"));
    QTest::newRow("youtube ftp") << iframe(
        QStringLiteral("ftp://www.youtube.com/embed/dQw4w9WgXcQ"));
}

void TestMonitorEmbed::refuses()
{
    QFETCH(QString, html);
    const MonitorEmbedCheck check = MonitorEmbed::fromEmbedHtml(html, kSandbox);
    QVERIFY(!check.embed.has_value());
    QVERIFY(!check.error.isEmpty());
}

void TestMonitorEmbed::playerPage()
{
    const MonitorEmbed sandbox =
        *MonitorEmbed::fromEmbedHtml(
             iframe(QStringLiteral("http://127.0.0.1:40123/embed/Xy12_ab-9Qz")), kSandbox)
             .embed;
    const QString page = sandbox.playerPageHtml();
    QVERIFY(page.contains(QLatin1String("<script src=\"http://127.0.0.1:40123/iframe_api\">")));
    QVERIFY(page.contains(QLatin1String("videoId: 'Xy12_ab-9Qz'")));
    QVERIFY(page.contains(QLatin1String("frame-src http://127.0.0.1:40123;")));
    QVERIFY(!page.contains(QLatin1String("<iframe")));

    const MonitorEmbed yt =
        *MonitorEmbed::fromEmbedHtml(
             iframe(QStringLiteral("https://www.youtube.com/embed/dQw4w9WgXcQ")), kSandbox)
             .embed;
    QVERIFY(yt.playerPageHtml().contains(
        QLatin1String("<script src=\"https://www.youtube.com/iframe_api\">")));
}

void TestMonitorEmbed::allowedOrigins()
{
    const MonitorEmbed sandbox =
        *MonitorEmbed::fromEmbedHtml(
             iframe(QStringLiteral("http://127.0.0.1:40123/embed/Xy12_ab-9Qz")), kSandbox)
             .embed;
    QVERIFY(
        sandbox.isAllowedOrigin(QUrl(QStringLiteral("http://127.0.0.1:40123/hls/x/index.m3u8"))));
    QVERIFY(!sandbox.isAllowedOrigin(QUrl(QStringLiteral("http://127.0.0.1:40124/"))));
    QVERIFY(!sandbox.isAllowedOrigin(QUrl(QStringLiteral("https://www.youtube.com/"))));

    const MonitorEmbed yt =
        *MonitorEmbed::fromEmbedHtml(
             iframe(QStringLiteral("https://www.youtube.com/embed/dQw4w9WgXcQ")), kSandbox)
             .embed;
    QVERIFY(yt.isAllowedOrigin(QUrl(QStringLiteral("https://i.ytimg.com/vi/x/hq.jpg"))));
    QVERIFY(yt.isAllowedOrigin(
        QUrl(QStringLiteral("https://rr1---sn-x.googlevideo.com/videoplayback"))));
    QVERIFY(!yt.isAllowedOrigin(QUrl(QStringLiteral("http://i.ytimg.com/vi/x/hq.jpg"))));
    QVERIFY(!yt.isAllowedOrigin(QUrl(QStringLiteral("https://evil.example/"))));
    QVERIFY(!yt.isAllowedOrigin(QUrl(QStringLiteral("http://127.0.0.1:40123/"))));
}

QTEST_GUILESS_MAIN(TestMonitorEmbed)
#include "tst_monitorembed.moc"
