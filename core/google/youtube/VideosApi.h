#pragma once

#include "google/ResourceCalls.h"
#include "google/youtube/model/Video.h"

#include <QStringList>

namespace onair {

// videos: get (by list) and update.
class VideosApi
{
public:
    template<typename T>
    using Done = ResourceCalls::Done<T>;

    explicit VideosApi(const ApiEndpoint *client)
        : m_calls(client)
    {}

    // A missing video is ApiError 404 videoNotFound.
    void get(const QString &id, const QStringList &parts, QObject *context, Done<Video> done) const;
    void update(const Video &video, const QStringList &parts, QObject *context,
                Done<Video> done) const;

private:
    ResourceCalls m_calls;
};

} // namespace onair
