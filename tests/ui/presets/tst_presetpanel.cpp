#include "tst_presetpanel.h"

#include "TestEnvironment.h"
#include "google/youtube/YouTubeClient.h"
#include "presets/PresetLauncher.h"
#include "presets/PresetPanel.h"
#include "presets/PresetStore.h"
#include "setup/BroadcastForm.h"
#include "setup/StreamForm.h"
#include "show/BroadcastSession.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace onair;
using onair::test::TestEnvironment;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void click(ui::PresetPanel &panel, const char *name)
{
    auto *b = panel.findChild<QPushButton *>(QString::fromLatin1(name));
    QVERIFY2(b, name);
    QVERIFY2(b->isEnabled(), name);
    b->click();
}

} // namespace

void TestPresetPanel::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
}

void TestPresetPanel::manageFiles()
{
    QTemporaryDir dir;
    QTemporaryDir outside;
    QVERIFY(dir.isValid() && outside.isValid());
    const QString seed =
        TestEnvironment::sourceDir() + QStringLiteral("/tests/fuzz/corpus/fuzz_preset/full.json");
    QVERIFY(QFile::copy(seed, dir.filePath(QStringLiteral("weekly.json"))));

    YouTubeClient client(nullptr);
    BroadcastSession session(&client);
    PresetStore store(dir.path());
    PresetLauncher launcher(&session, &store);
    ui::BroadcastForm broadcastForm;
    ui::StreamForm streamForm;
    ui::PresetPanel panel(&launcher, &session, &broadcastForm, &streamForm);
    QString answerText;
    QString answerPath;
    bool answerYes = false;
    QStringList asked;
    panel.setAskText([&](const QString &title, const QString &, const QString &,
                         const ui::Prompts::TextAnswered &answered) {
        asked << title;
        answered(answerText.isEmpty() ? std::nullopt : std::optional<QString>(answerText));
    });
    panel.setAskPath([&](const QString &title, bool, const ui::Prompts::PathAnswered &answered) {
        asked << title;
        answered(answerPath);
    });
    panel.setConfirm(
        [&](const QString &title, const QString &, const ui::Prompts::Answered &answered) {
            asked << title;
            answered(answerYes);
        });
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    auto *list = panel.findChild<QListWidget *>(QStringLiteral("presetList"));
    auto *result = panel.findChild<QLabel *>(QStringLiteral("presetResult"));
    QVERIFY(list && result);
    QCOMPARE(list->count(), 1);
    // Nothing selected: the actions on a preset are off.
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("presetDuplicate"))->isEnabled());
    panel.select(QStringLiteral("weekly.json"));

    // Duplicate: a second file, selected, its counter carried over.
    click(panel, "presetDuplicate");
    QCOMPARE(store.fileNames().size(), 2);
    const QString copy = panel.selectedFile();
    QVERIFY2(copy != QLatin1String("weekly.json"), qPrintable(copy));
    QVERIFY2(result->text().contains(copy), qPrintable(result->text()));
    QCOMPARE(store.load(copy).value().nextNumber,
             store.load(QStringLiteral("weekly.json")).value().nextNumber);

    // Rename: cancelled changes nothing; a name renames the preset and its file.
    answerText.clear();
    click(panel, "presetRename");
    QCOMPARE(panel.selectedFile(), copy);
    answerText = QStringLiteral("Friday Night");
    click(panel, "presetRename");
    QCOMPARE(panel.selectedFile(), QStringLiteral("friday-night.json"));
    QVERIFY(!QFile::exists(dir.filePath(copy)));
    QCOMPARE(store.load(QStringLiteral("friday-night.json")).value().name,
             QStringLiteral("Friday Night"));
    // Renaming onto a name in use is refused, and both files stay as they were.
    const QByteArray weeklyBytes = readAll(dir.filePath(QStringLiteral("weekly.json")));
    answerText = QStringLiteral("Weekly");
    click(panel, "presetRename");
    QCOMPARE(panel.selectedFile(), QStringLiteral("friday-night.json"));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("weekly.json"))), weeklyBytes);
    QVERIFY(!result->text().isEmpty());

    // Export: the very preset, readable elsewhere.
    answerPath = outside.filePath(QStringLiteral("exported.json"));
    click(panel, "presetExport");
    QVERIFY2(QFile::exists(answerPath), qPrintable(result->text()));
    QCOMPARE(PresetStore::readFile(answerPath, answerPath).value().name,
             QStringLiteral("Friday Night"));

    // Import of a broken file: a sentence naming the problem, nothing added, the file untouched.
    const QString broken = outside.filePath(QStringLiteral("broken.json"));
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"schemaVersion\": 1, \"name\": \"Broken\", \"broadcast\": {\"titleTemplate\": "
                "\"T\"}, \"adBreaks\": {\"durationPresetsSecs\": [0]}}");
    }
    const QByteArray brokenBytes = readAll(broken);
    answerPath = broken;
    click(panel, "presetImport");
    QCOMPARE(store.fileNames().size(), 2);
    QVERIFY2(result->text().contains(QLatin1String("broken.json")) &&
                 result->text().contains(QLatin1String("durationPresetsSecs")),
             qPrintable(result->text()));
    QCOMPARE(readAll(broken), brokenBytes);
    // Import of the exported file under a free name works.
    QVERIFY(store.remove(QStringLiteral("friday-night.json")) == std::nullopt);
    answerPath = outside.filePath(QStringLiteral("exported.json"));
    click(panel, "presetImport");
    QCOMPARE(panel.selectedFile(), QStringLiteral("friday-night.json"));
    QCOMPARE(list->count(), 2);

    // Delete asks first; "no" keeps the file.
    answerYes = false;
    click(panel, "presetDelete");
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("friday-night.json"))));
    answerYes = true;
    click(panel, "presetDelete");
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("friday-night.json"))));
    QCOMPARE(list->count(), 1);
    QVERIFY(asked.size() >= 8);
    TestEnvironment::saveScreenshot(&panel, QStringLiteral("preset-panel"));
}

QTEST_MAIN(TestPresetPanel)

#include "moc_tst_presetpanel.cpp"
