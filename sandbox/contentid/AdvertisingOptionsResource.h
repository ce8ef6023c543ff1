#pragma once

namespace onair::sandbox {

class ContentIdService;

// videoAdvertisingOptions.update / get (videoAdvertisingOptions/{videoId}): the ad settings of
// a video the owner has claimed. Only what the API accepts today (reference §10.7): the one ad
// format third_party_ads, break positions, ad breaks and the third-party ad server fields.
class AdvertisingOptionsResource
{
public:
    static void registerMethods(ContentIdService &service);
};

} // namespace onair::sandbox
