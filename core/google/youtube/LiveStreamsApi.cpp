#include "google/youtube/LiveStreamsApi.h"

#include "google/InsertReconciler.h"

#include <algorithm>

namespace onair {

namespace {

const QString kPath = QStringLiteral("youtube/v3/liveStreams");
const QStringList kDefaultParts = {QStringLiteral("id"), QStringLiteral("snippet"),
                                   QStringLiteral("cdn"), QStringLiteral("status")};

} // namespace

void LiveStreamsApi::list(const QStringList &ids, const QStringList &parts,
                          const QString &pageToken, int maxResults, QObject *context,
                          Done<Page<LiveStream>> done) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("part"), ResourceCalls::joinParts(parts, kDefaultParts));
    if (ids.isEmpty())
        q.addQueryItem(QStringLiteral("mine"), QStringLiteral("true"));
    else
        q.addQueryItem(QStringLiteral("id"), ids.join(QLatin1Char(',')));
    if (maxResults > 0)
        q.addQueryItem(QStringLiteral("maxResults"), QString::number(std::min(maxResults, 50)));
    if (!pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("pageToken"), pageToken);
    m_calls.list<LiveStream>(m_calls.request(QStringLiteral("liveStreams.list"), "GET", kPath, q),
                             context, std::move(done));
}

void LiveStreamsApi::get(const QString &id, const QStringList &parts, QObject *context,
                         Done<LiveStream> done) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("part"), ResourceCalls::joinParts(parts, kDefaultParts));
    q.addQueryItem(QStringLiteral("id"), id);
    m_calls.get<LiveStream>(m_calls.request(QStringLiteral("liveStreams.list"), "GET", kPath, q),
                            id, QStringLiteral("liveStreamNotFound"),
                            QStringLiteral("youtube.liveStream"), context, std::move(done));
}

void LiveStreamsApi::insert(const LiveStream &stream, const QStringList &parts, QObject *context,
                            Done<LiveStream> done) const
{
    const QStringList p = parts.isEmpty() ? kDefaultParts : parts;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("part"), p.join(QLatin1Char(',')));
    LiveStream sent = stream;
    sent.id.clear();
    NetRequest r =
        m_calls.request(QStringLiteral("liveStreams.insert"), "POST", kPath, q, sent.toJson(p));
    r.replay = RetryPolicy::Replay::AfterReconcile;

    const auto matches = [sent, p](const LiveStream &s, const QDateTime &sentAt) {
        if (s.snippet.title != sent.snippet.title)
            return false;
        if (p.contains(QLatin1String("cdn")) &&
            (s.cdn.ingestionType != sent.cdn.ingestionType ||
             s.cdn.resolution != sent.cdn.resolution || s.cdn.frameRate != sent.cdn.frameRate))
            return false;
        return !s.snippet.publishedAt.isValid() ||
               s.snippet.publishedAt >= sentAt.addSecs(-InsertReconciler::kClockSkewSecs);
    };
    const QStringList listParts = ResourceCalls::withParts(
        p, {QStringLiteral("id"), QStringLiteral("snippet"), QStringLiteral("cdn")});
    const LiveStreamsApi self = *this;
    const auto mine = [self, listParts](const QString &token, QObject *ctx,
                                        Done<Page<LiveStream>> cb) {
        self.list({}, listParts, token, InsertReconciler::kPageSize, ctx, std::move(cb));
    };
    const auto listAll = [mine](QObject *ctx, Done<QList<LiveStream>> cb) {
        ResourceCalls::collectPages<LiveStream>(mine, QString(), InsertReconciler::kMaxPages, {},
                                                ctx, std::move(cb));
    };
    const auto publishedAt = [](const LiveStream &item) { return item.snippet.publishedAt; };
    InsertReconciler::insert<LiveStream>(m_calls, std::move(r), matches, listAll, publishedAt, 1,
                                         context, std::move(done));
}

void LiveStreamsApi::update(const LiveStream &stream, const QStringList &parts, QObject *context,
                            Done<LiveStream> done) const
{
    const QStringList p = parts.isEmpty() ? stream.parts : parts;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("part"), ResourceCalls::joinParts(p, kDefaultParts));
    m_calls.write<LiveStream>(
        m_calls.request(QStringLiteral("liveStreams.update"), "PUT", kPath, q, stream.toJson(p)),
        context, std::move(done));
}

void LiveStreamsApi::remove(const QString &id, QObject *context, Done<bool> done) const
{
    m_calls.remove(QStringLiteral("liveStreams.delete"), kPath, id,
                   QStringLiteral("liveStreamNotFound"), context, std::move(done));
}

} // namespace onair
