#pragma once

#include "google/oauth/ClientCredentials.h"
#include "google/oauth/LoopbackListener.h"
#include "google/oauth/TokenEndpoint.h"
#include "google/oauth/TokenSet.h"
#include "net/Result.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace onair {

// OAuth 2.0 for installed apps, by hand (Qt 6.4's flow has no PKCE): a loopback listener on
// 127.0.0.1, the system browser on the authorization URL (PKCE S256, a random state), then
// the code exchange. Core never links Qt Gui, so "open the browser" is a function the app
// wires to QDesktopServices::openUrl (tests catch the URL there).
class SignInFlow : public QObject
{
    Q_OBJECT

public:
    using BrowserOpener = std::function<bool(const QUrl &)>;

    static constexpr int kDefaultTimeoutMs = 5 * 60 * 1000; // time to consent in the browser

    // What everyone signs in with: YouTube only.
    static QStringList defaultScopes();
    // For an operator who opted into Content ID: also youtubepartner (the Partner API).
    static QStringList contentIdScopes();

    SignInFlow(const ClientCredentials &client, BrowserOpener openBrowser,
               QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setScopes(const QStringList &scopes) { m_scopes = scopes; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setLoginHint(const QString &hint) { m_loginHint = hint; }

    // Starts listening and opens the browser. finished() follows exactly once (also when
    // the browser cannot be opened or the listener cannot bind).
    void start();
    void cancel();

    bool isRunning() const { return m_running; }
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    QUrl redirectUri() const { return m_listener.redirectUri(); }
    const LoopbackListener &listener() const { return m_listener; }

Q_SIGNALS:
    void finished(const onair::Result<onair::TokenSet> &result);

private:
    void onRedirect(const OAuthRedirect &redirect);
    void finish(const Result<TokenSet> &result);

    ClientCredentials m_client;
    BrowserOpener m_openBrowser;
    TokenEndpoint m_tokens;
    LoopbackListener m_listener;
    QStringList m_scopes;
    QString m_loginHint;
    int m_timeoutMs = kDefaultTimeoutMs;
    QByteArray m_verifier;
    QByteArray m_state;
    QUrl m_authorizationUrl;
    bool m_running = false;
};

} // namespace onair
