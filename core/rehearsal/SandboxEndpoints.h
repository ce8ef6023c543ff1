#pragma once

#include "google/oauth/ClientCredentials.h"
#include "net/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace onair {

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

    // An invalid value (and the reason in `error`) unless the line is a ready line with an
    // api on 127.0.0.1, auth and token endpoints and a client id.
    static SandboxEndpoints parse(const QByteArray &line, QString *error = nullptr);
};

} // namespace onair
