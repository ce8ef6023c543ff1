#include "youtube/RequestSchema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace onair::sandbox {

namespace {

QString typeName(QChar type)
{
    switch (type.unicode()) {
    case 's':
    case 't':
        return QStringLiteral("TYPE_STRING");
    case 'b':
        return QStringLiteral("TYPE_BOOL");
    case 'u':
        return QStringLiteral("TYPE_UINT32");
    case 'L':
        return QStringLiteral("TYPE_INT64");
    case '[':
        return QStringLiteral("TYPE_LIST");
    default:
        return QStringLiteral("TYPE_MESSAGE");
    }
}

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isObject() || value.isArray()) {
        const QJsonDocument doc =
            value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
        return QString::fromUtf8(doc.toJson(QJsonDocument::Compact)).left(60);
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

RequestSchema::RequestSchema(const QString &notation)
{
    int pos = 0;
    const QString text = QStringLiteral("{") + notation + QStringLiteral("}");
    m_root = parseType(text, pos);
}

QSharedPointer<RequestSchema::Node> RequestSchema::parseType(const QString &text, int &pos)
{
    auto node = QSharedPointer<Node>::create();
    const QChar c = text.at(pos);
    node->type = c;
    if (c == QLatin1Char('{'))
        return parseObject(text, pos);
    if (c == QLatin1Char('[')) {
        ++pos;
        node->element = parseType(text, pos);
        ++pos; // ']'
        return node;
    }
    ++pos;
    return node;
}

QSharedPointer<RequestSchema::Node> RequestSchema::parseObject(const QString &text, int &pos)
{
    auto node = QSharedPointer<Node>::create();
    node->type = QLatin1Char('{');
    ++pos; // '{'
    while (pos < text.size() && text.at(pos) != QLatin1Char('}')) {
        const int colon = text.indexOf(QLatin1Char(':'), pos);
        const QString name = text.mid(pos, colon - pos).trimmed();
        pos = colon + 1;
        node->fields.append({name, parseType(text, pos)});
        if (pos < text.size() && text.at(pos) == QLatin1Char(','))
            ++pos;
    }
    ++pos; // '}'
    return node;
}

std::optional<ErrorEnvelope> RequestSchema::check(const QJsonValue &body) const
{
    if (!body.isObject())
        return ErrorEnvelope::parseError(QStringLiteral("Parse Error"));
    return checkNode(*m_root, body, QStringLiteral("resource"));
}

std::optional<ErrorEnvelope> RequestSchema::checkNode(const Node &node, const QJsonValue &value,
                                                      const QString &path)
{
    if (value.isNull() || value.isUndefined())
        return std::nullopt; // null is "not set", as Google reads it
    const auto wrongType = [&] {
        return ErrorEnvelope::invalidField(QStringLiteral("Invalid value at '") + path +
                                               QStringLiteral("' (") + typeName(node.type) +
                                               QStringLiteral("), ") + shown(value),
                                           path);
    };
    switch (node.type.unicode()) {
    case '*':
        return std::nullopt;
    case 's':
        return value.isString() ? std::nullopt : std::optional(wrongType());
    case 'b':
        return value.isBool() ? std::nullopt : std::optional(wrongType());
    case 'u': {
        const double d = value.toDouble(-1);
        if (!value.isDouble() || d < 0 || d > 4294967295.0 || d != qint64(d))
            return wrongType();
        return std::nullopt;
    }
    case 'L': {
        static const QRegularExpression digits(QStringLiteral("^-?[0-9]{1,19}$"));
        if (value.isString() && digits.match(value.toString()).hasMatch())
            return std::nullopt;
        if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble())))
            return std::nullopt;
        return wrongType();
    }
    case 't': {
        if (!value.isString())
            return wrongType();
        const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!parsed.isValid())
            return wrongType();
        return std::nullopt;
    }
    case '[': {
        if (!value.isArray())
            return wrongType();
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto error =
                    checkNode(*node.element, array.at(i),
                              path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']')))
                return error;
        }
        return std::nullopt;
    }
    case '{': {
        if (!value.isObject())
            return wrongType();
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const auto field = std::find_if(node.fields.cbegin(), node.fields.cend(),
                                            [&](const auto &f) { return f.first == it.key(); });
            if (field == node.fields.cend()) {
                return ErrorEnvelope::invalidField(
                    QStringLiteral("Invalid JSON payload received. Unknown name \"") + it.key() +
                        QStringLiteral("\" at '") + path + QStringLiteral("': Cannot find field."),
                    path + QLatin1Char('.') + it.key());
            }
            if (auto error =
                    checkNode(*field->second, it.value(), path + QLatin1Char('.') + it.key()))
                return error;
        }
        return std::nullopt;
    }
    }
    return std::nullopt;
}

const RequestSchema &RequestSchema::liveBroadcast()
{
    static const RequestSchema schema(QStringLiteral(
        "kind:s,etag:s,id:s,"
        "snippet:{title:s,description:s,scheduledStartTime:t,scheduledEndTime:t,"
        "actualStartTime:t,actualEndTime:t,publishedAt:t,channelId:s,liveChatId:s,thumbnails:*,"
        "categoryId:s,isDefaultBroadcast:b},"
        "status:{lifeCycleStatus:s,privacyStatus:s,recordingStatus:s,madeForKids:b,"
        "selfDeclaredMadeForKids:b,liveBroadcastPriority:s},"
        "contentDetails:{boundStreamId:s,boundStreamLastUpdateTimeMs:t,"
        "monitorStream:{enableMonitorStream:b,broadcastStreamDelayMs:u,embedHtml:s},"
        "enableEmbed:b,enableDvr:b,enableContentEncryption:b,startWithSlate:b,"
        "recordFromStart:b,enableClosedCaptions:b,closedCaptionsType:s,projection:s,"
        "enableLowLatency:b,latencyPreference:s,enableAutoStart:b,enableAutoStop:b,mesh:s,"
        "stereoLayout:s,availabilityConfig:*},"
        "statistics:{concurrentViewers:L},"
        "monetizationDetails:{cuepointSchedule:{enabled:b,pauseAdsUntil:s,"
        "scheduleStrategy:s,repeatIntervalSecs:u}}"));
    return schema;
}

const RequestSchema &RequestSchema::liveStream()
{
    static const RequestSchema schema(QStringLiteral(
        "kind:s,etag:s,id:s,"
        "snippet:{title:s,description:s,channelId:s,publishedAt:t,isDefaultStream:b},"
        "cdn:{ingestionType:s,resolution:s,frameRate:s,format:s,ingestionInfo:{streamName:s,"
        "ingestionAddress:s,backupIngestionAddress:s,rtmpsIngestionAddress:s,"
        "rtmpsBackupIngestionAddress:s}},"
        "status:{streamStatus:s,healthStatus:*},"
        "contentDetails:{isReusable:b,closedCaptionsIngestionUrl:s}"));
    return schema;
}

const RequestSchema &RequestSchema::cuepoint()
{
    static const RequestSchema schema(
        // The time fields are checked by the method, which has its own reasons for them.
        QStringLiteral("id:s,etag:s,cueType:s,durationSecs:u,insertionOffsetTimeMs:*,"
                       "walltimeMs:*"));
    return schema;
}

const RequestSchema &RequestSchema::video()
{
    static const RequestSchema schema(QStringLiteral(
        "kind:s,etag:s,id:s,"
        "snippet:{title:s,description:s,tags:[s],categoryId:s,defaultLanguage:s,"
        "defaultAudioLanguage:s,publishedAt:t,channelId:s,channelTitle:s,"
        "liveBroadcastContent:s,thumbnails:*,localized:*},"
        "status:{privacyStatus:s,embeddable:b,license:s,publicStatsViewable:b,publishAt:t,"
        "selfDeclaredMadeForKids:b,madeForKids:b,uploadStatus:s,failureReason:s,"
        "rejectionReason:s,containsSyntheticMedia:b},"
        "recordingDetails:{recordingDate:t,locationDescription:s,location:*},"
        "localizations:*,liveStreamingDetails:*,contentDetails:*,statistics:*,player:*,"
        "fileDetails:*,processingDetails:*,suggestions:*,topicDetails:*,monetizationDetails:*,"
        "paidProductPlacementDetails:*,ageGating:*,projectDetails:*,brandPartner:*"));
    return schema;
}

} // namespace onair::sandbox
