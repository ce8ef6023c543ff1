#include "youtube/BroadcastRules.h"

#include "youtube/ApiReplies.h"
#include "youtube/BroadcastLifeCycle.h"
#include "youtube/BroadcastStore.h"

namespace onair::sandbox {

// What a liveBroadcast body sets, checked before anything is applied.
std::optional<ErrorEnvelope> BroadcastRules::checkSnippet(const QJsonObject &snippet,
                                                          bool titleRequired, bool startRequired)
{
    if (!snippet.contains(QStringLiteral("title"))) {
        if (titleRequired)
            return broadcastError(400, QStringLiteral("titleRequired"),
                                  QStringLiteral("Title is required"));
    } else {
        const QString title = snippet.value(QStringLiteral("title")).toString();
        if (title.trimmed().isEmpty() || title.size() > 100)
            return broadcastError(400, QStringLiteral("invalidTitle"),
                                  QStringLiteral("Invalid title: 1 to 100 characters"));
    }
    if (snippet.value(QStringLiteral("description")).toString().size() > 5000)
        return broadcastError(400, QStringLiteral("invalidDescription"),
                              QStringLiteral("Invalid description: at most 5000 characters"));
    if (!snippet.contains(QStringLiteral("scheduledStartTime")) && startRequired)
        return broadcastError(400, QStringLiteral("scheduledStartTimeRequired"),
                              QStringLiteral("Scheduled start time is required"));
    if (snippet.contains(QStringLiteral("scheduledEndTime")) &&
        snippet.contains(QStringLiteral("scheduledStartTime")) &&
        parseTime(snippet.value(QStringLiteral("scheduledEndTime"))) <=
            parseTime(snippet.value(QStringLiteral("scheduledStartTime"))))
        return broadcastError(400, QStringLiteral("invalidScheduledEndTime"),
                              QStringLiteral("Scheduled end time must be after the start time"));
    return std::nullopt;
}

std::optional<ErrorEnvelope> BroadcastRules::checkStatus(const QJsonObject &status, bool required)
{
    if (!status.contains(QStringLiteral("privacyStatus"))) {
        if (required)
            return broadcastError(400, QStringLiteral("privacyStatusRequired"),
                                  QStringLiteral("Privacy status is required"));
        return std::nullopt;
    }
    if (!isIn(status.value(QStringLiteral("privacyStatus")).toString(),
              {"public", "unlisted", "private"}))
        return broadcastError(400, QStringLiteral("invalidPrivacyStatus"),
                              QStringLiteral("Invalid privacy status"));
    return std::nullopt;
}

// Applies contentDetails to `b` (replace semantics with Google's documented exceptions);
// with `update`, refuses to change what the broadcast's state no longer allows.
std::optional<ErrorEnvelope> BroadcastRules::applyContentDetails(Broadcast &b,
                                                                 const QJsonObject &details,
                                                                 bool update, bool requireFields,
                                                                 bool streamActive)
{
    const QJsonObject monitor = details.value(QStringLiteral("monitorStream")).toObject();
    if (update && requireFields) {
        if (!monitor.contains(QStringLiteral("enableMonitorStream")))
            return broadcastError(400, QStringLiteral("enableMonitorStreamRequired"),
                                  QStringLiteral("enableMonitorStream is required"));
        if (!monitor.contains(QStringLiteral("broadcastStreamDelayMs")))
            return broadcastError(400, QStringLiteral("broadcastStreamDelayMsRequired"),
                                  QStringLiteral("broadcastStreamDelayMs is required"));
    }
    const auto flag = [&](const QJsonObject &o, const char *key, bool fallback) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isBool() ? v.toBool() : fallback;
    };
    const auto text = [&](const char *key, const QString &fallback) {
        const QJsonValue v = details.value(QLatin1String(key));
        return v.isString() ? v.toString() : fallback;
    };
    Broadcast n = b;
    n.enableMonitorStream = flag(monitor, "enableMonitorStream", true);
    n.broadcastStreamDelayMs = monitor.value(QStringLiteral("broadcastStreamDelayMs")).toInteger(0);
    // Since 2022-10 leaving these out keeps their values.
    n.enableDvr = flag(details, "enableDvr", update ? b.enableDvr : true);
    n.enableEmbed = flag(details, "enableEmbed", update ? b.enableEmbed : true);
    n.recordFromStart = flag(details, "recordFromStart", update ? b.recordFromStart : true);
    n.enableAutoStart = flag(details, "enableAutoStart", false);
    n.enableAutoStop = flag(details, "enableAutoStop", false);
    n.closedCaptionsType = text("closedCaptionsType", QStringLiteral("closedCaptionsDisabled"));
    n.enableClosedCaptions = flag(details, "enableClosedCaptions",
                                  n.closedCaptionsType != QLatin1String("closedCaptionsDisabled"));
    const bool lowLatency = flag(details, "enableLowLatency", false);
    n.latencyPreference =
        text("latencyPreference", lowLatency ? QStringLiteral("low") : QStringLiteral("normal"));
    n.projection = text("projection", QStringLiteral("rectangular"));
    n.stereoLayout = text("stereoLayout", QStringLiteral("mono"));

    if (!isIn(n.closedCaptionsType,
              {"closedCaptionsDisabled", "closedCaptionsHttpPost", "closedCaptionsEmbedded"}))
        return badEnum(QStringLiteral("resource.contentDetails.closedCaptionsType"),
                       n.closedCaptionsType);
    if (!isIn(n.latencyPreference, {"normal", "low", "ultraLow"}))
        return broadcastError(400, QStringLiteral("invalidLatencyPreferenceOptions"),
                              QStringLiteral("Invalid latency preference"));
    if (!isIn(n.projection, {"rectangular", "360", "mesh"}))
        return broadcastError(400, QStringLiteral("invalidProjection"),
                              QStringLiteral("Invalid projection"));
    if (!isIn(n.stereoLayout, {"mono", "leftRight", "topBottom"}))
        return badEnum(QStringLiteral("resource.contentDetails.stereoLayout"), n.stereoLayout);
    if (details.contains(QStringLiteral("enableClosedCaptions")) &&
        details.contains(QStringLiteral("closedCaptionsType")) &&
        n.enableClosedCaptions != (n.closedCaptionsType != QLatin1String("closedCaptionsDisabled")))
        return broadcastError(
            400, QStringLiteral("invalidEnableClosedCaptions"),
            QStringLiteral("enableClosedCaptions contradicts closedCaptionsType"));
    if (n.latencyPreference == QLatin1String("ultraLow") && n.enableClosedCaptions)
        return broadcastError(400, QStringLiteral("invalidLatencyPreferenceOptions"),
                              QStringLiteral("Ultra-low latency does not support closed captions"));

    if (update) {
        const LifeCycleStatus life = b.lifeCycleStatus;
        const bool settable = BroadcastLifeCycle::settingsEditable(life);
        const auto refuse = [](const QString &reason) {
            return broadcastError(403, reason,
                                  QStringLiteral("This setting cannot be changed in the "
                                                 "broadcast's current state"));
        };
        if ((n.enableMonitorStream != b.enableMonitorStream ||
             n.broadcastStreamDelayMs != b.broadcastStreamDelayMs) &&
            !settable)
            return refuse(QStringLiteral("enableMonitorStreamModificationNotAllowed"));
        if (n.enableDvr != b.enableDvr && !settable)
            return refuse(QStringLiteral("enableDvrModificationNotAllowed"));
        if (n.recordFromStart != b.recordFromStart && !settable)
            return refuse(QStringLiteral("recordFromStartModificationNotAllowed"));
        if (n.closedCaptionsType != b.closedCaptionsType && !settable)
            return refuse(QStringLiteral("closedCaptionsTypeModificationNotAllowed"));
        if (n.enableClosedCaptions != b.enableClosedCaptions && !settable)
            return refuse(QStringLiteral("enableClosedCaptionsModificationNotAllowed"));
        if (n.enableAutoStart != b.enableAutoStart &&
            !BroadcastLifeCycle::autoStartEditable(life, streamActive))
            return refuse(QStringLiteral("enableAutoStartModificationNotAllowed"));
        if (n.enableAutoStop != b.enableAutoStop && !BroadcastLifeCycle::autoStopEditable(life))
            return refuse(QStringLiteral("enableAutoStopModificationNotAllowed"));
        if ((n.latencyPreference != b.latencyPreference || n.projection != b.projection ||
             n.stereoLayout != b.stereoLayout) &&
            !settable)
            return broadcastError(403, QStringLiteral("forbidden"),
                                  QStringLiteral("Latency, projection and stereo layout can only "
                                                 "change before the broadcast starts"));
    }
    b = n;
    return std::nullopt;
}

} // namespace onair::sandbox
