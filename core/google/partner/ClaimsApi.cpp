#include "google/partner/ClaimsApi.h"

#include "google/InsertReconciler.h"
#include "google/partner/PartnerClient.h"

namespace onair {

ClaimsApi::ClaimsApi(const PartnerClient *client)
    : m_client(client)
    , m_calls(client)
{}

void ClaimsApi::insert(const Claim &claim, QObject *context, ResourceCalls::Done<Claim> done) const
{
    NetRequest r = m_calls.request(QStringLiteral("claims.insert"), "POST",
                                   PartnerClient::kPath + QStringLiteral("claims"),
                                   m_client->ownerQuery(), claim.toJson());
    r.replay = RetryPolicy::Replay::AfterReconcile;
    const auto matches = [claim](const Claim &c, const QDateTime &sentAt) {
        return c.assetId == claim.assetId && c.videoId == claim.videoId &&
               c.contentType == claim.contentType && c.policyId == claim.policyId &&
               (!c.timeCreated.isValid() ||
                c.timeCreated >= sentAt.addSecs(-InsertReconciler::kClockSkewSecs));
    };
    const ClaimsApi self = *this;
    const auto page = [self, videoId = claim.videoId](const QString &token, QObject *ctx,
                                                      ResourceCalls::Done<Page<Claim>> cb) {
        self.listByVideo(videoId, token, ctx, std::move(cb));
    };
    const auto listAll = [page](QObject *ctx, ResourceCalls::Done<QList<Claim>> cb) {
        ResourceCalls::collectPages<Claim>(page, QString(), InsertReconciler::kMaxPages, {}, ctx,
                                           std::move(cb));
    };
    const auto timeCreated = [](const Claim &c) { return c.timeCreated; };
    InsertReconciler::insert<Claim>(m_calls, std::move(r), matches, listAll, timeCreated, 1,
                                    context, std::move(done));
}

void ClaimsApi::get(const QString &claimId, QObject *context, ResourceCalls::Done<Claim> done) const
{
    m_calls.read<Claim>(m_calls.request(QStringLiteral("claims.get"), "GET",
                                        PartnerClient::kPath + QStringLiteral("claims/") + claimId,
                                        m_client->ownerQuery()),
                        context, std::move(done));
}

void ClaimsApi::listByVideo(const QString &videoId, const QString &pageToken, QObject *context,
                            ResourceCalls::Done<Page<Claim>> done) const
{
    QUrlQuery q = m_client->ownerQuery();
    q.addQueryItem(QStringLiteral("videoId"), videoId);
    if (!pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("pageToken"), pageToken);
    m_calls.list<Claim>(m_calls.request(QStringLiteral("claims.list"), "GET",
                                        PartnerClient::kPath + QStringLiteral("claims"), q),
                        context, std::move(done));
}

} // namespace onair
