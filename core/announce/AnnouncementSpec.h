#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace onair {

// One post a show makes, as its preset keeps it (the preset's "announcements" array):
//
//   { "label": "Live now", "account": "telegram-…", "trigger": "live",
//     "template": "<b>{title}</b> is live: {url}", "button": "▶ Watch", "withImage": false,
//     "edits": "beforeStart" }
//
// trigger: "at" (with "at": an ISO 8601 instant), "beforeStart" (with "minutesBefore"), "live",
// "complete", "recordingProcessed", and for an upload of the show's recording (UploadQueue)
// "uploadProcessed" (YouTube processed the uploaded video) and "uploadPublished" (it turned
// public: at once, or at its publishAt). "edits" (Telegram only) names the trigger of an earlier
// post of the same show: that message is edited instead of a new post when it exists.
struct AnnouncementSpec
{
    Q_DECLARE_TR_FUNCTIONS(onair::AnnouncementSpec)

public:
    enum class Trigger
    {
        At,
        BeforeStart,
        Live,
        Complete,
        RecordingProcessed,
        UploadProcessed,
        UploadPublished,
    };

    QString label;
    QString accountId;
    Trigger trigger = Trigger::Live;
    QDateTime at;          // Trigger::At, UTC
    int minutesBefore = 0; // Trigger::BeforeStart
    QString templ;
    QString button;
    bool withImage = false;
    std::optional<Trigger> edits;

    static QString triggerName(Trigger t);
    static std::optional<Trigger> triggerFromName(const QString &name);

    // Reads the array; the error names the entry and field ("announcements[1].trigger: expected
    // at, beforeStart, live, complete, recordingProcessed, uploadProcessed or uploadPublished,
    // got \"soon\"").
    static QList<AnnouncementSpec> listFromJson(const QJsonArray &array, QString *error);
    // The entry as the preset keeps it; listFromJson reads it back the same.
    QJsonObject toJson() const;
    static QJsonArray listToJson(const QList<AnnouncementSpec> &specs);
    // The upload triggers: their posts travel with the upload of the show's recording.
    bool isUploadTrigger() const
    {
        return trigger == Trigger::UploadProcessed || trigger == Trigger::UploadPublished;
    }
};

} // namespace onair
