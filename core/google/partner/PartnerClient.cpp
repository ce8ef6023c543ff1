#include "google/partner/PartnerClient.h"

#include "google/GoogleAccountHooks.h"
#include "google/oauth/AccountSession.h"
#include "net/RequestPipeline.h"

namespace onair {

PartnerClient::PartnerClient(AccountSession *account, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_pipeline(new RequestPipeline(nam, this))
{
    m_pipeline->setHooks(
        GoogleAccountHooks::make([this]() -> AccountSession * { return m_account; }));
    m_pipeline->setMaxAnswerBytes(kMaxAnswerBytes);
    connect(m_pipeline, &RequestPipeline::requestFinished, this, &PartnerClient::requestFinished);
    connect(m_pipeline, &RequestPipeline::retryScheduled, this, &PartnerClient::retryScheduled);
}

PartnerClient::~PartnerClient() = default;

void PartnerClient::setAccount(AccountSession *account)
{
    m_account = account;
}

AccountSession *PartnerClient::account() const
{
    return m_account;
}

bool PartnerClient::isAuthorized() const
{
    return m_account && m_account->grantedScopes().contains(kScope);
}

void PartnerClient::setRootUrl(const QUrl &root)
{
    m_root = normalizedRoot(root);
}

void PartnerClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_pipeline->setRetryPolicy(policy);
}

void PartnerClient::setTimeouts(int readMs, int writeMs)
{
    m_readTimeoutMs = readMs;
    m_writeTimeoutMs = writeMs;
}

QUrlQuery PartnerClient::ownerQuery() const
{
    QUrlQuery q;
    if (!m_owner.isEmpty())
        q.addQueryItem(QStringLiteral("onBehalfOfContentOwner"), m_owner);
    return q;
}

} // namespace onair
