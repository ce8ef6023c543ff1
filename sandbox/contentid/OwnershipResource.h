#pragma once

namespace onair::sandbox {

class ContentIdService;

// ownership.update / ownership.get (assets/{assetId}/ownership): who owns an asset where.
// PUT replaces the whole ownership.
class OwnershipResource
{
public:
    static void registerMethods(ContentIdService &service);
};

} // namespace onair::sandbox
