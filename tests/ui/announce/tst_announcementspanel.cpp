#include "SandboxProcess.h"
#include "ScriptedServer.h"
#include "TestEnvironment.h"
#include "announce/AccountsPane.h"
#include "announce/AnnouncementQueueModel.h"
#include "announce/AnnouncementSpec.h"
#include "announce/AnnouncementStore.h"
#include "announce/Announcements.h"
#include "announce/AnnouncementsPanel.h"
#include "announce/ComposerPane.h"
#include "announce/QueuePane.h"
#include "announce/SandboxPostsWindow.h"
#include "cuepoint/BreakController.h"
#include "google/youtube/YouTubeClient.h"
#include "presets/PresetLauncher.h"
#include "presets/PresetStore.h"
#include "secrets/SecretStore.h"
#include "shell/MainWindow.h"
#include "show/BroadcastSession.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineView>

using namespace onair;
using onair::test::SandboxProcess;
using onair::test::TestEnvironment;

// The Announcements panel driven as an operator drives it, over an Announcements object on a
// temporary database (the queue is not run: rows stay where the test puts them).
class TestAnnouncementsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void telegramAccountIsCheckedThenSaved();
    void failedCheckIsSaidAndNothingIsSaved();
    void sandboxAccountsFillInThenCheckAndSave();
    void noFillInOrReadBackOutsideTheSandbox();
    void previewShowsLengthLeftAndRefusesTooLong();
    void timedPostEntersTheQueue();
    void aTimedPostWaitsForTheShowItNames();
    void anEditedPostIsSavedWithItsNewWords();
    void uploadTriggerPreviewsTheUploadedVideosUrl();
    void showPostsAreSavedInThePresetAtTheOperatorsWord();
    void unconfirmedStandsOutUntilTheOperatorDecides();
    void heldLateItemIsSentAtTheOperatorsWord();
    void screenshotInTheWindow();
};

namespace {

const QByteArray kGetMe =
    R"({"ok":true,"result":{"id":7001,"is_bot":true,"first_name":"Show","username":"show_bot"}})";
const QByteArray kGetChat =
    R"({"ok":true,"result":{"id":-1001234567890,"type":"channel","title":"Night Show","username":"nightshow"}})";
const QByteArray kAdmin =
    R"({"ok":true,"result":{"status":"administrator","can_post_messages":true,"user":{"id":7001,"is_bot":true,"first_name":"Show"}}})";
const QByteArray kMember =
    R"({"ok":true,"result":{"status":"member","user":{"id":7001,"is_bot":true,"first_name":"Show"}}})";

// The show the composer's previews are made for.
ShowFields nightShow()
{
    ShowFields fields;
    fields.title = QStringLiteral("Night Show");
    fields.url = QUrl(QStringLiteral("https://www.youtube.com/watch?v=abc"));
    return fields;
}

struct Fixture
{
    QTemporaryDir dir;
    QNetworkAccessManager nam;
    SecretStore secrets{QStringLiteral("OnAir-test")};
    Announcements announcements{&nam, &secrets};
    std::unique_ptr<ui::AnnouncementsPanel> panel;
    QStringList questions; // what the panel asked before acting
    bool answer = false;

    Fixture()
    {
        if (!announcements.open(dir.filePath(QStringLiteral("announcements.sqlite"))))
            qFatal("%s", qPrintable(announcements.error()));
        panel = std::make_unique<ui::AnnouncementsPanel>(&announcements);
        panel->setConfirm(
            [this](const QString &, const QString &question, ui::Prompts::Answered answered) {
                questions << question;
                answered(answer);
            });
        panel->resize(900, 600);
        panel->show();
    }

    template<typename T>
    T *child(const char *name)
    {
        T *w = panel->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    // Clicks the panel's tab that holds `page`.
    void showTab(QWidget *page)
    {
        auto *tabs = panel->findChild<QTabWidget *>(QStringLiteral("announceTabs"));
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i) == page || tabs->widget(i)->isAncestorOf(page))
                QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                                  tabs->tabBar()->tabRect(i).center());
    }

    SocialAccount addAccount(SocialAccount::Platform platform, const QString &name)
    {
        SocialAccount a;
        a.platform = platform;
        a.id = SocialAccount::platformName(platform) + QLatin1Char('-') + name;
        a.name = name;
        a.target = platform == SocialAccount::Platform::Telegram ? QStringLiteral("@nightshow")
                                                                 : QStringLiteral("17841400");
        a.tokenIssuedAt = QDateTime::currentDateTimeUtc();
        a.tokenExpiresAt = a.tokenIssuedAt.addDays(60);
        announcements.store()->saveAccount(a);
        return a;
    }

    qint64 addItem(const SocialAccount &account, Announcement::Status status, const QString &label)
    {
        Announcement item;
        item.accountId = account.id;
        item.platform = account.platform;
        item.label = label;
        item.text = QStringLiteral("<b>Tonight</b> at 20:00");
        item.scheduledAt = QDateTime::currentDateTimeUtc().addSecs(-120);
        item.dueAt = item.scheduledAt;
        const qint64 id = announcements.schedule(item);
        auto row = announcements.store()->get(id);
        row->status = status;
        AnnouncementStore::appendLog(*row, QStringLiteral("Sent; no answer within 60 s."));
        announcements.store()->update(*row);
        return id;
    }

    // The composer's first account ticked, with the keyboard.
    void tickFirstAccount()
    {
        showTab(panel->composer());
        auto *accounts = child<QListWidget>("composerAccounts");
        accounts->setCurrentRow(0);
        QTest::keyClick(accounts, Qt::Key_Space);
    }

    void clickRow(qint64 id)
    {
        auto *table = child<QTableView>("announceQueue");
        const int row = panel->queue()->rowOf(id);
        QVERIFY(row >= 0);
        const QRect cell =
            table->visualRect(table->model()->index(row, AnnouncementQueueModel::WhenColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    }
};

} // namespace

void TestAnnouncementsPanel::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
}

void TestAnnouncementsPanel::telegramAccountIsCheckedThenSaved()
{
    ScriptedServer server;
    server.answerBodies = {kGetMe, kGetChat, kAdmin};
    Fixture f;
    f.panel->setApiRoots(server.root(), QUrl());
    f.showTab(f.panel->accounts());

    auto *token = f.child<QLineEdit>("announceAccountToken");
    QCOMPARE(token->echoMode(), QLineEdit::Password); // a pasted token is never shown
    QTest::keyClicks(token, QStringLiteral("7001:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"));
    QTest::keyClicks(f.child<QLineEdit>("announceAccountChat"), QStringLiteral("@nightshow"));
    auto *save = f.child<QPushButton>("announceAccountSave");
    QVERIFY(!save->isEnabled()); // not before the check
    QTest::mouseClick(f.child<QPushButton>("announceAccountCheck"), Qt::LeftButton);

    auto *result = f.child<QLabel>("announceAccountResult");
    QTRY_COMPARE(result->text(), QStringLiteral("The bot @show_bot may post to \"Night Show\"."));
    // getMe, getChat, getChatMember: one each.
    QCOMPARE(server.requestLines.size(), 3);
    QVERIFY(server.requestLines.at(0).contains("/getMe"));
    QVERIFY(server.requestLines.at(1).contains("/getChat"));
    QVERIFY(server.requestLines.at(2).contains("/getChatMember"));

    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(f.announcements.store()->accounts().size(), 1);
    const SocialAccount saved = f.announcements.store()->accounts().constFirst();
    QCOMPARE(saved.platform, SocialAccount::Platform::Telegram);
    QCOMPARE(saved.target, QStringLiteral("@nightshow"));
    QCOMPARE(saved.apiRoot, server.root());
    QCOMPARE(saved.name, QStringLiteral("Night Show"));
    QTRY_VERIFY(token->text().isEmpty()); // the token went to the keychain, not the form
    auto *list = f.child<QListWidget>("announceAccounts");
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("@nightshow")));
}

void TestAnnouncementsPanel::failedCheckIsSaidAndNothingIsSaved()
{
    ScriptedServer server;
    server.answerBodies = {kGetMe, kGetChat, kMember};
    Fixture f;
    f.panel->setApiRoots(server.root(), QUrl());
    f.showTab(f.panel->accounts());
    QTest::keyClicks(f.child<QLineEdit>("announceAccountToken"), QStringLiteral("7001:AAH"));
    QTest::keyClicks(f.child<QLineEdit>("announceAccountChat"), QStringLiteral("@nightshow"));
    QTest::mouseClick(f.child<QPushButton>("announceAccountCheck"), Qt::LeftButton);
    auto *result = f.child<QLabel>("announceAccountResult");
    QTRY_VERIFY(result->text().contains(QStringLiteral("must be an administrator")));
    QVERIFY(!f.child<QPushButton>("announceAccountSave")->isEnabled());
    QCOMPARE(f.announcements.store()->accounts().size(), 0);
}

// On the sandbox, the operator fills the form from its ready line with one button, then checks
// and saves exactly as with a real account; the read-back opens in a window of the app.
void TestAnnouncementsPanel::sandboxAccountsFillInThenCheckAndSave()
{
    SandboxProcess sandbox({QStringLiteral("--no-ingest")});
    QVERIFY2(sandbox.isReady(), qPrintable(sandbox.errorString()));
    const QJsonObject ready = sandbox.readyLine();
    Fixture f;
    f.panel->setSandbox(sandbox.endpoints().social());
    f.showTab(f.panel->accounts());

    auto *fill = f.child<QPushButton>("announceAccountFillSandbox");
    auto *token = f.child<QLineEdit>("announceAccountToken");
    auto *chat = f.child<QLineEdit>("announceAccountChat");
    auto *save = f.child<QPushButton>("announceAccountSave");
    auto *result = f.child<QLabel>("announceAccountResult");
    QTRY_VERIFY(fill->isVisible());
    QCOMPARE(fill->text(), QStringLiteral("Fill in the sandbox's bot"));
    QTest::mouseClick(fill, Qt::LeftButton);
    QCOMPARE(token->text(), ready.value(QStringLiteral("telegram_bot_token")).toString());
    QCOMPARE(chat->text(), ready.value(QStringLiteral("telegram_channel")).toString());
    QCOMPARE(f.child<QLineEdit>("announceAccountName")->text(), QStringLiteral("Sandbox bot"));
    QVERIFY(!save->isEnabled()); // Check first, as with any account

    QTest::mouseClick(f.child<QPushButton>("announceAccountCheck"), Qt::LeftButton);
    QTRY_VERIFY2(result->text().startsWith(QStringLiteral("The bot @")),
                 qPrintable(result->text()));
    QCOMPARE(sandbox.requestCount(QStringLiteral("getMe")), 1);
    QCOMPARE(sandbox.requestCount(QStringLiteral("getChatMember")), 1);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(f.announcements.store()->accounts().size(), 1);
    const SocialAccount bot = f.announcements.store()->accounts().constFirst();
    QCOMPARE(bot.apiRoot, QUrl(ready.value(QStringLiteral("telegram")).toString()));
    QCOMPARE(bot.target, ready.value(QStringLiteral("telegram_channel")).toString());
    QCOMPARE(bot.name, QStringLiteral("Sandbox bot"));
    QTRY_VERIFY(token->text().isEmpty()); // the token went to the keychain

    // The Instagram account: the button follows the kind picked.
    auto *kind = f.child<QComboBox>("announceAccountPlatform");
    kind->setCurrentIndex(kind->findData(int(SocialAccount::Platform::Instagram)));
    QCOMPARE(fill->text(), QStringLiteral("Fill in the sandbox's Instagram account"));
    QTest::mouseClick(fill, Qt::LeftButton);
    QCOMPARE(token->text(), ready.value(QStringLiteral("instagram_token")).toString());
    QTest::mouseClick(f.child<QPushButton>("announceAccountCheck"), Qt::LeftButton);
    QTRY_VERIFY2(result->text().startsWith(QStringLiteral("The token works for @")),
                 qPrintable(result->text()));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(f.announcements.store()->accounts().size(), 2);

    // "What the sandbox received…" opens the sandbox's read-back page in the app.
    auto *posts = f.child<QPushButton>("announceSandboxPosts");
    QVERIFY(posts->isVisible());
    QTest::mouseClick(posts, Qt::LeftButton);
    ui::SandboxPostsWindow *window = f.panel->postsWindow();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QCOMPARE(window->page(), sandbox.endpoints().social().postsPage);
    // Chromium's first start (a failure waits 3 × this: under the test's time limit).
    QTRY_COMPARE_WITH_TIMEOUT(window->view()->title(), QStringLiteral("What the sandbox received"),
                              10000);
    window->close();
}

void TestAnnouncementsPanel::noFillInOrReadBackOutsideTheSandbox()
{
    Fixture f;
    f.showTab(f.panel->accounts());
    auto *fill = f.child<QPushButton>("announceAccountFillSandbox");
    auto *posts = f.child<QPushButton>("announceSandboxPosts");
    QTRY_VERIFY(f.child<QLineEdit>("announceAccountToken")->isVisible());
    QVERIFY(!fill->isVisible());
    QVERIFY(!posts->isVisible());
    auto *kind = f.child<QComboBox>("announceAccountPlatform");
    kind->setCurrentIndex(kind->findData(int(SocialAccount::Platform::Instagram)));
    QVERIFY(!fill->isVisible());

    // On a sandbox, then off it again (another account chosen): gone again.
    SandboxSocial social;
    social.telegramRoot = QUrl(QStringLiteral("http://127.0.0.1:9/"));
    social.telegramBotToken = QStringLiteral("1:x");
    social.graphRoot = QUrl(QStringLiteral("http://127.0.0.1:9/graph/"));
    social.instagramToken = QStringLiteral("IG");
    social.postsPage = QUrl(QStringLiteral("http://127.0.0.1:9/_sandbox/social/posts"));
    f.panel->setSandbox(social);
    QVERIFY(fill->isVisible());
    QVERIFY(posts->isVisible());
    f.panel->setSandbox({});
    QVERIFY(!fill->isVisible());
    QVERIFY(!posts->isVisible());
}

void TestAnnouncementsPanel::previewShowsLengthLeftAndRefusesTooLong()
{
    Fixture f;
    f.addAccount(SocialAccount::Platform::Instagram, QStringLiteral("Studio"));
    ShowFields fields = nightShow();
    fields.start = QDateTime::currentDateTimeUtc().addDays(1);
    fields.thumbnail = QUrl(QStringLiteral("https://i.ytimg.com/vi/abc/maxresdefault.jpg"));
    fields.description = QString(2190, QLatin1Char('x'));
    f.panel->setShowFields(fields);
    f.showTab(f.panel->composer());

    // The operator ticks the account with the keyboard.
    auto *accounts = f.child<QListWidget>("composerAccounts");
    accounts->setFocus();
    accounts->setCurrentRow(0);
    QTest::keyClick(accounts, Qt::Key_Space);
    QCOMPARE(accounts->item(0)->checkState(), Qt::Checked);

    auto *text = f.child<QPlainTextEdit>("composerTemplate");
    QTest::keyClicks(text, QStringLiteral("{title} live"));
    auto *length = f.child<QLabel>("instagramPreviewLength");
    // "Night Show live": 15 of 2200.
    QVERIFY2(length->text().startsWith(QStringLiteral("15 of 2200 characters, 2185 left")),
             qPrintable(length->text()));
    QVERIFY(
        f.child<QLabel>("instagramPreview")->text().startsWith(QStringLiteral("Night Show live")));
    auto *submit = f.child<QPushButton>("composerSubmit");
    QVERIFY(submit->isEnabled());

    // The show's long description makes the caption too long: said plainly, and refused.
    QTest::keyClicks(text, QStringLiteral(" {description}"));
    QVERIFY2(length->text().contains(QStringLiteral("2206 of 2200 characters: 6 too many")),
             qPrintable(length->text()));
    auto *problems = f.child<QLabel>("composerProblems");
    QVERIFY2(problems->text().contains(QStringLiteral("Instagram: 6 character")),
             qPrintable(problems->text()));
    QVERIFY(!submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(f.announcements.store()->all().size(), 0);
}

void TestAnnouncementsPanel::timedPostEntersTheQueue()
{
    Fixture f;
    const SocialAccount tg =
        f.addAccount(SocialAccount::Platform::Telegram, QStringLiteral("Chan"));
    f.panel->setShowFields(nightShow());
    f.tickFirstAccount();
    QTest::keyClicks(f.child<QLineEdit>("composerLabel"), QStringLiteral("Tomorrow"));
    QTest::keyClicks(f.child<QPlainTextEdit>("composerTemplate"), QStringLiteral("<b>{title}</b>"));
    auto *tgLength = f.child<QLabel>("telegramPreviewLength");
    QVERIFY2(tgLength->text().contains(QStringLiteral(" left")), qPrintable(tgLength->text()));
    QTest::mouseClick(f.child<QPushButton>("composerSubmit"), Qt::LeftButton);

    const QList<Announcement> all = f.announcements.store()->all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().accountId, tg.id);
    QCOMPARE(all.first().status, Announcement::Status::Pending);
    QCOMPARE(all.first().label, QStringLiteral("Tomorrow"));
    QVERIFY(all.first().text.startsWith(QStringLiteral("<b>")));
    // Back on the queue, the new row selected.
    auto *table = f.child<QTableView>("announceQueue");
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, AnnouncementQueueModel::PostColumn).data().toString(),
             QStringLiteral("Tomorrow"));
}

// With no broadcast open, the preview's sample fields never reach a channel.
void TestAnnouncementsPanel::aTimedPostWaitsForTheShowItNames()
{
    Fixture f;
    f.addAccount(SocialAccount::Platform::Telegram, QStringLiteral("Chan"));
    f.tickFirstAccount();
    QTest::keyClicks(f.child<QPlainTextEdit>("composerTemplate"), QStringLiteral("{title} soon"));
    auto *submit = f.child<QPushButton>("composerSubmit");
    auto *problems = f.child<QLabel>("composerProblems");
    QVERIFY(!submit->isEnabled());
    QVERIFY2(problems->text().contains(QStringLiteral("No broadcast is open")),
             qPrintable(problems->text()));
    // Words of its own and no Watch button: nothing of the show is needed.
    f.child<QPlainTextEdit>("composerTemplate")->setPlainText(QStringLiteral("Doors at 19:30"));
    QVERIFY(!submit->isEnabled()); // the Watch button still links the show
    f.child<QLineEdit>("composerButton")->clear();
    QVERIFY2(submit->isEnabled(), qPrintable(problems->text()));
    // Markup Telegram refuses is said before anything is queued, shown as written.
    f.child<QPlainTextEdit>("composerTemplate")->setPlainText(QStringLiteral("<script>x"));
    QVERIFY(!submit->isEnabled());
    QVERIFY2(problems->text().contains(QStringLiteral("<script>")), qPrintable(problems->text()));
    // Once the show is open, its fields are real.
    f.child<QPlainTextEdit>("composerTemplate")->setPlainText(QStringLiteral("{title} soon"));
    f.panel->setShowFields(nightShow());
    QVERIFY2(submit->isEnabled(), qPrintable(problems->text()));
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(f.announcements.store()->all().first().text, QStringLiteral("Night Show soon"));
}

// Edit from the queue: the new words, label and time are what the row holds (and what is sent);
// a post that started sending meanwhile is left as it is.
void TestAnnouncementsPanel::anEditedPostIsSavedWithItsNewWords()
{
    Fixture f;
    const SocialAccount tg =
        f.addAccount(SocialAccount::Platform::Telegram, QStringLiteral("Chan"));
    const qint64 id = f.addItem(tg, Announcement::Status::Held, QStringLiteral("Reminder"));
    f.clickRow(id);
    QTest::mouseClick(f.child<QPushButton>("announceEdit"), Qt::LeftButton);
    auto *templ = f.child<QPlainTextEdit>("composerTemplate");
    QTRY_VERIFY(templ->isVisible());
    QCOMPARE(templ->toPlainText(), QStringLiteral("<b>Tonight</b> at 20:00"));
    templ->selectAll();
    QTest::keyClicks(templ, QStringLiteral("<b>Tonight</b> at 21:00, not 20:00"));
    auto *label = f.child<QLineEdit>("composerLabel");
    label->selectAll();
    QTest::keyClicks(label, QStringLiteral("Moved"));
    QTest::mouseClick(f.child<QPushButton>("composerSubmit"), Qt::LeftButton);
    Announcement row = *f.announcements.store()->get(id);
    QCOMPARE(row.text, QStringLiteral("<b>Tonight</b> at 21:00, not 20:00"));
    QCOMPARE(row.label, QStringLiteral("Moved"));
    QCOMPARE(row.status, Announcement::Status::Held);
    QVERIFY(row.log.endsWith(QStringLiteral("Edited by the operator.")));

    // Edited again, but the runner starts sending it before the operator saves.
    f.clickRow(id);
    QTest::mouseClick(f.child<QPushButton>("announceEdit"), Qt::LeftButton);
    QTRY_VERIFY(templ->isVisible());
    templ->selectAll();
    QTest::keyClicks(templ, QStringLiteral("Too late"));
    row.status = Announcement::Status::Sending;
    QVERIFY(f.announcements.store()->update(row));
    QTest::mouseClick(f.child<QPushButton>("composerSubmit"), Qt::LeftButton);
    QCOMPARE(f.announcements.store()->get(id)->text,
             QStringLiteral("<b>Tonight</b> at 21:00, not 20:00"));
    QCOMPARE(f.announcements.store()->get(id)->status, Announcement::Status::Sending);
    QVERIFY(f.child<QLabel>("composerProblems")->text().contains(QStringLiteral("no longer")));
}

// A post made when the uploaded recording is processed links the uploaded video, not the show.
void TestAnnouncementsPanel::uploadTriggerPreviewsTheUploadedVideosUrl()
{
    Fixture f;
    f.addAccount(SocialAccount::Platform::Telegram, QStringLiteral("Chan"));
    f.panel->setShowFields(nightShow());
    f.tickFirstAccount();
    QTest::keyClicks(f.child<QPlainTextEdit>("composerTemplate"), QStringLiteral("{title} {url}"));
    auto *preview = f.child<QLabel>("telegramPreview");
    QVERIFY2(preview->text().contains(QStringLiteral("watch?v=abc")), qPrintable(preview->text()));
    auto *trigger = f.child<QComboBox>("composerTrigger");
    trigger->setCurrentIndex(trigger->findData(int(AnnouncementSpec::Trigger::UploadProcessed)));
    QVERIFY2(preview->text().contains(QStringLiteral("Night Show")), qPrintable(preview->text()));
    QVERIFY2(preview->text().contains(QStringLiteral("watch?v=UPLOADED_VIDEO_ID")),
             qPrintable(preview->text()));
}

void TestAnnouncementsPanel::showPostsAreSavedInThePresetAtTheOperatorsWord()
{
    Fixture f;
    f.showTab(f.panel->composer());
    auto *save = f.child<QPushButton>("composerSavePreset");
    QVERIFY(!save->isVisible()); // no show to save for
    int saves = 0;
    QString answer = QStringLiteral("presets/weekly.json: malformed JSON at byte 12");
    f.panel->setSaveToPreset([&] {
        ++saves;
        return answer;
    });
    QVERIFY(save->isVisible());
    auto *said = f.child<QLabel>("composerProblems");
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saves, 1);
    QVERIFY2(said->text().contains(answer), qPrintable(said->text()));
    answer.clear();
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saves, 2);
    QVERIFY2(said->text().contains(QStringLiteral("saved in its preset")),
             qPrintable(said->text()));
}

void TestAnnouncementsPanel::unconfirmedStandsOutUntilTheOperatorDecides()
{
    Fixture f;
    const SocialAccount tg =
        f.addAccount(SocialAccount::Platform::Telegram, QStringLiteral("Chan"));
    const qint64 seen =
        f.addItem(tg, Announcement::Status::Unconfirmed, QStringLiteral("Live now"));
    const qint64 lost = f.addItem(tg, Announcement::Status::Unconfirmed, QStringLiteral("Ended"));
    const qint64 done = f.addItem(tg, Announcement::Status::Published, QStringLiteral("Tomorrow"));
    auto *table = f.child<QTableView>("announceQueue");
    QCOMPARE(table->model()->rowCount(), 3);

    // Words and colour, both; a published row has neither.
    const auto statusCell = [&](qint64 id) {
        return table->model()->index(f.panel->queue()->rowOf(id),
                                     AnnouncementQueueModel::StatusColumn);
    };
    QVERIFY(statusCell(seen).data().toString().contains(QStringLiteral("UNCONFIRMED")));
    QVERIFY(statusCell(seen).data(Qt::BackgroundRole).isValid());
    QVERIFY(!statusCell(done).data().toString().contains(QStringLiteral("UNCONFIRMED")));
    QVERIFY(!statusCell(done).data(Qt::BackgroundRole).isValid());
    auto *attention = f.child<QLabel>("announceAttention");
    QVERIFY(attention->isVisible());
    QVERIFY2(attention->text().startsWith(QStringLiteral("2 post")), qPrintable(attention->text()));

    // "It's there": published, no question asked, the row is an ordinary one again.
    f.clickRow(seen);
    auto *confirm = f.child<QPushButton>("announceConfirmPosted");
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(f.announcements.store()->get(seen)->status, Announcement::Status::Published);
    QVERIFY(f.questions.isEmpty());
    QCOMPARE(statusCell(seen).data().toString(), QStringLiteral("Published"));
    QVERIFY(!statusCell(seen).data(Qt::BackgroundRole).isValid());
    QVERIFY(attention->text().startsWith(QStringLiteral("1 post")));

    // "Send again" asks first; "no" leaves the row as it was.
    f.clickRow(lost);
    auto *again = f.child<QPushButton>("announceSendAgain");
    QVERIFY(again->isEnabled());
    f.answer = false;
    QTest::mouseClick(again, Qt::LeftButton);
    QCOMPARE(f.questions.size(), 1);
    QVERIFY(f.questions.first().contains(QStringLiteral("post it twice")));
    QCOMPARE(f.announcements.store()->get(lost)->status, Announcement::Status::Unconfirmed);
    // "Yes": pending again, due now; the warning is gone.
    f.answer = true;
    QTest::mouseClick(again, Qt::LeftButton);
    QCOMPARE(f.questions.size(), 2);
    QCOMPARE(f.announcements.store()->get(lost)->status, Announcement::Status::Pending);
    QVERIFY(!attention->isVisible());
    // The log of the selected row shows what happened.
    QVERIFY(f.child<QPlainTextEdit>("announceLog")
                ->toPlainText()
                .contains(QStringLiteral("send it again")));
}

void TestAnnouncementsPanel::heldLateItemIsSentAtTheOperatorsWord()
{
    Fixture f;
    const SocialAccount tg =
        f.addAccount(SocialAccount::Platform::Telegram, QStringLiteral("Chan"));
    const qint64 held = f.addItem(tg, Announcement::Status::Held, QStringLiteral("Tomorrow"));
    auto *table = f.child<QTableView>("announceQueue");
    QVERIFY(table->model()
                ->index(0, AnnouncementQueueModel::StatusColumn)
                .data()
                .toString()
                .contains(QStringLiteral("LATE")));
    QVERIFY(f.child<QLabel>("announceAttention")->text().contains(QStringLiteral("held")));
    f.clickRow(held);
    auto *sendNow = f.child<QPushButton>("announceSendNow");
    QVERIFY(sendNow->isEnabled());
    QVERIFY(!f.child<QPushButton>("announceConfirmPosted")->isEnabled());
    QTest::mouseClick(sendNow, Qt::LeftButton);
    QCOMPARE(f.announcements.store()->get(held)->status, Announcement::Status::Pending);
    QVERIFY(!f.child<QLabel>("announceAttention")->isVisible());
}

void TestAnnouncementsPanel::screenshotInTheWindow()
{
    Fixture f; // outlives the window
    QTemporaryDir dir;
    YouTubeClient client(nullptr);
    BroadcastSession session(&client);
    BreakController breaks(&session, &client);
    PresetStore presets(dir.path());
    PresetLauncher launcher(&session, &presets);
    ui::MainWindow window(&session, &client, nullptr);
    window.addAdBreakPanel(&breaks);
    window.addPresetPanel(&launcher);
    ui::AnnouncementsPanel *panel = window.addAnnouncementsPanel(&f.announcements);
    QVERIFY(panel);
    const SocialAccount tg =
        f.addAccount(SocialAccount::Platform::Telegram, QStringLiteral("Night Show"));
    f.addAccount(SocialAccount::Platform::Instagram, QStringLiteral("Studio"));
    f.addItem(tg, Announcement::Status::Published, QStringLiteral("Tomorrow at 20:00"));
    f.addItem(tg, Announcement::Status::Unconfirmed, QStringLiteral("Live now"));
    f.addItem(tg, Announcement::Status::Held, QStringLiteral("Reminder"));
    window.setSandboxMode(true);
    window.resize(1366, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("setupTabs"));
    QVERIFY(tabs);
    tabs->setCurrentWidget(panel);
    QTest::qWait(50);
    QVERIFY(
        !TestEnvironment::saveScreenshot(&window, QStringLiteral("announcements-queue")).isEmpty());

    // The composer with both accounts ticked and a template: each platform's preview.
    ShowFields fields;
    fields.title = QStringLiteral("Night Show #12 — Q&A <live>");
    fields.url = QUrl(QStringLiteral("https://www.youtube.com/watch?v=abc123"));
    fields.start = QDateTime::currentDateTimeUtc().addDays(1);
    fields.thumbnail = QUrl(QStringLiteral("https://i.ytimg.com/vi/abc123/maxresdefault.jpg"));
    panel->setShowFields(fields);
    auto *inner = panel->findChild<QTabWidget *>(QStringLiteral("announceTabs"));
    inner->setCurrentIndex(1);
    auto *accounts = panel->findChild<QListWidget *>(QStringLiteral("composerAccounts"));
    for (int i = 0; i < accounts->count(); ++i)
        accounts->item(i)->setCheckState(Qt::Checked);
    QTest::keyClicks(panel->findChild<QPlainTextEdit *>(QStringLiteral("composerTemplate")),
                     QStringLiteral("<b>{title}</b> starts {start} #live #music"));
    QTest::qWait(50);
    QVERIFY(!TestEnvironment::saveScreenshot(&window, QStringLiteral("announcements-composer"))
                 .isEmpty());
    inner->setCurrentIndex(2);
    QTest::qWait(50);
    QVERIFY(!TestEnvironment::saveScreenshot(&window, QStringLiteral("announcements-accounts"))
                 .isEmpty());
}

QTEST_MAIN(TestAnnouncementsPanel)
#include "tst_announcementspanel.moc"
