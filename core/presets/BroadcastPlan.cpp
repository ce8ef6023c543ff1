#include "presets/BroadcastPlan.h"

#include "presets/BroadcastPreset.h"
#include "presets/TitleTemplate.h"

#include <QTimeZone>

namespace onair {

namespace {

// Limits from the API reference (§2, §6).
constexpr qsizetype kMaxBroadcastTitle = 100;
constexpr qsizetype kMaxDescription = 5000;
constexpr qsizetype kMaxStreamTitle = 128;

void mergeUnknown(QStringList &into, const QStringList &more)
{
    for (const QString &p : more) {
        if (!into.contains(p))
            into.append(p);
    }
}

QDateTime scheduledStart(const BroadcastPreset::Broadcast &b, const QDateTime &now)
{
    if (b.startMode == BroadcastPreset::StartMode::TimeOfDay && b.startTimeOfDay.isValid()) {
        QDateTime start(now.date(), b.startTimeOfDay, now.timeZone());
        if (start <= now)
            start = QDateTime(now.date().addDays(1), b.startTimeOfDay, now.timeZone());
        return start.toUTC();
    }
    QDateTime start = now.addSecs(qint64(b.startOffsetMinutes) * 60).toUTC();
    start.setTime(QTime(start.time().hour(), start.time().minute(), start.time().second()));
    return start;
}

} // namespace

QStringList BroadcastPlan::broadcastParts()
{
    return {QStringLiteral("snippet"), QStringLiteral("status"), QStringLiteral("contentDetails")};
}

QStringList BroadcastPlan::streamParts()
{
    return {QStringLiteral("snippet"), QStringLiteral("cdn"), QStringLiteral("contentDetails")};
}

BroadcastPlan BroadcastPlan::fromPreset(const BroadcastPreset &preset, const QDateTime &now,
                                        int number, const QLocale &locale)
{
    BroadcastPlan plan;
    plan.number = number;
    const BroadcastPreset::Broadcast &pb = preset.broadcast;

    const TitleTemplate::Expansion title =
        TitleTemplate::expand(pb.titleTemplate, now, number, locale);
    const TitleTemplate::Expansion description =
        TitleTemplate::expand(pb.descriptionTemplate, now, number, locale);
    mergeUnknown(plan.unknownPlaceholders, title.unknownPlaceholders);
    mergeUnknown(plan.unknownPlaceholders, description.unknownPlaceholders);

    LiveBroadcast &b = plan.broadcast;
    b.parts = broadcastParts();
    b.snippet.title = title.text.trimmed();
    b.snippet.description = description.text;
    b.snippet.scheduledStartTime = scheduledStart(pb, now);
    if (pb.durationMinutes > 0)
        b.snippet.scheduledEndTime =
            b.snippet.scheduledStartTime.addSecs(qint64(pb.durationMinutes) * 60);
    b.snippet.categoryId = pb.categoryId;
    b.status.privacyStatus = pb.privacyStatus;
    b.status.selfDeclaredMadeForKids = pb.madeForKids;
    LiveBroadcast::ContentDetails &cd = b.contentDetails;
    cd.monitorStream.enableMonitorStream = pb.enableMonitorStream;
    cd.monitorStream.broadcastStreamDelayMs = pb.broadcastStreamDelayMs;
    cd.enableDvr = pb.enableDvr;
    cd.recordFromStart = pb.recordFromStart;
    cd.enableEmbed = pb.enableEmbed;
    // Auto start/stop stay off: a test phase must come first (life of a broadcast, 3.6).
    cd.enableAutoStart = false;
    cd.enableAutoStop = false;
    cd.closedCaptionsType = pb.closedCaptionsType;
    cd.enableClosedCaptions = pb.closedCaptionsType != QLatin1String("closedCaptionsDisabled");
    cd.latencyPreference = pb.latencyPreference;
    cd.projection = pb.projection;

    plan.categoryId = pb.categoryId;
    plan.tags = pb.tags;
    plan.thumbnailPath = pb.thumbnailPath;

    const BroadcastPreset::Stream &ps = preset.stream;
    if (ps.reuseExisting) {
        plan.reuseStreamId = ps.existingStreamId;
    } else {
        LiveStream s;
        s.parts = streamParts();
        const TitleTemplate::Expansion streamTitle =
            TitleTemplate::expand(ps.titleTemplate, now, number, locale);
        mergeUnknown(plan.unknownPlaceholders, streamTitle.unknownPlaceholders);
        s.snippet.title =
            streamTitle.text.trimmed().isEmpty() ? b.snippet.title : streamTitle.text.trimmed();
        s.cdn.ingestionType = ps.ingestionType;
        s.cdn.resolution = ps.resolution;
        s.cdn.frameRate = ps.frameRate;
        s.contentDetails.isReusable = ps.isReusable;
        if (s.snippet.title.size() > kMaxStreamTitle)
            plan.problems << QStringLiteral("the stream title is %1 characters long; YouTube "
                                            "accepts at most %2")
                                 .arg(s.snippet.title.size())
                                 .arg(kMaxStreamTitle);
        plan.newStream = s;
    }

    if (b.snippet.title.isEmpty())
        plan.problems << QStringLiteral("the title is empty");
    else if (b.snippet.title.size() > kMaxBroadcastTitle)
        plan.problems << QStringLiteral("the title is %1 characters long; YouTube accepts at "
                                        "most %2")
                             .arg(b.snippet.title.size())
                             .arg(kMaxBroadcastTitle);
    if (b.snippet.description.size() > kMaxDescription)
        plan.problems << QStringLiteral("the description is %1 characters long; YouTube accepts "
                                        "at most %2")
                             .arg(b.snippet.description.size())
                             .arg(kMaxDescription);
    if (pb.latencyPreference == QLatin1String("ultraLow") && cd.enableClosedCaptions)
        plan.problems << QStringLiteral("ultra-low latency rules out closed captions");
    return plan;
}

} // namespace onair
