#pragma once

#include "google/ResourceCalls.h"
#include "google/partner/model/VideoAdvertisingOption.h"

namespace onair {

class PartnerClient;

// videoAdvertisingOptions: where ads may run in a claimed video (safe to repeat).
class AdvertisingOptionsApi
{
public:
    explicit AdvertisingOptionsApi(const PartnerClient *client);

    // videoAdvertisingOptions.update for `options.videoId`.
    void update(const VideoAdvertisingOption &options, QObject *context,
                ResourceCalls::Done<VideoAdvertisingOption> done) const;
    void get(const QString &videoId, QObject *context,
             ResourceCalls::Done<VideoAdvertisingOption> done) const;

private:
    const PartnerClient *m_client;
    ResourceCalls m_calls;
};

} // namespace onair
