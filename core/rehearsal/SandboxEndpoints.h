#pragma once

#include "google/oauth/ClientCredentials.h"
#include "net/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace onair {

// The seeded Telegram bot and Instagram account a sandbox's ready line names (empty fields when
// it does not), and its read-back page of what they received.
struct SandboxSocial
{
    QUrl telegramRoot; // the Bot API root: <root>bot<TOKEN>/<method>
    QString telegramBotToken;
    QString telegramChannel; // "@onair_show"
    QUrl graphRoot;          // the Graph API root, without a version
    QString instagramToken;
    QUrl postsPage; // GET /_sandbox/social/posts

    bool hasTelegram() const { return telegramRoot.isValid() && !telegramBotToken.isEmpty(); }
    bool hasInstagram() const { return graphRoot.isValid() && !instagramToken.isEmpty(); }
};

// Where a running `onair-sandbox` answers, from the one JSON line it prints when it is ready
// (and keeps in its data folder): {"event":"ready","api":…,"auth":…,"token":…,"rtmp":…,
// "client_id":…,"client_secret":…}. The one reader of that line, for the app's rehearsal mode
// and for the tests.
struct SandboxEndpoints
{
    QUrl api; // "http://127.0.0.1:P/"
    QUrl auth;
    QUrl token;
    QString rtmp;
    QString clientId;
    QString clientSecret;
    QJsonObject readyJson; // the whole ready line

    bool isValid() const { return api.isValid(); }
    QUrl origin() const;
    // The sandbox's OAuth client for a desktop app; its revoke endpoint is "revoke" under the
    // api origin.
    Result<ClientCredentials> credentials() const;
    SandboxSocial social() const;

    // An invalid value (and the reason in `error`) unless the line is a ready line with an
    // api on 127.0.0.1, auth and token endpoints and a client id.
    static SandboxEndpoints parse(const QByteArray &line, QString *error = nullptr);
};

} // namespace onair
