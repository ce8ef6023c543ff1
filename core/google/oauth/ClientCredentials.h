#pragma once

#include "net/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace onair {

// An OAuth client for a desktop app and the endpoints it signs in with: Google's, or the
// sandbox's. The secret is held in memory and in the keychain only; toPublicJson() (what
// settings files keep) leaves it out.
struct ClientCredentials
{
    QString clientId;
    QString clientSecret;
    QUrl authUri;
    QUrl tokenUri;
    QUrl revokeUri;

    bool isComplete() const;

    static QUrl googleAuthUri();
    static QUrl googleTokenUri();
    static QUrl googleRevokeUri();

    // Reads Google's client_secret.json for a Desktop app: {"installed":{…}}, or the same
    // fields at the top level. Missing endpoints default to Google's; a "web" client is
    // refused (its redirect rules do not allow a loopback listener).
    static Result<ClientCredentials> fromClientSecretJson(const QByteArray &json);
    // The same, from a file the user picked.
    static Result<ClientCredentials> fromClientSecretFile(const QString &path);

    // Everything but the secret, for settings files.
    QJsonObject toPublicJson() const;
    static ClientCredentials fromPublicJson(const QJsonObject &json);
};

} // namespace onair
