#include "tst_shortcuts.h"

#include "TestEnvironment.h"
#include "adbreaks/AdBreakShortcuts.h"
#include "cuepoint/BreakTrigger.h"
#include "shortcuts/ShortcutRegistry.h"
#include "shortcuts/ShortcutSettingsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using onair::BreakTrigger;
using onair::test::TestEnvironment;
using onair::ui::AdBreakShortcuts;
using onair::ui::ShortcutRegistry;
using onair::ui::ShortcutSettingsDialog;

namespace {

const QList<quint32> kPresets{30, 60, 90, 120};

QKeySequence keys(const char *portable)
{
    return QKeySequence::fromString(QString::fromLatin1(portable), QKeySequence::PortableText);
}

} // namespace

void TestShortcuts::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    QCoreApplication::setOrganizationName(QStringLiteral("OnAirTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_shortcuts"));
}

void TestShortcuts::init()
{
    QSettings settings;
    settings.remove(QStringLiteral("shortcuts"));
}

void TestShortcuts::adBreakDefaults()
{
    ShortcutRegistry registry;
    AdBreakShortcuts::registerActions(registry, 30, kPresets);
    QCOMPARE(registry.ids(),
             (QStringList{QStringLiteral("adBreak.now"), QStringLiteral("adBreak.preset1"),
                          QStringLiteral("adBreak.preset2"), QStringLiteral("adBreak.preset3"),
                          QStringLiteral("adBreak.preset4"), QStringLiteral("adBreak.atOffset"),
                          QStringLiteral("adBreak.atWallTime")}));
    QCOMPARE(registry.sequence(AdBreakShortcuts::breakNowId()), QKeySequence(Qt::Key_F9));
    QCOMPARE(registry.sequence(AdBreakShortcuts::presetId(0)), keys("Ctrl+1"));
    QCOMPARE(registry.sequence(AdBreakShortcuts::presetId(3)), keys("Ctrl+4"));
    QCOMPARE(registry.sequence(AdBreakShortcuts::atOffsetId()), keys("Shift+F9"));
    QCOMPARE(registry.sequence(AdBreakShortcuts::atWallTimeId()), keys("Ctrl+F9"));
    QCOMPARE(registry.name(AdBreakShortcuts::presetId(2)),
             QStringLiteral("Ad break now, preset 3 (90 s)"));
    QCOMPARE(registry.name(AdBreakShortcuts::breakNowId()), QStringLiteral("Ad break now (30 s)"));
    QVERIFY(registry.conflicts().isEmpty());
    for (const QString &id : registry.ids()) {
        QAction *action = registry.action(id);
        QVERIFY(action);
        QCOMPARE(action->objectName(), id);
        QCOMPARE(action->shortcut(), registry.sequence(id));
        QCOMPARE(action->shortcut(), registry.defaultSequence(id));
        QVERIFY2(!action->autoRepeat(), qPrintable(id));
        QVERIFY(!registry.isOverridden(id));
    }
}

void TestShortcuts::presetListChanges()
{
    ShortcutRegistry registry;
    AdBreakShortcuts::registerActions(registry, 30, kPresets);
    QAction *now = registry.action(AdBreakShortcuts::breakNowId());
    // Fewer presets, another default duration: the extra actions go, the others are renamed
    // and keep their QAction.
    AdBreakShortcuts::registerActions(registry, 45, {15, 45});
    QCOMPARE(registry.action(AdBreakShortcuts::breakNowId()), now);
    QCOMPARE(now->text(), QStringLiteral("Ad break now (45 s)"));
    QVERIFY(registry.action(AdBreakShortcuts::presetId(1)));
    QVERIFY(!registry.action(AdBreakShortcuts::presetId(2)));
    QVERIFY(!registry.action(AdBreakShortcuts::presetId(3)));
    QCOMPARE(registry.ids().size(), 5);
    // More than nine presets: nine shortcuts.
    AdBreakShortcuts::registerActions(registry, 30, QList<quint32>(12, 30));
    QVERIFY(registry.action(AdBreakShortcuts::presetId(8)));
    QCOMPARE(registry.sequence(AdBreakShortcuts::presetId(8)), keys("Ctrl+9"));
    QVERIFY(!registry.action(AdBreakShortcuts::presetId(9)));
    QVERIFY(registry.conflicts().isEmpty());
}

void TestShortcuts::conflictDetection()
{
    ShortcutRegistry registry;
    AdBreakShortcuts::registerActions(registry, 30, kPresets);
    // Another part of the app registers a default that is already taken.
    registry.registerAction(QStringLiteral("show.goLive"), QStringLiteral("Go live"),
                            QKeySequence(Qt::Key_F9));
    const QList<ShortcutRegistry::Conflict> conflicts = registry.conflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().sequence, QKeySequence(Qt::Key_F9));
    QCOMPARE(conflicts.first().ids,
             (QStringList{AdBreakShortcuts::breakNowId(), QStringLiteral("show.goLive")}));
    QCOMPARE(registry.conflictsWith(QKeySequence(Qt::Key_F9)), conflicts.first().ids);
    QCOMPARE(registry.conflictsWith(QKeySequence(Qt::Key_F9), QStringLiteral("show.goLive")),
             QStringList{AdBreakShortcuts::breakNowId()});

    // Binding onto a taken sequence is refused and names the holder.
    QStringList holders;
    QVERIFY(!registry.setSequence(AdBreakShortcuts::presetId(0), keys("Shift+F9"), &holders));
    QCOMPARE(holders, QStringList{AdBreakShortcuts::atOffsetId()});
    QCOMPARE(registry.sequence(AdBreakShortcuts::presetId(0)), keys("Ctrl+1"));

    // A prefix clashes too: Ctrl+K would shadow Ctrl+K, Ctrl+C.
    QVERIFY(ShortcutRegistry::clash(keys("Ctrl+K"), keys("Ctrl+K, Ctrl+C")));
    QVERIFY(ShortcutRegistry::clash(keys("Ctrl+K, Ctrl+C"), keys("Ctrl+K")));
    QVERIFY(!ShortcutRegistry::clash(keys("Ctrl+K, Ctrl+C"), keys("Ctrl+C")));
    QVERIFY(!ShortcutRegistry::clash(QKeySequence(), QKeySequence()));

    // Resolving it: the new action moves away, and the registry is clean again.
    QVERIFY(registry.setSequence(QStringLiteral("show.goLive"), keys("Ctrl+Shift+L")));
    QVERIFY(registry.conflicts().isEmpty());

    // A batch that would conflict is refused as a whole.
    QList<ShortcutRegistry::Conflict> found;
    QVERIFY(!registry.applySequences(
        {{AdBreakShortcuts::presetId(0), keys("F5")}, {AdBreakShortcuts::presetId(1), keys("F5")}},
        &found));
    QCOMPARE(found.size(), 1);
    QCOMPARE(registry.sequence(AdBreakShortcuts::presetId(0)), keys("Ctrl+1"));
    // Swapping two keys in one batch is fine.
    QVERIFY(registry.applySequences({{AdBreakShortcuts::presetId(0), keys("Ctrl+2")},
                                     {AdBreakShortcuts::presetId(1), keys("Ctrl+1")}}));
    QCOMPARE(registry.action(AdBreakShortcuts::presetId(0))->shortcut(), keys("Ctrl+2"));
}

void TestShortcuts::overrideSavedAndReloaded()
{
    {
        ShortcutRegistry registry;
        AdBreakShortcuts::registerActions(registry, 30, kPresets);
        QSignalSpy changed(&registry, &ShortcutRegistry::sequenceChanged);
        QVERIFY(registry.setSequence(AdBreakShortcuts::breakNowId(), keys("F10")));
        QVERIFY(registry.setSequence(AdBreakShortcuts::atWallTimeId(), QKeySequence()));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.first().at(0).toString(), AdBreakShortcuts::breakNowId());
        QCOMPARE(registry.action(AdBreakShortcuts::breakNowId())->shortcut(), keys("F10"));
    }
    QCOMPARE(QSettings().value(QStringLiteral("shortcuts/adBreak.now")).toString(),
             QStringLiteral("F10"));
    {
        // As after a restart: a new registry reads the overrides back.
        ShortcutRegistry registry;
        AdBreakShortcuts::registerActions(registry, 30, kPresets);
        QCOMPARE(registry.sequence(AdBreakShortcuts::breakNowId()), keys("F10"));
        QCOMPARE(registry.action(AdBreakShortcuts::breakNowId())->shortcut(), keys("F10"));
        QVERIFY(registry.isOverridden(AdBreakShortcuts::breakNowId()));
        QVERIFY(registry.sequence(AdBreakShortcuts::atWallTimeId()).isEmpty());
        QVERIFY(!registry.isOverridden(AdBreakShortcuts::presetId(0)));
        registry.resetToDefault(AdBreakShortcuts::breakNowId());
        QCOMPARE(registry.sequence(AdBreakShortcuts::breakNowId()), QKeySequence(Qt::Key_F9));
        QVERIFY(!QSettings().contains(QStringLiteral("shortcuts/adBreak.now")));
        // Setting the default back removes the override instead of storing it.
        QVERIFY(registry.setSequence(AdBreakShortcuts::atWallTimeId(), keys("Ctrl+F9")));
        QVERIFY(!QSettings().contains(QStringLiteral("shortcuts/adBreak.atWallTime")));
    }
    {
        ShortcutRegistry registry;
        AdBreakShortcuts::registerActions(registry, 30, kPresets);
        QCOMPARE(registry.sequence(AdBreakShortcuts::breakNowId()), QKeySequence(Qt::Key_F9));
        QCOMPARE(registry.sequence(AdBreakShortcuts::atWallTimeId()), keys("Ctrl+F9"));
        QVERIFY(registry.setSequence(AdBreakShortcuts::presetId(2), keys("Alt+3")));
        registry.resetAllToDefaults();
        QCOMPARE(registry.sequence(AdBreakShortcuts::presetId(2)), keys("Ctrl+3"));
        QVERIFY(QSettings().childKeys().isEmpty() ||
                !QSettings().contains(QStringLiteral("shortcuts/adBreak.preset3")));
    }
}

void TestShortcuts::unreadableOverrideIgnored()
{
    QSettings().setValue(QStringLiteral("shortcuts/adBreak.now"), QStringLiteral("Ctrl+Bogus+"));
    QTest::ignoreMessage(QtWarningMsg, "ignoring the unreadable saved shortcut \"Ctrl+Bogus+\" "
                                       "for \"adBreak.now\"");
    ShortcutRegistry registry;
    AdBreakShortcuts::registerActions(registry, 30, kPresets);
    QCOMPARE(registry.sequence(AdBreakShortcuts::breakNowId()), QKeySequence(Qt::Key_F9));
}

void TestShortcuts::keyPressTriggersOnce()
{
    QWidget host;
    host.resize(320, 200);
    ShortcutRegistry registry;
    AdBreakShortcuts::registerActions(registry, 30, kPresets);
    registry.setHost(&host);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    // Window shortcuts need the active window; Xvfb has no window manager to give it.
    host.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&host));

    // The panel's wiring, in small: every trigger goes through BreakTrigger, and each Send
    // is one cuepoint.
    qint64 now = 1'795'000'000'000;
    BreakTrigger trigger([&now] { return now; });
    int triggered = 0;
    int cuepoints = 0;
    int asked = 0;
    const auto fire = [&] {
        ++triggered;
        switch (trigger.press(false)) {
        case BreakTrigger::Decision::Send:
            ++cuepoints;
            trigger.breakPlaced(now, 30);
            break;
        case BreakTrigger::Decision::AskConfirmation:
            ++asked;
            break;
        case BreakTrigger::Decision::IgnoreRepeat:
        case BreakTrigger::Decision::IgnoreWithinGuard:
        case BreakTrigger::Decision::RefuseWhileRunning:
            break;
        }
    };
    QObject::connect(registry.action(AdBreakShortcuts::breakNowId()), &QAction::triggered, &host,
                     fire);

    QTest::keyClick(&host, Qt::Key_F9);
    QCOMPARE(triggered, 1);
    QCOMPARE(cuepoints, 1);

    // The key held down: the window system sends auto-repeat presses. None reaches the action.
    for (int i = 0; i < 5; ++i)
        QTest::simulateEvent(&host, true, Qt::Key_F9, Qt::NoModifier, QString(), true);
    QTest::simulateEvent(&host, false, Qt::Key_F9, Qt::NoModifier, QString(), false);
    QCOMPARE(triggered, 1);
    QCOMPARE(cuepoints, 1);

    // A quick second press is a double press: triggered, but no second cuepoint.
    now += 300;
    QTest::keyClick(&host, Qt::Key_F9);
    QCOMPARE(triggered, 2);
    QCOMPARE(cuepoints, 1);

    // Later, while the 30 s break runs: the operator is asked first.
    now += 10'000;
    QTest::keyClick(&host, Qt::Key_F9);
    QCOMPARE(asked, 1);
    QCOMPARE(cuepoints, 1);

    // After the break, a press sends again.
    now += 30'000;
    QTest::keyClick(&host, Qt::Key_F9);
    QCOMPARE(cuepoints, 2);

    // Rebinding takes effect at once.
    QVERIFY(registry.setSequence(AdBreakShortcuts::breakNowId(), keys("F10")));
    now += 60'000;
    QTest::keyClick(&host, Qt::Key_F9); // no longer bound
    QCOMPARE(triggered, 4);
    QTest::keyClick(&host, Qt::Key_F10);
    QCOMPARE(triggered, 5);
    QCOMPARE(cuepoints, 3);

    // A preset shortcut reaches its own action only.
    QSignalSpy preset2(registry.action(AdBreakShortcuts::presetId(1)), &QAction::triggered);
    QTest::keyClick(&host, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(preset2.size(), 1);
    QCOMPARE(triggered, 5);
}

void TestShortcuts::dialogRefusesConflict()
{
    ShortcutRegistry registry;
    AdBreakShortcuts::registerActions(registry, 30, kPresets);
    ShortcutSettingsDialog dialog(&registry);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *message = dialog.findChild<QLabel *>(QStringLiteral("conflictMessage"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(message && buttons);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    QVERIFY(save->isEnabled());
    QVERIFY(message->text().isEmpty());

    // The operator types F9 into preset 1's field: F9 is "break now".
    QKeySequenceEdit *preset1 = dialog.editFor(AdBreakShortcuts::presetId(0));
    QVERIFY(preset1);
    QCOMPARE(preset1->keySequence(), keys("Ctrl+1"));
    preset1->setFocus();
    QTest::keyClick(preset1, Qt::Key_F9);
    QTRY_COMPARE_WITH_TIMEOUT(preset1->keySequence(), QKeySequence(Qt::Key_F9), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!message->text().isEmpty(), 5000);
    QCOMPARE(message->text(),
             QStringLiteral("F9 is used by “Ad break now (30 s)” and “Ad break now, preset 1 "
                            "(30 s)”: give each action its own shortcut."));
    QVERIFY(message->isVisible());
    QVERIFY(!save->isEnabled());
    const QString shot =
        TestEnvironment::saveScreenshot(&dialog, QStringLiteral("shortcut-settings-conflict"));
    QVERIFY(!shot.isEmpty());
    qInfo("screenshot: %s", qPrintable(shot));

    // Even forced, saving is refused: the dialog stays open, nothing changes.
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(registry.sequence(AdBreakShortcuts::presetId(0)), keys("Ctrl+1"));
    QVERIFY(!QSettings().contains(QStringLiteral("shortcuts/adBreak.preset1")));

    // Clear and type another key: the conflict goes, Save works and applies at once.
    auto *clear = dialog.findChild<QToolButton *>(QStringLiteral("clear:adBreak.preset1"));
    QVERIFY(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(preset1->keySequence().isEmpty());
    QTest::keyClick(preset1, Qt::Key_F11);
    QTRY_COMPARE_WITH_TIMEOUT(preset1->keySequence(), QKeySequence(Qt::Key_F11), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().isEmpty(), 5000);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(registry.sequence(AdBreakShortcuts::presetId(0)), QKeySequence(Qt::Key_F11));
    QCOMPARE(registry.action(AdBreakShortcuts::presetId(0))->shortcut(), QKeySequence(Qt::Key_F11));
    QCOMPARE(QSettings().value(QStringLiteral("shortcuts/adBreak.preset1")).toString(),
             QStringLiteral("F11"));

    // "Restore defaults" in a new dialog puts every field back.
    ShortcutSettingsDialog again(&registry);
    QCOMPARE(again.editFor(AdBreakShortcuts::presetId(0))->keySequence(), keys("F11"));
    again.resetAllToDefaults();
    QCOMPARE(again.editFor(AdBreakShortcuts::presetId(0))->keySequence(), keys("Ctrl+1"));
    QVERIFY(again.conflictText().isEmpty());
}

QTEST_MAIN(TestShortcuts)

#include "moc_tst_shortcuts.cpp"
