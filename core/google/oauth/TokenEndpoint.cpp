#include "google/oauth/TokenEndpoint.h"

#include "google/GoogleErrorEnvelope.h"
#include "net/RequestPipeline.h"

namespace onair {

TokenEndpoint::TokenEndpoint(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_pipeline(new RequestPipeline(nam, this))
{
    RequestHooks hooks;
    hooks.parseError = &GoogleErrorEnvelope::parse;
    m_pipeline->setHooks(std::move(hooks));
    // One attempt: the sign-in shows its failure, and a failed refresh is asked again by the
    // next API call (whose own retry policy waits).
    RetryPolicy::Limits once;
    once.maxAttempts = 1;
    once.rateLimitMaxAttempts = 1;
    m_pipeline->setRetryPolicy(RetryPolicy(once));
}

void TokenEndpoint::post(const QString &method, const QUrl &url, const Form &form, QObject *context,
                         std::function<void(Result<QByteArray>)> done)
{
    NetRequest request;
    request.method = method;
    request.verb = QByteArrayLiteral("POST");
    request.url = url;
    request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    request.timeoutMs = kTimeoutMs;
    for (const auto &[key, value] : form) {
        if (!request.body.isEmpty())
            request.body += '&';
        request.body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    m_pipeline->send(std::move(request), context,
                     [done = std::move(done)](Result<NetReply> reply, NetCallInfo) {
                         if (!reply)
                             return done(reply.error());
                         if (reply.value().httpStatus != 200)
                             return done(GoogleErrorEnvelope::parse(reply.value().httpStatus,
                                                                    reply.value().body));
                         done(reply.value().body);
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
    post(QStringLiteral("oauth2.token"), client.tokenUri, form, context,
         [sentAt, done = std::move(done)](Result<QByteArray> body) {
             if (!body)
                 return done(body.error());
             done(TokenSet::fromTokenResponse(body.value(), sentAt));
         });
}

void TokenEndpoint::revoke(const ClientCredentials &client, const QString &token, QObject *context,
                           std::function<void(Result<bool>)> done)
{
    if (!client.revokeUri.isValid() || client.revokeUri.isEmpty())
        return done(ApiError::badResponse(QStringLiteral("no revoke endpoint")));
    Form form;
    form.append({QStringLiteral("token"), token});
    post(QStringLiteral("oauth2.revoke"), client.revokeUri, form, context,
         [done = std::move(done)](Result<QByteArray> body) {
             if (!body)
                 return done(body.error());
             done(true);
         });
}

} // namespace onair
