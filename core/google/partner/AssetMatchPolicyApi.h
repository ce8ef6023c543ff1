#pragma once

#include "google/ResourceCalls.h"
#include "google/partner/model/AssetMatchPolicy.h"

namespace onair {

class PartnerClient;

// assetMatchPolicy: the policy applied to videos that match an asset (safe to repeat).
class AssetMatchPolicyApi
{
public:
    explicit AssetMatchPolicyApi(const PartnerClient *client);

    void update(const QString &assetId, const AssetMatchPolicy &policy, QObject *context,
                ResourceCalls::Done<AssetMatchPolicy> done) const;
    void get(const QString &assetId, QObject *context,
             ResourceCalls::Done<AssetMatchPolicy> done) const;

private:
    const PartnerClient *m_client;
    ResourceCalls m_calls;
};

} // namespace onair
