#include "youtube/StoreVideoDirectory.h"

#include "youtube/BroadcastStore.h"

namespace onair::sandbox {

std::optional<VideoFacts> StoreVideoDirectory::video(const QString &id) const
{
    const Broadcast *b = m_store->broadcast(id);
    if (!b)
        return std::nullopt;
    VideoFacts facts;
    facts.id = b->id;
    facts.channelId = b->channelId;
    facts.lifeCycleStatus = BroadcastStates::toString(b->lifeCycleStatus);
    facts.recordFromStart = b->recordFromStart;
    // As videos.list says: a completed broadcast's recording is processed.
    facts.processed = b->lifeCycleStatus == LifeCycleStatus::Complete;
    if (facts.processed)
        facts.completedAt = b->actualEndTime;
    if (b->actualStartTime.isValid() && b->actualEndTime.isValid())
        facts.lengthSeconds = b->actualStartTime.msecsTo(b->actualEndTime) / 1000.0;
    if (const auto image = m_store->thumbnail(id)) {
        facts.thumbnail = image->first;
        facts.thumbnailType = image->second;
    }
    return facts;
}

} // namespace onair::sandbox
