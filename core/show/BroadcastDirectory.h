#pragma once

#include "google/youtube/model/LiveBroadcast.h"
#include "google/youtube/model/LiveStream.h"
#include "show/DirectoryPage.h"

#include <QObject>

#include <functional>

namespace onair {

class YouTubeClient;

// What the set-up panels pick from: the account's broadcasts that can still be opened and its
// reusable streams. Panels ask here instead of the API client; a failed list comes back as
// a value with the operator's sentence, so the panel can show it.
class BroadcastDirectory : public QObject
{
    Q_OBJECT

public:
    explicit BroadcastDirectory(YouTubeClient *client, QObject *parent = nullptr);

    // Upcoming and active broadcasts (interrupted ones included), 25 a page; completed and
    // revoked ones are left out.
    void listOpenBroadcasts(const QString &pageToken, QObject *context,
                            std::function<void(DirectoryPage<LiveBroadcast>)> done);
    // The account's reusable streams (the first 50).
    void listReusableStreams(QObject *context, std::function<void(DirectoryPage<LiveStream>)> done);

private:
    YouTubeClient *m_client;
};

} // namespace onair
