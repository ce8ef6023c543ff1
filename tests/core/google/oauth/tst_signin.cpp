#include "ClientTestSupport.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "google/oauth/AccountManager.h"
#include "google/oauth/LoopbackListener.h"
#include "google/oauth/Pkce.h"
#include "google/oauth/SignInFlow.h"
#include "google/youtube/YouTubeClient.h"
#include "secrets/SecretStore.h"

#include <QDesktopServices>
#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace onair;
using namespace onair::test;

// Plays the system browser: QDesktopServices hands it the authorization URL, and it talks to
// the sandbox and then to OnAir's loopback listener the way a browser would.
class FakeBrowser : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Follow,  // GET the URL and follow redirects (the sandbox runs with --auto-consent)
        Consent, // GET the consent page, submit it for `channelId` (or deny), follow the 302
        Capture, // only remember the URL
    };

    Mode mode = Mode::Follow;
    QString channelId;
    bool deny = false;
    QList<QUrl> opened;
    int finalStatus = 0;
    QByteArray finalBody;
    bool done = false;

public Q_SLOTS:
    void openUrl(const QUrl &url)
    {
        opened.append(url);
        if (mode == Mode::Capture)
            return;
        QNetworkRequest request(url);
        if (mode == Mode::Follow) {
            finish(m_nam.get(request));
            return;
        }
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *page = m_nam.get(request);
        connect(page, &QNetworkReply::finished, this, [this, page, url] {
            page->deleteLater();
            const QByteArray html = page->readAll();
            const QByteArray marker = "name=\"ticket\" value=\"";
            const qsizetype at = html.indexOf(marker);
            if (at < 0) {
                finalStatus = -1;
                done = true;
                return;
            }
            const qsizetype start = at + marker.size();
            const QByteArray ticket = html.mid(start, html.indexOf('"', start) - start);
            QUrlQuery form;
            form.addQueryItem(QStringLiteral("ticket"), QString::fromLatin1(ticket));
            form.addQueryItem(QStringLiteral("channel"), channelId);
            form.addQueryItem(QStringLiteral("decision"),
                              deny ? QStringLiteral("deny") : QStringLiteral("allow"));
            QUrl consent = url;
            consent.setPath(QStringLiteral("/o/oauth2/v2/auth/consent"));
            consent.setQuery(QString());
            QNetworkRequest post(consent);
            post.setHeader(QNetworkRequest::ContentTypeHeader,
                           QByteArrayLiteral("application/x-www-form-urlencoded"));
            post.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                              QNetworkRequest::ManualRedirectPolicy);
            QNetworkReply *answer = m_nam.post(post, form.query(QUrl::FullyEncoded).toUtf8());
            connect(answer, &QNetworkReply::finished, this, [this, answer] {
                answer->deleteLater();
                const QUrl location = answer->header(QNetworkRequest::LocationHeader).toUrl();
                finish(m_nam.get(QNetworkRequest(location)));
            });
        });
    }

private:
    void finish(QNetworkReply *reply)
    {
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            finalStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            finalBody = reply->readAll();
            done = true;
        });
    }

    QNetworkAccessManager m_nam;
};

// Sign-in end to end against the sandbox and the real keyring: the browser hook, the
// loopback listener, PKCE and state, the exchange, accounts side by side, restore after a
// restart, sign-out, and no secret in any file.
class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void endToEnd();
    void restoresAfterRestart();
    void noSecretInAnyFile();
    void twoAccountsSideBySide();
    void wrongStateIsRejected();
    void accessDeniedEndsTheFlow();
    void timeoutClosesTheListener();
    void listenerSurvivesGarbage();
    void signOutRevokesAndForgets();

private:
    static bool openInBrowser(const QUrl &url) { return QDesktopServices::openUrl(url); }
    static bool portIsClosed(quint16 port);
    QString readSecret(const QString &account, const QString &name);

    std::unique_ptr<SandboxProcess> m_sandbox;
    FakeBrowser m_browser;
    SecretStore m_store{QStringLiteral("OnAirTest-signin")};
    QString m_accountsFile;
    QStringList m_secretsSeen;
};

void TestSignIn::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    QCoreApplication::setOrganizationName(QStringLiteral("OnAirTest"));
    QCoreApplication::setApplicationName(QStringLiteral("onair-signin-test"));
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--auto-consent")});
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "openUrl");
    m_accountsFile = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                     QStringLiteral("/accounts.json");
    m_secretsSeen << m_sandbox->endpoints().clientSecret;
}

void TestSignIn::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    if (m_sandbox)
        m_sandbox->stop();
    m_sandbox.reset();
}

void TestSignIn::init()
{
    m_browser.mode = FakeBrowser::Mode::Follow;
    m_browser.deny = false;
    m_browser.opened.clear();
    m_browser.done = false;
    m_browser.finalStatus = 0;
    m_browser.finalBody.clear();
}

bool TestSignIn::portIsClosed(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor(
            [&] {
                return socket.state() == QAbstractSocket::UnconnectedState ||
                       socket.state() == QAbstractSocket::ConnectedState;
            },
            10000))
        return false;
    return socket.state() == QAbstractSocket::UnconnectedState &&
           socket.error() == QAbstractSocket::ConnectionRefusedError;
}

QString TestSignIn::readSecret(const QString &account, const QString &name)
{
    auto o =
        await<SecretStore::Outcome>([&](auto cb) { m_store.read(account, name, this, cb); }, 30000);
    if (!o || !o->ok)
        return QStringLiteral("<error>");
    return o->value.value_or(QString());
}

void TestSignIn::endToEnd()
{
    const Result<ClientCredentials> client = m_sandbox->endpoints().credentials();
    QVERIFY(client);
    AccountManager accounts(&m_store, m_accountsFile);
    std::optional<Result<AccountSession *>> result;
    accounts.signIn(client.value(), m_sandbox->api(), &TestSignIn::openInBrowser, this,
                    [&](Result<AccountSession *> r) { result = r; });
    QVERIFY(accounts.currentSignIn());
    const LoopbackListener &listener = accounts.currentSignIn()->listener();
    const quint16 port = listener.port();
    QVERIFY(port > 0);
    QCOMPARE(listener.serverAddress(), QHostAddress(QHostAddress::LocalHost));

    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
    QVERIFY2(*result, qPrintable(result->error().summary()));
    AccountSession *session = result->value();

    // What the browser was given: the sandbox's endpoint with PKCE S256, a state, loopback.
    QCOMPARE(m_browser.opened.size(), 1);
    const QUrl authUrl = m_browser.opened.first();
    const QUrlQuery q(authUrl);
    QCOMPARE(authUrl.adjusted(QUrl::RemoveQuery), m_sandbox->endpoints().auth);
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QVERIFY(q.queryItemValue(QStringLiteral("state")).size() >= 43);
    QCOMPARE(QUrl(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)),
             QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QVERIFY(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded)
                .contains(QLatin1String("youtube")));

    // The browser saw our success page, and the listener is gone.
    QTRY_VERIFY_WITH_TIMEOUT(m_browser.done, 30000);
    QCOMPARE(m_browser.finalStatus, 200);
    QVERIFY(m_browser.finalBody.contains("OnAir"));
    QVERIFY(portIsClosed(port));

    // The account knows its channel, and the keychain holds its secrets.
    QCOMPARE(session->channelId(), QStringLiteral("UCsbxOnAirMorningShow0a1"));
    QCOMPARE(session->channelTitle(), QStringLiteral("OnAir Morning Show"));
    QCOMPARE(session->accountId(), session->channelId());
    QVERIFY(session->isSignedIn());
    const QString refresh = readSecret(session->accountId(), QStringLiteral("refreshToken"));
    QVERIFY(!refresh.isEmpty() && refresh != QLatin1String("<error>"));
    QCOMPARE(readSecret(session->accountId(), QStringLiteral("clientSecret")),
             m_sandbox->endpoints().clientSecret);
    m_secretsSeen << refresh;
    auto access = await<Result<QString>>([&](auto cb) { session->accessToken(this, cb); });
    QVERIFY(access && *access);
    m_secretsSeen << access->value();

    // And it works against the API.
    YouTubeClient api(session);
    api.setRootUrl(session->apiRoot());
    auto channel = await<Result<Channel>>([&](auto cb) { api.channels().mine(this, cb); });
    QVERIFY(channel && *channel);
    QCOMPARE(channel->value().id, session->channelId());
    QVERIFY(QFile::exists(m_accountsFile));
}

void TestSignIn::restoresAfterRestart()
{
    // A new start of OnAir: the list from accounts.json, the secrets from the keychain.
    AccountManager accounts(&m_store, m_accountsFile);
    QCOMPARE(accounts.accounts().size(), 1);
    auto signedIn = await<int>([&](auto cb) { accounts.restore(this, cb); });
    QVERIFY(signedIn);
    QCOMPARE(*signedIn, 1);
    AccountSession *session = accounts.accounts().first();
    QCOMPARE(session->channelTitle(), QStringLiteral("OnAir Morning Show"));
    YouTubeClient api(session);
    api.setRootUrl(session->apiRoot());
    // No access token was kept: this call refreshes with the keychain's refresh token.
    auto streams = await<Result<Page<LiveStream>>>(
        [&](auto cb) { api.streams().list({}, {QStringLiteral("id")}, QString(), 5, this, cb); });
    QVERIFY(streams);
    QVERIFY2(*streams, qPrintable(streams->error().summary()));
    auto access = await<Result<QString>>([&](auto cb) { session->accessToken(this, cb); });
    QVERIFY(access && *access);
    m_secretsSeen << access->value();
}

void TestSignIn::noSecretInAnyFile()
{
    QVERIFY(m_secretsSeen.size() >= 4);
    const QStringList roots = {
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
            QStringLiteral("/OnAirTest"),
    };
    int files = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            ++files;
            for (const QString &secret : std::as_const(m_secretsSeen)) {
                QVERIFY(!secret.isEmpty());
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(f.fileName()));
                QVERIFY2(!content.contains(QUrl::toPercentEncoding(secret)),
                         qPrintable(f.fileName()));
            }
        }
    }
    QVERIFY(files >= 1); // accounts.json at least was looked at
}

void TestSignIn::twoAccountsSideBySide()
{
    // A sandbox that shows its consent page: the browser picks the channel.
    SandboxProcess consenting;
    QVERIFY2(consenting.isReady(), qPrintable(consenting.errorString()));
    const Result<ClientCredentials> client = consenting.endpoints().credentials();
    QVERIFY(client);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("accounts.json"));
    SecretStore store(QStringLiteral("OnAirTest-two"));
    AccountManager accounts(&store, file);
    m_browser.mode = FakeBrowser::Mode::Consent;

    const QStringList channels = {QStringLiteral("UCsbxOnAirNightDesk00b72"),
                                  QStringLiteral("UCsbxOnAirMorningShow0a1")};
    for (const QString &channel : channels) {
        m_browser.channelId = channel;
        m_browser.done = false;
        auto r = await<Result<AccountSession *>>([&](auto cb) {
            accounts.signIn(client.value(), consenting.api(), &TestSignIn::openInBrowser, this, cb);
        });
        QVERIFY(r);
        QVERIFY2(*r, qPrintable(r->error().summary()));
        QCOMPARE(r->value()->channelId(), channel);
    }
    QCOMPARE(accounts.accounts().size(), 2);

    // Each account acts as its own channel, at the same time.
    YouTubeClient night(accounts.account(channels[0]));
    YouTubeClient morning(accounts.account(channels[1]));
    night.setRootUrl(consenting.api());
    morning.setRootUrl(consenting.api());
    std::optional<Result<Channel>> a;
    std::optional<Result<Channel>> b;
    night.channels().mine(this, [&](Result<Channel> c) { a = c; });
    morning.channels().mine(this, [&](Result<Channel> c) { b = c; });
    QTRY_VERIFY_WITH_TIMEOUT(a.has_value() && b.has_value(), 30000);
    QVERIFY(*a && *b);
    QCOMPARE(a->value().title, QStringLiteral("OnAir Night Desk"));
    QCOMPARE(b->value().title, QStringLiteral("OnAir Morning Show"));

    // The list survives a restart with both.
    AccountManager again(&store, file);
    QCOMPARE(again.accounts().size(), 2);
    auto signedIn = await<int>([&](auto cb) { again.restore(this, cb); });
    QVERIFY(signedIn);
    QCOMPARE(*signedIn, 2);
    for (const QString &channel : channels) {
        auto removed =
            await<Result<bool>>([&](auto cb) { again.removeAccount(channel, this, cb); });
        QVERIFY(removed && *removed);
    }
    QCOMPARE(again.accounts().size(), 0);
    consenting.stop();
}

void TestSignIn::wrongStateIsRejected()
{
    const Result<ClientCredentials> client = m_sandbox->endpoints().credentials();
    QVERIFY(client);
    m_browser.mode = FakeBrowser::Mode::Capture;
    QNetworkAccessManager nam;
    SignInFlow flow(client.value(), &TestSignIn::openInBrowser, &nam);
    std::optional<Result<TokenSet>> outcome;
    int finishedCount = 0;
    connect(&flow, &SignInFlow::finished, this, [&](const Result<TokenSet> &r) {
        outcome = r;
        ++finishedCount;
    });
    flow.start();
    QVERIFY(flow.isRunning());
    QCOMPARE(m_browser.opened.size(), 1);
    const quint16 port = flow.listener().port();

    // A forged answer with another state: refused, and the listener keeps waiting.
    QNetworkReply *forged =
        nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/?code=stolen&state=%2")
                                         .arg(port)
                                         .arg(QString::fromLatin1(Pkce::generateState())))));
    QTRY_VERIFY_WITH_TIMEOUT(forged->isFinished(), 30000);
    QCOMPARE(forged->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    forged->deleteLater();
    QCOMPARE(finishedCount, 0);
    QVERIFY(flow.isRunning());
    QVERIFY(flow.listener().isListening());

    // A stray request (favicon) changes nothing either.
    QNetworkReply *favicon =
        nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/favicon.ico").arg(port))));
    QTRY_VERIFY_WITH_TIMEOUT(favicon->isFinished(), 30000);
    QCOMPARE(favicon->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    favicon->deleteLater();
    QVERIFY(flow.listener().isListening());

    // The real browser round trip still completes.
    m_browser.mode = FakeBrowser::Mode::Follow;
    m_browser.openUrl(m_browser.opened.first());
    QTRY_COMPARE_WITH_TIMEOUT(finishedCount, 1, 60000);
    const Result<TokenSet> result = *outcome;
    QVERIFY2(result, qPrintable(result.error().summary()));
    QVERIFY(!result.value().refreshToken.isEmpty());
    QVERIFY(portIsClosed(port));
}

void TestSignIn::accessDeniedEndsTheFlow()
{
    SandboxProcess consenting;
    QVERIFY2(consenting.isReady(), qPrintable(consenting.errorString()));
    const Result<ClientCredentials> client = consenting.endpoints().credentials();
    QVERIFY(client);
    m_browser.mode = FakeBrowser::Mode::Consent;
    m_browser.deny = true;
    QNetworkAccessManager nam;
    SignInFlow flow(client.value(), &TestSignIn::openInBrowser, &nam);
    std::optional<Result<TokenSet>> outcome;
    int finishedCount = 0;
    connect(&flow, &SignInFlow::finished, this, [&](const Result<TokenSet> &r) {
        outcome = r;
        ++finishedCount;
    });
    flow.start();
    const quint16 port = flow.listener().port();
    QTRY_COMPARE_WITH_TIMEOUT(finishedCount, 1, 60000);
    const Result<TokenSet> result = *outcome;
    QVERIFY(!result);
    QCOMPARE(result.error().reason, QStringLiteral("access_denied"));
    QTRY_VERIFY_WITH_TIMEOUT(m_browser.done, 30000);
    QCOMPARE(m_browser.finalStatus, 200);
    QVERIFY(portIsClosed(port));
    consenting.stop();
}

void TestSignIn::timeoutClosesTheListener()
{
    const Result<ClientCredentials> client = m_sandbox->endpoints().credentials();
    QVERIFY(client);
    m_browser.mode = FakeBrowser::Mode::Capture;
    QNetworkAccessManager nam;
    SignInFlow flow(client.value(), &TestSignIn::openInBrowser, &nam);
    flow.setTimeout(500);
    std::optional<Result<TokenSet>> outcome;
    int finishedCount = 0;
    connect(&flow, &SignInFlow::finished, this, [&](const Result<TokenSet> &r) {
        outcome = r;
        ++finishedCount;
    });
    flow.start();
    const quint16 port = flow.listener().port();
    QTRY_COMPARE_WITH_TIMEOUT(finishedCount, 1, 30000);
    QCOMPARE(outcome->error().reason, QStringLiteral("signInTimedOut"));
    QVERIFY(!flow.listener().isListening());
    QVERIFY(portIsClosed(port));
}

void TestSignIn::listenerSurvivesGarbage()
{
    LoopbackListener listener;
    QVERIFY(listener.listen("expected-state", 60000));
    std::optional<OAuthRedirect> received;
    connect(&listener, &LoopbackListener::redirectReceived, this,
            [&](const OAuthRedirect &r) { received = r; });
    const auto exchange = [&](const QByteArray &bytes) -> QByteArray {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, listener.port());
        if (!socket.waitForConnected(10000))
            return QByteArray();
        socket.write(bytes);
        QByteArray answer;
        const bool closed = QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            20000);
        answer += socket.readAll();
        return closed ? answer : QByteArray();
    };
    // A request line far too long, binary noise, a POST: refused, still listening.
    QVERIFY(exchange(QByteArray(20000, 'A')).startsWith("HTTP/1.1 400"));
    QVERIFY(exchange(QByteArray("\x16\x03\x01\x02\x00\x01\r\n", 8)).startsWith("HTTP/1.1 400"));
    QVERIFY(
        exchange("POST /?code=c&state=expected-state HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 400"));
    QVERIFY(listener.isListening());
    QVERIFY(!received.has_value());
    // The real answer ends it.
    const QByteArray ok = exchange("GET /?code=the-code&state=expected-state HTTP/1.1\r\n\r\n");
    QVERIFY(ok.startsWith("HTTP/1.1 200"));
    QVERIFY(ok.contains("text/html"));
    QVERIFY(received.has_value());
    QCOMPARE(received->code, QStringLiteral("the-code"));
    QVERIFY(!listener.isListening());
}

void TestSignIn::signOutRevokesAndForgets()
{
    AccountManager accounts(&m_store, m_accountsFile);
    auto signedIn = await<int>([&](auto cb) { accounts.restore(this, cb); });
    QVERIFY(signedIn && *signedIn == 1);
    AccountSession *session = accounts.accounts().first();
    const QString id = session->accountId();
    const QString refresh = readSecret(id, QStringLiteral("refreshToken"));
    QVERIFY(!refresh.isEmpty());

    auto out = await<Result<bool>>([&](auto cb) { session->signOut(this, cb); });
    QVERIFY(out);
    QVERIFY2(*out, qPrintable(out->error().summary()));
    QCOMPARE(session->state(), AccountSession::State::SignedOut);
    QCOMPARE(readSecret(id, QStringLiteral("refreshToken")), QString());
    // Revoked at the token endpoint: the old refresh token no longer works.
    const SandboxProcess::Response r = m_sandbox->request(
        "POST", QStringLiteral("token"),
        "grant_type=refresh_token&client_id=" +
            QUrl::toPercentEncoding(m_sandbox->endpoints().clientId) +
            "&client_secret=" + QUrl::toPercentEncoding(m_sandbox->endpoints().clientSecret) +
            "&refresh_token=" + QUrl::toPercentEncoding(refresh),
        "application/x-www-form-urlencoded");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    // A signed-out account refuses calls without sending them.
    YouTubeClient api(session);
    api.setRootUrl(session->apiRoot());
    QSignalSpy sent(&api, &YouTubeClient::requestFinished);
    auto call = await<Result<Channel>>([&](auto cb) { api.channels().mine(this, cb); });
    QVERIFY(call && !*call);
    QCOMPARE(call->error().kind, ApiError::Kind::SignedOut);
    QCOMPARE(sent.size(), 0);

    auto removed = await<Result<bool>>([&](auto cb) { accounts.removeAccount(id, this, cb); });
    QVERIFY(removed && *removed);
    QCOMPARE(readSecret(id, QStringLiteral("clientSecret")), QString());
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
