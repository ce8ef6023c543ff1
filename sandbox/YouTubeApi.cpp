#include "YouTubeApi.h"

#include "ApiParams.h"
#include "BroadcastStore.h"
#include "RequestSchema.h"
#include "SandboxChannels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace onair::sandbox {

namespace {

const QString kScope = QStringLiteral("https://www.googleapis.com/auth/");
const QString kBroadcastDomain = QStringLiteral("youtube.liveBroadcast");
const QString kStreamDomain = QStringLiteral("youtube.liveStream");
const QString kVideoDomain = QStringLiteral("youtube.video");
const QString kThumbnailDomain = QStringLiteral("youtube.thumbnail");

const QStringList kOnBehalf{QStringLiteral("onBehalfOfContentOwner"),
                            QStringLiteral("onBehalfOfContentOwnerChannel")};

ErrorEnvelope broadcastError(int status, const QString &reason, const QString &message)
{
    ErrorEnvelope e = ErrorEnvelope::live(status, reason, message, kBroadcastDomain);
    return e;
}

ErrorEnvelope streamError(int status, const QString &reason, const QString &message)
{
    return ErrorEnvelope::live(status, reason, message, kStreamDomain);
}

ErrorEnvelope broadcastNotFound()
{
    return broadcastError(404, QStringLiteral("liveBroadcastNotFound"),
                          QStringLiteral("Broadcast not found"));
}

ErrorEnvelope streamNotFound()
{
    return streamError(404, QStringLiteral("liveStreamNotFound"),
                       QStringLiteral("Stream not found"));
}

ErrorEnvelope missingFilter(const QString &expected)
{
    return ErrorEnvelope{400,
                         QStringLiteral("youtube.parameter"),
                         QStringLiteral("missingRequiredParameter"),
                         QStringLiteral("No filter selected. Expected one of: ") + expected,
                         {},
                         {},
                         {}};
}

ErrorEnvelope incompatible(const QStringList &given)
{
    return ErrorEnvelope{400,
                         QStringLiteral("youtube.parameter"),
                         QStringLiteral("incompatibleParameters"),
                         QStringLiteral("Incompatible parameters specified in the request: ") +
                             given.join(QStringLiteral(", ")),
                         {},
                         {},
                         {}};
}

ErrorEnvelope badEnum(const QString &path, const QJsonValue &value)
{
    return ErrorEnvelope::invalidField(QStringLiteral("Invalid value at '") + path +
                                           QStringLiteral("' (TYPE_ENUM), \"") + value.toString() +
                                           QLatin1Char('"'),
                                       path);
}

// Parses the JSON body and checks it against `schema`.
std::optional<ErrorEnvelope> parseBody(const ApiCall &call, const RequestSchema &schema,
                                       QJsonObject *out)
{
    if (call.body.trimmed().isEmpty()) {
        *out = {};
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(call.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return ErrorEnvelope::parseError(QStringLiteral("Parse Error"));
    if (auto problem = schema.check(doc.object()))
        return problem;
    *out = doc.object();
    return std::nullopt;
}

bool isIn(const QString &value, std::initializer_list<const char *> allowed)
{
    for (const char *a : allowed) {
        if (value == QLatin1String(a))
            return true;
    }
    return false;
}

QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

std::optional<qint64> int64Field(const QJsonValue &value, bool *valid)
{
    *valid = true;
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    static const QRegularExpression digits(QStringLiteral("^-?[0-9]{1,19}$"));
    if (value.isString() && digits.match(value.toString()).hasMatch())
        return value.toString().toLongLong();
    if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble())))
        return qint64(value.toDouble());
    *valid = false;
    return std::nullopt;
}

} // namespace

YouTubeApi::YouTubeApi(BroadcastStore *store)
    : m_store(store)
{}

QString YouTubeApi::methodName(const QString &httpMethod, const QString &path)
{
    struct Route
    {
        const char *verb;
        const char *path;
        const char *method;
    };
    static const Route routes[] = {
        {"GET", "/youtube/v3/liveBroadcasts", "liveBroadcasts.list"},
        {"POST", "/youtube/v3/liveBroadcasts", "liveBroadcasts.insert"},
        {"PUT", "/youtube/v3/liveBroadcasts", "liveBroadcasts.update"},
        {"DELETE", "/youtube/v3/liveBroadcasts", "liveBroadcasts.delete"},
        {"POST", "/youtube/v3/liveBroadcasts/bind", "liveBroadcasts.bind"},
        {"POST", "/youtube/v3/liveBroadcasts/transition", "liveBroadcasts.transition"},
        {"POST", "/youtube/v3/liveBroadcasts/cuepoint", "liveBroadcasts.cuepoint"},
        {"GET", "/youtube/v3/liveStreams", "liveStreams.list"},
        {"POST", "/youtube/v3/liveStreams", "liveStreams.insert"},
        {"PUT", "/youtube/v3/liveStreams", "liveStreams.update"},
        {"DELETE", "/youtube/v3/liveStreams", "liveStreams.delete"},
        {"GET", "/youtube/v3/videos", "videos.list"},
        {"PUT", "/youtube/v3/videos", "videos.update"},
        {"GET", "/youtube/v3/channels", "channels.list"},
        {"POST", "/upload/youtube/v3/thumbnails/set", "thumbnails.set"},
        {"POST", "/resumable/upload/youtube/v3/thumbnails/set", "thumbnails.set"},
        {"PUT", "/upload/youtube/v3/thumbnails/set", "thumbnails.set"},
        {"PUT", "/resumable/upload/youtube/v3/thumbnails/set", "thumbnails.set"},
    };
    for (const Route &r : routes) {
        if (httpMethod == QLatin1String(r.verb) && path == QLatin1String(r.path))
            return QLatin1String(r.method);
    }
    return {};
}

QStringList YouTubeApi::acceptedScopes(const QString &method)
{
    QStringList scopes{kScope + QStringLiteral("youtube"),
                       kScope + QStringLiteral("youtube.force-ssl")};
    if (method.endsWith(QLatin1String(".list")))
        scopes.append(kScope + QStringLiteral("youtube.readonly"));
    if (method.startsWith(QLatin1String("videos.")) ||
        method.startsWith(QLatin1String("channels.")) ||
        method == QLatin1String("liveBroadcasts.cuepoint") ||
        method == QLatin1String("thumbnails.set"))
        scopes.append(kScope + QStringLiteral("youtubepartner"));
    if (method == QLatin1String("thumbnails.set"))
        scopes.append(kScope + QStringLiteral("youtube.upload"));
    return scopes;
}

bool YouTubeApi::appliesBeforeDrop(const QString &method)
{
    return method.endsWith(QLatin1String(".insert")) ||
           method == QLatin1String("liveBroadcasts.cuepoint");
}

HttpReply YouTubeApi::handle(const ApiCall &call)
{
    m_store->tick();
    using Handler = HttpReply (YouTubeApi::*)(const ApiCall &);
    static const QList<QPair<QString, Handler>> handlers{
        {QStringLiteral("liveBroadcasts.list"), &YouTubeApi::broadcastsList},
        {QStringLiteral("liveBroadcasts.insert"), &YouTubeApi::broadcastsInsert},
        {QStringLiteral("liveBroadcasts.update"), &YouTubeApi::broadcastsUpdate},
        {QStringLiteral("liveBroadcasts.delete"), &YouTubeApi::broadcastsDelete},
        {QStringLiteral("liveBroadcasts.bind"), &YouTubeApi::broadcastsBind},
        {QStringLiteral("liveBroadcasts.transition"), &YouTubeApi::broadcastsTransition},
        {QStringLiteral("liveBroadcasts.cuepoint"), &YouTubeApi::broadcastsCuepoint},
        {QStringLiteral("liveStreams.list"), &YouTubeApi::streamsList},
        {QStringLiteral("liveStreams.insert"), &YouTubeApi::streamsInsert},
        {QStringLiteral("liveStreams.update"), &YouTubeApi::streamsUpdate},
        {QStringLiteral("liveStreams.delete"), &YouTubeApi::streamsDelete},
        {QStringLiteral("videos.list"), &YouTubeApi::videosList},
        {QStringLiteral("videos.update"), &YouTubeApi::videosUpdate},
        {QStringLiteral("channels.list"), &YouTubeApi::channelsList},
        {QStringLiteral("thumbnails.set"), &YouTubeApi::thumbnailsSet},
    };
    for (const auto &h : handlers) {
        if (h.first == call.method)
            return (this->*h.second)(call);
    }
    return ErrorEnvelope::notFound(call.method).toReply();
}

HttpReply YouTubeApi::json(const QJsonObject &object, const ApiCall &call, int status) const
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    reply.body = QJsonDocument(object).toJson(call.pretty ? QJsonDocument::Indented
                                                          : QJsonDocument::Compact);
    reply.isJson = true;
    return reply;
}

HttpReply YouTubeApi::listReply(const QString &kind, const QList<QJsonObject> &all, int maxResults,
                                int offset, const ApiCall &call) const
{
    QJsonArray items;
    for (int i = offset; i < all.size() && i < offset + maxResults; ++i)
        items.append(all.at(i));
    QJsonObject out{{QStringLiteral("kind"), kind}};
    if (offset + maxResults < all.size() && maxResults > 0)
        out.insert(QStringLiteral("nextPageToken"), ApiParams::pageToken(offset + maxResults));
    if (offset > 0 && maxResults > 0)
        out.insert(QStringLiteral("prevPageToken"),
                   ApiParams::pageToken(qMax(0, offset - maxResults)));
    out.insert(QStringLiteral("pageInfo"),
               QJsonObject{{QStringLiteral("totalResults"), int(all.size())},
                           {QStringLiteral("resultsPerPage"), maxResults}});
    out.insert(QStringLiteral("items"), items);
    out.insert(QStringLiteral("etag"), BroadcastStore::etagOf(out));
    return json(out, call);
}

// ---------------------------------------------------------------------------------------------
// liveBroadcasts

HttpReply YouTubeApi::broadcastsList(const ApiCall &call)
{
    const ApiParams params(call.params);
    QStringList parts;
    int maxResults = 5;
    int offset = 0;
    bool mine = false;
    if (auto e = params.checkKnown(
            QStringList{QStringLiteral("part"), QStringLiteral("id"), QStringLiteral("mine"),
                        QStringLiteral("broadcastStatus"), QStringLiteral("broadcastType"),
                        QStringLiteral("maxResults"), QStringLiteral("pageToken")} +
            kOnBehalf))
        return e->toReply();
    if (auto e = params.parts({QStringLiteral("id"), QStringLiteral("snippet"),
                               QStringLiteral("contentDetails"), QStringLiteral("status"),
                               QStringLiteral("statistics"), QStringLiteral("monetizationDetails")},
                              true, &parts))
        return e->toReply();
    if (auto e = params.boolean(QStringLiteral("mine"), &mine))
        return e->toReply();
    if (auto e = params.enumValue(QStringLiteral("broadcastStatus"),
                                  {QStringLiteral("all"), QStringLiteral("active"),
                                   QStringLiteral("upcoming"), QStringLiteral("completed")}))
        return e->toReply();
    if (auto e = params.enumValue(
            QStringLiteral("broadcastType"),
            {QStringLiteral("all"), QStringLiteral("event"), QStringLiteral("persistent")}))
        return e->toReply();
    if (auto e = params.integer(QStringLiteral("maxResults"), 0, 50, 5, &maxResults))
        return e->toReply();
    if (auto e = params.pageOffset(&offset))
        return e->toReply();
    QStringList filters;
    if (params.has(QStringLiteral("id")))
        filters.append(QStringLiteral("id"));
    if (mine)
        filters.append(QStringLiteral("mine"));
    if (params.has(QStringLiteral("broadcastStatus")))
        filters.append(QStringLiteral("broadcastStatus"));
    if (filters.isEmpty())
        return missingFilter(QStringLiteral("mine, broadcastStatus, id")).toReply();
    if (filters.size() > 1)
        return incompatible(filters).toReply();

    const QStringList ids = params.list(QStringLiteral("id"));
    const QString status = params.value(QStringLiteral("broadcastStatus"));
    const QString type = params.value(QStringLiteral("broadcastType"));
    QList<QJsonObject> items;
    for (const Broadcast &b : m_store->broadcasts()) {
        if (b.channelId != call.channelId)
            continue;
        if (!ids.isEmpty() && !ids.contains(b.id))
            continue;
        if (type == QLatin1String("persistent"))
            continue; // every sandbox broadcast is an event
        const QString life = b.lifeCycleStatus;
        if (status == QLatin1String("upcoming") &&
            !isIn(life, {"created", "ready", "testStarting", "testing"}))
            continue;
        if (status == QLatin1String("active") && !isIn(life, {"liveStarting", "live"}))
            continue;
        if (status == QLatin1String("completed") && life != QLatin1String("complete"))
            continue;
        items.append(m_store->broadcastJson(b, parts));
    }
    return listReply(QStringLiteral("youtube#liveBroadcastListResponse"), items, maxResults, offset,
                     call);
}

namespace {

// What a liveBroadcast body sets, checked before anything is applied.
std::optional<ErrorEnvelope> checkBroadcastSnippet(const QJsonObject &snippet, bool titleRequired,
                                                   bool startRequired)
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

std::optional<ErrorEnvelope> checkBroadcastStatus(const QJsonObject &status, bool required)
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
std::optional<ErrorEnvelope> applyContentDetails(Broadcast &b, const QJsonObject &details,
                                                 bool update, bool requireFields, bool streamActive)
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
        const QString life = b.lifeCycleStatus;
        const bool settable = isIn(life, {"created", "ready"});
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
        // Auto start/stop: created/ready with an inactive stream, and also while testing
        // (life-of-a-broadcast sets them once testing is done).
        const bool autoSettable = (settable && !streamActive) || life == QLatin1String("testing");
        if (n.enableAutoStart != b.enableAutoStart && !autoSettable)
            return refuse(QStringLiteral("enableAutoStartModificationNotAllowed"));
        if (n.enableAutoStop != b.enableAutoStop && !(settable || life == QLatin1String("testing")))
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

} // namespace

HttpReply YouTubeApi::broadcastsInsert(const ApiCall &call)
{
    const ApiParams params(call.params);
    QStringList parts;
    QJsonObject body;
    if (auto e = params.checkKnown(QStringList{QStringLiteral("part")} + kOnBehalf))
        return e->toReply();
    if (auto e = params.parts({QStringLiteral("id"), QStringLiteral("snippet"),
                               QStringLiteral("contentDetails"), QStringLiteral("status")},
                              true, &parts))
        return e->toReply();
    if (auto e = parseBody(call, RequestSchema::liveBroadcast(), &body))
        return e->toReply();
    const QJsonObject snippet = parts.contains(QLatin1String("snippet"))
                                    ? body.value(QStringLiteral("snippet")).toObject()
                                    : QJsonObject();
    const QJsonObject status = parts.contains(QLatin1String("status"))
                                   ? body.value(QStringLiteral("status")).toObject()
                                   : QJsonObject();
    if (auto e = checkBroadcastSnippet(snippet, true, true))
        return e->toReply();
    if (auto e = checkBroadcastStatus(status, true))
        return e->toReply();

    Broadcast b;
    b.id = m_store->newVideoId();
    b.channelId = call.channelId;
    b.publishedAt = QDateTime::currentDateTimeUtc();
    b.title = snippet.value(QStringLiteral("title")).toString();
    b.description = snippet.value(QStringLiteral("description")).toString();
    b.scheduledStartTime = parseTime(snippet.value(QStringLiteral("scheduledStartTime")));
    if (snippet.contains(QStringLiteral("scheduledEndTime")))
        b.scheduledEndTime = parseTime(snippet.value(QStringLiteral("scheduledEndTime")));
    b.privacyStatus = status.value(QStringLiteral("privacyStatus")).toString();
    b.selfDeclaredMadeForKids = status.value(QStringLiteral("selfDeclaredMadeForKids")).toBool();
    const QJsonObject details = parts.contains(QLatin1String("contentDetails"))
                                    ? body.value(QStringLiteral("contentDetails")).toObject()
                                    : QJsonObject();
    if (auto e = applyContentDetails(b, details, false, false, false))
        return e->toReply();
    m_store->broadcasts().append(b);
    Q_EMIT m_store->changed();
    return json(m_store->broadcastJson(b, parts), call);
}

HttpReply YouTubeApi::broadcastsUpdate(const ApiCall &call)
{
    const ApiParams params(call.params);
    QStringList parts;
    QJsonObject body;
    if (auto e = params.checkKnown(QStringList{QStringLiteral("part")} + kOnBehalf))
        return e->toReply();
    if (auto e = params.parts({QStringLiteral("id"), QStringLiteral("snippet"),
                               QStringLiteral("contentDetails"), QStringLiteral("status"),
                               QStringLiteral("monetizationDetails")},
                              true, &parts))
        return e->toReply();
    if (auto e = parseBody(call, RequestSchema::liveBroadcast(), &body))
        return e->toReply();
    const QString id = body.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return broadcastError(400, QStringLiteral("idRequired"), QStringLiteral("id is required"))
            .toReply();
    Broadcast *current = m_store->broadcast(id);
    if (!current || current->channelId != call.channelId)
        return broadcastNotFound().toReply();

    Broadcast b = *current;
    const bool requireFields = m_store->settings().requireUpdateFields;
    if (parts.contains(QLatin1String("snippet"))) {
        const QJsonObject snippet = body.value(QStringLiteral("snippet")).toObject();
        if (auto e = checkBroadcastSnippet(snippet, false, requireFields))
            return e->toReply();
        if (snippet.contains(QStringLiteral("title")))
            b.title = snippet.value(QStringLiteral("title")).toString();
        b.description = snippet.value(QStringLiteral("description")).toString();
        // Scheduled times change only in created/ready/testing; later they are kept.
        if (isIn(b.lifeCycleStatus, {"created", "ready", "testing"})) {
            if (snippet.contains(QStringLiteral("scheduledStartTime")))
                b.scheduledStartTime =
                    parseTime(snippet.value(QStringLiteral("scheduledStartTime")));
            b.scheduledEndTime = snippet.contains(QStringLiteral("scheduledEndTime"))
                                     ? parseTime(snippet.value(QStringLiteral("scheduledEndTime")))
                                     : QDateTime();
        }
    }
    if (parts.contains(QLatin1String("status"))) {
        const QJsonObject status = body.value(QStringLiteral("status")).toObject();
        if (auto e = checkBroadcastStatus(status, false))
            return e->toReply();
        if (status.contains(QStringLiteral("privacyStatus")))
            b.privacyStatus = status.value(QStringLiteral("privacyStatus")).toString();
        b.selfDeclaredMadeForKids =
            status.value(QStringLiteral("selfDeclaredMadeForKids")).toBool();
    }
    if (parts.contains(QLatin1String("contentDetails"))) {
        const QJsonObject details = body.value(QStringLiteral("contentDetails")).toObject();
        const bool active = !b.boundStreamId.isEmpty() && m_store->isStreamActive(b.boundStreamId);
        if (auto e = applyContentDetails(b, details, true, requireFields, active))
            return e->toReply();
    }
    if (parts.contains(QLatin1String("monetizationDetails"))) {
        const QJsonObject schedule = body.value(QStringLiteral("monetizationDetails"))
                                         .toObject()
                                         .value(QStringLiteral("cuepointSchedule"))
                                         .toObject();
        b.cuepointScheduleEnabled = schedule.value(QStringLiteral("enabled")).toBool();
        b.pauseAdsUntil = schedule.value(QStringLiteral("pauseAdsUntil")).toString();
    }
    *current = b;
    Q_EMIT m_store->changed();
    return json(m_store->broadcastJson(b, parts), call);
}

HttpReply YouTubeApi::broadcastsDelete(const ApiCall &call)
{
    const ApiParams params(call.params);
    if (auto e = params.checkKnown(QStringList{QStringLiteral("id")} + kOnBehalf))
        return e->toReply();
    const QString id = params.value(QStringLiteral("id"));
    if (id.isEmpty())
        return ErrorEnvelope::required(QStringLiteral("id")).toReply();
    Broadcast *b = m_store->broadcast(id);
    if (!b || b->channelId != call.channelId)
        return broadcastNotFound().toReply();
    if (b->lifeCycleStatus == QLatin1String("live"))
        return broadcastError(403, QStringLiteral("liveBroadcastDeletionNotAllowed"),
                              QStringLiteral("A live broadcast cannot be deleted; complete it "
                                             "first"))
            .toReply();
    m_store->broadcasts().removeIf([&](const Broadcast &x) { return x.id == id; });
    Q_EMIT m_store->changed();
    HttpReply reply;
    reply.status = 204;
    return reply;
}

HttpReply YouTubeApi::broadcastsBind(const ApiCall &call)
{
    const ApiParams params(call.params);
    QStringList parts;
    if (auto e = params.checkKnown(
            QStringList{QStringLiteral("part"), QStringLiteral("id"), QStringLiteral("streamId")} +
            kOnBehalf))
        return e->toReply();
    if (auto e = params.parts({QStringLiteral("id"), QStringLiteral("snippet"),
                               QStringLiteral("contentDetails"), QStringLiteral("status")},
                              true, &parts))
        return e->toReply();
    const QString id = params.value(QStringLiteral("id"));
    if (id.isEmpty())
        return broadcastError(400, QStringLiteral("idRequired"), QStringLiteral("id is required"))
            .toReply();
    Broadcast *b = m_store->broadcast(id);
    if (!b || b->channelId != call.channelId)
        return broadcastNotFound().toReply();
    if (!isIn(b->lifeCycleStatus, {"created", "ready", "testing"}))
        return broadcastError(403, QStringLiteral("liveBroadcastBindingNotAllowed"),
                              QStringLiteral("The broadcast's current status does not allow "
                                             "binding"))
            .toReply();
    const QString streamId = params.value(QStringLiteral("streamId"));
    if (streamId.isEmpty()) {
        b->boundStreamId.clear();
        b->boundStreamLastUpdate = QDateTime::currentDateTimeUtc();
        if (b->lifeCycleStatus == QLatin1String("ready"))
            b->lifeCycleStatus = QStringLiteral("created");
    } else {
        Stream *s = m_store->stream(streamId);
        if (!s || s->channelId != call.channelId)
            return streamNotFound().toReply();
        if (!s->isReusable) {
            for (const Broadcast &other : m_store->broadcasts()) {
                if (other.id != b->id && other.boundStreamId == streamId &&
                    other.lifeCycleStatus != QLatin1String("complete"))
                    return broadcastError(403, QStringLiteral("liveBroadcastBindingNotAllowed"),
                                          QStringLiteral("The stream is not reusable and is "
                                                         "bound to another broadcast"))
                        .toReply();
            }
        }
        b->boundStreamId = streamId;
        b->boundStreamLastUpdate = QDateTime::currentDateTimeUtc();
        if (b->lifeCycleStatus == QLatin1String("created"))
            b->lifeCycleStatus = QStringLiteral("ready");
    }
    Q_EMIT m_store->changed();
    return json(m_store->broadcastJson(*b, parts), call);
}

HttpReply YouTubeApi::broadcastsTransition(const ApiCall &call)
{
    const ApiParams params(call.params);
    QStringList parts;
    if (auto e = params.checkKnown(QStringList{QStringLiteral("part"), QStringLiteral("id"),
                                               QStringLiteral("broadcastStatus")} +
                                   kOnBehalf))
        return e->toReply();
    if (auto e = params.parts({QStringLiteral("id"), QStringLiteral("snippet"),
                               QStringLiteral("contentDetails"), QStringLiteral("status")},
                              true, &parts))
        return e->toReply();
    // 1. required and enum
    const QString id = params.value(QStringLiteral("id"));
    if (id.isEmpty())
        return broadcastError(400, QStringLiteral("idRequired"), QStringLiteral("id is required"))
            .toReply();
    const QString target = params.value(QStringLiteral("broadcastStatus"));
    if (!params.has(QStringLiteral("broadcastStatus")) || target.isEmpty())
        return broadcastError(400, QStringLiteral("statusRequired"),
                              QStringLiteral("broadcastStatus is required"))
            .toReply();
    if (!isIn(target, {"testing", "live", "complete"}))
        return ErrorEnvelope::invalidField(QStringLiteral("Invalid value at 'broadcast_status' "
                                                          "(TYPE_ENUM), \"") +
                                               target + QLatin1Char('"'),
                                           QStringLiteral("broadcastStatus"))
            .toReply();
    // 2. found
    Broadcast *b = m_store->broadcast(id);
    if (!b || b->channelId != call.channelId)
        return broadcastNotFound().toReply();
    // 3. redundant
    const QString life = b->lifeCycleStatus;
    if (life == target ||
        (life == QLatin1String("testStarting") && target == QLatin1String("testing")) ||
        (life == QLatin1String("liveStarting") && target == QLatin1String("live")))
        return broadcastError(403, QStringLiteral("redundantTransition"),
                              QStringLiteral("Redundant transition"))
            .toReply();
    // 4. allowed moves
    bool allowed = false;
    if (life == QLatin1String("ready"))
        allowed = target == QLatin1String("live") ||
                  (target == QLatin1String("testing") && b->enableMonitorStream);
    else if (life == QLatin1String("testing"))
        allowed = target == QLatin1String("live") ||
                  (target == QLatin1String("complete") && m_store->settings().completeFromTesting);
    else if (life == QLatin1String("live"))
        allowed = target == QLatin1String("complete");
    if (!allowed)
        return broadcastError(403, QStringLiteral("invalidTransition"),
                              QStringLiteral("Invalid transition"))
            .toReply();
    // 5. the bound stream must be active to test or go live
    if (target != QLatin1String("complete") &&
        (b->boundStreamId.isEmpty() || !m_store->isStreamActive(b->boundStreamId)))
        return broadcastError(403, QStringLiteral("errorStreamInactive"),
                              QStringLiteral("Stream is inactive"))
            .toReply();
    m_store->beginTransition(*b, target);
    return json(m_store->broadcastJson(*b, parts), call);
}

HttpReply YouTubeApi::broadcastsCuepoint(const ApiCall &call)
{
    const ApiParams params(call.params);
    QStringList parts;
    QJsonObject body;
    if (auto e = params.checkKnown(QStringList{QStringLiteral("part"), QStringLiteral("id")} +
                                   kOnBehalf))
        return e->toReply();
    if (auto e = params.parts({QStringLiteral("id"), QStringLiteral("snippet"),
                               QStringLiteral("contentDetails"), QStringLiteral("status")},
                              false, &parts))
        return e->toReply();
    const QString id = params.value(QStringLiteral("id"));
    if (id.isEmpty())
        return broadcastError(400, QStringLiteral("idRequired"), QStringLiteral("id is required"))
            .toReply();
    if (auto e = parseBody(call, RequestSchema::cuepoint(), &body))
        return e->toReply();
    if (!body.contains(QStringLiteral("cueType")))
        return broadcastError(400, QStringLiteral("cueTypeRequired"),
                              QStringLiteral("cueType is required"))
            .toReply();
    const QString cueType = body.value(QStringLiteral("cueType")).toString();
    if (!isIn(cueType, {"cueTypeAd", "cueTypeUnspecified"}))
        return badEnum(QStringLiteral("resource.cueType"), cueType).toReply();
    const QJsonValue offsetValue = body.value(QStringLiteral("insertionOffsetTimeMs"));
    const QJsonValue wallValue = body.value(QStringLiteral("walltimeMs"));
    const bool hasOffset = !offsetValue.isUndefined() && !offsetValue.isNull();
    const bool hasWall = !wallValue.isUndefined() && !wallValue.isNull();
    if (hasOffset && hasWall)
        return broadcastError(400, QStringLiteral("conflictingTimeFields"),
                              QStringLiteral("insertionOffsetTimeMs and walltimeMs cannot both "
                                             "be set"))
            .toReply();
    bool valid = true;
    const std::optional<qint64> offset = int64Field(offsetValue, &valid);
    if (!valid || (offset && *offset < 0))
        return broadcastError(400, QStringLiteral("invalidInsertionOffsetTimeMs"),
                              QStringLiteral("insertionOffsetTimeMs must be 0 or a positive "
                                             "integer"))
            .toReply();
    const std::optional<qint64> wall = int64Field(wallValue, &valid);
    if (!valid || (wall && *wall < 0))
        return broadcastError(400, QStringLiteral("invalidWalltimeMs"),
                              QStringLiteral("walltimeMs must be an epoch time in milliseconds"))
            .toReply();
    Broadcast *b = m_store->broadcast(id);
    if (!b || b->channelId != call.channelId)
        return broadcastNotFound().toReply();
    if (b->lifeCycleStatus != QLatin1String("live") || b->boundStreamId.isEmpty() ||
        !m_store->isStreamActive(b->boundStreamId))
        return ErrorEnvelope::live(403, QStringLiteral("forbidden"),
                                   QStringLiteral("Cuepoints can only be inserted while the "
                                                  "broadcast is live and streaming"),
                                   QStringLiteral("global"))
            .toReply();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 elapsed =
        b->monitorStart.isValid() ? now - b->monitorStart.toMSecsSinceEpoch() : -1;
    if (offset && *offset > 0 && m_store->settings().strictCuepointWindow) {
        const qint64 delay = b->broadcastStreamDelayMs;
        if (*offset < elapsed - delay + 5000 || *offset > elapsed - 5000)
            return broadcastError(400, QStringLiteral("invalidInsertionOffsetTimeMs"),
                                  QStringLiteral("insertionOffsetTimeMs is outside the valid "
                                                 "window"))
                .toReply();
    }
    CuepointRecord c;
    c.id = m_store->newCuepointId();
    c.broadcastId = id;
    c.cueType = cueType;
    c.durationSecs = body.contains(QStringLiteral("durationSecs"))
                         ? body.value(QStringLiteral("durationSecs")).toInteger()
                         : 30;
    c.insertionOffsetTimeMs = hasWall ? std::nullopt : std::optional<qint64>(offset.value_or(0));
    c.walltimeMs = wall;
    c.arrivalMs = now;
    c.monitorElapsedMs = elapsed;
    QJsonObject forEtag = m_store->cuepointJson(c);
    forEtag.remove(QStringLiteral("etag"));
    c.etag = BroadcastStore::etagOf(forEtag);
    m_store->cuepoints().append(c);
    Q_EMIT m_store->changed();
    return json(m_store->cuepointJson(c), call);
}

// ---------------------------------------------------------------------------------------------
// liveStreams

HttpReply YouTubeApi::streamsList(const ApiCall &call)
{
    const ApiParams params(call.params);
    QStringList parts;
    int maxResults = 5;
    int offset = 0;
    bool mine = false;
    if (auto e = params.checkKnown(QStringList{QStringLiteral("part"), QStringLiteral("id"),
                                               QStringLiteral("mine"), QStringLiteral("maxResults"),
                                               QStringLiteral("pageToken")} +
                                   kOnBehalf))
        return e->toReply();
    if (auto e = params.parts(
            {QStringLiteral("id"), QStringLiteral("snippet"), QStringLiteral("cdn"),
             QStringLiteral("status"), QStringLiteral("contentDetails")},
            true, &parts, {{QStringLiteral("content_details"), QStringLiteral("contentDetails")}}))
        return e->toReply();
    if (auto e = params.boolean(QStringLiteral("mine"), &mine))
        return e->toReply();
    if (auto e = params.integer(QStringLiteral("maxResults"), 0, 50, 5, &maxResults))
        return e->toReply();
    if (auto e = params.pageOffset(&offset))
        return e->toReply();
    QStringList filters;
    if (params.has(QStringLiteral("id")))
        filters.append(QStringLiteral("id"));
    if (mine)
        filters.append(QStringLiteral("mine"));
    if (filters.isEmpty())
        return missingFilter(QStringLiteral("mine, id")).toReply();
    if (filters.size() > 1)
        return incompatible(filters).toReply();
    const QStringList ids = params.list(QStringLiteral("id"));
    QList<QJsonObject> items;
    for (const Stream &s : m_store->streams()) {
        if (s.channelId != call.channelId || (!ids.isEmpty() && !ids.contains(s.id)))
            continue;
        items.append(m_store->streamJson(s, parts));
    }
    return listReply(QStringLiteral("youtube#liveStreamListResponse"), items, maxResults, offset,
                     call);
}

namespace {

std::optional<ErrorEnvelope> checkStreamSnippet(const QJsonObject &snippet)
{
    if (!snippet.contains(QStringLiteral("title")))
        return streamError(400, QStringLiteral("titleRequired"),
                           QStringLiteral("Title is required"));
    const QString title = snippet.value(QStringLiteral("title")).toString();
    if (title.trimmed().isEmpty() || title.size() > 128)
        return streamError(400, QStringLiteral("invalidTitle"),
                           QStringLiteral("Invalid title: 1 to 128 characters"));
    if (snippet.value(QStringLiteral("description")).toString().size() > 10000)
        return streamError(400, QStringLiteral("invalidDescription"),
                           QStringLiteral("Invalid description: at most 10000 characters"));
    return std::nullopt;
}

} // namespace

HttpReply YouTubeApi::streamsInsert(const ApiCall &call)
{
    const ApiParams params(call.params);
    QStringList parts;
    QJsonObject body;
    if (auto e = params.checkKnown(QStringList{QStringLiteral("part")} + kOnBehalf))
        return e->toReply();
    if (auto e = params.parts(
            {QStringLiteral("id"), QStringLiteral("snippet"), QStringLiteral("cdn"),
             QStringLiteral("contentDetails"), QStringLiteral("status")},
            true, &parts, {{QStringLiteral("content_details"), QStringLiteral("contentDetails")}}))
        return e->toReply();
    if (auto e = parseBody(call, RequestSchema::liveStream(), &body))
        return e->toReply();
    const QJsonObject snippet = parts.contains(QLatin1String("snippet"))
                                    ? body.value(QStringLiteral("snippet")).toObject()
                                    : QJsonObject();
    if (auto e = checkStreamSnippet(snippet))
        return e->toReply();
    if (!parts.contains(QLatin1String("cdn")) || !body.value(QStringLiteral("cdn")).isObject())
        return streamError(400, QStringLiteral("cdnRequired"), QStringLiteral("cdn is required"))
            .toReply();
    const QJsonObject cdn = body.value(QStringLiteral("cdn")).toObject();
    if (cdn.contains(QStringLiteral("format")))
        return streamError(400, QStringLiteral("invalidFormat"),
                           QStringLiteral("cdn.format is no longer supported; use resolution "
                                          "and frameRate"))
            .toReply();
    if (!cdn.contains(QStringLiteral("ingestionType")))
        return streamError(400, QStringLiteral("ingestionTypeRequired"),
                           QStringLiteral("cdn.ingestionType is required"))
            .toReply();
    const QString ingestionType = cdn.value(QStringLiteral("ingestionType")).toString();
    if (!isIn(ingestionType, {"rtmp", "dash", "webrtc", "hls"}))
        return streamError(400, QStringLiteral("invalidIngestionType"),
                           QStringLiteral("Invalid ingestion type"))
            .toReply();
    const bool hasResolution = cdn.contains(QStringLiteral("resolution"));
    const bool hasFrameRate = cdn.contains(QStringLiteral("frameRate"));
    if (hasResolution && !hasFrameRate)
        return streamError(400, QStringLiteral("frameRateRequired"),
                           QStringLiteral("cdn.frameRate is required with cdn.resolution"))
            .toReply();
    if (hasFrameRate && !hasResolution)
        return streamError(400, QStringLiteral("resolutionRequired"),
                           QStringLiteral("cdn.resolution is required with cdn.frameRate"))
            .toReply();
    const QString resolution = cdn.value(QStringLiteral("resolution")).toString();
    const QString frameRate = cdn.value(QStringLiteral("frameRate")).toString();
    if (hasResolution &&
        !isIn(resolution, {"240p", "360p", "480p", "720p", "1080p", "1440p", "2160p", "variable"}))
        return streamError(400, QStringLiteral("invalidResolution"),
                           QStringLiteral("Invalid resolution"))
            .toReply();
    if (hasFrameRate && !isIn(frameRate, {"30fps", "60fps", "variable"}))
        return streamError(400, QStringLiteral("invalidFrameRate"),
                           QStringLiteral("Invalid frame rate"))
            .toReply();
    Stream s;
    s.id = m_store->newStreamId(call.channelId);
    s.channelId = call.channelId;
    s.title = snippet.value(QStringLiteral("title")).toString();
    s.description = snippet.value(QStringLiteral("description")).toString();
    s.publishedAt = QDateTime::currentDateTimeUtc();
    s.ingestionType = ingestionType;
    s.resolution = resolution;
    s.frameRate = frameRate;
    s.streamName = m_store->newStreamKey();
    if (parts.contains(QLatin1String("contentDetails"))) {
        const QJsonValue reusable = body.value(QStringLiteral("contentDetails"))
                                        .toObject()
                                        .value(QStringLiteral("isReusable"));
        s.isReusable = reusable.isBool() ? reusable.toBool() : true;
    }
    m_store->streams().append(s);
    Q_EMIT m_store->changed();
    return json(m_store->streamJson(s, parts), call);
}

HttpReply YouTubeApi::streamsUpdate(const ApiCall &call)
{
    const ApiParams params(call.params);
    QStringList parts;
    QJsonObject body;
    if (auto e = params.checkKnown(QStringList{QStringLiteral("part")} + kOnBehalf))
        return e->toReply();
    if (auto e = params.parts(
            {QStringLiteral("id"), QStringLiteral("snippet"), QStringLiteral("cdn"),
             QStringLiteral("status"), QStringLiteral("contentDetails")},
            true, &parts, {{QStringLiteral("content_details"), QStringLiteral("contentDetails")}}))
        return e->toReply();
    if (auto e = parseBody(call, RequestSchema::liveStream(), &body))
        return e->toReply();
    const QString id = body.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return streamError(400, QStringLiteral("idRequired"), QStringLiteral("id is required"))
            .toReply();
    Stream *current = m_store->stream(id);
    if (!current || current->channelId != call.channelId)
        return streamNotFound().toReply();
    Stream s = *current;
    const auto notAllowed = [] {
        return streamError(403, QStringLiteral("liveStreamModificationNotAllowed"),
                           QStringLiteral("The stream's ingestion settings cannot change; create "
                                          "a new stream"));
    };
    if (parts.contains(QLatin1String("snippet"))) {
        const QJsonObject snippet = body.value(QStringLiteral("snippet")).toObject();
        if (auto e = checkStreamSnippet(snippet))
            return e->toReply();
        s.title = snippet.value(QStringLiteral("title")).toString();
        s.description = snippet.value(QStringLiteral("description")).toString();
    }
    if (parts.contains(QLatin1String("cdn"))) {
        const QJsonObject cdn = body.value(QStringLiteral("cdn")).toObject();
        if (!cdn.contains(QStringLiteral("ingestionType")))
            return streamError(400, QStringLiteral("ingestionTypeRequired"),
                               QStringLiteral("cdn.ingestionType is required"))
                .toReply();
        if (cdn.contains(QStringLiteral("format")) ||
            cdn.value(QStringLiteral("ingestionType")).toString() != s.ingestionType ||
            (cdn.contains(QStringLiteral("resolution")) &&
             cdn.value(QStringLiteral("resolution")).toString() != s.resolution) ||
            (cdn.contains(QStringLiteral("frameRate")) &&
             cdn.value(QStringLiteral("frameRate")).toString() != s.frameRate))
            return notAllowed().toReply();
    }
    if (parts.contains(QLatin1String("contentDetails"))) {
        const QJsonValue reusable = body.value(QStringLiteral("contentDetails"))
                                        .toObject()
                                        .value(QStringLiteral("isReusable"));
        if (reusable.isBool() && reusable.toBool() != s.isReusable)
            return notAllowed().toReply();
    }
    *current = s;
    Q_EMIT m_store->changed();
    return json(m_store->streamJson(s, parts), call);
}

HttpReply YouTubeApi::streamsDelete(const ApiCall &call)
{
    const ApiParams params(call.params);
    if (auto e = params.checkKnown(QStringList{QStringLiteral("id")} + kOnBehalf))
        return e->toReply();
    const QString id = params.value(QStringLiteral("id"));
    if (id.isEmpty())
        return ErrorEnvelope::required(QStringLiteral("id")).toReply();
    Stream *s = m_store->stream(id);
    if (!s || s->channelId != call.channelId)
        return streamNotFound().toReply();
    for (const Broadcast &b : m_store->broadcasts()) {
        if (b.boundStreamId == id && b.lifeCycleStatus != QLatin1String("complete"))
            return streamError(403, QStringLiteral("liveStreamDeletionNotAllowed"),
                               QStringLiteral("The stream is bound to a broadcast that is not "
                                              "complete"))
                .toReply();
    }
    m_store->streams().removeIf([&](const Stream &x) { return x.id == id; });
    Q_EMIT m_store->changed();
    HttpReply reply;
    reply.status = 204;
    return reply;
}

// ---------------------------------------------------------------------------------------------
// videos, channels, thumbnails

HttpReply YouTubeApi::videosList(const ApiCall &call)
{
    const ApiParams params(call.params);
    QStringList parts;
    int maxResults = 5;
    int offset = 0;
    if (auto e = params.checkKnown(
            {QStringLiteral("part"), QStringLiteral("id"), QStringLiteral("chart"),
             QStringLiteral("myRating"), QStringLiteral("maxResults"), QStringLiteral("pageToken"),
             QStringLiteral("hl"), QStringLiteral("locale"), QStringLiteral("regionCode"),
             QStringLiteral("maxHeight"), QStringLiteral("maxWidth"),
             QStringLiteral("videoCategoryId"), QStringLiteral("onBehalfOfContentOwner")}))
        return e->toReply();
    if (auto e = params.parts({QStringLiteral("id"), QStringLiteral("snippet"),
                               QStringLiteral("contentDetails"), QStringLiteral("fileDetails"),
                               QStringLiteral("liveStreamingDetails"), QStringLiteral("player"),
                               QStringLiteral("processingDetails"),
                               QStringLiteral("recordingDetails"), QStringLiteral("statistics"),
                               QStringLiteral("status"), QStringLiteral("suggestions"),
                               QStringLiteral("topicDetails"), QStringLiteral("localizations"),
                               QStringLiteral("paidProductPlacementDetails")},
                              true, &parts))
        return e->toReply();
    if (auto e = params.enumValue(QStringLiteral("chart"), {QStringLiteral("mostPopular")}))
        return e->toReply();
    if (auto e = params.enumValue(QStringLiteral("myRating"),
                                  {QStringLiteral("like"), QStringLiteral("dislike")}))
        return e->toReply();
    if (auto e = params.integer(QStringLiteral("maxResults"), 1, 50, 5, &maxResults))
        return e->toReply();
    if (auto e = params.pageOffset(&offset))
        return e->toReply();
    QStringList filters;
    for (const char *f : {"id", "chart", "myRating"}) {
        if (params.has(QLatin1String(f)))
            filters.append(QLatin1String(f));
    }
    if (filters.isEmpty())
        return missingFilter(QStringLiteral("chart, id, myRating")).toReply();
    if (filters.size() > 1)
        return incompatible(filters).toReply();
    QList<QJsonObject> items;
    const QStringList ids = params.list(QStringLiteral("id"));
    // Unknown ids are left out (no 404); so are private videos of another channel. Charts
    // and ratings have nothing in the sandbox.
    for (const QString &id : ids) {
        Broadcast *b = m_store->broadcast(id);
        if (!b || (b->channelId != call.channelId && b->privacyStatus == QLatin1String("private")))
            continue;
        items.append(m_store->videoJson(*b, parts));
    }
    if (!params.has(QStringLiteral("id")))
        maxResults = qMax(maxResults, 1);
    return listReply(QStringLiteral("youtube#videoListResponse"), items,
                     params.has(QStringLiteral("id")) ? qMax(maxResults, int(ids.size()))
                                                      : maxResults,
                     offset, call);
}

HttpReply YouTubeApi::videosUpdate(const ApiCall &call)
{
    const ApiParams params(call.params);
    QStringList parts;
    QJsonObject body;
    if (auto e =
            params.checkKnown({QStringLiteral("part"), QStringLiteral("onBehalfOfContentOwner")}))
        return e->toReply();
    if (auto e =
            params.parts({QStringLiteral("id"), QStringLiteral("snippet"), QStringLiteral("status"),
                          QStringLiteral("recordingDetails"), QStringLiteral("localizations")},
                         true, &parts))
        return e->toReply();
    if (auto e = parseBody(call, RequestSchema::video(), &body))
        return e->toReply();
    const QString id = body.value(QStringLiteral("id")).toString();
    const auto videoError = [](int status, const char *reason, const QString &message) {
        return ErrorEnvelope::live(status, QLatin1String(reason), message, kVideoDomain);
    };
    if (id.isEmpty())
        return videoError(400, "invalidVideoMetadata", QStringLiteral("The video id is required"))
            .toReply();
    Broadcast *current = m_store->broadcast(id);
    if (!current || current->channelId != call.channelId)
        return videoError(404, "videoNotFound",
                          QStringLiteral("The video that you are trying to update cannot be "
                                         "found."))
            .toReply();
    Broadcast b = *current;
    if (parts.contains(QLatin1String("snippet"))) {
        const QJsonObject snippet = body.value(QStringLiteral("snippet")).toObject();
        const QString title = snippet.value(QStringLiteral("title")).toString();
        if (title.trimmed().isEmpty() || title.size() > 100)
            return videoError(400, "invalidTitle",
                              QStringLiteral("The request metadata specifies an invalid or empty "
                                             "video title."))
                .toReply();
        static const QStringList categories{
            QStringLiteral("1"),  QStringLiteral("2"),  QStringLiteral("10"), QStringLiteral("15"),
            QStringLiteral("17"), QStringLiteral("19"), QStringLiteral("20"), QStringLiteral("22"),
            QStringLiteral("23"), QStringLiteral("24"), QStringLiteral("25"), QStringLiteral("26"),
            QStringLiteral("27"), QStringLiteral("28"), QStringLiteral("29")};
        const QString category = snippet.value(QStringLiteral("categoryId")).toString();
        if (!categories.contains(category))
            return videoError(400, "invalidCategoryId",
                              QStringLiteral("The snippet.categoryId property specifies an "
                                             "invalid category ID."))
                .toReply();
        const QString description = snippet.value(QStringLiteral("description")).toString();
        if (description.size() > 5000 || description.contains(QLatin1Char('<')) ||
            description.contains(QLatin1Char('>')))
            return videoError(400, "invalidDescription",
                              QStringLiteral("The request metadata specifies an invalid video "
                                             "description."))
                .toReply();
        QStringList tags;
        int tagLength = 0;
        for (const QJsonValue &tag : snippet.value(QStringLiteral("tags")).toArray()) {
            tags.append(tag.toString());
            tagLength +=
                int(tag.toString().size()) + (tag.toString().contains(QLatin1Char(' ')) ? 2 : 0);
        }
        if (tagLength + qMax(0, int(tags.size()) - 1) > 500)
            return videoError(400, "invalidTags",
                              QStringLiteral("The request metadata specifies invalid video "
                                             "keywords."))
                .toReply();
        b.title = title;
        b.description = description;
        b.categoryId = category;
        b.tags = tags;
        b.defaultLanguage = snippet.value(QStringLiteral("defaultLanguage")).toString();
    }
    if (parts.contains(QLatin1String("status"))) {
        const QJsonObject status = body.value(QStringLiteral("status")).toObject();
        const QString privacy =
            status.value(QStringLiteral("privacyStatus"))
                .toString(QStringLiteral("public")); // left out: reset to the default
        if (!isIn(privacy, {"public", "unlisted", "private"}))
            return badEnum(QStringLiteral("resource.status.privacyStatus"), privacy).toReply();
        const QString license =
            status.value(QStringLiteral("license")).toString(QStringLiteral("youtube"));
        if (!isIn(license, {"youtube", "creativeCommon"}))
            return badEnum(QStringLiteral("resource.status.license"), license).toReply();
        b.privacyStatus = privacy;
        b.license = license;
        b.embeddable = status.value(QStringLiteral("embeddable")).toBool(true);
        b.publicStatsViewable = status.value(QStringLiteral("publicStatsViewable")).toBool(true);
        b.selfDeclaredMadeForKids =
            status.value(QStringLiteral("selfDeclaredMadeForKids")).toBool();
    }
    *current = b;
    Q_EMIT m_store->changed();
    QStringList shown = parts;
    shown.removeAll(QStringLiteral("recordingDetails"));
    shown.removeAll(QStringLiteral("localizations"));
    QJsonObject out = m_store->videoJson(b, shown);
    // The written parts that the sandbox does not keep come back as they were sent.
    for (const char *part : {"recordingDetails", "localizations"}) {
        if (parts.contains(QLatin1String(part)) && body.contains(QLatin1String(part)))
            out.insert(QLatin1String(part), body.value(QLatin1String(part)));
    }
    return json(out, call);
}

HttpReply YouTubeApi::channelsList(const ApiCall &call)
{
    const ApiParams params(call.params);
    QStringList parts;
    int maxResults = 5;
    int offset = 0;
    bool mine = false;
    bool managedByMe = false;
    bool mySubscribers = false;
    if (auto e = params.checkKnown(
            {QStringLiteral("part"), QStringLiteral("id"), QStringLiteral("mine"),
             QStringLiteral("forUsername"), QStringLiteral("forHandle"),
             QStringLiteral("managedByMe"), QStringLiteral("mySubscribers"),
             QStringLiteral("categoryId"), QStringLiteral("hl"), QStringLiteral("maxResults"),
             QStringLiteral("pageToken"), QStringLiteral("onBehalfOfContentOwner")}))
        return e->toReply();
    if (auto e =
            params.parts({QStringLiteral("id"), QStringLiteral("snippet"),
                          QStringLiteral("contentDetails"), QStringLiteral("statistics"),
                          QStringLiteral("status"), QStringLiteral("brandingSettings"),
                          QStringLiteral("topicDetails"), QStringLiteral("localizations"),
                          QStringLiteral("contentOwnerDetails"), QStringLiteral("auditDetails")},
                         true, &parts))
        return e->toReply();
    if (auto e = params.boolean(QStringLiteral("mine"), &mine))
        return e->toReply();
    if (auto e = params.boolean(QStringLiteral("managedByMe"), &managedByMe))
        return e->toReply();
    if (auto e = params.boolean(QStringLiteral("mySubscribers"), &mySubscribers))
        return e->toReply();
    if (auto e = params.integer(QStringLiteral("maxResults"), 0, 50, 5, &maxResults))
        return e->toReply();
    if (auto e = params.pageOffset(&offset))
        return e->toReply();
    QStringList filters;
    if (mine)
        filters.append(QStringLiteral("mine"));
    if (managedByMe)
        filters.append(QStringLiteral("managedByMe"));
    if (mySubscribers)
        filters.append(QStringLiteral("mySubscribers"));
    for (const char *f : {"id", "forUsername", "forHandle", "categoryId"}) {
        if (params.has(QLatin1String(f)))
            filters.append(QLatin1String(f));
    }
    if (filters.isEmpty())
        return missingFilter(QStringLiteral("categoryId, forHandle, forUsername, id, "
                                            "managedByMe, mine, mySubscribers"))
            .toReply();
    if (filters.size() > 1)
        return incompatible(filters).toReply();
    const QStringList ids = params.list(QStringLiteral("id"));
    QString handle = params.value(QStringLiteral("forHandle"));
    if (handle.startsWith(QLatin1Char('@')))
        handle = handle.mid(1);
    QList<QJsonObject> items;
    for (const SandboxChannel &c : sandboxChannels()) {
        const QString customHandle =
            c.title.toLower().remove(QLatin1Char(' ')).remove(QLatin1Char('\''));
        const bool match = (mine && c.id == call.channelId) || ids.contains(c.id) ||
                           (!handle.isEmpty() && handle.toLower() == customHandle);
        if (!match)
            continue;
        int videoCount = 0;
        for (const Broadcast &b : m_store->broadcasts())
            videoCount += b.channelId == c.id ? 1 : 0;
        QJsonObject channel{{QStringLiteral("kind"), QStringLiteral("youtube#channel")},
                            {QStringLiteral("id"), c.id}};
        if (parts.contains(QLatin1String("snippet"))) {
            QJsonObject thumbnails;
            for (const auto &[name, size] :
                 {std::pair{"default", 88}, std::pair{"medium", 240}, std::pair{"high", 800}}) {
                thumbnails.insert(
                    QLatin1String(name),
                    QJsonObject{{QStringLiteral("url"),
                                 QString(m_store->origin() + QStringLiteral("/channel/") + c.id +
                                         QStringLiteral("/avatar.png"))},
                                {QStringLiteral("width"), size},
                                {QStringLiteral("height"), size}});
            }
            channel.insert(
                QStringLiteral("snippet"),
                QJsonObject{{QStringLiteral("title"), c.title},
                            {QStringLiteral("description"), c.description},
                            {QStringLiteral("customUrl"), QString(QLatin1Char('@') + customHandle)},
                            {QStringLiteral("publishedAt"), QStringLiteral("2020-01-01T00:00:00Z")},
                            {QStringLiteral("thumbnails"), thumbnails},
                            {QStringLiteral("localized"),
                             QJsonObject{{QStringLiteral("title"), c.title},
                                         {QStringLiteral("description"), c.description}}}});
        }
        if (parts.contains(QLatin1String("contentDetails"))) {
            channel.insert(
                QStringLiteral("contentDetails"),
                QJsonObject{{QStringLiteral("relatedPlaylists"),
                             QJsonObject{{QStringLiteral("likes"), QString()},
                                         {QStringLiteral("uploads"),
                                          QString(QStringLiteral("UU") + c.id.mid(2))}}}});
        }
        if (parts.contains(QLatin1String("statistics"))) {
            channel.insert(
                QStringLiteral("statistics"),
                QJsonObject{{QStringLiteral("viewCount"), QStringLiteral("0")},
                            {QStringLiteral("subscriberCount"), QStringLiteral("0")},
                            {QStringLiteral("hiddenSubscriberCount"), false},
                            {QStringLiteral("videoCount"), QString::number(videoCount)}});
        }
        if (parts.contains(QLatin1String("status"))) {
            channel.insert(
                QStringLiteral("status"),
                QJsonObject{{QStringLiteral("privacyStatus"), QStringLiteral("public")},
                            {QStringLiteral("isLinked"), true},
                            {QStringLiteral("longUploadsStatus"), QStringLiteral("allowed")},
                            {QStringLiteral("madeForKids"), false}});
        }
        if (parts.contains(QLatin1String("brandingSettings"))) {
            channel.insert(
                QStringLiteral("brandingSettings"),
                QJsonObject{{QStringLiteral("channel"),
                             QJsonObject{{QStringLiteral("title"), c.title},
                                         {QStringLiteral("description"), c.description}}}});
        }
        channel.insert(QStringLiteral("etag"), BroadcastStore::etagOf(channel));
        items.append(channel);
    }
    return listReply(QStringLiteral("youtube#channelListResponse"), items, maxResults, offset,
                     call);
}

HttpReply YouTubeApi::thumbnailsSet(const ApiCall &call)
{
    if (call.httpMethod == QLatin1String("PUT"))
        return thumbnailsUpload(call);
    const ApiParams params(call.params);
    if (auto e = params.checkKnown(
            {QStringLiteral("videoId"), QStringLiteral("onBehalfOfContentOwner")}))
        return e->toReply();
    const QString videoId = params.value(QStringLiteral("videoId"));
    if (videoId.isEmpty())
        return ErrorEnvelope::required(QStringLiteral("videoId")).toReply();
    QByteArray image = call.body;
    const QString uploadType = params.value(QStringLiteral("uploadType"));
    if (uploadType == QLatin1String("resumable") ||
        call.path.startsWith(QLatin1String("/resumable/"))) {
        // Start a session: 200, empty body, the session URI in Location.
        Broadcast *b = m_store->broadcast(videoId);
        if (!b || b->channelId != call.channelId)
            return ErrorEnvelope::live(404, QStringLiteral("videoNotFound"),
                                       QStringLiteral("The video that you are trying to update "
                                                      "cannot be found."),
                                       kVideoDomain)
                .toReply();
        UploadSession session{videoId, call.channelId, -1, {}, std::nullopt};
        for (const auto &h : call.headers) {
            if (h.first.compare("X-Upload-Content-Length", Qt::CaseInsensitive) == 0)
                session.total = h.second.trimmed().toLongLong();
        }
        if (session.total > 52428800)
            return ErrorEnvelope::live(413, QStringLiteral("uploadTooLarge"),
                                       QStringLiteral("Media larger than 52428800 bytes"),
                                       QStringLiteral("global"))
                .toReply();
        const QString uploadId = m_store->newCuepointId() + m_store->newCuepointId();
        m_uploads.insert(uploadId, session);
        HttpReply reply;
        reply.headers.append(
            {QByteArrayLiteral("Location"),
             (m_store->origin() + call.path + QStringLiteral("?uploadType=resumable&videoId=") +
              videoId + QStringLiteral("&upload_id=") + uploadId)
                 .toUtf8()});
        reply.headers.append({QByteArrayLiteral("X-GUploader-UploadID"), uploadId.toUtf8()});
        return reply;
    }
    if (uploadType == QLatin1String("multipart")) {
        // multipart/related: the JSON metadata part (empty for thumbnails), then the image.
        const int at = call.contentType.indexOf("boundary=");
        QByteArray boundary = at >= 0 ? call.contentType.mid(at + 9) : QByteArray();
        boundary = boundary.split(';').value(0).trimmed();
        if (boundary.startsWith('"'))
            boundary = boundary.mid(1).chopped(1);
        QByteArray media;
        const QByteArray delimiter = "--" + boundary;
        qsizetype pos = call.body.indexOf(delimiter);
        while (!boundary.isEmpty() && pos >= 0) {
            const qsizetype next = call.body.indexOf(delimiter, pos + delimiter.size());
            if (next < 0)
                break;
            const QByteArray section =
                call.body.mid(pos + delimiter.size(), next - pos - delimiter.size());
            const qsizetype headerEnd = section.indexOf("\r\n\r\n");
            if (headerEnd >= 0 && !section.left(headerEnd).toLower().contains("application/json"))
                media = section.mid(headerEnd + 4).chopped(2); // the CRLF before the delimiter
            pos = next;
        }
        image = media;
    }
    return storeThumbnail(videoId, image, call);
}

HttpReply YouTubeApi::thumbnailsUpload(const ApiCall &call)
{
    const ApiParams params(call.params);
    if (auto e = params.checkKnown({QStringLiteral("videoId"), QStringLiteral("upload_id"),
                                    QStringLiteral("onBehalfOfContentOwner")}))
        return e->toReply();
    const auto session = m_uploads.find(params.value(QStringLiteral("upload_id")));
    if (session == m_uploads.end() || session->channelId != call.channelId)
        return ErrorEnvelope::notFound(call.path).toReply(); // an unknown or expired session
    if (session->result)
        return *session->result;
    QByteArray range;
    for (const auto &h : call.headers) {
        if (h.first.compare("Content-Range", Qt::CaseInsensitive) == 0)
            range = h.second.trimmed();
    }
    const auto incomplete = [&] {
        // 308 "Resume Incomplete": the Range header says what is stored (none: nothing yet).
        HttpReply reply;
        reply.status = 308;
        if (!session->data.isEmpty())
            reply.headers.append({QByteArrayLiteral("Range"),
                                  "bytes=0-" + QByteArray::number(session->data.size() - 1)});
        return reply;
    };
    static const QRegularExpression pattern(
        QStringLiteral("^bytes (\\*|([0-9]+)-([0-9]+))/(\\*|[0-9]+)$"));
    const QRegularExpressionMatch m = pattern.match(QString::fromLatin1(range));
    if (!range.isEmpty() && !m.hasMatch())
        return ErrorEnvelope{400,
                             QStringLiteral("global"),
                             QStringLiteral("badRequest"),
                             QStringLiteral("Invalid Content-Range header"),
                             {},
                             {},
                             {}}
            .toReply();
    if (m.hasMatch() && m.captured(4) != QLatin1String("*"))
        session->total = m.captured(4).toLongLong();
    if (m.hasMatch() && m.captured(1) == QLatin1String("*")) {
        if (session->total >= 0 && session->data.size() >= session->total)
            return *(session->result = storeThumbnail(session->videoId, session->data, call));
        return incomplete(); // a status query
    }
    const qint64 first = m.hasMatch() ? m.captured(2).toLongLong() : 0;
    if (first != session->data.size())
        return incomplete(); // a gap or an overlap: nothing of this request is kept
    session->data.append(call.body);
    if (session->total < 0 && !m.hasMatch())
        session->total = session->data.size(); // one PUT with the whole file
    if (session->total >= 0 && session->data.size() >= session->total)
        return *(session->result = storeThumbnail(session->videoId, session->data, call));
    return incomplete();
}

HttpReply YouTubeApi::storeThumbnail(const QString &videoId, const QByteArray &image,
                                     const ApiCall &call)
{
    if (image.isEmpty())
        return ErrorEnvelope::live(400, QStringLiteral("mediaBodyRequired"),
                                   QStringLiteral("The request does not include the image "
                                                  "content."),
                                   kThumbnailDomain)
            .toReply();
    if (image.size() > 52428800)
        return ErrorEnvelope::live(413, QStringLiteral("uploadTooLarge"),
                                   QStringLiteral("Media larger than 52428800 bytes"),
                                   QStringLiteral("global"))
            .toReply();
    const bool png = image.startsWith("\x89PNG\r\n\x1a\n");
    const bool jpeg = image.startsWith("\xff\xd8\xff");
    if (!png && !jpeg)
        return ErrorEnvelope::live(400, QStringLiteral("invalidImage"),
                                   QStringLiteral("The provided image content is invalid."),
                                   kThumbnailDomain)
            .toReply();
    Broadcast *b = m_store->broadcast(videoId);
    if (!b || b->channelId != call.channelId)
        return ErrorEnvelope::live(404, QStringLiteral("videoNotFound"),
                                   QStringLiteral("The video that you are trying to update "
                                                  "cannot be found."),
                                   kVideoDomain)
            .toReply();
    m_store->setThumbnail(videoId, image,
                          png ? QByteArrayLiteral("image/png") : QByteArrayLiteral("image/jpeg"));
    QJsonObject out{{QStringLiteral("kind"), QStringLiteral("youtube#thumbnailSetResponse")},
                    {QStringLiteral("items"), QJsonArray{m_store->thumbnailDetails(videoId)}}};
    out.insert(QStringLiteral("etag"), BroadcastStore::etagOf(out));
    return json(out, call);
}

} // namespace onair::sandbox
