#include "google/partner/AssetMatchPolicyApi.h"

#include "google/partner/PartnerClient.h"

namespace onair {

namespace {

QString pathOf(const QString &assetId)
{
    return PartnerClient::kPath + QStringLiteral("assets/") + assetId +
           QStringLiteral("/matchPolicy");
}

} // namespace

AssetMatchPolicyApi::AssetMatchPolicyApi(const PartnerClient *client)
    : m_client(client)
    , m_calls(client)
{}

void AssetMatchPolicyApi::update(const QString &assetId, const AssetMatchPolicy &policy,
                                 QObject *context, ResourceCalls::Done<AssetMatchPolicy> done) const
{
    m_calls.write<AssetMatchPolicy>(m_calls.request(QStringLiteral("assetMatchPolicy.update"),
                                                    "PUT", pathOf(assetId), m_client->ownerQuery(),
                                                    policy.toJson()),
                                    context, std::move(done));
}

void AssetMatchPolicyApi::get(const QString &assetId, QObject *context,
                              ResourceCalls::Done<AssetMatchPolicy> done) const
{
    m_calls.read<AssetMatchPolicy>(m_calls.request(QStringLiteral("assetMatchPolicy.get"), "GET",
                                                   pathOf(assetId), m_client->ownerQuery()),
                                   context, std::move(done));
}

} // namespace onair
