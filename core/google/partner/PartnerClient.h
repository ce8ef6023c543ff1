#pragma once

#include "google/ApiEndpoint.h"
#include "google/partner/AdvertisingOptionsApi.h"
#include "google/partner/AssetMatchPolicyApi.h"
#include "google/partner/AssetsApi.h"
#include "google/partner/ClaimsApi.h"
#include "google/partner/ContentOwnersApi.h"
#include "google/partner/OwnershipApi.h"
#include "google/partner/PoliciesApi.h"
#include "google/partner/ReferencesApi.h"
#include "net/RetryPolicy.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace onair {

class AccountSession;

// One account's YouTube Partner (Content ID) API v1 client, the sibling of YouTubeClient: it
// owns the account's RequestPipeline with Google's hooks (the account's bearer token with one
// refresh on 401, Google's error envelope; Content ID has no documented quota, so none is
// charged) and hands out one small client per resource: contentOwners(), assets(),
// ownership(), policies(), assetMatchPolicy(), claims(), videoAdvertisingOptions(),
// references(). Every call takes a context and a callback (later, once, only while the
// context lives) and gives a value. Inserts whose answer was lost (assets, policies, claims,
// references) are reconciled before they are ever sent again.
//
// The account must have granted the youtubepartner scope (asked for only when the operator
// opts into Content ID). Once the owner to act for is known (contentOwners().mine()), every
// call names it (onBehalfOfContentOwner), which the API requires when the user manages more
// than one.
class PartnerClient : public QObject, public ApiEndpoint
{
    Q_OBJECT

public:
    static inline const QString kScope =
        QStringLiteral("https://www.googleapis.com/auth/youtubepartner");
    static inline const QString kPath = QStringLiteral("youtube/partner/v1/");

    static constexpr int kDefaultReadTimeoutMs = 20000;
    static constexpr int kDefaultWriteTimeoutMs = 30000;
    // Content ID answers are small (an asset, a claim, a page of 25).
    static constexpr qint64 kMaxAnswerBytes = 4 * 1024 * 1024;

    static QUrl googleRootUrl() { return QUrl(QStringLiteral("https://www.googleapis.com/")); }

    // `nam`: the app's one QNetworkAccessManager (null in tests: the pipeline makes its own).
    PartnerClient(AccountSession *account, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~PartnerClient() override;

    void setAccount(AccountSession *account);
    AccountSession *account() const;
    // Whether the account granted the youtubepartner scope.
    bool isAuthorized() const;
    void setRootUrl(const QUrl &root);
    // The owner every call acts for (onBehalfOfContentOwner); empty: none named.
    void setContentOwner(const QString &ownerId) { m_owner = ownerId; }
    QString contentOwner() const { return m_owner; }
    void setRetryPolicy(const RetryPolicy &policy);
    void setTimeouts(int readMs, int writeMs);

    QUrl rootUrl() const override { return m_root; }
    int readTimeoutMs() const override { return m_readTimeoutMs; }
    int writeTimeoutMs() const override { return m_writeTimeoutMs; }
    int uploadTimeoutMs() const override { return m_writeTimeoutMs; }
    RequestPipeline *pipeline() const override { return m_pipeline; }

    // The query every call starts from: onBehalfOfContentOwner when an owner is set.
    QUrlQuery ownerQuery() const;

    const ContentOwnersApi &contentOwners() const { return m_contentOwners; }
    const AssetsApi &assets() const { return m_assets; }
    const OwnershipApi &ownership() const { return m_ownership; }
    const PoliciesApi &policies() const { return m_policies; }
    const AssetMatchPolicyApi &assetMatchPolicy() const { return m_matchPolicy; }
    const ClaimsApi &claims() const { return m_claims; }
    const AdvertisingOptionsApi &videoAdvertisingOptions() const { return m_adOptions; }
    const ReferencesApi &references() const { return m_references; }

Q_SIGNALS:
    // Every attempt that reached the server or failed on the way (status 0: no answer).
    void requestFinished(const QString &method, int httpStatus, int quotaUnits);
    void retryScheduled(const QString &method, int attempt, int delayMs, const QString &reason);

private:
    QPointer<AccountSession> m_account;
    RequestPipeline *m_pipeline;
    QUrl m_root = googleRootUrl();
    QString m_owner;
    int m_readTimeoutMs = kDefaultReadTimeoutMs;
    int m_writeTimeoutMs = kDefaultWriteTimeoutMs;
    ContentOwnersApi m_contentOwners{this};
    AssetsApi m_assets{this};
    OwnershipApi m_ownership{this};
    PoliciesApi m_policies{this};
    AssetMatchPolicyApi m_matchPolicy{this};
    ClaimsApi m_claims{this};
    AdvertisingOptionsApi m_adOptions{this};
    ReferencesApi m_references{this};
};

} // namespace onair
