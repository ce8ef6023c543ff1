#include "tst_stray_key.h"

#include "TestEnvironment.h"
#include "google/youtube/YouTubeClient.h"
#include "shell/MainWindow.h"
#include "show/BroadcastSession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace onair;
using onair::test::TestEnvironment;

namespace {

QMessageBox *openQuestion(QWidget *window)
{
    for (QMessageBox *box : window->findChildren<QMessageBox *>(QStringLiteral("confirmPrompt")))
        if (box->isVisible())
            return box;
    return nullptr;
}

} // namespace

void TestStrayKey::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
}

void TestStrayKey::strayKeysDoNotStopTheEncoder()
{
    YouTubeClient client(nullptr);
    BroadcastSession session(&client);
    ui::MainWindow w(&session, &client, nullptr);
    w.setSandboxMode(true, QUrl(QStringLiteral("http://127.0.0.1:9/")));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));

    auto *encoder = w.findChild<QPushButton *>(QStringLiteral("testEncoderButton"));
    QVERIFY(encoder && encoder->isVisible());
    for (const char *name : {"testEncoderButton", "goLiveButton", "endButton", "recoverButton"})
        QCOMPARE(w.findChild<QPushButton *>(QString::fromLatin1(name))->focusPolicy(),
                 Qt::TabFocus);

    QSignalSpy toggled(&w, &ui::MainWindow::testEncoderToggled);
    // The operator was reading the event log, then clicks "Start test encoder": it starts at
    // once, and the focus stays where it was.
    auto *log = w.findChild<QWidget *>(QStringLiteral("eventLog"));
    QVERIFY(log);
    log->setFocus(Qt::MouseFocusReason);
    QCOMPARE(QApplication::focusWidget(), log);
    QTest::mouseClick(encoder, Qt::LeftButton);
    QCOMPARE(toggled.size(), 1);
    QCOMPARE(toggled.at(0).at(0).toBool(), true);
    // The click left no focus on it: Space and Enter land elsewhere and stop nothing.
    QCOMPARE(QApplication::focusWidget(), log);
    for (const Qt::Key key : {Qt::Key_Space, Qt::Key_Return, Qt::Key_Enter}) {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &w;
        QTest::keyClick(target, key);
    }
    QTest::qWait(100);
    QCOMPARE(toggled.size(), 1);
    QVERIFY(!openQuestion(&w));

    // Tabbed onto the button on purpose, Space only asks; the question is window-modal and
    // was opened with open(): this test runs on while it shows.
    encoder->setFocus(Qt::TabFocusReason);
    QCOMPARE(QApplication::focusWidget(), encoder);
    QTest::keyClick(encoder, Qt::Key_Space);
    QPointer<QMessageBox> box = openQuestion(&w);
    QVERIFY(box);
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    QCOMPARE(toggled.size(), 1);
    // A second stray key lands on the question: its default is Cancel.
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY(!box || !box->isVisible());
    QCOMPARE(toggled.size(), 1);

    // The shortcut asks too.
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    box = openQuestion(&w);
    QVERIFY(box);
    QCOMPARE(toggled.size(), 1);
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!box || !box->isVisible());
    QCOMPARE(toggled.size(), 1);

    // A deliberate answer stops it.
    QTest::mouseClick(encoder, Qt::LeftButton);
    box = openQuestion(&w);
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(toggled.size(), 2);
    QCOMPARE(toggled.at(1).at(0).toBool(), false);
}

QTEST_MAIN(TestStrayKey)

#include "moc_tst_stray_key.cpp"
