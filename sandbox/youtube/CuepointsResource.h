#pragma once

#include "kernel/HttpReply.h"
#include "youtube/ApiCall.h"

namespace onair::sandbox {

class BroadcastStore;
class YouTubeService;

// liveBroadcasts.cuepoint (insertCuepoint): ad breaks, accepted while the broadcast is live.
class CuepointsResource
{
public:
    explicit CuepointsResource(BroadcastStore *store);

    void registerMethods(YouTubeService &service);

private:
    HttpReply insert(const ApiCall &call);

    BroadcastStore *m_store;
};

} // namespace onair::sandbox
