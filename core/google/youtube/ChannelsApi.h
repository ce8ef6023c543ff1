#pragma once

#include "google/ResourceCalls.h"
#include "google/youtube/model/Channel.h"

namespace onair {

// channels: the signed-in account's own channel.
class ChannelsApi
{
public:
    explicit ChannelsApi(const ApiEndpoint *client)
        : m_calls(client)
    {}

    // channels.list?mine=true&part=id,snippet; an account without a channel is ApiError 404
    // NoLinkedYouTubeAccount.
    void mine(QObject *context, ResourceCalls::Done<Channel> done) const;

private:
    ResourceCalls m_calls;
};

} // namespace onair
