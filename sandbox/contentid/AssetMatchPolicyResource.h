#pragma once

namespace onair::sandbox {

class ContentIdService;

// assetMatchPolicy.update / get (assets/{assetId}/matchPolicy): the policy applied to videos
// that match the asset, either a saved policy (policyId) or inline rules, never both.
class AssetMatchPolicyResource
{
public:
    static void registerMethods(ContentIdService &service);
};

} // namespace onair::sandbox
