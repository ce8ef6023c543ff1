#pragma once

#include "kernel/HttpReply.h"
#include "youtube/ApiCall.h"

namespace onair::sandbox {

class BroadcastStore;
class YouTubeService;

// channels.list: the sandbox's two channels.
class ChannelsResource
{
public:
    explicit ChannelsResource(BroadcastStore *store);

    void registerMethods(YouTubeService &service);

private:
    HttpReply list(const ApiCall &call);

    BroadcastStore *m_store;
};

} // namespace onair::sandbox
