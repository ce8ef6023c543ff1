#pragma once

#include "kernel/HttpReply.h"
#include "youtube/ApiCall.h"

namespace onair::sandbox {

class BroadcastStore;
class YouTubeService;

// liveStreams: list, insert, update, delete.
class LiveStreamsResource
{
public:
    explicit LiveStreamsResource(BroadcastStore *store);

    void registerMethods(YouTubeService &service);

private:
    HttpReply list(const ApiCall &call);
    HttpReply insert(const ApiCall &call);
    HttpReply update(const ApiCall &call);
    HttpReply remove(const ApiCall &call);

    BroadcastStore *m_store;
};

} // namespace onair::sandbox
