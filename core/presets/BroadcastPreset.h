#pragma once

#include "presets/PresetResult.h"
#include "rights/RightsPlan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace onair {

struct LiveBroadcast;
struct LiveStream;

// A named, saved set-up for a show: everything the create-broadcast form and the stream form
// hold, plus the ad-break defaults. Stored as one JSON file (see PresetStore):
//
//   { "schemaVersion": 1, "name": "Friday show", "nextNumber": 12,
//     "broadcast": { "titleTemplate": "Friday show #{n} – {date}", "descriptionTemplate": "…",
//                    "privacyStatus": "unlisted",
//                    "scheduledStart": { "mode": "timeOfDay", "time": "20:00" }
//                                   or { "mode": "offsetFromNow", "offsetMinutes": 10 },
//                    "durationMinutes": 90, "categoryId": "20", "tags": ["…"],
//                    "selfDeclaredMadeForKids": false, "latencyPreference": "low",
//                    "enableDvr": true, "recordFromStart": true, "enableMonitorStream": true,
//                    "broadcastStreamDelayMs": 60000,
//                    "closedCaptionsType": "closedCaptionsDisabled", "enableEmbed": true,
//                    "projection": "rectangular", "thumbnailPath": "/home/…/thumb.png" },
//     "stream": { "mode": "create", "titleTemplate": "…", "ingestionType": "rtmp",
//                 "resolution": "1080p", "frameRate": "30fps", "isReusable": true }
//            or { "mode": "reuse", "existingStreamId": "…" },
//     "adBreaks": { "defaultDurationSecs": 30, "durationPresetsSecs": [30, 60, 90, 120] },
//     "upload": { "titleTemplate": "{title} (recording)", "descriptionTemplate": "{description}",
//                 "privacyStatus": "private", "categoryId": "20", "tags": ["…"],
//                 "selfDeclaredMadeForKids": false, "license": "youtube", "embeddable": true },
//     "rights": { … },   (optional: the Content ID plan, see RightsPlan)
//     "announcements": [ … ] }   (optional: the show's posts, see AnnouncementSpec)
//
// "upload" is what "Upload the recording…" fills in after the show: its templates know the
// show's {title} and {description} (as the broadcast had them) besides {date}, {time},
// {weekday} and the show's {n}.
//
// Scheduled start: either an offset from the moment the broadcast is created ("in 10 minutes")
// or a fixed time of day, in the local time zone, taken at its next occurrence after now (a
// "20:00" preset used at 21:00 schedules tomorrow 20:00). The scheduled end is the start plus
// durationMinutes; 0 means no scheduled end. Absent fields take the defaults below; unknown
// fields are ignored; a present field of the wrong type or with an unknown value is an error.
struct BroadcastPreset
{
    static constexpr int kSchemaVersion = 1;

    enum class StartMode
    {
        OffsetFromNow,
        TimeOfDay,
    };

    struct Broadcast
    {
        QString titleTemplate;
        QString descriptionTemplate;
        QString privacyStatus = QStringLiteral("unlisted"); // public | unlisted | private
        StartMode startMode = StartMode::OffsetFromNow;
        quint32 startOffsetMinutes = 0; // StartMode::OffsetFromNow
        QTime startTimeOfDay;           // StartMode::TimeOfDay, local time
        quint32 durationMinutes = 0;    // 0: no scheduled end
        QString categoryId;             // a video field: sent with videos.update
        QStringList tags;               // a video field: sent with videos.update
        bool madeForKids = false;       // status.selfDeclaredMadeForKids
        QString latencyPreference = QStringLiteral("normal"); // normal | low | ultraLow
        bool enableDvr = true;
        bool recordFromStart = true;
        bool enableMonitorStream = true;
        quint32 broadcastStreamDelayMs = 0;
        QString closedCaptionsType = QStringLiteral("closedCaptionsDisabled");
        bool enableEmbed = true;
        QString projection = QStringLiteral("rectangular"); // rectangular | 360
        QString thumbnailPath;                              // sent with thumbnails.set; empty: none

        friend bool operator==(const Broadcast &, const Broadcast &) = default;
    };

    struct Stream
    {
        bool reuseExisting = false; // true: bind existingStreamId instead of creating one
        QString existingStreamId;
        QString titleTemplate;                          // empty: the broadcast's expanded title
        QString ingestionType = QStringLiteral("rtmp"); // rtmp | dash | webrtc | hls
        QString resolution = QStringLiteral("1080p");   // 240p … 2160p | variable
        QString frameRate = QStringLiteral("30fps");    // 30fps | 60fps | variable
        bool isReusable = true;

        friend bool operator==(const Stream &, const Stream &) = default;
    };

    struct AdBreaks
    {
        quint32 defaultDurationSecs = 30; // the API's default durationSecs
        QList<quint32> durationPresetsSecs{30, 60, 90, 120};

        friend bool operator==(const AdBreaks &, const AdBreaks &) = default;
    };

    // The recording's upload after the show.
    struct Upload
    {
        QString titleTemplate = QStringLiteral("{title}");
        QString descriptionTemplate = QStringLiteral("{description}");
        QString privacyStatus = QStringLiteral("private"); // public | unlisted | private
        QString categoryId;                                // empty: YouTube's default
        QStringList tags;
        bool madeForKids = false;
        QString license = QStringLiteral("youtube"); // youtube | creativeCommon
        bool embeddable = true;

        QJsonObject toJson() const;
        // The section as a preset's "upload" holds it; nullopt with `error` naming the field.
        static std::optional<Upload> fromJson(const QJsonObject &json, QString *error);

        friend bool operator==(const Upload &, const Upload &) = default;
    };

    // What a broadcast in progress does not carry itself, for fromBroadcast().
    struct Extras
    {
        QStringList tags;
        QString thumbnailPath;
        bool reuseStream = false; // keep binding the same (reusable) stream
        AdBreaks adBreaks;
    };

    QString name;
    int nextNumber = 1; // what {n} expands to next; advanced when a broadcast is created
    Broadcast broadcast;
    Stream stream;
    AdBreaks adBreaks;
    std::optional<RightsPlan> rights; // unset: the show is not claimed
    // The show's posts (see announce/AnnouncementSpec), kept as written and checked on reading.
    QJsonArray announcements;
    Upload upload;

    // Reads and validates a preset object. The error names the field: "broadcast.privacyStatus:
    // expected public, unlisted or private, got \"secret\"". `file` is left empty (the store
    // fills it in).
    static PresetResult<BroadcastPreset> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    // A preset that recreates `broadcast` and `stream` (as read from the API) tomorrow: the
    // title and description become the templates as they are, the scheduled start becomes the
    // same local time of day, the duration the scheduled end minus the start.
    static BroadcastPreset fromBroadcast(const QString &name, const LiveBroadcast &broadcast,
                                         const LiveStream &stream, const Extras &extras);

    friend bool operator==(const BroadcastPreset &, const BroadcastPreset &) = default;
};

} // namespace onair
