#include "youtube/VideoRules.h"

#include "youtube/ApiReplies.h"
#include "youtube/Broadcast.h"
#include "youtube/UploadedVideo.h"

#include <QJsonArray>

namespace onair::sandbox {

ErrorEnvelope VideoRules::error(int status, const char *reason, const QString &message)
{
    return ErrorEnvelope::live(status, QLatin1String(reason), message, kVideoDomain);
}

std::optional<ErrorEnvelope> VideoRules::applySnippet(const QJsonObject &snippet,
                                                      bool categoryRequired, Broadcast *video)
{
    const QString title = snippet.value(QStringLiteral("title")).toString();
    if (title.trimmed().isEmpty() || title.size() > 100)
        return error(400, "invalidTitle",
                     QStringLiteral("The request metadata specifies an invalid or empty video "
                                    "title."));
    static const QStringList categories{
        QStringLiteral("1"),  QStringLiteral("2"),  QStringLiteral("10"), QStringLiteral("15"),
        QStringLiteral("17"), QStringLiteral("19"), QStringLiteral("20"), QStringLiteral("22"),
        QStringLiteral("23"), QStringLiteral("24"), QStringLiteral("25"), QStringLiteral("26"),
        QStringLiteral("27"), QStringLiteral("28"), QStringLiteral("29")};
    QString category = snippet.value(QStringLiteral("categoryId")).toString();
    if (category.isEmpty() && !categoryRequired)
        category = QStringLiteral("22");
    if (!categories.contains(category))
        return error(400, "invalidCategoryId",
                     QStringLiteral("The snippet.categoryId property specifies an invalid "
                                    "category ID."));
    const QString description = snippet.value(QStringLiteral("description")).toString();
    if (description.toUtf8().size() > 5000 || description.contains(QLatin1Char('<')) ||
        description.contains(QLatin1Char('>')))
        return error(400, "invalidDescription",
                     QStringLiteral("The request metadata specifies an invalid video "
                                    "description."));
    QStringList tags;
    int tagLength = 0;
    for (const QJsonValue &tag : snippet.value(QStringLiteral("tags")).toArray()) {
        tags.append(tag.toString());
        tagLength +=
            int(tag.toString().size()) + (tag.toString().contains(QLatin1Char(' ')) ? 2 : 0);
    }
    if (tagLength + qMax(0, int(tags.size()) - 1) > 500)
        return error(400, "invalidTags",
                     QStringLiteral("The request metadata specifies invalid video keywords."));
    video->title = title;
    video->description = description;
    video->categoryId = category;
    video->tags = tags;
    video->defaultLanguage = snippet.value(QStringLiteral("defaultLanguage")).toString();
    return std::nullopt;
}

std::optional<ErrorEnvelope> VideoRules::applyStatus(const QJsonObject &status, Broadcast *video)
{
    const QString privacy = status.value(QStringLiteral("privacyStatus"))
                                .toString(QStringLiteral("public")); // left out: the default
    if (!isIn(privacy, {"public", "unlisted", "private"}))
        return badEnum(QStringLiteral("resource.status.privacyStatus"), privacy);
    const QString license =
        status.value(QStringLiteral("license")).toString(QStringLiteral("youtube"));
    if (!isIn(license, {"youtube", "creativeCommon"}))
        return badEnum(QStringLiteral("resource.status.license"), license);
    video->privacyStatus = privacy;
    video->license = license;
    video->embeddable = status.value(QStringLiteral("embeddable")).toBool(true);
    video->publicStatsViewable = status.value(QStringLiteral("publicStatsViewable")).toBool(true);
    video->selfDeclaredMadeForKids =
        status.value(QStringLiteral("selfDeclaredMadeForKids")).toBool();
    return std::nullopt;
}

std::optional<ErrorEnvelope> VideoRules::applyPublishAt(const QJsonObject &status,
                                                        const QDateTime &now, UploadedVideo *video)
{
    const QJsonValue value = status.value(QStringLiteral("publishAt"));
    if (value.isUndefined() || value.isNull()) {
        video->publishAt = {};
        return std::nullopt;
    }
    const QDateTime publishAt = parseTime(value);
    const auto invalid = [] {
        return error(400, "invalidPublishAt",
                     QStringLiteral("The request metadata specifies an invalid scheduled "
                                    "publishing time."));
    };
    // "It can be set only if the privacy status of the video is private", and a schedule is a
    // time to come.
    if (!publishAt.isValid() || publishAt <= now ||
        video->video.privacyStatus != QLatin1String("private"))
        return invalid();
    video->publishAt = publishAt.toUTC();
    return std::nullopt;
}

std::optional<ErrorEnvelope> VideoRules::applyRecordingDetails(const QJsonObject &details,
                                                               UploadedVideo *video)
{
    const auto invalid = [] {
        return error(400, "invalidRecordingDetails",
                     QStringLiteral("The recordingDetails object in the request metadata "
                                    "specifies invalid recording details."));
    };
    QDateTime recordingDate;
    if (details.contains(QLatin1String("recordingDate"))) {
        recordingDate = parseTime(details.value(QStringLiteral("recordingDate")));
        if (!recordingDate.isValid())
            return invalid();
    }
    QJsonObject location;
    if (details.contains(QLatin1String("location"))) {
        const QJsonObject given = details.value(QStringLiteral("location")).toObject();
        const QJsonValue latitude = given.value(QStringLiteral("latitude"));
        const QJsonValue longitude = given.value(QStringLiteral("longitude"));
        const QJsonValue altitude = given.value(QStringLiteral("altitude"));
        if (!latitude.isDouble() || !longitude.isDouble() || qAbs(latitude.toDouble()) > 90 ||
            qAbs(longitude.toDouble()) > 180 || (!altitude.isUndefined() && !altitude.isDouble()))
            return invalid();
        location.insert(QStringLiteral("latitude"), latitude);
        location.insert(QStringLiteral("longitude"), longitude);
        if (altitude.isDouble())
            location.insert(QStringLiteral("altitude"), altitude);
    }
    video->recordingDate = recordingDate.toUTC();
    video->location = location;
    video->locationDescription = details.value(QStringLiteral("locationDescription")).toString();
    return std::nullopt;
}

} // namespace onair::sandbox
