#include "google/partner/ReferencesApi.h"

#include "google/InsertReconciler.h"
#include "google/partner/PartnerClient.h"

namespace onair {

ReferencesApi::ReferencesApi(const PartnerClient *client)
    : m_client(client)
    , m_calls(client)
{}

void ReferencesApi::insertFromClaim(const QString &claimId, const QString &assetId,
                                    const QString &contentType, QObject *context,
                                    ResourceCalls::Done<Reference> done) const
{
    QUrlQuery q = m_client->ownerQuery();
    q.addQueryItem(QStringLiteral("claimId"), claimId);
    NetRequest r = m_calls.request(
        QStringLiteral("references.insert"), "POST",
        PartnerClient::kPath + QStringLiteral("references"), q,
        {{QStringLiteral("assetId"), assetId}, {QStringLiteral("contentType"), contentType}});
    r.replay = RetryPolicy::Replay::AfterReconcile;
    const auto matches = [claimId](const Reference &ref, const QDateTime &) {
        return ref.claimId == claimId && ref.duplicateLeader.isEmpty();
    };
    const ReferencesApi self = *this;
    const auto page = [self, assetId](const QString &token, QObject *ctx,
                                      ResourceCalls::Done<Page<Reference>> cb) {
        self.listByAsset(assetId, token, ctx, std::move(cb));
    };
    const auto listAll = [page](QObject *ctx, ResourceCalls::Done<QList<Reference>> cb) {
        ResourceCalls::collectPages<Reference>(page, QString(), InsertReconciler::kMaxPages, {},
                                               ctx, std::move(cb));
    };
    // A reference has no creation time; one claim makes one reference.
    const auto noTime = [](const Reference &) { return QDateTime(); };
    InsertReconciler::insert<Reference>(m_calls, std::move(r), matches, listAll, noTime, 1, context,
                                        std::move(done));
}

void ReferencesApi::get(const QString &referenceId, QObject *context,
                        ResourceCalls::Done<Reference> done) const
{
    m_calls.read<Reference>(
        m_calls.request(QStringLiteral("references.get"), "GET",
                        PartnerClient::kPath + QStringLiteral("references/") + referenceId,
                        m_client->ownerQuery()),
        context, std::move(done));
}

void ReferencesApi::listByAsset(const QString &assetId, const QString &pageToken, QObject *context,
                                ResourceCalls::Done<Page<Reference>> done) const
{
    QUrlQuery q = m_client->ownerQuery();
    q.addQueryItem(QStringLiteral("assetId"), assetId);
    if (!pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("pageToken"), pageToken);
    m_calls.list<Reference>(m_calls.request(QStringLiteral("references.list"), "GET",
                                            PartnerClient::kPath + QStringLiteral("references"), q),
                            context, std::move(done));
}

} // namespace onair
