#pragma once

#include "TestHttpClient.h"
#include "google/oauth/OAuthService.h"

#include <QAbstractHttpServer>
#include <QObject>
#include <QUrl>

#include <memory>

namespace onair::test {

// A loopback HTTP server that hands every request to one OAuthService, as the sandbox does.
class OAuthTestServer : public QAbstractHttpServer
{
public:
    explicit OAuthTestServer(sandbox::OAuthService *service)
        : m_service(service)
    {}
    void setService(sandbox::OAuthService *service) { m_service = service; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    sandbox::OAuthService *m_service;
};

class TestSandboxOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void consentPageFormFlow();
    void consentDenied();
    void consentTicketIsSingleUse();
    void autoConsentRedirectsAtOnce();
    void loopbackRedirects_data();
    void loopbackRedirects();
    void authorizationPageErrors_data();
    void authorizationPageErrors();
    void pkceS256GoodVerifier();
    void pkceS256BadVerifier();
    void pkceMissingVerifier();
    void pkcePlain();
    void codeIsSingleUse();
    void redirectUriMismatchAtExchange();
    void tokenEndpointClientErrors_data();
    void tokenEndpointClientErrors();
    void refreshGrant();
    void tokenEndpointTakesJson();
    void accessTokenExpires();
    void expireAllAccessTokens();
    void revokeAccessTokenRevokesGrant();
    void revokeRefreshTokenInQuery();
    void revokeUnknownToken();
    void stateSurvivesRestart();

private:
    void useService(bool autoConsent, int ttlSeconds);
    QUrl url(const QString &path) const;
    QUrl authUrl(const QList<QPair<QString, QString>> &overrides = {},
                 const QStringList &omit = {}) const;
    // Runs the auto-consent authorization and returns the redirect's query.
    QUrlQuery authorize(const QString &challenge, const QString &method,
                        const QString &redirectUri);
    TestHttpClient::Reply exchange(const QString &code, const QString &verifier,
                                   const QString &redirectUri);

    std::unique_ptr<sandbox::OAuthService> m_service;
    std::unique_ptr<OAuthTestServer> m_server;
    quint16 m_port = 0;
    TestHttpClient m_http;
};

} // namespace onair::test
