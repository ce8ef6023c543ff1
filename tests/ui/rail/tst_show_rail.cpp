#include "ShowDriver.h"
#include "TestEnvironment.h"
#include "rail/ShowRail.h"
#include "shell/MainWindow.h"
#include "show/BroadcastSession.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace onair;
using onair::test::ShowDriver;
using onair::test::TestEnvironment;

namespace {
constexpr int kStepMs = 60000;
} // namespace

// The show rail follows a real show (the app against the sandbox, the test encoder
// publishing): each stage's state as the operator sees it, and what is next and why not yet.
class TestShowRail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void followsTheShow();

private:
    // "setUp=done test=next …" read from the rail's labels (the stages that apply).
    QString railStates() const;
    QString stateOf(const QString &stage) const;
    QString nextText() const;
    // Why the next step cannot be taken yet (the next step's tooltip).
    QString whyNotYet() const;
    // At `size` (or the window's own size when empty) every stage and the next step show in
    // full; a screenshot is saved as `name`.
    void checkRailFits(const QSize &size, const QString &name);

    std::unique_ptr<ShowDriver> m_show;
};

void TestShowRail::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    qputenv("ONAIR_SANDBOX_PROGRAM", QByteArray(ONAIR_SANDBOX_EXE));
}

QString TestShowRail::stateOf(const QString &stage) const
{
    auto *label =
        m_show->app()->window()->findChild<QLabel *>(QStringLiteral("railStage_") + stage);
    return label ? label->property("stageState").toString() : QStringLiteral("(missing)");
}

QString TestShowRail::railStates() const
{
    QStringList parts;
    for (const char *stage : {"setUp", "test", "live", "end"})
        parts.append(QString::fromLatin1(stage) + QLatin1Char('=') +
                     stateOf(QString::fromLatin1(stage)));
    return parts.join(QLatin1Char(' '));
}

QString TestShowRail::whyNotYet() const
{
    auto *next = m_show->app()->window()->findChild<QLabel *>(QStringLiteral("railNext"));
    return next ? next->toolTip() : QString();
}

QString TestShowRail::nextText() const
{
    auto *next = m_show->app()->window()->findChild<QLabel *>(QStringLiteral("railNext"));
    return next ? next->text() : QString();
}

void TestShowRail::checkRailFits(const QSize &size, const QString &name)
{
    ui::MainWindow *w = m_show->app()->window();
    if (size.isValid())
        w->resize(size);
    QTest::qWait(50); // let the layouts settle
    ui::ShowRail *rail = w->showRail();
    QVERIFY(rail->isVisible());
    QVERIFY2(rail->width() >= rail->minimumSizeHint().width(),
             qPrintable(QStringLiteral("%1: the rail has %2 px, needs %3")
                            .arg(name)
                            .arg(rail->width())
                            .arg(rail->minimumSizeHint().width())));
    const QList<QLabel *> labels = rail->findChildren<QLabel *>();
    QVERIFY(!labels.isEmpty());
    for (QLabel *label : labels) {
        QVERIFY2(label->isVisible(), qPrintable(label->text()));
        QVERIFY2(rail->rect().contains(label->geometry()),
                 qPrintable(name + QStringLiteral(": cut ") + label->text()));
        const int needed =
            label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
        QVERIFY2(label->width() >= (label->wordWrap() ? 1 : label->sizeHint().width()) &&
                     label->height() >= needed,
                 qPrintable(QStringLiteral("%1: \"%2\" is %3x%4, needs %5x%6")
                                .arg(name, label->text())
                                .arg(label->width())
                                .arg(label->height())
                                .arg(label->sizeHint().width())
                                .arg(needed)));
    }
    TestEnvironment::saveScreenshot(w, name);
}

void TestShowRail::followsTheShow()
{
    m_show = std::make_unique<ShowDriver>();
    QVERIFY2(m_show->startSandbox() && m_show->startApp(), qPrintable(m_show->error()));
    ui::MainWindow *w = m_show->app()->window();
    BroadcastSession *session = m_show->app()->session();
    QVERIFY(w->showRail()->isVisible());

    // Nothing open yet: set-up is next; the stages that do not apply say so, greyed.
    QCOMPARE(railStates(), QStringLiteral("setUp=next test=later live=later end=later"));
    for (const char *stage : {"rights", "upload", "reference", "announce"}) {
        auto *label = w->findChild<QLabel *>(QStringLiteral("railStage_") + QLatin1String(stage));
        QVERIFY(label);
        QCOMPARE(label->property("stageState").toString(), QStringLiteral("notAvailable"));
        QVERIFY2(!label->toolTip().isEmpty(), stage);
    }

    // created: set-up is current; the test cannot start before a stream is bound, and the
    // rail says why in the guard's words.
    w->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Rail show"));
    w->findChild<QPushButton *>(QStringLiteral("createBroadcastButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(session->broadcast().has_value(), kStepMs);
    QCOMPARE(session->lifeCycle(), LifeCycleStatus::Created);
    QTRY_COMPARE(railStates(), QStringLiteral("setUp=current test=next live=later end=later"));
    const QString notYet =
        QStringLiteral("Next: %1 (not yet)").arg(BroadcastSession::intentName(Intent::StartTest));
    QCOMPARE(nextText(), notYet);
    QCOMPARE(whyNotYet(), BroadcastSession::explain(TransitionBlock::NoStreamBound));
    QCOMPARE(w->findChild<QLabel *>(QStringLiteral("railStage_test"))->toolTip(), whyNotYet());

    // ready: set-up is done; the test waits for the encoder.
    auto *createStream = w->findChild<QPushButton *>(QStringLiteral("createStreamButton"));
    QTRY_VERIFY_WITH_TIMEOUT(createStream->isEnabled(), kStepMs);
    createStream->click();
    QTRY_VERIFY_WITH_TIMEOUT(session->lifeCycle() == LifeCycleStatus::Ready && session->stream(),
                             kStepMs);
    QTRY_COMPARE(railStates(), QStringLiteral("setUp=done test=next live=later end=later"));
    QCOMPARE(nextText(), notYet);
    QCOMPARE(whyNotYet(), BroadcastSession::explain(TransitionBlock::StreamNotActive));
    // Every stage and the next step show in full at the window's size as built
    // and on a 1280×720 screen.
    checkRailFits({}, QStringLiteral("show-rail-default"));
    if (QTest::currentTestFailed())
        return;
    checkRailFits(QSize(1280, 720), QStringLiteral("show-rail-1280x720"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(m_show->startEncoderAndWaitActive(), qPrintable(m_show->error()));
    QTRY_COMPARE(nextText(),
                 QStringLiteral("Next: %1").arg(BroadcastSession::intentName(Intent::StartTest)));

    // testing, live, complete.
    QVERIFY2(m_show->transition(Intent::StartTest, LifeCycleStatus::Testing),
             qPrintable(m_show->error()));
    QTRY_COMPARE(railStates(), QStringLiteral("setUp=done test=current live=next end=later"));
    QVERIFY2(m_show->transition(Intent::GoLive, LifeCycleStatus::Live),
             qPrintable(m_show->error()));
    QTRY_COMPARE(railStates(), QStringLiteral("setUp=done test=done live=current end=next"));
    QTRY_COMPARE(nextText(),
                 QStringLiteral("Next: %1").arg(BroadcastSession::intentName(Intent::End)));
    QVERIFY2(m_show->transition(Intent::End, LifeCycleStatus::Complete),
             qPrintable(m_show->error()));
    QTRY_COMPARE(railStates(), QStringLiteral("setUp=done test=done live=done end=done"));
    TestEnvironment::saveScreenshot(w, QStringLiteral("show-rail-complete"));
    m_show->stop();
}

QTEST_MAIN(TestShowRail)
#include "tst_show_rail.moc"
