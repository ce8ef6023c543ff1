#pragma once

namespace onair {

// liveBroadcasts.list filters: mine=true, or broadcastStatus=….
enum class BroadcastFilter
{
    Mine,
    Upcoming,
    Active,
    Completed,
    All,
};

} // namespace onair
