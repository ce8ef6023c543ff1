#pragma once

#include "kernel/HttpReply.h"
#include "youtube/ApiCall.h"

namespace onair::sandbox {

class BroadcastStore;
class YouTubeService;

// videos: list and update (a broadcast is also a video).
class VideosResource
{
public:
    explicit VideosResource(BroadcastStore *store);

    void registerMethods(YouTubeService &service);

private:
    HttpReply list(const ApiCall &call);
    HttpReply update(const ApiCall &call);

    BroadcastStore *m_store;
};

} // namespace onair::sandbox
