#include "rehearsal/SandboxEndpoints.h"

#include "net/ApiError.h"

#include <QJsonDocument>

namespace onair {

QUrl SandboxEndpoints::origin() const
{
    return api.adjusted(QUrl::RemovePath | QUrl::RemoveQuery);
}

Result<ClientCredentials> SandboxEndpoints::credentials() const
{
    if (!isValid())
        return ApiError::badResponse(
            QStringLiteral("the sandbox's ready line lacks client or endpoints"));
    ClientCredentials c;
    c.clientId = clientId;
    c.clientSecret = clientSecret;
    c.authUri = auth;
    c.tokenUri = token;
    c.revokeUri = api.resolved(QUrl(QStringLiteral("revoke")));
    return c;
}

SandboxSocial SandboxEndpoints::social() const
{
    const auto text = [this](const char *key) {
        return readyJson.value(QLatin1String(key)).toString();
    };
    const auto url = [&text](const char *key) {
        const QString value = text(key);
        return value.isEmpty() ? QUrl() : QUrl(value, QUrl::StrictMode);
    };
    SandboxSocial s;
    s.telegramRoot = url("telegram");
    s.telegramBotToken = text("telegram_bot_token");
    s.telegramChannel = text("telegram_channel");
    s.graphRoot = url("graph");
    s.instagramToken = text("instagram_token");
    if (isValid())
        s.postsPage = origin().resolved(QUrl(QStringLiteral("/_sandbox/social/posts")));
    return s;
}

SandboxEndpoints SandboxEndpoints::parse(const QByteArray &line, QString *error)
{
    SandboxEndpoints e;
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    if (o.value(QLatin1String("event")).toString() != QLatin1String("ready")) {
        if (error)
            *error = QStringLiteral("not a ready line: ") + QString::fromUtf8(line.left(200));
        return e;
    }
    e.api = QUrl(o.value(QLatin1String("api")).toString(), QUrl::StrictMode);
    e.auth = QUrl(o.value(QLatin1String("auth")).toString(), QUrl::StrictMode);
    e.token = QUrl(o.value(QLatin1String("token")).toString(), QUrl::StrictMode);
    e.rtmp = o.value(QLatin1String("rtmp")).toString();
    e.clientId = o.value(QLatin1String("client_id")).toString();
    e.clientSecret = o.value(QLatin1String("client_secret")).toString();
    e.readyJson = o;
    if (!e.api.isValid() || e.api.host() != QLatin1String("127.0.0.1") || !e.auth.isValid() ||
        !e.token.isValid() || e.clientId.isEmpty()) {
        if (error)
            *error = QStringLiteral("the ready line lacks api, auth, token or client_id");
        e.api = QUrl();
    }
    return e;
}

} // namespace onair
