#include "google/youtube/YouTubeClient.h"

#include <QTest>

using namespace onair;

// `--api-root` hands the account's bearer token to the root it names: only https, or plain
// http on this computer (the sandbox), may receive it.
class TestApiRoot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rootCheck_data();
    void rootCheck();
};

void TestApiRoot::rootCheck_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("google") << QStringLiteral("https://youtube.googleapis.com/") << true;
    QTest::newRow("https elsewhere")
        << QStringLiteral("https://proxy.example.org:8443/yt/") << true;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/") << true;
    QTest::newRow("http 127.5.6.7") << QStringLiteral("http://127.5.6.7/") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:9/") << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080/") << true;
    QTest::newRow("http remote") << QStringLiteral("http://youtube.googleapis.com/") << false;
    QTest::newRow("http lan") << QStringLiteral("http://192.168.1.10:8080/") << false;
    QTest::newRow("http 0.0.0.0") << QStringLiteral("http://0.0.0.0:8080/") << false;
    QTest::newRow("http loopback-looking name")
        << QStringLiteral("http://127.0.0.1.example.org/") << false;
    QTest::newRow("http localhost suffix")
        << QStringLiteral("http://localhost.evil.test/") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/") << false;
    QTest::newRow("file") << QStringLiteral("file:///tmp/x") << false;
    QTest::newRow("relative") << QStringLiteral("youtube/v3/") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no host") << QStringLiteral("https:///v3/") << false;
    QTest::newRow("user info") << QStringLiteral("https://user:pw@example.org/") << false;
}

void TestApiRoot::rootCheck()
{
    QFETCH(QString, root);
    QFETCH(bool, accepted);
    const QString why = YouTubeClient::whyRootRefused(QUrl(root, QUrl::StrictMode));
    QCOMPARE(why.isEmpty(), accepted);
    if (!accepted) // the sentence names the root it refuses (without a password)
        QVERIFY2(why.contains(QStringLiteral("API root")), qPrintable(why));
    QVERIFY(!why.contains(QStringLiteral("pw@")));
}

QTEST_GUILESS_MAIN(TestApiRoot)
#include "tst_apiroot.moc"
