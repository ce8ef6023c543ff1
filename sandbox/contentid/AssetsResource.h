#pragma once

namespace onair::sandbox {

class ContentIdService;

// assets.insert / assets.get, and assetSearch.list (what a client reads to find an asset whose
// insert answer it lost: by creation time, custom id, title or type). Ownership and the match
// policy are their own resources (OwnershipResource, AssetMatchPolicyResource).
class AssetsResource
{
public:
    static void registerMethods(ContentIdService &service);
};

} // namespace onair::sandbox
