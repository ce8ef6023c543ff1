#include "google/oauth/GoogleSignIn.h"

#include "google/oauth/OAuthService.h"
#include "kernel/SandboxKernel.h"
#include "kernel/StateFile.h"

namespace onair::sandbox {

GoogleSignIn::GoogleSignIn(OAuthService *oauth)
    : m_oauth(oauth)
{}

void GoogleSignIn::registerWith(SandboxKernel &kernel)
{
    StateFile &state = kernel.stateFile();
    for (const char *method : {"token", "revoke"}) {
        Route route;
        route.kind = Route::Kind::Endpoint;
        route.verb = QStringLiteral("*");
        route.path = QLatin1Char('/') + QLatin1String(method);
        route.service = name();
        route.method = QLatin1String(method);
        route.logName = name() + QLatin1Char('.') + route.method;
        route.answer = [this, &state](const QHttpServerRequest &request) {
            const HttpReply reply = m_oauth->answer(request).value_or(HttpReply{404, {}, {}, {}});
            state.scheduleSave(); // tokens changed
            return reply;
        };
        kernel.routes().add(route);
    }
    for (const char *path : {"/o/oauth2/v2/auth", "/o/oauth2/v2/auth/consent"}) {
        Route route;
        route.kind = Route::Kind::Page;
        route.verb = QStringLiteral("*");
        route.path = QLatin1String(path);
        route.service = name();
        route.method = QStringLiteral("auth");
        route.logName = QStringLiteral("oauth");
        route.page = [this, &state](const QHttpServerRequest &request,
                                    QHttpServerResponder &responder) {
            if (!m_oauth->handle(request, responder))
                return false;
            state.scheduleSave(); // codes and tokens changed
            return true;
        };
        kernel.routes().add(route);
    }
    state.addSection(
        QStringLiteral("oauth"), [this] { return m_oauth->saveState(); },
        [this](const QJsonObject &saved) { m_oauth->restoreState(saved); });
    kernel.setExpireTokens([this] { m_oauth->expireAllAccessTokens(); });
}

HttpReply GoogleSignIn::faultAnswer(FaultInjector::Action, int httpStatus) const
{
    // Only latency applies to the sign-in endpoints; an error fault never reaches them.
    HttpReply reply;
    reply.status = httpStatus > 0 ? httpStatus : 500;
    reply.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    reply.body = QByteArrayLiteral("{\"error\":\"internal_failure\"}");
    reply.isJson = true;
    return reply;
}

} // namespace onair::sandbox
