#include "tst_announce_e2e.h"

#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "announce/Announcement.h"
#include "announce/AnnouncementStore.h"
#include "announce/Announcements.h"
#include "announce/AnnouncementsPanel.h"
#include "presets/PresetStore.h"
#include "shell/MainWindow.h"
#include "show/BroadcastSession.h"
#include "show/ShowEvents.h"
#include "social/SocialAccount.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <cstdio>

using namespace onair;
using onair::test::ShowDriver;
using onair::test::TestEnvironment;

namespace {

constexpr int kStepMs = 30000;
const QString kAccount = QStringLiteral("telegram-show");

QJsonObject announcingPreset()
{
    const QJsonArray posts{
        QJsonObject{{QStringLiteral("label"), QStringLiteral("Live now")},
                    {QStringLiteral("account"), kAccount},
                    {QStringLiteral("trigger"), QStringLiteral("live")},
                    {QStringLiteral("template"), QStringLiteral("<b>{title}</b> is live now")},
                    {QStringLiteral("button"), QStringLiteral("Watch")}},
        QJsonObject{{QStringLiteral("label"), QStringLiteral("Ended")},
                    {QStringLiteral("account"), kAccount},
                    {QStringLiteral("trigger"), QStringLiteral("complete")},
                    {QStringLiteral("template"),
                     QStringLiteral("<b>{title}</b> has ended: watch the recording")},
                    {QStringLiteral("button"), QStringLiteral("Watch the recording")},
                    {QStringLiteral("edits"), QStringLiteral("live")}}};
    return {{QStringLiteral("schemaVersion"), 1},
            {QStringLiteral("name"), QStringLiteral("Announced show")},
            {QStringLiteral("broadcast"),
             QJsonObject{{QStringLiteral("titleTemplate"), QStringLiteral("Announced show #{n}")},
                         {QStringLiteral("privacyStatus"), QStringLiteral("unlisted")}}},
            {QStringLiteral("stream"),
             QJsonObject{{QStringLiteral("resolution"), QStringLiteral("240p")}}},
            {QStringLiteral("announcements"), posts}};
}

} // namespace

void TestAnnounceE2E::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    qputenv("ONAIR_SANDBOX_PROGRAM", QByteArray(ONAIR_SANDBOX_EXE));
}

void TestAnnounceE2E::cleanup()
{
    m_show.reset();
}

QJsonArray TestAnnounceE2E::botMessages() const
{
    QJsonArray mine;
    for (const QJsonValue &m : m_show->sandbox()
                                   ->control("GET", QStringLiteral("telegram/state"))
                                   .value(QLatin1String("messages"))
                                   .toArray())
        if (m.toObject().value(QLatin1String("byBot")).toBool())
            mine.append(m);
    return mine;
}

void TestAnnounceE2E::liveNowPostThenEndedEdit()
{
    // The preset is on disk before the window opens, as the operator's would be.
    const QString dir = PresetStore::defaultDirectory();
    QVERIFY(QDir().mkpath(dir));
    QFile f(QDir(dir).filePath(QStringLiteral("announced-show.json")));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(announcingPreset()).toJson());
    f.close();

    m_show = std::make_unique<ShowDriver>();
    QVERIFY2(m_show->startSandbox({QStringLiteral("--transition-seconds"), QStringLiteral("1")}),
             qPrintable(m_show->error()));
    QVERIFY2(m_show->startApp(), qPrintable(m_show->error()));

    // The sandbox's bot and channel, as the operator pastes them (token to the keychain).
    const QJsonObject ready = m_show->sandbox()->endpoints().readyJson;
    SocialAccount bot;
    bot.id = kAccount;
    bot.name = QStringLiteral("Show channel");
    bot.apiRoot = QUrl(ready.value(QLatin1String("telegram")).toString());
    bot.target = ready.value(QLatin1String("telegram_channel")).toString();
    Announcements *announcements = m_show->app()->announcements();
    QVERIFY(announcements && announcements->isRunner());
    bool saved = false;
    announcements->saveAccount(bot, ready.value(QLatin1String("telegram_bot_token")).toString(),
                               announcements, [&saved](bool ok, const QString &error) {
                                   QVERIFY2(ok, qPrintable(error));
                                   saved = ok;
                               });
    QVERIFY2(m_show->waitFor([&saved] { return saved; }, kStepMs, QStringLiteral("the account")),
             qPrintable(m_show->error()));

    // When the show first reads live (the moment the posts are queued).
    qint64 liveAtMs = 0;
    QObject::connect(
        m_show->app()->session()->events(), &ShowEvents::liveReached, m_show->app(),
        [&liveAtMs](const ShowEvent &) { liveAtMs = QDateTime::currentMSecsSinceEpoch(); });

    QVERIFY2(m_show->createBroadcastFromPreset(), qPrintable(m_show->error() + m_show->logDump()));
    const QString title = m_show->app()->session()->broadcast()->snippet.title;
    const QString watch = QStringLiteral("https://www.youtube.com/watch?v=") +
                          m_show->app()->session()->broadcast()->id;
    QVERIFY2(m_show->startEncoderAndWaitActive() &&
                 m_show->transition(Intent::StartTest, LifeCycleStatus::Testing),
             qPrintable(m_show->error() + m_show->logDump()));
    QCOMPARE(botMessages().size(), 0); // nothing before the show is live

    QVERIFY2(m_show->transition(Intent::GoLive, LifeCycleStatus::Live),
             qPrintable(m_show->error() + m_show->logDump()));
    QVERIFY2(m_show->waitFor([this] { return !botMessages().isEmpty(); }, kStepMs,
                             QStringLiteral("the live-now post")),
             qPrintable(m_show->error() + m_show->logDump()));
    const qint64 postedAtMs = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(liveAtMs > 0);
    std::printf("announce_live_to_post_ms: %lld (read back within the 20 ms poll)\n",
                postedAtMs - liveAtMs);

    QJsonArray messages = botMessages();
    QCOMPARE(messages.size(), 1);
    QJsonObject live = messages.at(0).toObject();
    QCOMPARE(live.value(QLatin1String("text")).toString(), title + QStringLiteral(" is live now"));
    const QJsonObject button = live.value(QLatin1String("replyMarkup"))
                                   .toObject()
                                   .value(QLatin1String("inline_keyboard"))
                                   .toArray()
                                   .at(0)
                                   .toArray()
                                   .at(0)
                                   .toObject();
    QCOMPARE(button.value(QLatin1String("text")).toString(), QStringLiteral("Watch"));
    QCOMPARE(button.value(QLatin1String("url")).toString(), watch);

    // Complete: the same message is edited, no second one.
    QVERIFY2(m_show->transition(Intent::End, LifeCycleStatus::Complete),
             qPrintable(m_show->error() + m_show->logDump()));
    // Waits for the words, wherever they land: a second message instead of the edit is what
    // the count below catches.
    const auto endedPosted = [this] {
        for (const QJsonValue &m : botMessages())
            if (m.toObject()
                    .value(QLatin1String("text"))
                    .toString()
                    .contains(QLatin1String("has ended")))
                return true;
        return false;
    };
    QVERIFY2(m_show->waitFor(endedPosted, kStepMs, QStringLiteral("the ended edit")),
             qPrintable(m_show->error() + m_show->logDump()));
    messages = botMessages();
    QCOMPARE(messages.size(), 1);
    const QJsonObject ended = messages.at(0).toObject();
    QCOMPARE(ended.value(QLatin1String("messageId")), live.value(QLatin1String("messageId")));
    QCOMPARE(ended.value(QLatin1String("text")).toString(),
             title + QStringLiteral(" has ended: watch the recording"));
    QCOMPARE(ended.value(QLatin1String("edits")).toArray().size(), 1);

    // The queue says the same: two items, both published, the second an edit of the first.
    QList<Announcement> items = announcements->store()->all();
    QCOMPARE(items.size(), 2);
    for (const Announcement &a : items)
        QCOMPARE(a.status, Announcement::Status::Published);

    // The operator writes a post for the recording and keeps the show's posts in its preset:
    // the preset's file changes in its "announcements" only.
    QVERIFY(m_show->press(Qt::Key_5, Qt::AltModifier));
    auto *panel = m_show->app()->window()->announcementsPanel();
    QTRY_VERIFY(panel->isVisible());
    auto *tabs = panel->findChild<QTabWidget *>(QStringLiteral("announceTabs"));
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
    auto *accounts = panel->findChild<QListWidget *>(QStringLiteral("composerAccounts"));
    QTRY_VERIFY(accounts->isVisible());
    accounts->setCurrentRow(0);
    QTest::keyClick(accounts, Qt::Key_Space);
    QTest::keyClicks(panel->findChild<QLineEdit *>(QStringLiteral("composerLabel")),
                     QStringLiteral("Recording"));
    QTest::keyClick(panel->findChild<QComboBox *>(QStringLiteral("composerTrigger")), Qt::Key_End);
    QTest::keyClicks(panel->findChild<QPlainTextEdit *>(QStringLiteral("composerTemplate")),
                     QStringLiteral("{title}: the recording"));
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("composerSubmit")),
                      Qt::LeftButton);
    const auto readPreset = [&f] {
        if (!f.open(QIODevice::ReadOnly))
            return QJsonObject();
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        return o;
    };
    QJsonObject before = readPreset();
    QVERIFY(before.contains(QStringLiteral("announcements")));
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("composerSavePreset")),
                      Qt::LeftButton);
    const QString said = panel->findChild<QLabel *>(QStringLiteral("composerProblems"))->text();
    QVERIFY2(said.contains(QStringLiteral("saved in its preset")), qPrintable(said));
    QJsonObject preset = readPreset();
    const QJsonArray kept = preset.take(QStringLiteral("announcements")).toArray();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.at(0)[QStringLiteral("trigger")].toString(),
             QStringLiteral("recordingProcessed"));
    QCOMPARE(kept.at(0)[QStringLiteral("account")].toString(), kAccount);
    before.remove(QStringLiteral("announcements"));
    QCOMPARE(preset, before);
}

QTEST_MAIN(TestAnnounceE2E)

#include "moc_tst_announce_e2e.cpp"
