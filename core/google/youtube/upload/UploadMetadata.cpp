#include "google/youtube/upload/UploadMetadata.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace onair {

namespace {

const QStringList &privacies()
{
    static const QStringList names = {QStringLiteral("private"), QStringLiteral("unlisted"),
                                      QStringLiteral("public")};
    return names;
}

} // namespace

int UploadMetadata::tagChars(const QStringList &tags)
{
    int chars = 0;
    for (const QString &tag : tags)
        chars += int(tag.size()) + (tag.contains(QLatin1Char(' ')) ? 2 : 0);
    return chars + std::max(0, int(tags.size()) - 1);
}

QStringList UploadMetadata::problems(const QDateTime &now) const
{
    QStringList out;
    const QString t = title.trimmed();
    if (t.isEmpty())
        out << tr("The title is empty: give the video a title.");
    else if (t.size() > kMaxTitleChars)
        out << tr("The title has %1 characters; YouTube takes at most %2.")
                   .arg(t.size())
                   .arg(kMaxTitleChars);
    if (t.contains(QLatin1Char('<')) || t.contains(QLatin1Char('>')))
        out << tr("The title contains < or >, which YouTube refuses.");
    const qsizetype descriptionBytes = description.toUtf8().size();
    if (descriptionBytes > kMaxDescriptionBytes)
        out << tr("The description has %1 bytes; YouTube takes at most %2.")
                   .arg(descriptionBytes)
                   .arg(kMaxDescriptionBytes);
    if (tagChars(tags) > kMaxTagChars)
        out << tr("The tags have %1 characters in all; YouTube takes at most %2.")
                   .arg(tagChars(tags))
                   .arg(kMaxTagChars);
    if (!privacies().contains(privacyStatus))
        out << tr("The privacy must be private, unlisted or public.");
    if (publishAt.isValid()) {
        if (privacyStatus != QLatin1String("private"))
            out << tr("A scheduled publication needs the video private until then.");
        if (publishAt <= now)
            out << tr("The publication time is in the past: choose a time to come.");
    }
    if (license != QLatin1String("youtube") && license != QLatin1String("creativeCommon"))
        out << tr("The license must be youtube or creativeCommon.");
    return out;
}

QJsonObject UploadMetadata::toVideoJson() const
{
    QJsonObject snippet{{QStringLiteral("title"), title.trimmed()},
                        {QStringLiteral("description"), description},
                        {QStringLiteral("categoryId"), categoryId}};
    if (!tags.isEmpty())
        snippet.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    QJsonObject status{{QStringLiteral("privacyStatus"), privacyStatus},
                       {QStringLiteral("selfDeclaredMadeForKids"), madeForKids},
                       {QStringLiteral("license"), license},
                       {QStringLiteral("embeddable"), embeddable}};
    if (publishAt.isValid())
        status.insert(QStringLiteral("publishAt"), publishAt.toUTC().toString(Qt::ISODate));
    QJsonObject video{{QStringLiteral("snippet"), snippet}, {QStringLiteral("status"), status}};
    QJsonObject recording;
    if (recordingDate.isValid())
        recording.insert(QStringLiteral("recordingDate"),
                         recordingDate.toUTC().toString(Qt::ISODate));
    if (latitude && longitude) {
        recording.insert(QStringLiteral("location"),
                         QJsonObject{{QStringLiteral("latitude"), *latitude},
                                     {QStringLiteral("longitude"), *longitude}});
    }
    if (!locationDescription.isEmpty())
        recording.insert(QStringLiteral("locationDescription"), locationDescription);
    if (!recording.isEmpty())
        video.insert(QStringLiteral("recordingDetails"), recording);
    return video;
}

QString UploadMetadata::parts() const
{
    return toVideoJson().contains(QLatin1String("recordingDetails"))
               ? QStringLiteral("snippet,status,recordingDetails")
               : QStringLiteral("snippet,status");
}

QJsonObject UploadMetadata::toJson() const
{
    QJsonObject json = toVideoJson();
    json.insert(QStringLiteral("notifySubscribers"), notifySubscribers);
    if (!thumbnailPath.isEmpty())
        json.insert(QStringLiteral("thumbnailPath"), thumbnailPath);
    return json;
}

UploadMetadata UploadMetadata::fromJson(const QJsonObject &json)
{
    UploadMetadata m;
    const QJsonObject snippet = json.value(QLatin1String("snippet")).toObject();
    m.title = snippet.value(QLatin1String("title")).toString();
    m.description = snippet.value(QLatin1String("description")).toString();
    m.categoryId = snippet.value(QLatin1String("categoryId")).toString(m.categoryId);
    for (const QJsonValue &t : snippet.value(QLatin1String("tags")).toArray())
        m.tags << t.toString();
    const QJsonObject status = json.value(QLatin1String("status")).toObject();
    m.privacyStatus = status.value(QLatin1String("privacyStatus")).toString(m.privacyStatus);
    m.publishAt =
        QDateTime::fromString(status.value(QLatin1String("publishAt")).toString(), Qt::ISODate);
    m.madeForKids = status.value(QLatin1String("selfDeclaredMadeForKids")).toBool();
    m.license = status.value(QLatin1String("license")).toString(m.license);
    m.embeddable = status.value(QLatin1String("embeddable")).toBool(true);
    const QJsonObject recording = json.value(QLatin1String("recordingDetails")).toObject();
    m.recordingDate = QDateTime::fromString(
        recording.value(QLatin1String("recordingDate")).toString(), Qt::ISODate);
    const QJsonObject location = recording.value(QLatin1String("location")).toObject();
    if (location.contains(QLatin1String("latitude")) &&
        location.contains(QLatin1String("longitude"))) {
        m.latitude = location.value(QLatin1String("latitude")).toDouble();
        m.longitude = location.value(QLatin1String("longitude")).toDouble();
    }
    m.locationDescription = recording.value(QLatin1String("locationDescription")).toString();
    m.notifySubscribers = json.value(QLatin1String("notifySubscribers")).toBool(true);
    m.thumbnailPath = json.value(QLatin1String("thumbnailPath")).toString();
    return m;
}

} // namespace onair
