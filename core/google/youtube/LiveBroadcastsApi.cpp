#include "google/youtube/LiveBroadcastsApi.h"

#include "google/InsertReconciler.h"
#include "google/youtube/YouTubeClient.h"
#include "net/ApiLogging.h"

#include <QPointer>

#include <algorithm>

namespace onair {

namespace {

const QString kPath = QStringLiteral("youtube/v3/liveBroadcasts");
const QStringList kDefaultParts = {QStringLiteral("id"), QStringLiteral("snippet"),
                                   QStringLiteral("contentDetails"), QStringLiteral("status")};

QString filterValue(BroadcastFilter f)
{
    switch (f) {
    case BroadcastFilter::Upcoming:
        return QStringLiteral("upcoming");
    case BroadcastFilter::Active:
        return QStringLiteral("active");
    case BroadcastFilter::Completed:
        return QStringLiteral("completed");
    case BroadcastFilter::All:
        return QStringLiteral("all");
    case BroadcastFilter::Mine:
        break;
    }
    return QString();
}

} // namespace

void LiveBroadcastsApi::list(BroadcastFilter filter, const QStringList &parts,
                             const QString &pageToken, int maxResults, QObject *context,
                             Done<Page<LiveBroadcast>> done) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("part"), ResourceCalls::joinParts(parts, kDefaultParts));
    if (filter == BroadcastFilter::Mine)
        q.addQueryItem(QStringLiteral("mine"), QStringLiteral("true"));
    else
        q.addQueryItem(QStringLiteral("broadcastStatus"), filterValue(filter));
    if (maxResults > 0)
        q.addQueryItem(QStringLiteral("maxResults"), QString::number(std::min(maxResults, 50)));
    if (!pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("pageToken"), pageToken);
    m_calls.list<LiveBroadcast>(
        m_calls.request(QStringLiteral("liveBroadcasts.list"), "GET", kPath, q), context,
        std::move(done));
}

void LiveBroadcastsApi::get(const QString &id, const QStringList &parts, QObject *context,
                            Done<LiveBroadcast> done) const
{
    QUrlQuery q;
    // Only the caller's parts: a resource always carries its id anyway.
    q.addQueryItem(QStringLiteral("part"), ResourceCalls::joinParts(parts, kDefaultParts));
    q.addQueryItem(QStringLiteral("id"), id);
    m_calls.get<LiveBroadcast>(
        m_calls.request(QStringLiteral("liveBroadcasts.list"), "GET", kPath, q), id,
        QStringLiteral("liveBroadcastNotFound"), QStringLiteral("youtube.liveBroadcast"), context,
        std::move(done));
}

void LiveBroadcastsApi::insert(const LiveBroadcast &broadcast, const QStringList &parts,
                               QObject *context, Done<LiveBroadcast> done) const
{
    const QStringList p = parts.isEmpty() ? kDefaultParts : parts;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("part"), p.join(QLatin1Char(',')));
    LiveBroadcast sent = broadcast;
    sent.id.clear();
    NetRequest r =
        m_calls.request(QStringLiteral("liveBroadcasts.insert"), "POST", kPath, q, sent.toJson(p));
    r.replay = RetryPolicy::Replay::AfterReconcile;

    const auto matches = [sent, p](const LiveBroadcast &b, const QDateTime &sentAt) {
        if (p.contains(QLatin1String("snippet"))) {
            if (b.snippet.title != sent.snippet.title)
                return false;
            if (sent.snippet.scheduledStartTime.isValid() &&
                qAbs(b.snippet.scheduledStartTime.secsTo(sent.snippet.scheduledStartTime)) > 1)
                return false;
        }
        if (p.contains(QLatin1String("status")) && !sent.status.privacyStatus.isEmpty() &&
            b.status.privacyStatus != sent.status.privacyStatus)
            return false;
        if (b.snippet.publishedAt.isValid() &&
            b.snippet.publishedAt < sentAt.addSecs(-InsertReconciler::kClockSkewSecs))
            return false;
        return b.status.lifeCycleStatus == LifeCycleStatus::Created ||
               b.status.lifeCycleStatus == LifeCycleStatus::Ready;
    };
    const QStringList listParts = ResourceCalls::withParts(
        p, {QStringLiteral("id"), QStringLiteral("snippet"), QStringLiteral("status")});
    const LiveBroadcastsApi self = *this;
    const auto upcoming = [self, listParts](const QString &token, QObject *ctx,
                                            Done<Page<LiveBroadcast>> cb) {
        self.list(BroadcastFilter::Upcoming, listParts, token, InsertReconciler::kPageSize, ctx,
                  std::move(cb));
    };
    const auto listAll = [upcoming](QObject *ctx, Done<QList<LiveBroadcast>> cb) {
        ResourceCalls::collectPages<LiveBroadcast>(upcoming, QString(), InsertReconciler::kMaxPages,
                                                   {}, ctx, std::move(cb));
    };
    const auto publishedAt = [](const LiveBroadcast &item) { return item.snippet.publishedAt; };
    InsertReconciler::insert<LiveBroadcast>(m_calls, std::move(r), matches, listAll, publishedAt, 1,
                                            context, std::move(done));
}

void LiveBroadcastsApi::update(const LiveBroadcast &broadcast, const QStringList &parts,
                               QObject *context, Done<LiveBroadcast> done) const
{
    const QStringList p = parts.isEmpty() ? broadcast.parts : parts;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("part"), ResourceCalls::joinParts(p, kDefaultParts));
    m_calls.write<LiveBroadcast>(m_calls.request(QStringLiteral("liveBroadcasts.update"), "PUT",
                                                 kPath, q, broadcast.toJson(p)),
                                 context, std::move(done));
}

void LiveBroadcastsApi::remove(const QString &id, QObject *context, Done<bool> done) const
{
    m_calls.remove(QStringLiteral("liveBroadcasts.delete"), kPath, id,
                   QStringLiteral("liveBroadcastNotFound"), context, std::move(done));
}

void LiveBroadcastsApi::bind(const QString &id, const QString &streamIdOrEmptyToUnbind,
                             const QStringList &parts, QObject *context,
                             Done<LiveBroadcast> done) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("id"), id);
    q.addQueryItem(QStringLiteral("part"), ResourceCalls::joinParts(parts, kDefaultParts));
    if (!streamIdOrEmptyToUnbind.isEmpty())
        q.addQueryItem(QStringLiteral("streamId"), streamIdOrEmptyToUnbind);
    m_calls.write<LiveBroadcast>(m_calls.request(QStringLiteral("liveBroadcasts.bind"), "POST",
                                                 kPath + QStringLiteral("/bind"), q),
                                 context, std::move(done));
}

void LiveBroadcastsApi::transition(const QString &id, const QString &broadcastStatus,
                                   const QStringList &parts, QObject *context,
                                   Done<LiveBroadcast> done) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("broadcastStatus"), broadcastStatus);
    q.addQueryItem(QStringLiteral("id"), id);
    q.addQueryItem(QStringLiteral("part"), ResourceCalls::joinParts(parts, kDefaultParts));
    QPointer<QObject> guard(context);
    const LiveBroadcastsApi self = *this;
    m_calls.send(
        m_calls.request(QStringLiteral("liveBroadcasts.transition"), "POST",
                        kPath + QStringLiteral("/transition"), q),
        context,
        [self, id, parts, guard, done = std::move(done)](Result<NetReply> res, NetCallInfo) {
            if (res)
                return done(ResourceCalls::parseItem<LiveBroadcast>(
                    res.value().body, QStringLiteral("liveBroadcasts.transition")));
            if (res.error().reason == QLatin1String("redundantTransition") && guard) {
                // Already there or on its way: what the caller wanted. Read where it is.
                qCInfo(lcApi) << "transition of" << id << "was redundant; reading it";
                self.get(id, parts, guard, done);
                return;
            }
            done(res.error());
        });
}

void LiveBroadcastsApi::insertCuepoint(const QString &broadcastId, const Cuepoint &cue,
                                       QObject *context,
                                       std::function<void(CuepointOutcome)> done) const
{
    insertCuepoint(broadcastId, cue, SendCheck(), context, std::move(done));
}

void LiveBroadcastsApi::insertCuepoint(const QString &broadcastId, const Cuepoint &cue,
                                       SendCheck stillWanted, QObject *context,
                                       std::function<void(CuepointOutcome)> done) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("id"), broadcastId);
    Cuepoint sent = cue;
    sent.id.clear();
    sent.etag.clear();
    NetRequest r = m_calls.request(QStringLiteral("liveBroadcasts.insertCuepoint"), "POST",
                                   kPath + QStringLiteral("/cuepoint"), q, sent.toJson());
    r.replay = RetryPolicy::Replay::Never;
    r.sendWithinMs = YouTubeClient::kCuepointSendWithinMs;
    r.lateMessage = YouTubeClient::tr("YouTube could not be reached within %1 s, and a later ad "
                                      "break would be misplaced.")
                        .arg(r.sendWithinMs / 1000.0);
    r.beforeResend = std::move(stillWanted);
    r.notSentReason = YouTubeClient::kCuepointNotSent;
    m_calls.send(
        std::move(r), context, [done = std::move(done)](Result<NetReply> res, NetCallInfo info) {
            if (res) {
                // A 2xx means the break was accepted, even if its echo cannot be read.
                return done({ResourceCalls::parseItem<Cuepoint>(
                                 res.value().body, QStringLiteral("liveBroadcasts.insertCuepoint")),
                             WriteConfirmation::Confirmed});
            }
            if (info.outcomeUnknown || info.earlierOutcomeUnknown) {
                ApiError e = res.error();
                e.reason = YouTubeClient::kWriteUnconfirmed;
                e.message = QStringLiteral("no answer to the ad break (") + res.error().summary() +
                            QStringLiteral("); it may have been inserted");
                return done({e, WriteConfirmation::Unconfirmed});
            }
            done({res.error(), WriteConfirmation::NotCreated});
        });
}

} // namespace onair
