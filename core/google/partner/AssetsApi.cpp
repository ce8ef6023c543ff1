#include "google/partner/AssetsApi.h"

#include "google/InsertReconciler.h"
#include "google/partner/PartnerClient.h"
#include "net/JsonReader.h"

namespace onair {

AssetsApi::AssetsApi(const PartnerClient *client)
    : m_client(client)
    , m_calls(client)
{}

void AssetsApi::insert(const Asset &asset, QObject *context, ResourceCalls::Done<Asset> done) const
{
    NetRequest r = m_calls.request(QStringLiteral("assets.insert"), "POST",
                                   PartnerClient::kPath + QStringLiteral("assets"),
                                   m_client->ownerQuery(), asset.toJson());
    r.replay = RetryPolicy::Replay::AfterReconcile;
    const QDateTime since =
        QDateTime::currentDateTimeUtc().addSecs(-InsertReconciler::kClockSkewSecs);
    const auto matches = [asset](const Asset &a, const QDateTime &sentAt) {
        return a.type == asset.type && a.title == asset.title && a.customId == asset.customId &&
               (!a.timeCreated.isValid() ||
                a.timeCreated >= sentAt.addSecs(-InsertReconciler::kClockSkewSecs));
    };
    const AssetsApi self = *this;
    const auto page = [self, since, customId = asset.customId](
                          const QString &token, QObject *ctx, ResourceCalls::Done<Page<Asset>> cb) {
        self.search(since, customId, token, ctx, std::move(cb));
    };
    const auto listAll = [page](QObject *ctx, ResourceCalls::Done<QList<Asset>> cb) {
        ResourceCalls::collectPages<Asset>(page, QString(), InsertReconciler::kMaxPages, {}, ctx,
                                           std::move(cb));
    };
    const auto timeCreated = [](const Asset &a) { return a.timeCreated; };
    InsertReconciler::insert<Asset>(m_calls, std::move(r), matches, listAll, timeCreated, 1,
                                    context, std::move(done));
}

void AssetsApi::get(const QString &assetId, QObject *context, ResourceCalls::Done<Asset> done) const
{
    m_calls.read<Asset>(m_calls.request(QStringLiteral("assets.get"), "GET",
                                        PartnerClient::kPath + QStringLiteral("assets/") + assetId,
                                        m_client->ownerQuery()),
                        context, std::move(done));
}

void AssetsApi::search(const QDateTime &createdAfter, const QString &customId,
                       const QString &pageToken, QObject *context,
                       ResourceCalls::Done<Page<Asset>> done) const
{
    QUrlQuery q = m_client->ownerQuery();
    if (createdAfter.isValid())
        q.addQueryItem(QStringLiteral("createdAfter"), toRfc3339(createdAfter));
    if (!customId.isEmpty())
        q.addQueryItem(QStringLiteral("metadataSearchFields"),
                       QStringLiteral("customId:") + customId);
    if (!pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("pageToken"), pageToken);
    m_calls.list<Asset>(m_calls.request(QStringLiteral("assetSearch.list"), "GET",
                                        PartnerClient::kPath + QStringLiteral("assetSearch"), q),
                        context, std::move(done));
}

} // namespace onair
