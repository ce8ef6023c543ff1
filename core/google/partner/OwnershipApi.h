#pragma once

#include "google/ResourceCalls.h"
#include "google/partner/model/RightsOwnership.h"

namespace onair {

class PartnerClient;

// ownership: who owns an asset where. update replaces the whole ownership (safe to repeat).
class OwnershipApi
{
public:
    explicit OwnershipApi(const PartnerClient *client);

    void update(const QString &assetId, const RightsOwnership &ownership, QObject *context,
                ResourceCalls::Done<RightsOwnership> done) const;
    void get(const QString &assetId, QObject *context,
             ResourceCalls::Done<RightsOwnership> done) const;

private:
    const PartnerClient *m_client;
    ResourceCalls m_calls;
};

} // namespace onair
