#include "google/oauth/OAuthWire.h"

#include "kernel/WebResponse.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

namespace onair::sandbox::oauthwire {

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + bytes));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString value(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

bool isDuplicated(const QUrlQuery &query, const QString &key)
{
    return query.allQueryItemValues(key).size() > 1;
}

QStringList splitScopes(const QString &scope)
{
    QStringList scopes;
    for (const QString &item : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!scopes.contains(item))
            scopes.append(item);
    }
    return scopes;
}

bool isKnownScope(const QString &scope)
{
    static const QStringList others{QStringLiteral("openid"), QStringLiteral("email"),
                                    QStringLiteral("profile")};
    return scope.startsWith(QLatin1String("https://www.googleapis.com/auth/")) ||
           others.contains(scope);
}

bool isLoopbackRedirect(const QString &redirectUri)
{
    const QUrl url(redirectUri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || !url.userInfo().isEmpty() ||
        url.hasFragment())
        return false;
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return address == QHostAddress(QHostAddress::LocalHost) ||
           address == QHostAddress(QHostAddress::LocalHostIPv6);
}

// PKCE code verifier / plain challenge: 43–128 characters of [A-Za-z0-9-._~] (RFC 7636).
bool isPkceString(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    return pattern.match(text).hasMatch();
}

QString s256(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

const QList<QPair<QByteArray, QByteArray>> &noStore()
{
    static const QList<QPair<QByteArray, QByteArray>> headers{
        {"Cache-Control", "no-cache, no-store, max-age=0, must-revalidate"},
        {"Pragma", "no-cache"}};
    return headers;
}

HttpReply jsonReply(Status status, const QByteArray &body)
{
    HttpReply reply;
    reply.status = int(status);
    reply.contentType = "application/json; charset=utf-8";
    reply.body = body;
    reply.headers = noStore();
    reply.isJson = true;
    return reply;
}

HttpReply jsonError(Status status, const QString &error, const QString &description)
{
    const QJsonObject body{{QStringLiteral("error"), error},
                           {QStringLiteral("error_description"), description}};
    return jsonReply(status, QJsonDocument(body).toJson(QJsonDocument::Indented));
}

QByteArray page(const QString &title, const QString &bodyHtml)
{
    return (QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                           "<meta name=\"viewport\" content=\"width=device-width\">"
                           "<title>") +
            web::htmlEscaped(title) +
            QStringLiteral(
                "</title><style>body{font-family:sans-serif;max-width:34em;margin:3em auto;"
                "padding:0 1em;color:#202124}h1{font-weight:400}.channel{display:block;"
                "margin:.6em 0;padding:.6em;border:1px solid #dadce0;border-radius:6px}"
                "button{margin:1em 1em 0 0;padding:.5em 1.4em}.error{color:#b3261e}"
                "code{background:#f1f3f4;padding:0 .2em}</style></head><body>") +
            bodyHtml + QStringLiteral("</body></html>\n"))
        .toUtf8();
}

// The user-facing error page of the authorization endpoint (Google shows these instead of
// redirecting when the client or the redirect URI cannot be trusted).
void authErrorPage(QHttpServerResponder &responder, Status status, const QString &error,
                   const QString &details)
{
    const int code = static_cast<int>(status);
    const QString body = QStringLiteral("<h1>Access blocked: this app's request is invalid</h1>"
                                        "<p class=\"error\" id=\"error\" data-error=\"") +
                         web::htmlEscaped(error) + QStringLiteral("\">Error ") +
                         QString::number(code) + QStringLiteral(": ") + web::htmlEscaped(error) +
                         QStringLiteral("</p><p id=\"details\">") + web::htmlEscaped(details) +
                         QStringLiteral("</p>");
    web::reply(
        responder, status, "text/html; charset=utf-8",
        page(QStringLiteral("Error ") + QString::number(code) + QStringLiteral(": ") + error, body),
        {{"Cache-Control", "no-store"}});
}

QUrlQuery requestForm(const QHttpServerRequest &request)
{
    // Google takes the fields from the body; the query string is a fallback (some clients send
    // revoke's token there).
    QUrlQuery form = web::formQuery(request.body());
    const QUrlQuery query = web::formQuery(request.url().query(QUrl::FullyEncoded).toUtf8());
    for (const auto &item : query.queryItems(QUrl::FullyEncoded)) {
        if (!form.hasQueryItem(item.first))
            form.addQueryItem(item.first, item.second);
    }
    return form;
}

// The token endpoint's fields: a form body as the spec says, or a JSON object, which Google's
// endpoint accepts as well.
QUrlQuery tokenRequestFields(const QHttpServerRequest &request)
{
    if (!request.value("Content-Type").trimmed().toLower().startsWith("application/json"))
        return web::formQuery(request.body());
    QUrlQuery fields;
    const QJsonObject object = QJsonDocument::fromJson(request.body()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString text = it->isDouble() ? QString::number(it->toDouble()) : it->toString();
        fields.addQueryItem(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(text)));
    }
    return fields;
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace onair::sandbox::oauthwire
