#include "SandboxProcess.h"
#include "ShowDriver.h"
#include "TestEnvironment.h"
#include "google/ErrorMessages.h"
#include "shell/MainWindow.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace onair;
using onair::test::ShowDriver;
using onair::test::TestEnvironment;

namespace {
constexpr int kListMs = 30000;
} // namespace

// The set-up tabs read their lists through core (BroadcastDirectory); a list that cannot be
// read reaches the operator in the tab itself, in the words of ErrorMessages.
class TestSetupLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listErrorReachesThePanel_data();
    void listErrorReachesThePanel();

private:
    std::unique_ptr<ShowDriver> m_show;
};

void TestSetupLists::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    qputenv("ONAIR_SANDBOX_PROGRAM", QByteArray(ONAIR_SANDBOX_EXE));
}

void TestSetupLists::init()
{
    m_show = std::make_unique<ShowDriver>();
    QVERIFY2(m_show->startSandbox() && m_show->startApp(), qPrintable(m_show->error()));
}

void TestSetupLists::cleanup()
{
    m_show.reset();
}

void TestSetupLists::listErrorReachesThePanel_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("refresh");
    QTest::addColumn<QString>("errorLine");
    QTest::addColumn<QString>("list");
    QTest::newRow("upcoming broadcasts") << "liveBroadcasts.list"
                                         << "upcomingRefresh"
                                         << "upcomingError"
                                         << "upcomingList";
    QTest::newRow("reusable streams") << "liveStreams.list"
                                      << "reusableStreamsRefresh"
                                      << "reusableStreamsError"
                                      << "reusableStreams";
}

void TestSetupLists::listErrorReachesThePanel()
{
    QFETCH(QString, method);
    QFETCH(QString, refresh);
    QFETCH(QString, errorLine);
    QFETCH(QString, list);
    ui::MainWindow *w = m_show->app()->window();
    auto *refreshButton = w->findChild<QPushButton *>(refresh);
    auto *error = w->findChild<QLabel *>(errorLine);
    QVERIFY(refreshButton && error && w->findChild<QListWidget *>(list));
    QVERIFY(error->isHidden());

    // The lists read at sign-in are in first.
    QTRY_VERIFY_WITH_TIMEOUT(m_show->sandbox()->requestCount(method) >= 1, kListMs);
    // quotaExceeded is not retried: the one faulted answer is the one the tab gets.
    const int before = m_show->sandbox()->requestCount(method);
    QVERIFY2(m_show->addFaults(QStringLiteral("quota@") + method), qPrintable(m_show->error()));
    refreshButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(!error->isHidden(), kListMs);
    QCOMPARE(error->text(), ErrorMessages::forReason(QStringLiteral("quotaExceeded")));
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(m_show->sandbox()->requestCount(method), before + 1);

    // The next read that works clears it.
    refreshButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(error->isHidden(), kListMs);
    QCOMPARE(m_show->sandbox()->requestCount(method), before + 2);
}

QTEST_MAIN(TestSetupLists)
#include "tst_setup_lists.moc"
