#pragma once

#include "kernel/VideoDirectory.h"

namespace onair::sandbox {

class BroadcastStore;

// The YouTube service's broadcasts (which are videos) as read-only facts for other services.
class StoreVideoDirectory : public VideoDirectory
{
public:
    explicit StoreVideoDirectory(const BroadcastStore *store)
        : m_store(store)
    {}

    std::optional<VideoFacts> video(const QString &id) const override;

private:
    const BroadcastStore *m_store;
};

} // namespace onair::sandbox
