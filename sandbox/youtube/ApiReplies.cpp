#include "youtube/ApiReplies.h"

#include "google/ApiParams.h"
#include "youtube/BroadcastStore.h"
#include "youtube/RequestSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace onair::sandbox {

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

std::optional<ErrorEnvelope> readWrite(const ApiCall &call, const QStringList &allowedParts,
                                       const RequestSchema &schema, QStringList *parts,
                                       QJsonObject *body,
                                       const QList<QPair<QString, QString>> &partAliases)
{
    const ApiParams params(call.params);
    if (auto e = params.checkKnown(QStringList{QStringLiteral("part")} + kOnBehalf))
        return e;
    if (auto e = params.parts(allowedParts, true, parts, partAliases))
        return e;
    return parseBody(call, schema, body);
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

ErrorEnvelope videoNotFound()
{
    return ErrorEnvelope::live(404, QStringLiteral("videoNotFound"),
                               QStringLiteral("The video that you are trying to update cannot be "
                                              "found."),
                               kVideoDomain);
}

HttpReply json(const QJsonObject &object, const ApiCall &call, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    reply.body = QJsonDocument(object).toJson(call.pretty ? QJsonDocument::Indented
                                                          : QJsonDocument::Compact);
    reply.isJson = true;
    return reply;
}

HttpReply listReply(const QString &kind, const QList<QJsonObject> &all, int maxResults, int offset,
                    const ApiCall &call)
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

std::optional<ErrorEnvelope> deleteTarget(const ApiCall &call, QString *id)
{
    const ApiParams params(call.params);
    if (auto e = params.checkKnown(QStringList{QStringLiteral("id")} + kOnBehalf))
        return e;
    *id = params.value(QStringLiteral("id"));
    if (id->isEmpty())
        return ErrorEnvelope::required(QStringLiteral("id"));
    return std::nullopt;
}

HttpReply noContent()
{
    HttpReply reply;
    reply.status = 204;
    return reply;
}

} // namespace onair::sandbox
