#include "google/youtube/InsertReconciler.h"

#include "google/youtube/YouTubeClient.h"

namespace onair {

QString InsertReconciler::writeUnconfirmedReason()
{
    return YouTubeClient::kWriteUnconfirmed;
}

QString InsertReconciler::notCreatedReason()
{
    return YouTubeClient::kNotCreated;
}

} // namespace onair
