#include "google/oauth/ClientCredentials.h"

#include "net/JsonReader.h"

#include <QFile>

namespace onair {

namespace {

ApiError invalidFile(const QString &what)
{
    ApiError e = ApiError::badResponse(what);
    e.reason = QStringLiteral("invalidClientSecretFile");
    return e;
}

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

bool ClientCredentials::isComplete() const
{
    return !clientId.isEmpty() && isHttpUrl(authUri) && isHttpUrl(tokenUri);
}

QUrl ClientCredentials::googleAuthUri()
{
    return QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
}

QUrl ClientCredentials::googleTokenUri()
{
    return QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
}

QUrl ClientCredentials::googleRevokeUri()
{
    return QUrl(QStringLiteral("https://oauth2.googleapis.com/revoke"));
}

Result<ClientCredentials> ClientCredentials::fromClientSecretJson(const QByteArray &json)
{
    Result<QJsonObject> parsed = parseJsonObject(json, QStringLiteral("client_secret.json"));
    if (!parsed)
        return invalidFile(parsed.error().message);
    QJsonObject root = parsed.value();
    if (root.contains(QLatin1String("web")) && !root.contains(QLatin1String("installed")))
        return invalidFile(QStringLiteral("a web application client; a Desktop app is needed"));
    if (root.value(QLatin1String("installed")).isObject())
        root = root.value(QLatin1String("installed")).toObject();

    JsonReader r(root);
    ClientCredentials c;
    c.clientId = r.string("client_id").trimmed();
    c.clientSecret = r.string("client_secret").trimmed();
    const QString auth = r.string("auth_uri");
    const QString token = r.string("token_uri");
    const QString revoke = r.string("revoke_uri");
    if (!r.ok())
        return invalidFile(r.error());
    if (c.clientId.isEmpty())
        return invalidFile(QStringLiteral("no client_id"));
    // Google's files name the v1 auth endpoint; v2 is the current one and takes the same
    // parameters, so any accounts.google.com endpoint is normalised to v2.
    const QUrl authUrl(auth, QUrl::StrictMode);
    c.authUri = auth.isEmpty() || authUrl.host() == QLatin1String("accounts.google.com")
                    ? googleAuthUri()
                    : authUrl;
    c.tokenUri = token.isEmpty() ? googleTokenUri() : QUrl(token, QUrl::StrictMode);
    c.revokeUri = revoke.isEmpty() ? googleRevokeUri() : QUrl(revoke, QUrl::StrictMode);
    if (!c.isComplete())
        return invalidFile(QStringLiteral("auth_uri or token_uri is not an http(s) URL"));
    return c;
}

Result<ClientCredentials> ClientCredentials::fromClientSecretFile(const QString &path)
{
    QFile file(path);
    // A client_secret.json is a few hundred bytes; refuse anything absurd before reading it.
    constexpr qint64 kMaxSize = 64 * 1024;
    if (!file.open(QIODevice::ReadOnly))
        return invalidFile(path + QStringLiteral(": ") + file.errorString());
    if (file.size() > kMaxSize)
        return invalidFile(path + QStringLiteral(": too large for a client_secret.json"));
    return fromClientSecretJson(file.readAll());
}

QJsonObject ClientCredentials::toPublicJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("client_id"), clientId);
    o.insert(QLatin1String("auth_uri"), authUri.toString());
    o.insert(QLatin1String("token_uri"), tokenUri.toString());
    o.insert(QLatin1String("revoke_uri"), revokeUri.toString());
    return o;
}

ClientCredentials ClientCredentials::fromPublicJson(const QJsonObject &json)
{
    ClientCredentials c;
    c.clientId = json.value(QLatin1String("client_id")).toString();
    c.authUri = QUrl(json.value(QLatin1String("auth_uri")).toString(), QUrl::StrictMode);
    c.tokenUri = QUrl(json.value(QLatin1String("token_uri")).toString(), QUrl::StrictMode);
    c.revokeUri = QUrl(json.value(QLatin1String("revoke_uri")).toString(), QUrl::StrictMode);
    return c;
}

} // namespace onair
