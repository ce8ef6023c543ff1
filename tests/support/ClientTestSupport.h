#pragma once

#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "google/oauth/AccountSession.h"
#include "google/oauth/ClientCredentials.h"
#include "google/youtube/YouTubeClient.h"
#include "google/youtube/model/LiveBroadcast.h"
#include "google/youtube/model/LiveStream.h"

#include <QDateTime>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace onair::test {

// Runs an asynchronous call and waits (bounded, on the event loop) for its callback.
template<typename T>
std::optional<T> await(const std::function<void(std::function<void(T)>)> &start,
                       int timeoutMs = 60000)
{
    auto result = std::make_shared<std::optional<T>>();
    start([result](T value) { *result = std::move(value); });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, timeoutMs))
        return std::nullopt;
    return *result;
}

// An account signed in to the sandbox without a browser (SandboxProcess::signIn, which needs
// --auto-consent) with `scopes` (empty: the sign-in's default); tokens in memory only.
inline std::unique_ptr<AccountSession> sandboxAccount(SandboxProcess &sandbox,
                                                      const QString &id = QStringLiteral("test"),
                                                      const QStringList &scopes = {})
{
    const SandboxProcess::Tokens tokens =
        scopes.isEmpty() ? sandbox.signIn() : sandbox.signIn(scopes);
    if (tokens.accessToken.isEmpty())
        return nullptr;
    const Result<ClientCredentials> client = sandbox.endpoints().credentials();
    if (!client)
        return nullptr;
    auto account = std::make_unique<AccountSession>(id, client.value(), nullptr, nullptr);
    TokenSet t;
    t.accessToken = tokens.accessToken;
    t.refreshToken = tokens.refreshToken;
    t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(tokens.expiresIn);
    t.scopes = tokens.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    account->adopt(t, account.get(), [](Result<bool>) {});
    account->setApiRoot(sandbox.api());
    return account;
}

// What client tests start with: a sandbox run with `arguments` (plus --auto-consent), an
// account signed in to it and a YouTube client on that account. Empty when all three are up;
// otherwise why not.
inline QString startSandboxClient(const QStringList &arguments,
                                  std::unique_ptr<SandboxProcess> &sandbox,
                                  std::unique_ptr<AccountSession> &account,
                                  std::unique_ptr<YouTubeClient> &client)
{
    sandbox =
        std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--auto-consent")} + arguments);
    if (!sandbox->isReady())
        return sandbox->errorString();
    account = sandboxAccount(*sandbox);
    if (!account)
        return QStringLiteral("cannot sign in to the sandbox");
    client = std::make_unique<YouTubeClient>(account.get());
    client->setRootUrl(sandbox->api());
    return {};
}

// A broadcast to insert: in an hour, unlisted, with a monitor stream and no delay.
inline LiveBroadcast draftBroadcast(const QString &title)
{
    LiveBroadcast b;
    b.snippet.title = title;
    b.snippet.description = QStringLiteral("made by a client test");
    b.snippet.scheduledStartTime = QDateTime::currentDateTimeUtc().addSecs(3600);
    b.status.privacyStatus = QStringLiteral("unlisted");
    b.contentDetails.monitorStream.enableMonitorStream = true;
    b.contentDetails.monitorStream.broadcastStreamDelayMs = 0;
    b.contentDetails.latencyPreference = QStringLiteral("normal");
    return b;
}

// An RTMP stream to insert, 720p at 30 fps.
inline LiveStream draftStream(const QString &title)
{
    LiveStream s;
    s.snippet.title = title;
    s.cdn.ingestionType = QStringLiteral("rtmp");
    s.cdn.resolution = QStringLiteral("720p");
    s.cdn.frameRate = QStringLiteral("30fps");
    return s;
}

} // namespace onair::test
