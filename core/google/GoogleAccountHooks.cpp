#include "google/GoogleAccountHooks.h"

#include "google/GoogleErrorEnvelope.h"
#include "google/oauth/AccountSession.h"

namespace onair {

RequestHooks GoogleAccountHooks::make(std::function<AccountSession *()> account)
{
    RequestHooks hooks;
    hooks.bearerToken = [account](QObject *context, RequestHooks::TokenDone done) {
        AccountSession *session = account();
        if (!session) {
            ApiError e;
            e.kind = ApiError::Kind::SignedOut;
            e.reason = QStringLiteral("signedOut");
            e.message = QStringLiteral("no account");
            return done(e);
        }
        session->accessToken(context, std::move(done));
    };
    hooks.tokenRefused = [account](const QString &token) {
        if (AccountSession *session = account())
            session->invalidateAccessToken(token);
    };
    hooks.parseError = &GoogleErrorEnvelope::parse;
    return hooks;
}

} // namespace onair
