#include "google/oauth/TokenEndpoint.h"

#include "google/oauth/AuthLogging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace onair {

TokenEndpoint::TokenEndpoint(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
{}

void TokenEndpoint::post(
    const QUrl &url, const Form &form, QObject *context,
    std::function<void(int status, const QByteArray &body, const ApiError *failure)> done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QByteArray body;
    for (const auto &[key, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    QNetworkReply *reply = m_nam->post(request, body);

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(kTimeoutMs);

    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this,
            [reply, guard, timedOut, url, done = std::move(done)] {
                reply->deleteLater();
                if (!guard)
                    return;
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
                if (*timedOut) {
                    const ApiError e = ApiError::timeout(
                        QStringLiteral("no answer from ") + url.host() + QStringLiteral(" in ") +
                        QString::number(kTimeoutMs / 1000) + QStringLiteral(" s"));
                    done(0, {}, &e);
                    return;
                }
                if (status == 0) {
                    const ApiError e = ApiError::transport(reply->errorString());
                    done(0, {}, &e);
                    return;
                }
                done(status, body, nullptr);
            });
}

void TokenEndpoint::exchangeCode(const ClientCredentials &client, const QString &code,
                                 const QByteArray &verifier, const QUrl &redirectUri,
                                 QObject *context, std::function<void(Result<TokenSet>)> done)
{
    Form form;
    form.append({QStringLiteral("grant_type"), QStringLiteral("authorization_code")});
    form.append({QStringLiteral("code"), code});
    form.append({QStringLiteral("code_verifier"), QString::fromLatin1(verifier)});
    form.append({QStringLiteral("redirect_uri"), redirectUri.toString()});
    grant(client, std::move(form), context, std::move(done));
}

void TokenEndpoint::refresh(const ClientCredentials &client, const QString &refreshToken,
                            QObject *context, std::function<void(Result<TokenSet>)> done)
{
    Form form;
    form.append({QStringLiteral("grant_type"), QStringLiteral("refresh_token")});
    form.append({QStringLiteral("refresh_token"), refreshToken});
    grant(client, std::move(form), context, std::move(done));
}

void TokenEndpoint::grant(const ClientCredentials &client, Form form, QObject *context,
                          std::function<void(Result<TokenSet>)> done)
{
    form.append({QStringLiteral("client_id"), client.clientId});
    if (!client.clientSecret.isEmpty())
        form.append({QStringLiteral("client_secret"), client.clientSecret});
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    post(client.tokenUri, form, context,
         [sentAt, done = std::move(done)](int status, const QByteArray &body, const ApiError *f) {
             if (f)
                 return done(*f);
             if (status != 200)
                 return done(ApiError::fromHttpResponse(status, body));
             done(TokenSet::fromTokenResponse(body, sentAt));
         });
}

void TokenEndpoint::revoke(const ClientCredentials &client, const QString &token, QObject *context,
                           std::function<void(Result<bool>)> done)
{
    if (!client.revokeUri.isValid() || client.revokeUri.isEmpty())
        return done(ApiError::badResponse(QStringLiteral("no revoke endpoint")));
    Form form;
    form.append({QStringLiteral("token"), token});
    post(client.revokeUri, form, context,
         [done = std::move(done)](int status, const QByteArray &body, const ApiError *f) {
             if (f)
                 return done(*f);
             if (status != 200)
                 return done(ApiError::fromHttpResponse(status, body));
             done(true);
         });
}

} // namespace onair
