#pragma once

#include "kernel/HttpReply.h"

#include <QByteArray>
#include <QHttpServerResponder>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

class QHttpServerRequest;

// The wire of Google's OAuth endpoints, shared by the sign-in pages and the token endpoint:
// random tokens, form fields, scope and redirect checks, PKCE, the JSON answers (no-store) and
// the HTML pages.
namespace onair::sandbox::oauthwire {

using Status = QHttpServerResponder::StatusCode;

QString randomToken(int bytes);
QString value(const QUrlQuery &query, const QString &key);
bool isDuplicated(const QUrlQuery &query, const QString &key);
QStringList splitScopes(const QString &scope);
bool isKnownScope(const QString &scope);
bool isLoopbackRedirect(const QString &redirectUri);
// PKCE code verifier / plain challenge: 43–128 characters of [A-Za-z0-9-._~] (RFC 7636).
bool isPkceString(const QString &text);
QString s256(const QString &verifier);
const QList<QPair<QByteArray, QByteArray>> &noStore();
HttpReply jsonReply(Status status, const QByteArray &body);
HttpReply jsonError(Status status, const QString &error, const QString &description);
QByteArray page(const QString &title, const QString &bodyHtml);
// The user-facing error page of the authorization endpoint (Google shows these instead of
// redirecting when the client or the redirect URI cannot be trusted).
void authErrorPage(QHttpServerResponder &responder, Status status, const QString &error,
                   const QString &details);
// Google takes the fields from the body; the query string is a fallback (some clients send
// revoke's token there).
QUrlQuery requestForm(const QHttpServerRequest &request);
// The token endpoint's fields: a form body as the spec says, or a JSON object, which Google's
// endpoint accepts as well.
QUrlQuery tokenRequestFields(const QHttpServerRequest &request);
QStringList toStringList(const QJsonValue &value);

} // namespace onair::sandbox::oauthwire
