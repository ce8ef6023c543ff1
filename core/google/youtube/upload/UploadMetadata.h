#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace onair {

// What a video upload tells YouTube about the video (videos.insert's snippet, status and
// recordingDetails) plus the call's own notifySubscribers, with YouTube's limits checked
// before anything is sent.
struct UploadMetadata
{
    Q_DECLARE_TR_FUNCTIONS(onair::UploadMetadata)

public:
    static constexpr int kMaxTitleChars = 100;
    static constexpr int kMaxDescriptionBytes = 5000;
    static constexpr int kMaxTagChars = 500;

    QString title;
    QString description;
    QStringList tags;
    QString categoryId = QStringLiteral("22"); // People & Blogs, YouTube's default
    QString privacyStatus = QStringLiteral("private");
    QDateTime publishAt; // invalid: none; only with privacyStatus private
    bool madeForKids = false;
    QString license = QStringLiteral("youtube"); // youtube | creativeCommon
    bool embeddable = true;
    QDateTime recordingDate;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString locationDescription;
    bool notifySubscribers = true;
    QString thumbnailPath; // set after the insert (thumbnails.set)

    // How YouTube counts the tags' length: the tags joined by commas, a tag with a space
    // counted with the quotes it gets.
    static int tagChars(const QStringList &tags);
    // One sentence per rule broken (empty when the metadata may be sent). `now` for publishAt.
    QStringList problems(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // The video resource sent with videos.insert.
    QJsonObject toVideoJson() const;
    // The parts that resource fills ("snippet,status[,recordingDetails]").
    QString parts() const;

    QJsonObject toJson() const;
    static UploadMetadata fromJson(const QJsonObject &json);
};

} // namespace onair
