#include "upload/SandboxAccount.h"

#include "google/oauth/AccountSession.h"
#include "google/oauth/SignInFlow.h"
#include "rehearsal/SandboxBrowser.h"
#include "rehearsal/SandboxEndpoints.h"

namespace onair {

QString SandboxAccount::key()
{
    return QStringLiteral("sandbox");
}

SandboxAccount::SandboxAccount(SecretStore *secrets, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_nam(nam)
{}

void SandboxAccount::open(const SandboxEndpoints &endpoints, Done done)
{
    m_done = std::move(done);
    const Result<ClientCredentials> creds = endpoints.credentials();
    if (!creds) {
        const Done d = std::move(m_done);
        return d(nullptr, creds.error().message, true);
    }
    m_account = new AccountSession(key(), creds.value(), m_secrets, m_nam, this);
    m_account->setApiRoot(endpoints.api);
    m_account->restore(this, [this](Result<bool> r) {
        if (r && r.value())
            return m_done(m_account, QString(), false);
        signIn();
    });
}

void SandboxAccount::signIn()
{
    m_browser = new SandboxBrowser(m_nam, this);
    m_signIn = new SignInFlow(
        m_account->client(), [browser = m_browser](const QUrl &url) { return browser->open(url); },
        m_nam, this);
    connect(m_browser, &SandboxBrowser::failed, this, &SandboxAccount::fail);
    connect(m_signIn, &SignInFlow::finished, this, [this](const Result<TokenSet> &t) {
        if (!t)
            return fail(t.error().message);
        m_account->adopt(t.value(), this, [this](Result<bool> a) {
            if (!a)
                return fail(a.error().message);
            m_done(m_account, QString(), false);
        });
    });
    m_signIn->start();
}

void SandboxAccount::fail(const QString &why)
{
    if (m_done)
        m_done(nullptr, tr("Cannot sign in to the sandbox: %1").arg(why), false);
    m_done = nullptr;
}

} // namespace onair
