#pragma once

#include "rehearsal/SandboxEndpoints.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace onair::test {

// A real `onair-sandbox` for a test: started as a child process on free loopback ports,
// killed when this object goes away (SIGTERM, then SIGKILL after 3 s). Its stderr goes to
// the test's stderr.
//
//   SandboxProcess sandbox({QStringLiteral("--auto-consent")});
//   QVERIFY2(sandbox.isReady(), qPrintable(sandbox.errorString()));
//   const QString token = sandbox.signIn().accessToken;          // needs --auto-consent
//   auto reply = sandbox.call("GET", "youtube/v3/channels?part=id&mine=true", token);
//   sandbox.control("POST", "faults", {{"spec", "error=503x2"}});
//
// The HTTP helpers block (a local event loop, bounded by timeoutMs), which is fine in tests
// and nowhere else. They never follow redirects.
class SandboxProcess
{
public:
    struct Response
    {
        int status = 0; // 0: no answer (connection dropped or timed out)
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString error; // the network error, when there was one

        QByteArray header(const QByteArray &name) const; // case-insensitive
        QJsonObject json() const;                        // empty when the body is not an object
    };

    struct Tokens
    {
        QString accessToken;
        QString refreshToken;
        int expiresIn = 0;
        QString scope;
    };

    // Starts `onair-sandbox --port 0 --rtmp-port 0 <arguments>` and waits (at most
    // readyTimeoutMs) for its ready line.
    explicit SandboxProcess(const QStringList &arguments = {}, int readyTimeoutMs = 15000);
    // A sandbox someone else started (the app), known by its ready line: talked to, never
    // stopped by this object.
    static std::unique_ptr<SandboxProcess> attach(const QByteArray &readyLine);
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    bool isReady() const { return m_ready; }
    qint64 pid() const { return m_process.processId(); }
    // Waits for the sandbox to exit by itself; true when it did, with status 0.
    bool waitForExit(int timeoutMs);
    QString errorString() const { return m_error; }
    // Stops the sandbox (SIGTERM, SIGKILL after 3 s); true when it exited on its own with 0.
    bool stop();

    // From the ready line.
    const SandboxEndpoints &endpoints() const { return m_endpoints; }
    QUrl api() const { return m_endpoints.api; } // "http://127.0.0.1:P/"
    QString rtmp() const { return m_endpoints.rtmp; }
    QJsonObject readyLine() const { return m_endpoints.readyJson; }

    // Signs in without a browser (the sandbox must run with --auto-consent): the
    // authorization request with PKCE S256 and a loopback redirect_uri, the code from the
    // 302's Location, and the exchange at the token endpoint. Empty tokens on failure.
    Tokens signIn(const QStringList &scopes = {
                      QStringLiteral("https://www.googleapis.com/auth/youtube.force-ssl")});

    // Any request; `pathAndQuery` is relative to the api root ("youtube/v3/…?…").
    Response request(const QByteArray &verb, const QString &pathAndQuery,
                     const QByteArray &body = {}, const QByteArray &contentType = {},
                     const QString &bearer = {},
                     const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // An API call with a bearer token and, when `body` is not empty, a JSON body.
    Response call(const QByteArray &verb, const QString &pathAndQuery, const QString &bearer,
                  const QJsonObject &body = {});
    // A /_sandbox/ control endpoint ("requests", "faults", "quota", "encoder", …).
    QJsonObject control(const QByteArray &verb, const QString &name, const QJsonObject &body = {});

    // How many API requests to `apiMethod` ("liveStreams.list") the sandbox's log holds.
    int requestCount(const QString &apiMethod);
    // The onBehalfOfContentOwner of every Content ID (Partner) request in the log but the
    // owners' list, in order ("" for a request that named none).
    QStringList contentOwnersNamed();

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    struct Attached
    {};
    explicit SandboxProcess(Attached) {}
    void readReadyLine(const QByteArray &line);

    QProcess m_process;
    QNetworkAccessManager m_network;
    bool m_ready = false;
    QString m_error;
    SandboxEndpoints m_endpoints;
    int m_timeoutMs = 20000;
};

} // namespace onair::test
