#include "google/youtube/ChannelsApi.h"

namespace onair {

void ChannelsApi::mine(QObject *context, ResourceCalls::Done<Channel> done) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("part"), QStringLiteral("id,snippet"));
    q.addQueryItem(QStringLiteral("mine"), QStringLiteral("true"));
    m_calls.list<Channel>(m_calls.request(QStringLiteral("channels.list"), "GET",
                                          QStringLiteral("youtube/v3/channels"), q),
                          context, [done = std::move(done)](Result<Page<Channel>> page) {
                              if (!page)
                                  return done(page.error());
                              if (page.value().items.isEmpty())
                                  return done(ResourceCalls::notFound(
                                      QStringLiteral("NoLinkedYouTubeAccount"),
                                      QStringLiteral("youtube.channel"),
                                      QStringLiteral("the account has no YouTube channel")));
                              done(page.value().items.first());
                          });
}

} // namespace onair
