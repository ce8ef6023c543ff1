#include "show/BroadcastDirectory.h"

#include "google/ErrorMessages.h"
#include "google/youtube/YouTubeClient.h"
#include "show/Lifecycle.h"

namespace onair {

namespace {

template<typename T, typename Keep>
DirectoryPage<T> toDirectoryPage(const Result<Page<T>> &r, Keep keep)
{
    DirectoryPage<T> page;
    if (!r.isOk()) {
        page.error = ErrorMessages::describe(r.error());
        page.reason = r.error().reason;
        return page;
    }
    for (const T &item : r.value().items) {
        if (keep(item))
            page.items.append(item);
    }
    page.nextPageToken = r.value().nextPageToken;
    return page;
}

} // namespace

BroadcastDirectory::BroadcastDirectory(YouTubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void BroadcastDirectory::listOpenBroadcasts(const QString &pageToken, QObject *context,
                                            std::function<void(DirectoryPage<LiveBroadcast>)> done)
{
    m_client->broadcasts().list(
        BroadcastFilter::All,
        {QStringLiteral("id"), QStringLiteral("snippet"), QStringLiteral("status")}, pageToken, 25,
        context, [done = std::move(done)](Result<Page<LiveBroadcast>> r) {
            done(toDirectoryPage(r, [](const LiveBroadcast &b) {
                return !lifecycle::isTerminal(b.status.lifeCycleStatus);
            }));
        });
}

void BroadcastDirectory::listReusableStreams(QObject *context,
                                             std::function<void(DirectoryPage<LiveStream>)> done)
{
    m_client->streams().list({},
                             {QStringLiteral("id"), QStringLiteral("snippet"),
                              QStringLiteral("cdn"), QStringLiteral("contentDetails")},
                             QString(), 50, context,
                             [done = std::move(done)](Result<Page<LiveStream>> r) {
                                 done(toDirectoryPage(r, [](const LiveStream &s) {
                                     return s.contentDetails.isReusable;
                                 }));
                             });
}

} // namespace onair
