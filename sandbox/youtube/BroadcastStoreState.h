#pragma once

#include <QJsonObject>

namespace onair::sandbox {

class BroadcastStore;

// The store as kept in --data-dir's state file (section "store"): broadcasts, streams,
// cuepoints and thumbnails, states in the API's spelling.
class BroadcastStoreState
{
public:
    static QJsonObject save(const BroadcastStore &store);
    static void restore(BroadcastStore &store, const QJsonObject &state);
};

} // namespace onair::sandbox
