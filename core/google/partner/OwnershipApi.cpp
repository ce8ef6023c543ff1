#include "google/partner/OwnershipApi.h"

#include "google/partner/PartnerClient.h"

namespace onair {

namespace {

QString pathOf(const QString &assetId)
{
    return PartnerClient::kPath + QStringLiteral("assets/") + assetId +
           QStringLiteral("/ownership");
}

} // namespace

OwnershipApi::OwnershipApi(const PartnerClient *client)
    : m_client(client)
    , m_calls(client)
{}

void OwnershipApi::update(const QString &assetId, const RightsOwnership &ownership,
                          QObject *context, ResourceCalls::Done<RightsOwnership> done) const
{
    m_calls.write<RightsOwnership>(m_calls.request(QStringLiteral("ownership.update"), "PUT",
                                                   pathOf(assetId), m_client->ownerQuery(),
                                                   ownership.toJson()),
                                   context, std::move(done));
}

void OwnershipApi::get(const QString &assetId, QObject *context,
                       ResourceCalls::Done<RightsOwnership> done) const
{
    m_calls.read<RightsOwnership>(m_calls.request(QStringLiteral("ownership.get"), "GET",
                                                  pathOf(assetId), m_client->ownerQuery()),
                                  context, std::move(done));
}

} // namespace onair
