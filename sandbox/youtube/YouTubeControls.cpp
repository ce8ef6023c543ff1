#include "youtube/YouTubeControls.h"

#include "kernel/SandboxKernel.h"
#include "kernel/StateFile.h"
#include "youtube/BroadcastStore.h"
#include "youtube/VideoUploadsResource.h"
#include "youtube/YouTubeService.h"

#include <QJsonArray>

namespace onair::sandbox {

namespace {

using Body = const QJsonObject &;

HttpReply quota(SandboxKernel &kernel, QuotaLedger &ledger, const QString &verb, Body body)
{
    if (verb == QLatin1String("POST")) {
        if (body.contains(QStringLiteral("limit")))
            ledger.setLimit(body.value(QStringLiteral("limit")).toInteger());
        if (body.value(QStringLiteral("reset")).toBool())
            ledger.reset();
        const QJsonObject costs = body.value(QStringLiteral("costs")).toObject();
        for (auto it = costs.begin(); it != costs.end(); ++it)
            ledger.setCost(it.key(), it.value().toInt());
        const QJsonObject buckets = body.value(QStringLiteral("buckets")).toObject();
        for (auto it = buckets.begin(); it != buckets.end(); ++it)
            ledger.setBucket(it.key(), it.value().toInteger());
        kernel.stateFile().scheduleSave();
    }
    return SandboxKernel::jsonReply(ledger.report());
}

HttpReply settings(BroadcastStore &store, const QString &verb, Body body)
{
    BroadcastStore::Settings &s = store.settings();
    if (verb == QLatin1String("POST")) {
        s.transitionSeconds =
            body.value(QStringLiteral("transitionSeconds")).toDouble(s.transitionSeconds);
        s.autoStopSeconds = body.value(QStringLiteral("autoStopSeconds")).toInt(s.autoStopSeconds);
        s.strictCuepointWindow =
            body.value(QStringLiteral("strictCuepointWindow")).toBool(s.strictCuepointWindow);
        s.requireUpdateFields =
            body.value(QStringLiteral("requireUpdateFields")).toBool(s.requireUpdateFields);
        s.completeFromTesting =
            body.value(QStringLiteral("completeFromTesting")).toBool(s.completeFromTesting);
    }
    return SandboxKernel::jsonReply(
        {{QStringLiteral("transitionSeconds"), s.transitionSeconds},
         {QStringLiteral("autoStopSeconds"), s.autoStopSeconds},
         {QStringLiteral("strictCuepointWindow"), s.strictCuepointWindow},
         {QStringLiteral("requireUpdateFields"), s.requireUpdateFields},
         {QStringLiteral("completeFromTesting"), s.completeFromTesting}});
}

HttpReply encoder(BroadcastStore &store, Body body)
{
    const QString key = body.value(QStringLiteral("streamName")).toString();
    if (key.isEmpty() || !store.isKnownStreamKey(key))
        return SandboxKernel::jsonReply(
            {{QStringLiteral("error"), QStringLiteral("streamName must be a known stream key")}},
            404);
    if (body.value(QStringLiteral("clear")).toBool()) {
        store.clearSimulatedIngest(key);
    } else {
        IngestStatus status;
        status.publishing = body.value(QStringLiteral("publishing")).toBool(true);
        status.width = body.value(QStringLiteral("width")).toInt(1280);
        status.height = body.value(QStringLiteral("height")).toInt(720);
        status.frameRate = body.value(QStringLiteral("frameRate")).toDouble(30);
        status.hasVideo = body.value(QStringLiteral("hasVideo")).toBool(true);
        status.hasAudio = body.value(QStringLiteral("hasAudio")).toBool(true);
        status.videoCodec = QStringLiteral("H264");
        status.audioCodec = QStringLiteral("AAC");
        status.lastDataAt = QDateTime::currentDateTimeUtc();
        store.setSimulatedIngest(key, status);
    }
    const IngestStatus now = store.ingestStatus(key);
    return SandboxKernel::jsonReply(
        {{QStringLiteral("streamName"), key}, {QStringLiteral("publishing"), now.publishing}});
}

HttpReply state(BroadcastStore &store)
{
    const QStringList all{QStringLiteral("snippet"), QStringLiteral("contentDetails"),
                          QStringLiteral("status"), QStringLiteral("cdn")};
    QJsonArray broadcasts;
    for (const Broadcast &b : std::as_const(store.broadcasts()))
        broadcasts.append(store.broadcastJson(b, all));
    QJsonArray streams;
    for (const Stream &s : std::as_const(store.streams()))
        streams.append(store.streamJson(s, all));
    return SandboxKernel::jsonReply(
        {{QStringLiteral("broadcasts"), broadcasts}, {QStringLiteral("streams"), streams}});
}

HttpReply clocks(BroadcastStore &store)
{
    // The sandbox's own record of each broadcast's clocks, for tests to compare with.
    QJsonArray clocks;
    const auto ms = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(double(t.toMSecsSinceEpoch()))
                           : QJsonValue(QJsonValue::Null);
    };
    for (const Broadcast &b : std::as_const(store.broadcasts())) {
        clocks.append(QJsonObject{
            {QStringLiteral("broadcastId"), b.id},
            {QStringLiteral("lifeCycleStatus"), BroadcastStates::toString(b.lifeCycleStatus)},
            {QStringLiteral("monitorStartMs"), ms(b.monitorStart)},
            {QStringLiteral("testingReachedMs"), ms(b.testingReached)},
            {QStringLiteral("actualStartMs"), ms(b.actualStartTime)},
            {QStringLiteral("actualEndMs"), ms(b.actualEndTime)}});
    }
    return SandboxKernel::jsonReply(
        {{QStringLiteral("broadcasts"), clocks},
         {QStringLiteral("serverNowMs"), double(QDateTime::currentMSecsSinceEpoch())}});
}

HttpReply uploads(BroadcastStore &store, VideoUploadsResource &videoUploads, const QString &verb,
                  Body body)
{
    ResumableUpload &sessions = videoUploads.sessions();
    if (verb == QLatin1String("POST")) {
        if (body.contains(QStringLiteral("lifetimeSeconds")))
            sessions.setLifetimeSeconds(
                qMax<qint64>(1, body.value(QStringLiteral("lifetimeSeconds")).toInteger()));
        if (body.contains(QStringLiteral("processingSeconds")))
            store.settings().processingSeconds =
                qMax(0.0, body.value(QStringLiteral("processingSeconds")).toDouble());
        if (body.contains(QStringLiteral("expire"))) {
            const QString id = body.value(QStringLiteral("expire")).toString();
            sessions.expire(id == QLatin1String("all") ? QString() : id);
        }
    }
    QJsonArray videos;
    for (const UploadedVideo &u : std::as_const(store.uploads())) {
        videos.append(QJsonObject{{QStringLiteral("videoId"), u.video.id},
                                  {QStringLiteral("channelId"), u.video.channelId},
                                  {QStringLiteral("fileName"), u.fileName},
                                  {QStringLiteral("fileSize"), double(u.fileSize)},
                                  {QStringLiteral("sha256"), QString::fromLatin1(u.sha256.toHex())},
                                  {QStringLiteral("uploadStatus"), u.uploadStatus()},
                                  {QStringLiteral("privacyStatus"), u.video.privacyStatus}});
    }
    return SandboxKernel::jsonReply(
        {{QStringLiteral("sessions"), videoUploads.report()},
         {QStringLiteral("videos"), videos},
         {QStringLiteral("lifetimeSeconds"), double(sessions.lifetimeSeconds())},
         {QStringLiteral("processingSeconds"), store.settings().processingSeconds}});
}

} // namespace

void YouTubeControls::registerWith(SandboxKernel &kernel, YouTubeService &service)
{
    const QString youtube = service.name();
    BroadcastStore &store = *service.store();
    QuotaLedger &ledger = service.quota();
    const QString any = QStringLiteral("*");
    kernel.addControl(
        youtube, QStringLiteral("quota"), any,
        [&kernel, &ledger](const QString &verb, Body body) {
            return quota(kernel, ledger, verb, body);
        },
        true);
    kernel.addControl(
        youtube, QStringLiteral("cuepoints"), any,
        [&store](const QString &, Body) {
            QJsonArray entries;
            for (const CuepointRecord &c : std::as_const(store.cuepoints()))
                entries.append(c.toJson());
            return SandboxKernel::jsonReply({{QStringLiteral("cuepoints"), entries}});
        },
        true);
    kernel.addControl(
        youtube, QStringLiteral("settings"), any,
        [&store](const QString &verb, Body body) { return settings(store, verb, body); }, true);
    kernel.addControl(
        youtube, QStringLiteral("encoder"), QStringLiteral("POST"),
        [&store](const QString &, Body body) { return encoder(store, body); }, true);
    kernel.addControl(
        youtube, QStringLiteral("state"), QStringLiteral("GET"),
        [&store](const QString &, Body) { return state(store); }, true);
    kernel.addControl(youtube, QStringLiteral("uploads"), any,
                      [&store, &service](const QString &verb, Body body) {
                          return uploads(store, service.videoUploads(), verb, body);
                      });
    kernel.addControl(
        youtube, QStringLiteral("clocks"), QStringLiteral("GET"),
        [&store](const QString &, Body) { return clocks(store); }, true);
}

} // namespace onair::sandbox
