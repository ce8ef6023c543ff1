#include "presets/BroadcastPreset.h"

#include "announce/AnnouncementSpec.h"
#include "google/youtube/model/LiveBroadcast.h"
#include "google/youtube/model/LiveStream.h"
#include "net/JsonReader.h"

#include <QJsonArray>

#include <cmath>
#include <initializer_list>
#include <limits>

namespace onair {

namespace {

const char *const kTimeFormat = "HH:mm";

// Reads an enum-like string field that must be one of `allowed`; absent gives `fallback`.
QString oneOf(JsonReader &r, const char *key, const QString &fallback,
              std::initializer_list<const char *> allowed)
{
    const QString value = r.string(key, fallback);
    for (const char *a : allowed) {
        if (value == QLatin1String(a))
            return value;
    }
    QStringList names;
    for (const char *a : allowed)
        names << QString::fromLatin1(a);
    r.fail(key, QStringLiteral("expected one of %1, got \"%2\"")
                    .arg(names.join(QStringLiteral(", ")), value.left(40)));
    return fallback;
}

QString requiredText(JsonReader &r, const char *key)
{
    if (!r.has(key)) {
        r.fail(key, QStringLiteral("missing"));
        return {};
    }
    const QString value = r.string(key);
    if (r.ok() && value.trimmed().isEmpty())
        r.fail(key, QStringLiteral("must not be empty"));
    return value;
}

void readBroadcast(JsonReader &r, BroadcastPreset::Broadcast &b)
{
    b.titleTemplate = requiredText(r, "titleTemplate");
    b.descriptionTemplate = r.string("descriptionTemplate");
    b.privacyStatus = oneOf(r, "privacyStatus", b.privacyStatus, {"public", "unlisted", "private"});
    if (r.enter("scheduledStart")) {
        const QString mode =
            oneOf(r, "mode", QStringLiteral("offsetFromNow"), {"offsetFromNow", "timeOfDay"});
        if (mode == QLatin1String("timeOfDay")) {
            b.startMode = BroadcastPreset::StartMode::TimeOfDay;
            const QString time = r.string("time");
            b.startTimeOfDay = QTime::fromString(time, QLatin1String(kTimeFormat));
            if (r.ok() && !b.startTimeOfDay.isValid())
                r.fail("time", QStringLiteral("expected a time of day as HH:mm, got \"%1\"")
                                   .arg(time.left(40)));
        } else {
            b.startMode = BroadcastPreset::StartMode::OffsetFromNow;
            b.startOffsetMinutes = r.uint32("offsetMinutes");
        }
        r.leave();
    }
    b.durationMinutes = r.uint32("durationMinutes");
    b.categoryId = r.string("categoryId");
    b.tags = r.stringList("tags");
    b.madeForKids = r.boolean("selfDeclaredMadeForKids");
    b.latencyPreference =
        oneOf(r, "latencyPreference", b.latencyPreference, {"normal", "low", "ultraLow"});
    b.enableDvr = r.boolean("enableDvr", true);
    b.recordFromStart = r.boolean("recordFromStart", true);
    b.enableMonitorStream = r.boolean("enableMonitorStream", true);
    b.broadcastStreamDelayMs = r.uint32("broadcastStreamDelayMs");
    b.closedCaptionsType =
        oneOf(r, "closedCaptionsType", b.closedCaptionsType,
              {"closedCaptionsDisabled", "closedCaptionsHttpPost", "closedCaptionsEmbedded"});
    b.enableEmbed = r.boolean("enableEmbed", true);
    b.projection = oneOf(r, "projection", b.projection, {"rectangular", "360"});
    b.thumbnailPath = r.string("thumbnailPath");
}

void readStream(JsonReader &r, BroadcastPreset::Stream &s)
{
    const QString mode = oneOf(r, "mode", QStringLiteral("create"), {"create", "reuse"});
    s.reuseExisting = mode == QLatin1String("reuse");
    s.existingStreamId = r.string("existingStreamId");
    if (r.ok() && s.reuseExisting && s.existingStreamId.isEmpty())
        r.fail("existingStreamId", QStringLiteral("required when mode is \"reuse\""));
    s.titleTemplate = r.string("titleTemplate");
    s.ingestionType = oneOf(r, "ingestionType", s.ingestionType, {"rtmp", "dash", "webrtc", "hls"});
    s.resolution = oneOf(r, "resolution", s.resolution,
                         {"240p", "360p", "480p", "720p", "1080p", "1440p", "2160p", "variable"});
    s.frameRate = oneOf(r, "frameRate", s.frameRate, {"30fps", "60fps", "variable"});
    s.isReusable = r.boolean("isReusable", true);
}

void readAdBreaks(JsonReader &r, BroadcastPreset::AdBreaks &a)
{
    a.defaultDurationSecs = r.uint32("defaultDurationSecs", a.defaultDurationSecs);
    if (r.ok() && a.defaultDurationSecs == 0)
        r.fail("defaultDurationSecs", QStringLiteral("must be at least 1 second"));
    if (r.has("durationPresetsSecs")) {
        const QJsonArray presets = r.array("durationPresetsSecs");
        a.durationPresetsSecs.clear();
        for (const QJsonValue &v : presets) {
            const double d = v.toDouble(-1);
            // The range before the cast: a double beyond quint32 must not reach static_cast.
            if (!v.isDouble() || d < 1 ||
                d > static_cast<double>(std::numeric_limits<quint32>::max()) ||
                d != std::floor(d)) {
                r.fail("durationPresetsSecs",
                       QStringLiteral("expected an array of whole numbers of seconds (≥ 1)"));
                break;
            }
            a.durationPresetsSecs.append(static_cast<quint32>(d));
        }
    }
}

void readUpload(JsonReader &r, BroadcastPreset::Upload &u)
{
    u.titleTemplate = r.string("titleTemplate", u.titleTemplate);
    if (r.ok() && u.titleTemplate.trimmed().isEmpty())
        r.fail("titleTemplate", QStringLiteral("must not be empty"));
    u.descriptionTemplate = r.string("descriptionTemplate", u.descriptionTemplate);
    u.privacyStatus = oneOf(r, "privacyStatus", u.privacyStatus, {"public", "unlisted", "private"});
    u.categoryId = r.string("categoryId");
    u.tags = r.stringList("tags");
    u.madeForKids = r.boolean("selfDeclaredMadeForKids");
    u.license = oneOf(r, "license", u.license, {"youtube", "creativeCommon"});
    u.embeddable = r.boolean("embeddable", true);
}

} // namespace

QJsonObject BroadcastPreset::Upload::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("titleTemplate"), titleTemplate);
    o.insert(QLatin1String("descriptionTemplate"), descriptionTemplate);
    o.insert(QLatin1String("privacyStatus"), privacyStatus);
    o.insert(QLatin1String("categoryId"), categoryId);
    o.insert(QLatin1String("tags"), QJsonArray::fromStringList(tags));
    o.insert(QLatin1String("selfDeclaredMadeForKids"), madeForKids);
    o.insert(QLatin1String("license"), license);
    o.insert(QLatin1String("embeddable"), embeddable);
    return o;
}

std::optional<BroadcastPreset::Upload> BroadcastPreset::Upload::fromJson(const QJsonObject &json,
                                                                         QString *error)
{
    JsonReader r(json);
    Upload u;
    readUpload(r, u);
    if (!r.ok()) {
        *error = r.error();
        return std::nullopt;
    }
    return u;
}

PresetResult<BroadcastPreset> BroadcastPreset::fromJson(const QJsonObject &json)
{
    const auto invalid = [](PresetError::Kind kind, const QString &problem) {
        return PresetError{kind, QString(), problem};
    };
    JsonReader r(json);
    // The version first: a future file may use fields this build would misread.
    if (!r.has("schemaVersion"))
        return invalid(PresetError::Kind::UnsupportedVersion,
                       QStringLiteral("schemaVersion: missing (this OnAir reads version %1)")
                           .arg(kSchemaVersion));
    const qint64 version = r.int64("schemaVersion");
    if (!r.ok())
        return invalid(PresetError::Kind::UnsupportedVersion, r.error());
    if (version != kSchemaVersion)
        return invalid(PresetError::Kind::UnsupportedVersion,
                       QStringLiteral("schemaVersion: unsupported version %1 (this OnAir reads "
                                      "version %2)")
                           .arg(version)
                           .arg(kSchemaVersion));

    BroadcastPreset p;
    p.name = requiredText(r, "name");
    const qint64 next = r.int64("nextNumber", 1);
    if (r.ok() && (next < 1 || next > std::numeric_limits<int>::max()))
        r.fail("nextNumber", QStringLiteral("expected a positive number, got %1").arg(next));
    p.nextNumber = static_cast<int>(next);

    if (r.enter("broadcast")) {
        readBroadcast(r, p.broadcast);
        r.leave();
    } else if (r.ok()) {
        r.fail("broadcast", QStringLiteral("missing"));
    }
    if (r.ok() && r.enter("stream")) {
        readStream(r, p.stream);
        r.leave();
    }
    if (r.ok() && r.enter("adBreaks")) {
        readAdBreaks(r, p.adBreaks);
        r.leave();
    }
    if (r.ok() && r.enter("upload")) {
        readUpload(r, p.upload);
        r.leave();
    }
    if (!r.ok())
        return invalid(PresetError::Kind::Invalid, r.error());
    if (json.contains(QLatin1String("rights"))) {
        const QJsonValue rights = json.value(QLatin1String("rights"));
        if (!rights.isObject())
            return invalid(PresetError::Kind::Invalid,
                           QStringLiteral("rights: expected an object"));
        QString error;
        p.rights = RightsPlan::fromJson(rights.toObject(), &error);
        if (!p.rights)
            return invalid(PresetError::Kind::Invalid, error);
    }
    const QJsonValue announcements = json.value(QLatin1String("announcements"));
    if (!announcements.isUndefined()) {
        QString problem;
        if (!announcements.isArray())
            problem = QStringLiteral("announcements: expected an array");
        else
            AnnouncementSpec::listFromJson(announcements.toArray(), &problem);
        if (!problem.isEmpty())
            return invalid(PresetError::Kind::Invalid, problem);
        p.announcements = announcements.toArray();
    }
    return p;
}

QJsonObject BroadcastPreset::toJson() const
{
    const Broadcast &b = broadcast;
    QJsonObject start;
    if (b.startMode == StartMode::TimeOfDay) {
        start.insert(QLatin1String("mode"), QStringLiteral("timeOfDay"));
        start.insert(QLatin1String("time"), b.startTimeOfDay.toString(QLatin1String(kTimeFormat)));
    } else {
        start.insert(QLatin1String("mode"), QStringLiteral("offsetFromNow"));
        start.insert(QLatin1String("offsetMinutes"), static_cast<qint64>(b.startOffsetMinutes));
    }
    QJsonObject bo;
    bo.insert(QLatin1String("titleTemplate"), b.titleTemplate);
    bo.insert(QLatin1String("descriptionTemplate"), b.descriptionTemplate);
    bo.insert(QLatin1String("privacyStatus"), b.privacyStatus);
    bo.insert(QLatin1String("scheduledStart"), start);
    bo.insert(QLatin1String("durationMinutes"), static_cast<qint64>(b.durationMinutes));
    bo.insert(QLatin1String("categoryId"), b.categoryId);
    bo.insert(QLatin1String("tags"), QJsonArray::fromStringList(b.tags));
    bo.insert(QLatin1String("selfDeclaredMadeForKids"), b.madeForKids);
    bo.insert(QLatin1String("latencyPreference"), b.latencyPreference);
    bo.insert(QLatin1String("enableDvr"), b.enableDvr);
    bo.insert(QLatin1String("recordFromStart"), b.recordFromStart);
    bo.insert(QLatin1String("enableMonitorStream"), b.enableMonitorStream);
    bo.insert(QLatin1String("broadcastStreamDelayMs"),
              static_cast<qint64>(b.broadcastStreamDelayMs));
    bo.insert(QLatin1String("closedCaptionsType"), b.closedCaptionsType);
    bo.insert(QLatin1String("enableEmbed"), b.enableEmbed);
    bo.insert(QLatin1String("projection"), b.projection);
    bo.insert(QLatin1String("thumbnailPath"), b.thumbnailPath);

    QJsonObject so;
    so.insert(QLatin1String("mode"),
              stream.reuseExisting ? QStringLiteral("reuse") : QStringLiteral("create"));
    if (stream.reuseExisting || !stream.existingStreamId.isEmpty())
        so.insert(QLatin1String("existingStreamId"), stream.existingStreamId);
    so.insert(QLatin1String("titleTemplate"), stream.titleTemplate);
    so.insert(QLatin1String("ingestionType"), stream.ingestionType);
    so.insert(QLatin1String("resolution"), stream.resolution);
    so.insert(QLatin1String("frameRate"), stream.frameRate);
    so.insert(QLatin1String("isReusable"), stream.isReusable);

    QJsonArray presets;
    for (quint32 secs : adBreaks.durationPresetsSecs)
        presets.append(static_cast<qint64>(secs));
    QJsonObject ao;
    ao.insert(QLatin1String("defaultDurationSecs"),
              static_cast<qint64>(adBreaks.defaultDurationSecs));
    ao.insert(QLatin1String("durationPresetsSecs"), presets);

    QJsonObject o;
    o.insert(QLatin1String("schemaVersion"), kSchemaVersion);
    o.insert(QLatin1String("name"), name);
    o.insert(QLatin1String("nextNumber"), nextNumber);
    o.insert(QLatin1String("broadcast"), bo);
    o.insert(QLatin1String("stream"), so);
    o.insert(QLatin1String("adBreaks"), ao);
    o.insert(QLatin1String("upload"), upload.toJson());
    if (rights)
        o.insert(QLatin1String("rights"), rights->toJson());
    if (!announcements.isEmpty())
        o.insert(QLatin1String("announcements"), announcements);
    return o;
}

BroadcastPreset BroadcastPreset::fromBroadcast(const QString &name, const LiveBroadcast &broadcast,
                                               const LiveStream &stream, const Extras &extras)
{
    BroadcastPreset p;
    p.name = name;
    Broadcast &b = p.broadcast;
    const LiveBroadcast::Snippet &sn = broadcast.snippet;
    const LiveBroadcast::ContentDetails &cd = broadcast.contentDetails;
    b.titleTemplate = sn.title;
    b.descriptionTemplate = sn.description;
    if (!broadcast.status.privacyStatus.isEmpty())
        b.privacyStatus = broadcast.status.privacyStatus;
    if (sn.scheduledStartTime.isValid()) {
        b.startMode = StartMode::TimeOfDay;
        const QTime local = sn.scheduledStartTime.toLocalTime().time();
        b.startTimeOfDay = QTime(local.hour(), local.minute());
        if (sn.scheduledEndTime.isValid() && sn.scheduledEndTime > sn.scheduledStartTime)
            b.durationMinutes =
                static_cast<quint32>(sn.scheduledStartTime.secsTo(sn.scheduledEndTime) / 60);
    }
    b.categoryId = sn.categoryId;
    b.tags = extras.tags;
    b.madeForKids = broadcast.status.selfDeclaredMadeForKids;
    if (!cd.latencyPreference.isEmpty())
        b.latencyPreference = cd.latencyPreference;
    b.enableDvr = cd.enableDvr;
    b.recordFromStart = cd.recordFromStart;
    b.enableMonitorStream = cd.monitorStream.enableMonitorStream;
    b.broadcastStreamDelayMs = cd.monitorStream.broadcastStreamDelayMs;
    if (!cd.closedCaptionsType.isEmpty())
        b.closedCaptionsType = cd.closedCaptionsType;
    b.enableEmbed = cd.enableEmbed;
    // A preset only offers what the form offers: mesh projections are not recreated.
    b.projection = cd.projection == QLatin1String("360") ? QStringLiteral("360")
                                                         : QStringLiteral("rectangular");
    b.thumbnailPath = extras.thumbnailPath;

    Stream &s = p.stream;
    s.reuseExisting = extras.reuseStream && !stream.id.isEmpty();
    s.existingStreamId = s.reuseExisting ? stream.id : QString();
    s.titleTemplate = stream.snippet.title;
    if (!stream.cdn.ingestionType.isEmpty())
        s.ingestionType = stream.cdn.ingestionType;
    if (!stream.cdn.resolution.isEmpty())
        s.resolution = stream.cdn.resolution;
    if (!stream.cdn.frameRate.isEmpty())
        s.frameRate = stream.cdn.frameRate;
    s.isReusable = stream.contentDetails.isReusable;

    p.adBreaks = extras.adBreaks;
    return p;
}

} // namespace onair
