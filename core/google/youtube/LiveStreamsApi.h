#pragma once

#include "google/Page.h"
#include "google/ResourceCalls.h"
#include "google/youtube/model/LiveStream.h"

#include <QStringList>

namespace onair {

// liveStreams: list, get, insert (reconciled), update, delete.
class LiveStreamsApi
{
public:
    template<typename T>
    using Done = ResourceCalls::Done<T>;

    explicit LiveStreamsApi(const ApiEndpoint *client)
        : m_calls(client)
    {}

    // Empty ids: the account's own streams (mine=true).
    void list(const QStringList &ids, const QStringList &parts, const QString &pageToken,
              int maxResults, QObject *context, Done<Page<LiveStream>> done) const;
    // A missing stream is ApiError 404 liveStreamNotFound.
    void get(const QString &id, const QStringList &parts, QObject *context,
             Done<LiveStream> done) const;
    // A lost answer is reconciled like a broadcast insert.
    void insert(const LiveStream &stream, const QStringList &parts, QObject *context,
                Done<LiveStream> done) const;
    void update(const LiveStream &stream, const QStringList &parts, QObject *context,
                Done<LiveStream> done) const;
    void remove(const QString &id, QObject *context, Done<bool> done) const;

private:
    ResourceCalls m_calls;
};

} // namespace onair
