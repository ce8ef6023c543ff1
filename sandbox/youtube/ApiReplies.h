#pragma once

#include "google/ErrorEnvelope.h"
#include "kernel/HttpReply.h"
#include "youtube/ApiCall.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace onair::sandbox {

class RequestSchema;

// What every YouTube Data API resource shares: its error domains and errors, the JSON answer
// and list envelope, body parsing against the request schema, and small value checks.
inline const QString kBroadcastDomain = QStringLiteral("youtube.liveBroadcast");
inline const QString kStreamDomain = QStringLiteral("youtube.liveStream");
inline const QString kVideoDomain = QStringLiteral("youtube.video");
inline const QString kThumbnailDomain = QStringLiteral("youtube.thumbnail");
inline const QStringList kOnBehalf{QStringLiteral("onBehalfOfContentOwner"),
                                   QStringLiteral("onBehalfOfContentOwnerChannel")};

ErrorEnvelope broadcastError(int status, const QString &reason, const QString &message);
ErrorEnvelope streamError(int status, const QString &reason, const QString &message);
ErrorEnvelope broadcastNotFound();
ErrorEnvelope streamNotFound();
ErrorEnvelope videoNotFound();
ErrorEnvelope missingFilter(const QString &expected);
ErrorEnvelope incompatible(const QStringList &given);
ErrorEnvelope badEnum(const QString &path, const QJsonValue &value);
// Parses the JSON body and checks it against `schema`.
std::optional<ErrorEnvelope> parseBody(const ApiCall &call, const RequestSchema &schema,
                                       QJsonObject *out);
// An insert's or update's request: only `part` (and onBehalfOfContentOwner…) are known, the
// parts must be among `allowed`, and the body must fit `schema`.
std::optional<ErrorEnvelope> readWrite(const ApiCall &call, const QStringList &allowedParts,
                                       const RequestSchema &schema, QStringList *parts,
                                       QJsonObject *body,
                                       const QList<QPair<QString, QString>> &partAliases = {});
bool isIn(const QString &value, std::initializer_list<const char *> allowed);
QDateTime parseTime(const QJsonValue &value);
std::optional<qint64> int64Field(const QJsonValue &value, bool *valid);

// A delete's parameters: only `id` (and onBehalfOfContentOwner…) are known, and `id` is
// required (the discovery's `required`).
std::optional<ErrorEnvelope> deleteTarget(const ApiCall &call, QString *id);

// The answer in JSON (compact with prettyPrint=false).
HttpReply json(const QJsonObject &object, const ApiCall &call, int status = 200);
// A list answer: kind, etag, pageInfo, items and the page tokens.
HttpReply listReply(const QString &kind, const QList<QJsonObject> &all, int maxResults, int offset,
                    const ApiCall &call);
// 204, empty body.
HttpReply noContent();

} // namespace onair::sandbox
