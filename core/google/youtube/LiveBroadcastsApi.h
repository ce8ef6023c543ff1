#pragma once

#include "google/Page.h"
#include "google/ResourceCalls.h"
#include "google/youtube/BroadcastFilter.h"
#include "google/youtube/CuepointOutcome.h"
#include "google/youtube/model/Cuepoint.h"
#include "google/youtube/model/LiveBroadcast.h"

#include <QStringList>

#include <functional>

namespace onair {

// liveBroadcasts: list, get, insert (reconciled), update, delete, bind, transition and
// cuepoints, over the owning YouTubeClient's pipeline.
class LiveBroadcastsApi
{
public:
    template<typename T>
    using Done = ResourceCalls::Done<T>;
    // Returns empty while the cue may still be sent; the sentence that says why not otherwise.
    using SendCheck = NetRequest::SendCheck;

    explicit LiveBroadcastsApi(const ApiEndpoint *client)
        : m_calls(client)
    {}

    void list(BroadcastFilter filter, const QStringList &parts, const QString &pageToken,
              int maxResults, QObject *context, Done<Page<LiveBroadcast>> done) const;
    // A missing broadcast is ApiError 404 liveBroadcastNotFound.
    void get(const QString &id, const QStringList &parts, QObject *context,
             Done<LiveBroadcast> done) const;
    // A lost answer is reconciled: the created broadcast (Confirmed), one resend when nothing
    // was created, or ApiError reason writeUnconfirmed.
    void insert(const LiveBroadcast &broadcast, const QStringList &parts, QObject *context,
                Done<LiveBroadcast> done) const;
    void update(const LiveBroadcast &broadcast, const QStringList &parts, QObject *context,
                Done<LiveBroadcast> done) const;
    void remove(const QString &id, QObject *context, Done<bool> done) const;
    // An empty stream id unbinds.
    void bind(const QString &id, const QString &streamIdOrEmptyToUnbind, const QStringList &parts,
              QObject *context, Done<LiveBroadcast> done) const;
    // broadcastStatus: testing | live | complete. redundantTransition counts as success (the
    // broadcast is read again and returned).
    void transition(const QString &id, const QString &broadcastStatus, const QStringList &parts,
                    QObject *context, Done<LiveBroadcast> done) const;
    // Sent within YouTubeClient::kCuepointSendWithinMs of this call or not at all (NotCreated,
    // reason kCuepointNotSent). `stillWanted`, when given, is asked before every send after
    // the first (a resend after a refused connection or a token refresh); a non-empty answer
    // ends the call the same way, with that sentence as the message.
    void insertCuepoint(const QString &broadcastId, const Cuepoint &cue, QObject *context,
                        std::function<void(CuepointOutcome)> done) const;
    void insertCuepoint(const QString &broadcastId, const Cuepoint &cue, SendCheck stillWanted,
                        QObject *context, std::function<void(CuepointOutcome)> done) const;

private:
    ResourceCalls m_calls;
};

} // namespace onair
