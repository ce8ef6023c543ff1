#pragma once

#include "google/ResourceCalls.h"

#include <QByteArray>

namespace onair {

// thumbnails.set (media upload), with the upload timeout.
class ThumbnailsApi
{
public:
    explicit ThumbnailsApi(const ApiEndpoint *client)
        : m_calls(client)
    {}

    // image/jpeg or image/png bytes.
    void set(const QString &videoId, const QByteArray &image, const QString &mimeType,
             QObject *context, ResourceCalls::Done<bool> done) const;

private:
    ResourceCalls m_calls;
};

} // namespace onair
