#include "instagram/ContainersResource.h"

#include "instagram/GraphErrors.h"
#include "instagram/InstagramService.h"
#include "instagram/InstagramStore.h"
#include "kernel/MediaUrlTable.h"
#include "kernel/SandboxKernel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace onair::sandbox {

namespace {

constexpr int kCaptionMax = 2200;
constexpr qint64 kImageMax = 8 * 1024 * 1024;

QString graphTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QStringLiteral("+0000");
}

GraphError mediaError(int code, int subcode, const QString &title, const QString &message)
{
    GraphError e;
    e.code = code;
    e.subcode = subcode;
    e.message = code == 9004 ? QStringLiteral("Only photo or video can be accepted as media type.")
                             : QStringLiteral("The media is not supported: ") + title;
    e.userTitle = title;
    e.userMessage = message;
    return e;
}

HttpReply create(InstagramService &service, const GraphCall &call)
{
    InstagramStore &store = *service.store();
    const QString user = call.segments.value(0);
    if (user != store.userId() && user != QLatin1String("me"))
        return GraphError::unsupported(call.verb, user).toReply();
    const QString type = call.value(QStringLiteral("media_type"));
    if (!type.isEmpty() && type != QLatin1String("IMAGE")) {
        GraphError e;
        e.subcode = 2207023;
        e.message = QStringLiteral("The media type %1 is not supported by the sandbox").arg(type);
        e.userTitle = QStringLiteral("Unknown media type");
        e.userMessage = QStringLiteral("The media type entered is not one of the expected types.");
        return e.toReply();
    }
    const QString url = call.value(QStringLiteral("image_url"));
    if (url.isEmpty())
        return GraphError::missingParameter(QStringLiteral("image_url")).toReply();
    const QString caption = call.value(QStringLiteral("caption"));
    // Counted in UTF-16 units, the stricter reading (sandbox/README.md).
    if (caption.size() > kCaptionMax)
        return mediaError(36004, 2207010, QStringLiteral("Caption too long"),
                          QStringLiteral("The caption exceeds the maximum of 2200 characters."))
            .toReply();
    const std::optional<MediaFetch> image = service.kernel().mediaUrls().fetch(url);
    if (!image)
        return mediaError(9004, 2207052,
                          QStringLiteral("Media download has failed. The media URI doesn't meet "
                                         "our requirements."),
                          QStringLiteral("The media could not be fetched from this uri: ") + url)
            .toReply();
    if (image->mimeType != "image/jpeg")
        return mediaError(36001, 2207005, QStringLiteral("Unsupported image format"),
                          QStringLiteral("The image format is not supported. Use JPEG."))
            .toReply();
    if (image->bytes > kImageMax)
        return mediaError(36000, 2207004, QStringLiteral("Image is too large"),
                          QStringLiteral("The image is larger than 8 MiB."))
            .toReply();
    const double ratio = image->height > 0 ? double(image->width) / image->height : 0;
    if (ratio < 0.8 || ratio > 1.91)
        return mediaError(36003, 2207009, QStringLiteral("Aspect ratio not supported"),
                          QStringLiteral("The aspect ratio is not within 4:5 to 1.91:1."))
            .toReply();
    const QString outcome =
        service.kernel().faults().takeOutcome(QStringLiteral("instagram:media"));
    return service.ok({{QStringLiteral("id"), store.createContainer(url, caption, outcome).id}});
}

QJsonObject mediaFields(const InstagramStore &store, const Media &m, QStringList fields)
{
    const QJsonObject all{{QStringLiteral("id"), m.id},
                          {QStringLiteral("caption"), m.caption},
                          {QStringLiteral("timestamp"), graphTime(m.timestamp)},
                          {QStringLiteral("permalink"), m.permalink()},
                          {QStringLiteral("shortcode"), m.shortcode},
                          {QStringLiteral("media_type"), QStringLiteral("IMAGE")},
                          {QStringLiteral("media_product_type"), QStringLiteral("FEED")},
                          {QStringLiteral("media_url"), m.imageUrl},
                          {QStringLiteral("username"), store.username()}};
    QJsonObject out{{QStringLiteral("id"), m.id}};
    for (const QString &field : fields) {
        if (field == QLatin1String("caption") && !store.constSettings().captionReadable)
            continue;
        if (all.contains(field))
            out.insert(field, all.value(field));
    }
    return out;
}

HttpReply list(InstagramService &service, const GraphCall &call)
{
    InstagramStore &store = *service.store();
    const QString user = call.segments.value(0);
    if (user != store.userId() && user != QLatin1String("me"))
        return GraphError::unsupported(call.verb, user).toReply();
    const qint64 since = call.value(QStringLiteral("since")).toLongLong();
    const qint64 until = call.value(QStringLiteral("until")).toLongLong();
    const int limit = call.value(QStringLiteral("limit")).isEmpty()
                          ? 25
                          : std::clamp(call.value(QStringLiteral("limit")).toInt(), 1, 100);
    QJsonArray data;
    const QList<Media> &all = store.allMedia();
    for (auto it = all.crbegin(); it != all.crend() && data.size() < limit; ++it) {
        if ((since > 0 && it->timestamp < since) || (until > 0 && it->timestamp > until))
            continue;
        data.append(mediaFields(store, *it, call.fields()));
    }
    return service.ok({{QStringLiteral("data"), data}});
}

HttpReply node(InstagramService &service, const GraphCall &call)
{
    InstagramStore &store = *service.store();
    const QString id = call.segments.value(0);
    if (const Media *m = store.media(id))
        return service.ok(mediaFields(store, *m, call.fields()));
    const Container *c = store.container(id);
    if (!c)
        return GraphError::unsupported(call.verb, id).toReply();
    const QString code = store.statusCode(*c);
    static const QHash<QString, QString> texts{
        {QStringLiteral("IN_PROGRESS"),
         QStringLiteral("In Progress: Media is still being processed.")},
        {QStringLiteral("FINISHED"), QStringLiteral("Finished: Media has been uploaded and it is "
                                                    "ready to be published.")},
        {QStringLiteral("PUBLISHED"), QStringLiteral("Published: Media has been successfully "
                                                     "published.")},
        {QStringLiteral("EXPIRED"), QStringLiteral("Expired: Media was not published within 24 "
                                                   "hours.")}};
    const QString status = texts.value(code, QStringLiteral("Error: Media download has failed. "
                                                            "The media URI doesn't meet our "
                                                            "requirements."));
    QJsonObject out{{QStringLiteral("id"), c->id}};
    for (const QString &field : call.fields()) {
        if (field == QLatin1String("status_code"))
            out.insert(field, code);
        else if (field == QLatin1String("status"))
            out.insert(field, status);
    }
    return service.ok(out);
}

} // namespace

void ContainersResource::registerMethods(InstagramService &service)
{
    InstagramService *s = &service;
    // A drop applies the create first: an orphan container (commit then drop).
    service.addMethod(
        QStringLiteral("POST"), QStringLiteral("{}/media"), QStringLiteral("media"),
        [s](const GraphCall &call) { return create(*s, call); }, true);
    service.addMethod(QStringLiteral("GET"), QStringLiteral("{}/media"),
                      QStringLiteral("media.list"),
                      [s](const GraphCall &call) { return list(*s, call); });
    service.addMethod(QStringLiteral("GET"), QStringLiteral("{}"), QStringLiteral("node"),
                      [s](const GraphCall &call) { return node(*s, call); });
}

} // namespace onair::sandbox
