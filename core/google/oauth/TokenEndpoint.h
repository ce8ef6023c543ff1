#pragma once

#include "google/oauth/ClientCredentials.h"
#include "google/oauth/TokenSet.h"
#include "net/Result.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace onair {

class RequestPipeline;

// The three calls to Google's OAuth endpoints: code exchange, refresh, revoke, sent through
// the endpoint's own RequestPipeline (over the app's one QNetworkAccessManager) with OAuth's
// rules: a timeout, no authentication, no quota, no retry (the caller decides: a refresh is
// asked again by the next API call). Callbacks run on the event loop only while `context`
// lives. Errors arrive as ApiError with the endpoint's `error` as reason (invalid_grant,
// invalid_client, …).
class TokenEndpoint : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTimeoutMs = 30000;

    explicit TokenEndpoint(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void exchangeCode(const ClientCredentials &client, const QString &code,
                      const QByteArray &verifier, const QUrl &redirectUri, QObject *context,
                      std::function<void(Result<TokenSet>)> done);
    void refresh(const ClientCredentials &client, const QString &refreshToken, QObject *context,
                 std::function<void(Result<TokenSet>)> done);
    void revoke(const ClientCredentials &client, const QString &token, QObject *context,
                std::function<void(Result<bool>)> done);

private:
    using Form = QList<QPair<QString, QString>>;
    // Adds the client's credentials to a grant, posts it and reads the token answer.
    void grant(const ClientCredentials &client, Form form, QObject *context,
               std::function<void(Result<TokenSet>)> done);
    // Posts the form; an answer other than 200 is an error read from OAuth's envelope.
    void post(const QString &method, const QUrl &url, const Form &form, QObject *context,
              std::function<void(Result<QByteArray>)> done);

    RequestPipeline *m_pipeline;
};

} // namespace onair
