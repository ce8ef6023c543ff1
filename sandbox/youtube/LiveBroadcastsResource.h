#pragma once

#include "kernel/HttpReply.h"
#include "youtube/ApiCall.h"

namespace onair::sandbox {

class BroadcastStore;
class YouTubeService;

// liveBroadcasts: list, insert, update, delete, bind, transition (cuepoints have their own
// resource). The lifecycle rules are BroadcastLifeCycle's, the body rules BroadcastRules'.
class LiveBroadcastsResource
{
public:
    explicit LiveBroadcastsResource(BroadcastStore *store);

    void registerMethods(YouTubeService &service);

private:
    HttpReply list(const ApiCall &call);
    HttpReply insert(const ApiCall &call);
    HttpReply update(const ApiCall &call);
    HttpReply remove(const ApiCall &call);
    HttpReply bind(const ApiCall &call);
    HttpReply transition(const ApiCall &call);

    BroadcastStore *m_store;
};

} // namespace onair::sandbox
