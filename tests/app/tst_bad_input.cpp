#include "tst_bad_input.h"

#include "ShowDriver.h"
#include "TestEnvironment.h"
#include "google/ErrorMessages.h"
#include "google/youtube/YouTubeClient.h"
#include "show/BroadcastSession.h"

#include <QTest>

#include <memory>

using namespace onair;
using onair::test::ShowDriver;
using onair::test::TestEnvironment;

namespace {
std::unique_ptr<ShowDriver> g_show;

void addBadRows()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"malformed", "truncated", "huge", "wrongtype"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}
} // namespace

void TestBadInput::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    qputenv("ONAIR_SANDBOX_PROGRAM", QByteArray(ONAIR_SANDBOX_EXE));
    g_show = std::make_unique<ShowDriver>();
    QVERIFY2(g_show->startSandbox(), qPrintable(g_show->error()));
    QVERIFY2(g_show->startApp(), qPrintable(g_show->error()));
}

void TestBadInput::init()
{
    QVERIFY(g_show->clearFaults());
}

void TestBadInput::cleanup()
{
    g_show->clearFaults();
}

void TestBadInput::cleanupTestCase()
{
    g_show.reset();
}

void TestBadInput::clientReportsBadResponse_data()
{
    addBadRows();
}

// Each read the session makes, answered badly: a BadResponse with a sentence, never a crash.
void TestBadInput::clientReportsBadResponse()
{
    QFETCH(QString, kind);
    YouTubeClient *client = g_show->app()->client();
    const QString bad = QStringLiteral("bad=") + kind;

    QVERIFY(g_show->addFaults(bad + QStringLiteral("@liveBroadcasts.list")));
    std::optional<Result<Page<LiveBroadcast>>> list;
    client->broadcasts().list(BroadcastFilter::Mine, BroadcastSession::broadcastParts(), {}, 50,
                              this, [&list](Result<Page<LiveBroadcast>> r) { list = r; });
    QTRY_VERIFY_WITH_TIMEOUT(list.has_value(), 30000);
    QVERIFY2(!list->isOk(), "a corrupted list was taken as good");
    QCOMPARE(list->error().kind, ApiError::Kind::BadResponse);
    QVERIFY(!ErrorMessages::describe(list->error()).isEmpty());
    qInfo("%s list: %s", qPrintable(kind), qPrintable(ErrorMessages::describe(list->error())));

    QVERIFY(g_show->addFaults(bad + QStringLiteral("@channels.list")));
    std::optional<Result<Channel>> channel;
    client->channels().mine(this, [&channel](Result<Channel> r) { channel = r; });
    QTRY_VERIFY_WITH_TIMEOUT(channel.has_value(), 30000);
    QVERIFY(!channel->isOk());
    QCOMPARE(channel->error().kind, ApiError::Kind::BadResponse);
}

void TestBadInput::sessionLogsBadResponse_data()
{
    addBadRows();
}

// Through the session: the failure reaches the event log as a sentence with reason
// badResponse, and the session carries on (the next clean read works).
void TestBadInput::sessionLogsBadResponse()
{
    QFETCH(QString, kind);
    BroadcastSession *session = g_show->app()->session();
    if (!session->broadcast())
        QVERIFY2(g_show->createBroadcastAndStream(QStringLiteral("Bad input")),
                 qPrintable(g_show->error()));
    QVERIFY(!session->isBusy() || g_show->waitFor([session] { return !session->isBusy(); }, 30000,
                                                  QStringLiteral("idle")));

    const int before = g_show->logCount(QStringLiteral("badResponse"));
    QVERIFY(g_show->addFaults(QStringLiteral("bad=") + kind + QStringLiteral("@videos.list")));
    session->updateMetadata(QStringLiteral("Bad input ") + kind, QString(),
                            QStringLiteral("unlisted"));
    QTRY_VERIFY2_WITH_TIMEOUT(g_show->logCount(QStringLiteral("badResponse")) > before,
                              qPrintable(g_show->logDump()), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 30000);
    qInfo("%s: %s", qPrintable(kind), qPrintable(g_show->logDump(1)));

    // Polls answered badly are ridden out: the session still reads the broadcast afterwards.
    QVERIFY(g_show->addFaults(QStringLiteral("bad=") + kind +
                              QStringLiteral("x2@liveBroadcasts.list,bad=") + kind +
                              QStringLiteral("x2@liveStreams.list")));
    session->refresh();
    g_show->wait(1500);
    g_show->clearFaults();
    const QString id = session->broadcast()->id;
    session->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(session->broadcast() && session->broadcast()->id == id &&
                                 session->lifeCycle() == LifeCycleStatus::Ready,
                             30000);
}

QTEST_MAIN(TestBadInput)

#include "moc_tst_bad_input.cpp"
