#pragma once

#include "google/ErrorEnvelope.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace onair::sandbox {

struct Broadcast;
struct UploadedVideo;

// What videos.insert and videos.update may write, with the API's reasons (domain
// youtube.video): the snippet (title, description, category, tags), the status (privacy,
// license, embeddable, made for kids), scheduled publishing and the recording details.
class VideoRules
{
public:
    static ErrorEnvelope error(int status, const char *reason, const QString &message);

    // The snippet part. `categoryRequired`: update needs categoryId; insert defaults to 22.
    static std::optional<ErrorEnvelope> applySnippet(const QJsonObject &snippet,
                                                     bool categoryRequired, Broadcast *video);
    // The status part (a missing privacyStatus is the default, public).
    static std::optional<ErrorEnvelope> applyStatus(const QJsonObject &status, Broadcast *video);
    // status.publishAt: only for a private video and only in the future (invalidPublishAt).
    static std::optional<ErrorEnvelope> applyPublishAt(const QJsonObject &status,
                                                       const QDateTime &now, UploadedVideo *video);
    // The recordingDetails part (invalidRecordingDetails).
    static std::optional<ErrorEnvelope> applyRecordingDetails(const QJsonObject &details,
                                                              UploadedVideo *video);
};

} // namespace onair::sandbox
