#include "youtube/BroadcastStoreState.h"

#include "youtube/BroadcastStore.h"

#include <QJsonArray>

namespace onair::sandbox {

namespace {

QString timeOrEmpty(const QDateTime &time)
{
    return time.isValid() ? BroadcastStore::timestamp(time) : QString();
}

QDateTime timeFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonObject saveBroadcast(const Broadcast &b)
{
    return QJsonObject{
        {QStringLiteral("id"), b.id},
        {QStringLiteral("channelId"), b.channelId},
        {QStringLiteral("title"), b.title},
        {QStringLiteral("description"), b.description},
        {QStringLiteral("publishedAt"), timeOrEmpty(b.publishedAt)},
        {QStringLiteral("scheduledStartTime"), timeOrEmpty(b.scheduledStartTime)},
        {QStringLiteral("scheduledEndTime"), timeOrEmpty(b.scheduledEndTime)},
        {QStringLiteral("actualStartTime"), timeOrEmpty(b.actualStartTime)},
        {QStringLiteral("actualEndTime"), timeOrEmpty(b.actualEndTime)},
        {QStringLiteral("privacyStatus"), b.privacyStatus},
        {QStringLiteral("lifeCycleStatus"), BroadcastStates::toString(b.lifeCycleStatus)},
        {QStringLiteral("recordingStatus"), BroadcastStates::toString(b.recordingStatus)},
        {QStringLiteral("selfDeclaredMadeForKids"), b.selfDeclaredMadeForKids},
        {QStringLiteral("boundStreamId"), b.boundStreamId},
        {QStringLiteral("boundStreamLastUpdate"), timeOrEmpty(b.boundStreamLastUpdate)},
        {QStringLiteral("enableMonitorStream"), b.enableMonitorStream},
        {QStringLiteral("broadcastStreamDelayMs"), b.broadcastStreamDelayMs},
        {QStringLiteral("enableEmbed"), b.enableEmbed},
        {QStringLiteral("enableDvr"), b.enableDvr},
        {QStringLiteral("recordFromStart"), b.recordFromStart},
        {QStringLiteral("enableClosedCaptions"), b.enableClosedCaptions},
        {QStringLiteral("closedCaptionsType"), b.closedCaptionsType},
        {QStringLiteral("latencyPreference"), b.latencyPreference},
        {QStringLiteral("projection"), b.projection},
        {QStringLiteral("stereoLayout"), b.stereoLayout},
        {QStringLiteral("enableAutoStart"), b.enableAutoStart},
        {QStringLiteral("enableAutoStop"), b.enableAutoStop},
        {QStringLiteral("cuepointScheduleEnabled"), b.cuepointScheduleEnabled},
        {QStringLiteral("pauseAdsUntil"), b.pauseAdsUntil},
        {QStringLiteral("categoryId"), b.categoryId},
        {QStringLiteral("tags"), QJsonArray::fromStringList(b.tags)},
        {QStringLiteral("defaultLanguage"), b.defaultLanguage},
        {QStringLiteral("embeddable"), b.embeddable},
        {QStringLiteral("license"), b.license},
        {QStringLiteral("publicStatsViewable"), b.publicStatsViewable},
        {QStringLiteral("transitionTarget"),
         b.transitionTarget ? BroadcastStates::toString(*b.transitionTarget) : QString()},
        {QStringLiteral("transitionDue"), timeOrEmpty(b.transitionDue)},
        {QStringLiteral("monitorStart"), timeOrEmpty(b.monitorStart)},
        {QStringLiteral("testingReached"), timeOrEmpty(b.testingReached)},
        {QStringLiteral("hasThumbnail"), b.hasThumbnail}};
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

bool flag(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toBool();
}

QDateTime time(const QJsonObject &o, const char *key)
{
    return timeFrom(o.value(QLatin1String(key)));
}

Broadcast restoreBroadcast(const QJsonObject &o)
{
    Broadcast b;
    b.id = str(o, "id");
    b.channelId = str(o, "channelId");
    b.title = str(o, "title");
    b.description = str(o, "description");
    b.publishedAt = time(o, "publishedAt");
    b.scheduledStartTime = time(o, "scheduledStartTime");
    b.scheduledEndTime = time(o, "scheduledEndTime");
    b.actualStartTime = time(o, "actualStartTime");
    b.actualEndTime = time(o, "actualEndTime");
    b.privacyStatus = str(o, "privacyStatus");
    b.lifeCycleStatus = BroadcastStates::lifeCycleStatus(str(o, "lifeCycleStatus"))
                            .value_or(LifeCycleStatus::Created);
    b.recordingStatus = BroadcastStates::recordingStatus(str(o, "recordingStatus"))
                            .value_or(RecordingStatus::NotRecording);
    b.selfDeclaredMadeForKids = flag(o, "selfDeclaredMadeForKids");
    b.boundStreamId = str(o, "boundStreamId");
    b.boundStreamLastUpdate = time(o, "boundStreamLastUpdate");
    b.enableMonitorStream = flag(o, "enableMonitorStream");
    b.broadcastStreamDelayMs = o.value(QStringLiteral("broadcastStreamDelayMs")).toInteger();
    b.enableEmbed = flag(o, "enableEmbed");
    b.enableDvr = flag(o, "enableDvr");
    b.recordFromStart = flag(o, "recordFromStart");
    b.enableClosedCaptions = flag(o, "enableClosedCaptions");
    b.closedCaptionsType = str(o, "closedCaptionsType");
    b.latencyPreference = str(o, "latencyPreference");
    b.projection = str(o, "projection");
    b.stereoLayout = str(o, "stereoLayout");
    b.enableAutoStart = flag(o, "enableAutoStart");
    b.enableAutoStop = flag(o, "enableAutoStop");
    b.cuepointScheduleEnabled = flag(o, "cuepointScheduleEnabled");
    b.pauseAdsUntil = str(o, "pauseAdsUntil");
    b.categoryId = str(o, "categoryId");
    for (const QJsonValue &tag : o.value(QStringLiteral("tags")).toArray())
        b.tags.append(tag.toString());
    b.defaultLanguage = str(o, "defaultLanguage");
    b.embeddable = flag(o, "embeddable");
    b.license = str(o, "license");
    b.publicStatsViewable = flag(o, "publicStatsViewable");
    b.transitionTarget = BroadcastStates::lifeCycleStatus(str(o, "transitionTarget"));
    b.transitionDue = time(o, "transitionDue");
    b.monitorStart = time(o, "monitorStart");
    b.testingReached = time(o, "testingReached");
    b.hasThumbnail = flag(o, "hasThumbnail");
    return b;
}

} // namespace

QJsonObject BroadcastStoreState::save(const BroadcastStore &store)
{
    QJsonArray broadcasts;
    for (const Broadcast &b : store.m_broadcasts) {
        broadcasts.append(saveBroadcast(b));
    }
    QJsonArray streams;
    for (const Stream &s : store.m_streams) {
        streams.append(QJsonObject{{QStringLiteral("id"), s.id},
                                   {QStringLiteral("channelId"), s.channelId},
                                   {QStringLiteral("title"), s.title},
                                   {QStringLiteral("description"), s.description},
                                   {QStringLiteral("publishedAt"), timeOrEmpty(s.publishedAt)},
                                   {QStringLiteral("ingestionType"), s.ingestionType},
                                   {QStringLiteral("resolution"), s.resolution},
                                   {QStringLiteral("frameRate"), s.frameRate},
                                   {QStringLiteral("streamName"), s.streamName},
                                   {QStringLiteral("isReusable"), s.isReusable},
                                   {QStringLiteral("everActive"), s.everActive}});
    }
    QJsonArray cuepoints;
    for (const CuepointRecord &c : store.m_cuepoints)
        cuepoints.append(c.toJson());
    QJsonObject thumbnails;
    for (auto it = store.m_thumbnails.cbegin(); it != store.m_thumbnails.cend(); ++it) {
        thumbnails.insert(
            it.key(),
            QJsonObject{{QStringLiteral("mime"), QString::fromLatin1(it->second)},
                        {QStringLiteral("data"), QString::fromLatin1(it->first.toBase64())}});
    }
    QJsonArray uploads;
    for (const UploadedVideo &u : store.m_uploads) {
        uploads.append(
            QJsonObject{{QStringLiteral("video"), saveBroadcast(u.video)},
                        {QStringLiteral("publishAt"), timeOrEmpty(u.publishAt)},
                        {QStringLiteral("recordingDate"), timeOrEmpty(u.recordingDate)},
                        {QStringLiteral("locationDescription"), u.locationDescription},
                        {QStringLiteral("location"), u.location},
                        {QStringLiteral("fileName"), u.fileName},
                        {QStringLiteral("fileSize"), QString::number(u.fileSize)},
                        {QStringLiteral("sha256"), QString::fromLatin1(u.sha256.toHex())},
                        {QStringLiteral("processingStarted"), timeOrEmpty(u.processingStarted)},
                        {QStringLiteral("processingDue"), timeOrEmpty(u.processingDue)},
                        {QStringLiteral("outcome"), u.outcome},
                        {QStringLiteral("outcomeReason"), u.outcomeReason},
                        {QStringLiteral("processingDone"), u.processingDone}});
    }
    return {{QStringLiteral("broadcasts"), broadcasts},
            {QStringLiteral("streams"), streams},
            {QStringLiteral("cuepoints"), cuepoints},
            {QStringLiteral("thumbnails"), thumbnails},
            {QStringLiteral("uploads"), uploads}};
}

void BroadcastStoreState::restore(BroadcastStore &store, const QJsonObject &state)
{
    store.m_broadcasts.clear();
    store.m_streams.clear();
    store.m_cuepoints.clear();
    store.m_thumbnails.clear();
    store.m_uploads.clear();
    for (const QJsonValue &v : state.value(QStringLiteral("broadcasts")).toArray()) {
        store.m_broadcasts.append(restoreBroadcast(v.toObject()));
    }
    for (const QJsonValue &v : state.value(QStringLiteral("streams")).toArray()) {
        const QJsonObject o = v.toObject();
        Stream s;
        s.id = str(o, "id");
        s.channelId = str(o, "channelId");
        s.title = str(o, "title");
        s.description = str(o, "description");
        s.publishedAt = time(o, "publishedAt");
        s.ingestionType = str(o, "ingestionType");
        s.resolution = str(o, "resolution");
        s.frameRate = str(o, "frameRate");
        s.streamName = str(o, "streamName");
        s.isReusable = flag(o, "isReusable");
        s.everActive = flag(o, "everActive");
        store.m_streams.append(s);
    }
    for (const QJsonValue &v : state.value(QStringLiteral("cuepoints")).toArray()) {
        const QJsonObject o = v.toObject();
        CuepointRecord c;
        c.id = str(o, "id");
        c.etag = str(o, "etag");
        c.broadcastId = str(o, "broadcastId");
        c.cueType = str(o, "cueType");
        c.durationSecs = o.value(QStringLiteral("durationSecs")).toInteger();
        c.arrivalMs = o.value(QStringLiteral("arrivalMs")).toInteger();
        c.monitorElapsedMs = o.value(QStringLiteral("monitorElapsedMs")).toInteger(-1);
        if (o.contains(QStringLiteral("insertionOffsetTimeMs")))
            c.insertionOffsetTimeMs = o.value(QStringLiteral("insertionOffsetTimeMs")).toInteger();
        if (o.contains(QStringLiteral("walltimeMs")))
            c.walltimeMs = o.value(QStringLiteral("walltimeMs")).toInteger();
        store.m_cuepoints.append(c);
    }
    const QJsonObject thumbnails = state.value(QStringLiteral("thumbnails")).toObject();
    for (auto it = thumbnails.begin(); it != thumbnails.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        store.m_thumbnails.insert(it.key(), {QByteArray::fromBase64(str(o, "data").toLatin1()),
                                             str(o, "mime").toLatin1()});
    }
    for (const QJsonValue &v : state.value(QStringLiteral("uploads")).toArray()) {
        const QJsonObject o = v.toObject();
        UploadedVideo u;
        u.video = restoreBroadcast(o.value(QStringLiteral("video")).toObject());
        u.publishAt = time(o, "publishAt");
        u.recordingDate = time(o, "recordingDate");
        u.locationDescription = str(o, "locationDescription");
        u.location = o.value(QStringLiteral("location")).toObject();
        u.fileName = str(o, "fileName");
        u.fileSize = str(o, "fileSize").toLongLong();
        u.sha256 = QByteArray::fromHex(str(o, "sha256").toLatin1());
        u.processingStarted = time(o, "processingStarted");
        u.processingDue = time(o, "processingDue");
        u.outcome = str(o, "outcome");
        u.outcomeReason = str(o, "outcomeReason");
        u.processingDone = flag(o, "processingDone");
        store.m_uploads.append(u);
    }
}

} // namespace onair::sandbox
