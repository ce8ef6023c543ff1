#include "tst_keyboard.h"

#include "TestEnvironment.h"
#include "announce/Announcements.h"
#include "cuepoint/BreakController.h"
#include "google/youtube/YouTubeClient.h"
#include "presets/PresetLauncher.h"
#include "presets/PresetStore.h"
#include "shell/MainWindow.h"
#include "shortcuts/ShortcutRegistry.h"
#include "shortcuts/ShortcutSettingsDialog.h"
#include "show/BroadcastSession.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace onair;
using onair::test::TestEnvironment;

namespace {

// One key that a window answers to with Alt: a mnemonic ("&Title") or an Alt shortcut.
struct Key
{
    QKeySequence sequence;
    QString what;
};
using Keys = QList<Key>;

QString plain(QString text)
{
    return text.replace(QLatin1String("&&"), QLatin1String("\x01"))
        .remove(QLatin1Char('&'))
        .replace(QLatin1Char('\x01'), QLatin1Char('&'));
}

void addMnemonic(Keys &keys, const QString &text, const QString &kind)
{
    const QKeySequence m = QKeySequence::mnemonic(text);
    if (!m.isEmpty())
        keys.append({m, kind + QStringLiteral(" \"") + plain(text) + QLatin1Char('"')});
}

// The mnemonics a widget itself answers to (not its children's).
Keys ownKeys(QWidget *w)
{
    Keys keys;
    if (auto *b = qobject_cast<QAbstractButton *>(w))
        addMnemonic(keys, b->text(), QStringLiteral("button"));
    else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
        addMnemonic(keys, l->text(), QStringLiteral("label"));
    else if (auto *g = qobject_cast<QGroupBox *>(w))
        addMnemonic(keys, g->title(), QStringLiteral("group"));
    else if (auto *t = qobject_cast<QTabBar *>(w)) {
        for (int i = 0; i < t->count(); ++i)
            addMnemonic(keys, t->tabText(i), QStringLiteral("tab"));
    } else if (auto *m = qobject_cast<QMenuBar *>(w)) {
        for (QAction *a : m->actions())
            addMnemonic(keys, a->text(), QStringLiteral("menu"));
    }
    return keys;
}

QList<Keys> cross(const QList<Keys> &a, const QList<Keys> &b)
{
    QList<Keys> out;
    for (const Keys &x : a)
        for (const Keys &y : b)
            out.append(x + y);
    return out;
}

// Every set of keys that can be live at once in `w`: the pages of a stacked widget (tab pages,
// the ad-break modes) are never shown together, everything else may be (hidden widgets too:
// a stuck broadcast shows the recovery button).
QList<Keys> liveTogether(QWidget *w)
{
    QList<Keys> out{ownKeys(w)};
    if (auto *stack = qobject_cast<QStackedWidget *>(w)) {
        QList<Keys> pages;
        for (int i = 0; i < stack->count(); ++i)
            pages += liveTogether(stack->widget(i));
        return pages.isEmpty() ? out : cross(out, pages);
    }
    for (QObject *o : w->children()) {
        auto *child = qobject_cast<QWidget *>(o);
        // Menus are checked on their own; dialogs and other windows are their own scope.
        if (!child || child->isWindow() || qobject_cast<QMenu *>(child))
            continue;
        out = cross(out, liveTogether(child));
    }
    return out;
}

// "Alt+S: menu "Settings", tab "Stream"" for each key taken twice in `window`.
QStringList collisions(QWidget *window, const Keys &extra, const QString &scope)
{
    QSet<QString> found;
    for (Keys keys : liveTogether(window)) {
        keys += extra;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            QStringList same{keys.at(i).what};
            for (qsizetype j = i + 1; j < keys.size(); ++j)
                if (keys.at(j).sequence == keys.at(i).sequence)
                    same << keys.at(j).what;
            if (same.size() > 1) {
                same.sort();
                same.removeDuplicates();
                if (same.size() > 1)
                    found.insert(scope + QStringLiteral(": ") +
                                 keys.at(i).sequence.toString(QKeySequence::PortableText) +
                                 QStringLiteral(" ← ") + same.join(QStringLiteral(", ")));
            }
        }
    }
    QStringList out = found.values();
    out.sort();
    return out;
}

QStringList menuCollisions(QMenu *menu)
{
    QHash<QKeySequence, QStringList> byKey;
    for (QAction *a : menu->actions()) {
        const QKeySequence m = QKeySequence::mnemonic(a->text());
        if (!m.isEmpty())
            byKey[m] << plain(a->text());
    }
    QStringList out;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it->size() > 1)
            out << QStringLiteral("menu \"%1\": %2 ← %3")
                       .arg(plain(menu->title()), it.key().toString(QKeySequence::PortableText),
                            it->join(QStringLiteral(", ")));
    return out;
}

// The window's Alt shortcuts from the registry (Alt+1, Alt+L, …).
Keys altShortcuts(ui::ShortcutRegistry *registry)
{
    Keys keys;
    for (const QString &id : registry->ids()) {
        const QKeySequence s = registry->sequence(id);
        if (s.count() == 1 && s[0].keyboardModifiers() == Qt::AltModifier)
            keys.append({s, QStringLiteral("shortcut \"") + registry->name(id) + QLatin1Char('"')});
    }
    return keys;
}

// The window as the application builds it, with its docks; no account, nothing sent.
struct Room
{
    QTemporaryDir presets;
    YouTubeClient client{nullptr};
    BroadcastSession session{&client};
    BreakController breaks{&session, &client};
    PresetStore store{presets.path()};
    PresetLauncher launcher{&session, &store};
    Announcements announcements{nullptr, nullptr};
    ui::MainWindow window{&session, &client, nullptr};

    Room()
    {
        window.addAdBreakPanel(&breaks);
        window.addPresetPanel(&launcher);
        if (announcements.open(presets.filePath(QStringLiteral("announcements.sqlite"))))
            window.addAnnouncementsPanel(&announcements);
        window.setSandboxMode(true);
        window.resize(1366, 720);
    }
};

} // namespace

void TestKeyboard::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
}

void TestKeyboard::mnemonicsDoNotCollide_data()
{
    QTest::addColumn<QString>("language");
    for (const char *lang : {"en", "ru", "pl", "fr"})
        QTest::newRow(lang) << QString::fromLatin1(lang);
}

void TestKeyboard::mnemonicsDoNotCollide()
{
    QFETCH(QString, language);
    // As main.cpp loads them: OnAir's catalogue and Qt's (the dialogs' standard buttons).
    QTranslator own;
    QVERIFY(own.load(QStringLiteral("onair_") + language, QStringLiteral(ONAIR_QM_DIR)));
    QTranslator qt;
    const bool hasQt = qt.load(QStringLiteral("qtbase_") + language,
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    QCoreApplication::installTranslator(&own);
    if (hasQt)
        QCoreApplication::installTranslator(&qt);
    auto removeTranslators = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&own);
        QCoreApplication::removeTranslator(&qt);
    });

    Room room;
    ui::MainWindow &w = room.window;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    // Every operator action has a key: these three had none.
    for (const char *name : {"createBroadcastButton", "createStreamButton", "testEncoderButton"}) {
        auto *b = w.findChild<QPushButton *>(QString::fromLatin1(name));
        QVERIFY2(b, name);
        QVERIFY2(!QKeySequence::mnemonic(b->text()).isEmpty(),
                 qPrintable(language + QStringLiteral(": no mnemonic on \"") + b->text() +
                            QLatin1Char('"')));
    }

    QStringList problems = collisions(&w, altShortcuts(w.shortcuts()), QStringLiteral("window"));
    for (QMenu *menu : w.findChildren<QMenu *>())
        problems += menuCollisions(menu);

    // The dialogs: the shortcut settings and the confirmation every irreversible step asks.
    ui::ShortcutSettingsDialog settings(w.shortcuts(), &w);
    problems += collisions(&settings, {}, QStringLiteral("shortcut settings"));
    ui::Prompts::confirm(&w, QStringLiteral("t"), QStringLiteral("q"), {});
    auto *box = w.findChild<QMessageBox *>(QStringLiteral("confirmPrompt"));
    QVERIFY(box);
    problems += collisions(box, {}, QStringLiteral("confirmation"));
    box->reject();

    QVERIFY2(problems.isEmpty(),
             qPrintable(language + QStringLiteral(":\n") + problems.join(QLatin1Char('\n'))));
}

void TestKeyboard::tabOrderFollowsTheForm()
{
    Room room;
    ui::MainWindow &w = room.window;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));

    // Alt+1: the broadcast form, the cursor in its title.
    QTest::keyClick(&w, Qt::Key_1, Qt::AltModifier);
    auto *title = w.findChild<QWidget *>(QStringLiteral("titleEdit"));
    auto *form = w.findChild<QWidget *>(QStringLiteral("broadcastForm"));
    auto *create = w.findChild<QWidget *>(QStringLiteral("createBroadcastButton"));
    QVERIFY(title && form && create);
    QTRY_COMPARE(QApplication::focusWidget(), title);

    // The fields Tab should stop at, top to bottom: every focusable widget of the form.
    int fields = 0;
    for (QWidget *child : form->findChildren<QWidget *>())
        fields += child->isVisibleTo(form) && (child->focusPolicy() & Qt::TabFocus) &&
                          !child->focusProxy() && child->parentWidget() &&
                          !qobject_cast<QAbstractSpinBox *>(child->parentWidget())
                      ? 1
                      : 0;

    QList<QWidget *> visited{title};
    QStringList path{title->objectName()};
    while (QApplication::focusWidget() != create && visited.size() <= fields + 5) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        path << (now ? now->objectName() + QLatin1Char('/') +
                           QString::fromLatin1(now->metaObject()->className())
                     : QStringLiteral("(none)"));
        // One press, one field: a press that stays (a date-time field walking its sections)
        // or comes back is a press too many.
        QVERIFY2(now && !visited.contains(now),
                 qPrintable(QStringLiteral("Tab stayed or came back: ") +
                            path.join(QStringLiteral(" → "))));
        // Top to bottom, left to right within a row.
        if (form->isAncestorOf(now) && form->isAncestorOf(visited.last())) {
            const QPoint a = visited.last()->mapTo(form, QPoint(0, 0));
            const QPoint b = now->mapTo(form, QPoint(0, 0));
            QVERIFY2(b.y() > a.y() || (b.y() == a.y() && b.x() > a.x()) ||
                         (qAbs(b.y() - a.y()) < 8 && b.x() > a.x()),
                     qPrintable(QStringLiteral("Tab went back up: ") +
                                path.join(QStringLiteral(" → "))));
        }
        visited << now;
    }
    qInfo("Title to Create broadcast: %lld presses (%d fields): %s", qlonglong(visited.size() - 1),
          fields, qPrintable(path.join(QStringLiteral(" → "))));
    QCOMPARE(QApplication::focusWidget(), create);
    // Each field once, then the button.
    QCOMPARE(visited.size() - 1, qsizetype(fields));
}

void TestKeyboard::readmeKeyTableIsTheRegistry()
{
    Room room;
    ui::ShortcutRegistry *registry = room.window.shortcuts();
    // The table as the registry has it: every action, in registration order, default keys.
    QStringList expected{QStringLiteral("| action | default key |"), QStringLiteral("|---|---|")};
    for (const QString &id : registry->ids())
        expected << QStringLiteral("| %1 | %2 |")
                        .arg(registry->name(id),
                             registry->defaultSequence(id).toString(QKeySequence::NativeText));

    QFile readme(TestEnvironment::sourceDir() + QStringLiteral("/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(readme.readAll()).split(QLatin1Char('\n'));
    const qsizetype start = lines.indexOf(expected.first());
    QVERIFY2(start >= 0, "README.md has no \"| action | default key |\" table");
    QStringList table;
    for (qsizetype i = start; i < lines.size() && lines.at(i).startsWith(QLatin1Char('|')); ++i)
        table << lines.at(i);
    QVERIFY2(table == expected,
             qPrintable(QStringLiteral("README.md's key table is not the registry's; it should "
                                       "read:\n") +
                        expected.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestKeyboard)

#include "moc_tst_keyboard.cpp"
