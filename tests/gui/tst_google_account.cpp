#include "tst_google_account.h"

#include "AppController.h"
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "auth/AccountSession.h"
#include "session/BroadcastSession.h"
#include "session/EventLog.h"

#include <QAction>
#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

using namespace onair;
using onair::test::SandboxProcess;
using onair::test::TestEnvironment;

void TestGoogleAccount::openInBrowser(const QUrl &url)
{
    ++m_opened;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *consent = m_browser.get(request);
    connect(consent, &QNetworkReply::finished, this, [this, consent] {
        consent->deleteLater();
        const QUrl next = consent->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (next.isValid()) {
            QNetworkReply *back = m_browser.get(QNetworkRequest(consent->url().resolved(next)));
            connect(back, &QNetworkReply::finished, back, &QObject::deleteLater);
        }
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

    // Google's file for a desktop app, its endpoints pointing at the sandbox.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("client_secret.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QJsonObject installed{
            {QStringLiteral("client_id"), sandbox.clientId()},
            {QStringLiteral("client_secret"), sandbox.clientSecret()},
            {QStringLiteral("project_id"), QStringLiteral("onair-test")},
            {QStringLiteral("auth_uri"), sandbox.auth().toString()},
            {QStringLiteral("token_uri"), sandbox.token().toString()},
            {QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("http://localhost")}}};
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("installed"), installed}}).toJson());
    }

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

QTEST_MAIN(TestGoogleAccount)
