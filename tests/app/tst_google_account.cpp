#include "tst_google_account.h"

#include "AppController.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "accounts/AccountsMenu.h"
#include "google/oauth/AccountSession.h"
#include "secrets/SecretStore.h"
#include "shell/MainWindow.h"
#include "show/BroadcastSession.h"
#include "show/EventLog.h"

#include <QAction>
#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace onair;
using onair::test::SandboxProcess;
using onair::test::TestEnvironment;

namespace {

// Google's client_secret.json for a desktop app, its endpoints pointing at the sandbox.
bool writeClientSecret(SandboxProcess &sandbox, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject installed{
        {QStringLiteral("client_id"), sandbox.endpoints().clientId},
        {QStringLiteral("client_secret"), sandbox.endpoints().clientSecret},
        {QStringLiteral("project_id"), QStringLiteral("onair-test")},
        {QStringLiteral("auth_uri"), sandbox.endpoints().auth.toString()},
        {QStringLiteral("token_uri"), sandbox.endpoints().token.toString()},
        {QStringLiteral("revoke_uri"),
         sandbox.api().resolved(QUrl(QStringLiteral("revoke"))).toString()},
        {QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("http://localhost")}}};
    return f.write(QJsonDocument(QJsonObject{{QStringLiteral("installed"), installed}}).toJson()) >
           0;
}

} // namespace

void TestGoogleAccount::openInBrowser(const QUrl &url)
{
    ++m_opened;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *consent = m_browser.get(request);
    connect(consent, &QNetworkReply::finished, this, [this, consent] {
        consent->deleteLater();
        const auto follow = [this](QNetworkReply *reply) {
            const QUrl next = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
            if (next.isValid()) {
                QNetworkReply *back = m_browser.get(QNetworkRequest(reply->url().resolved(next)));
                connect(back, &QNetworkReply::finished, back, &QObject::deleteLater);
            }
        };
        const QString page = QString::fromUtf8(consent->readAll());
        const QRegularExpressionMatch ticket =
            QRegularExpression(QStringLiteral("name=\"ticket\" value=\"([^\"]+)\"")).match(page);
        if (!ticket.hasMatch()) {
            follow(consent); // --auto-consent: straight back to OnAir
            return;
        }
        // The consent page: pick m_channel and allow, as the operator would.
        QNetworkRequest post(
            consent->url().resolved(QUrl(QStringLiteral("/o/oauth2/v2/auth/consent"))));
        post.setHeader(QNetworkRequest::ContentTypeHeader,
                       QStringLiteral("application/x-www-form-urlencoded"));
        post.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                          QNetworkRequest::ManualRedirectPolicy);
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("ticket"), ticket.captured(1));
        form.addQueryItem(QStringLiteral("channel"), m_channel);
        form.addQueryItem(QStringLiteral("decision"), QStringLiteral("allow"));
        QNetworkReply *allowed = m_browser.post(post, form.toString(QUrl::FullyEncoded).toUtf8());
        connect(allowed, &QNetworkReply::finished, this, [allowed, follow] {
            allowed->deleteLater();
            follow(allowed);
        });
    });
}

void TestGoogleAccount::noAccountStartsOnTheSandbox()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    qputenv("ONAIR_SANDBOX_PROGRAM", ONAIR_SANDBOX_EXECUTABLE);
    {
        AppController app(AppController::Options{});
        app.start();
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));
        QAction *again = nullptr;
        for (QAction *a : app.window()->findChildren<QAction *>()) {
            if (a->text() == QLatin1String("&Sign in again"))
                again = a;
        }
        QVERIFY(again);
        // Account → Sign in again before any account exists (the sandbox is still starting):
        // said, not a crash.
        QVERIFY(!app.account());
        again->trigger();
        QCOMPARE(app.session()->eventLog()->entries().last().reason, QStringLiteral("noAccount"));
        // The sandbox stands in for YouTube, as with --sandbox.
        auto *account = app.window()->findChild<QLabel *>(QStringLiteral("accountLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(account->text().startsWith(QLatin1String("Signed in")), 30000);
        QVERIFY(app.window()->windowTitle().contains(QLatin1String("sandbox")));
        QCOMPARE(app.account()->accountId(), QStringLiteral("sandbox"));
        QCOMPARE(m_opened, 0); // no browser for the sandbox
    }
    qunsetenv("ONAIR_SANDBOX_PROGRAM");
}

void TestGoogleAccount::importSignInAndRestart()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    SandboxProcess sandbox({QStringLiteral("--auto-consent")});
    QVERIFY2(sandbox.isReady(), qPrintable(sandbox.errorString()));
    QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "openInBrowser");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("client_secret.json"));
    QVERIFY(writeClientSecret(sandbox, path));

    AppController::Options options;
    options.apiRoot = sandbox.api();
    {
        AppController app(options);
        app.start();
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));
        auto *account = app.window()->findChild<QLabel *>(QStringLiteral("accountLabel"));
        QVERIFY(!account->text().startsWith(QLatin1String("Signed in")));
        // A broken file is refused with the reason, nothing else happens.
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"web\": 3}");
        }
        app.addGoogleAccount(broken);
        QTRY_VERIFY(app.session()->eventLog()->entries().last().result.contains(
            QLatin1String("client_secret.json")));
        QCOMPARE(m_opened, 0);

        app.addGoogleAccount(path);
        QTRY_VERIFY_WITH_TIMEOUT(account->text().startsWith(QLatin1String("Signed in")), 30000);
        QCOMPARE(m_opened, 1);
        QVERIFY(!app.window()->windowTitle().contains(QLatin1String("sandbox")));
        TestEnvironment::saveScreenshot(app.window(), QStringLiteral("google-account-signed-in"));
    }
    // Started again: the account comes back from the keychain, no browser.
    {
        AppController app(options);
        app.start();
        auto *account = app.window()->findChild<QLabel *>(QStringLiteral("accountLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(account->text().startsWith(QLatin1String("Signed in")), 30000);
        QCOMPARE(m_opened, 1);
    }
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

void TestGoogleAccount::twoAccountsEachWithItsShow()
{
    // A home of its own: no account yet.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    SandboxProcess sandbox; // a consent page with both channels
    QVERIFY2(sandbox.isReady(), qPrintable(sandbox.errorString()));
    QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "openInBrowser");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("client_secret.json"));
    QVERIFY(writeClientSecret(sandbox, path));
    const QString morning = QStringLiteral("UCsbxOnAirMorningShow0a1");
    const QString night = QStringLiteral("UCsbxOnAirNightDesk00b72");
    AppController::Options options;
    options.apiRoot = sandbox.api();
    AppController app(options);
    app.start();
    QVERIFY(QTest::qWaitForWindowExposed(app.window()));
    BroadcastSession *session = app.session();
    const auto signedInAs = [&app](const QString &channel) {
        return app.account() && app.account()->channelId() == channel &&
               app.account()->isSignedIn() &&
               app.window()
                   ->findChild<QLabel *>(QStringLiteral("accountLabel"))
                   ->text()
                   .contains(channel);
    };

    // The first channel, with a show.
    m_channel = morning;
    app.addGoogleAccount(path);
    QTRY_VERIFY_WITH_TIMEOUT(signedInAs(morning), 30000);
    LiveBroadcast draft;
    draft.snippet.title = QStringLiteral("Morning show");
    draft.snippet.scheduledStartTime = QDateTime::currentDateTimeUtc().addSecs(3600);
    draft.status.privacyStatus = QStringLiteral("private");
    session->createBroadcast(draft);
    QTRY_VERIFY_WITH_TIMEOUT(session->broadcast().has_value(), 30000);
    const QString show = session->broadcast()->id;

    // The second channel of the same project: no show of its own.
    m_channel = night;
    app.addGoogleAccount(path);
    QTRY_VERIFY_WITH_TIMEOUT(signedInAs(night), 30000);
    QVERIFY(!session->broadcast().has_value());
    ui::AccountsMenu *menu = app.window()->accountsMenu();
    QCOMPARE(menu->accountActions().size(), 2);
    QAction *morningEntry = nullptr;
    for (QAction *a : menu->accountActions()) {
        QCOMPARE(a->isChecked(), a->data().toString() == night);
        if (a->data().toString() == morning)
            morningEntry = a;
    }
    QVERIFY(morningEntry);
    QVERIFY2(morningEntry->text().contains(QLatin1String("OnAir Morning Show")) &&
                 morningEntry->text().contains(morning),
             qPrintable(morningEntry->text()));

    // Back to the first: its show is where it was.
    morningEntry->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(signedInAs(morning), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(session->broadcast() && session->broadcast()->id == show, 30000);
    for (QAction *a : menu->accountActions())
        QCOMPARE(a->isChecked(), a->data().toString() == morning);

    // Sign out: revoked at the revoke endpoint, nothing left in the keychain.
    const int revokesBefore = [&sandbox] {
        int n = 0;
        for (const QJsonValue &r : sandbox.control("GET", QStringLiteral("requests"))
                                       .value(QLatin1String("requests"))
                                       .toArray())
            n += r.toObject().value(QLatin1String("path")).toString() == QLatin1String("/revoke");
        return n;
    }();
    // Asked first: "no" keeps the account signed in, and nothing is revoked.
    QStringList asked;
    bool answer = false;
    app.window()->setConfirm(
        [&](const QString &title, const QString &, ui::Prompts::Answered answered) {
            asked << title;
            answered(answer);
        });
    menu->signOutAction()->trigger();
    QCOMPARE(asked, QStringList{QStringLiteral("Sign out")});
    QTest::qWait(300);
    QVERIFY(app.account()->isSignedIn());
    answer = true;
    menu->signOutAction()->trigger();
    QCOMPARE(asked.size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!app.account()->isSignedIn() &&
                                 app.session()->eventLog()->entries().last().action ==
                                     QLatin1String("Sign out"),
                             30000);
    QCOMPARE(app.session()->eventLog()->entries().last().outcome, EventLog::Outcome::Ok);
    int revokes = 0;
    for (const QJsonValue &r : sandbox.control("GET", QStringLiteral("requests"))
                                   .value(QLatin1String("requests"))
                                   .toArray())
        revokes += r.toObject().value(QLatin1String("path")).toString() == QLatin1String("/revoke");
    QCOMPARE(revokes, revokesBefore + 1);
    SecretStore keychain(QStringLiteral("OnAir"));
    for (const QString &name : {QStringLiteral("refreshToken"), QStringLiteral("clientSecret")}) {
        bool answered = false;
        SecretStore::Outcome outcome;
        keychain.read(morning, name, this, [&](const SecretStore::Outcome &o) {
            outcome = o;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QVERIFY(outcome.ok);
        QVERIFY2(!outcome.value.has_value(), qPrintable(name));
    }
    // The other channel keeps its sign-in.
    bool answered = false;
    SecretStore::Outcome kept;
    keychain.read(night, QStringLiteral("refreshToken"), this, [&](const SecretStore::Outcome &o) {
        kept = o;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(kept.value.has_value());
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

QTEST_MAIN(TestGoogleAccount)

#include "moc_tst_google_account.cpp"
