#include "google/youtube/model/Channel.h"

#include "net/JsonReader.h"

namespace onair {

Result<Channel> Channel::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Channel c;
    const QString kind = r.string("kind");
    if (!kind.isEmpty() && kind != QLatin1String("youtube#channel"))
        r.fail("kind", QStringLiteral("expected youtube#channel, got ") + kind);
    c.id = r.string("id");
    if (r.enter("snippet")) {
        c.parts << QStringLiteral("snippet");
        c.title = r.string("title");
        c.description = r.string("description");
        c.customUrl = r.string("customUrl");
        if (r.enter("thumbnails")) {
            if (r.enter("default")) {
                c.thumbnailUrl = r.string("url");
                r.leave();
            }
            r.leave();
        }
        r.leave();
    }
    if (!r.ok())
        return ApiError::badResponse(QStringLiteral("channel: ") + r.error());
    if (c.id.isEmpty())
        return ApiError::badResponse(QStringLiteral("channel: no id"));
    return c;
}

} // namespace onair
