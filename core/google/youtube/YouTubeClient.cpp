#include "google/youtube/YouTubeClient.h"

#include "google/GoogleAccountHooks.h"
#include "google/oauth/AccountSession.h"
#include "google/youtube/QuotaLedger.h"
#include "net/RequestPipeline.h"

#include <QHostAddress>

namespace onair {

YouTubeClient::YouTubeClient(AccountSession *account, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_pipeline(new RequestPipeline(nam, this))
{
    RequestHooks hooks =
        GoogleAccountHooks::make([this]() -> AccountSession * { return m_account; });
    hooks.chargeQuota = [this](const QString &method) {
        const int units = QuotaLedger::costOf(method);
        if (units > 0 && m_ledger)
            m_ledger->record(method, units);
        return units;
    };
    m_pipeline->setHooks(std::move(hooks));
    m_pipeline->setMaxAnswerBytes(kMaxAnswerBytes);
    connect(m_pipeline, &RequestPipeline::requestFinished, this, &YouTubeClient::requestFinished);
    connect(m_pipeline, &RequestPipeline::retryScheduled, this, &YouTubeClient::retryScheduled);
}

YouTubeClient::YouTubeClient(AccountSession *account, QObject *parent)
    : YouTubeClient(account, nullptr, parent)
{}

YouTubeClient::~YouTubeClient() = default;

void YouTubeClient::setAccount(AccountSession *account)
{
    m_account = account;
}

AccountSession *YouTubeClient::account() const
{
    return m_account;
}

QNetworkAccessManager *YouTubeClient::networkAccessManager() const
{
    return m_pipeline->networkAccessManager();
}

void YouTubeClient::setNetworkAccessManager(QNetworkAccessManager *nam)
{
    m_pipeline->setNetworkAccessManager(nam);
}

void YouTubeClient::setQuotaLedger(QuotaLedger *ledger)
{
    m_ledger = ledger;
}

void YouTubeClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_pipeline->setRetryPolicy(policy);
}

const RetryPolicy &YouTubeClient::retryPolicy() const
{
    return m_pipeline->retryPolicy();
}

QString YouTubeClient::whyRootRefused(const QUrl &root)
{
    const QString shown = root.toDisplayString(QUrl::RemoveUserInfo);
    if (!root.isValid() || root.isRelative() || root.host().isEmpty())
        return tr("The API root %1 is not an absolute URL with a host.").arg(shown);
    if (!root.userInfo().isEmpty())
        return tr("The API root %1 must not carry a user name or password.").arg(shown);
    const QString scheme = root.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        const QString host = root.host();
        const QHostAddress address(host);
        if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
            (!address.isNull() && address.isLoopback()))
            return {};
        return tr("The API root %1 uses plain http on a host that is not this computer: the "
                  "access token would travel unencrypted. Use https, or http on 127.0.0.1.")
            .arg(shown);
    }
    return tr("The API root %1 must use https (or http on 127.0.0.1).").arg(shown);
}

void YouTubeClient::setRootUrl(const QUrl &root)
{
    m_root = normalizedRoot(root);
}

void YouTubeClient::setTimeouts(int readMs, int writeMs, int uploadMs)
{
    m_readTimeoutMs = readMs;
    m_writeTimeoutMs = writeMs;
    m_uploadTimeoutMs = uploadMs;
}

} // namespace onair
