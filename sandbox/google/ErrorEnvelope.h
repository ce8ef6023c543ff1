#pragma once

#include "kernel/HttpReply.h"

#include <QJsonObject>
#include <QString>

namespace onair::sandbox {

// One error of Google's envelope: {"error":{"code","message","errors":[{…}],"status"}}.
struct ErrorEnvelope
{
    int httpStatus = 400;
    QString domain;
    QString reason;
    QString message;
    QString location;     // parameter or header name; empty: left out
    QString locationType; // "parameter" or "header"; empty: left out
    QString extendedHelp; // empty: left out

    QJsonObject toJson() const;
    HttpReply toReply() const;

    // The canonical gRPC status name newer Google frontends add next to "code".
    static QString canonicalStatus(int httpStatus);

    // Shorthands for the errors every method shares.
    static ErrorEnvelope required(const QString &parameter);
    static ErrorEnvelope unknownPart(const QString &part);
    static ErrorEnvelope unexpectedParameter(const QString &parameter);
    static ErrorEnvelope invalidParameter(const QString &parameter, const QString &message);
    static ErrorEnvelope parseError(const QString &message);
    static ErrorEnvelope invalidField(const QString &message, const QString &location);
    static ErrorEnvelope authError(bool missing);
    static ErrorEnvelope insufficientPermissions();
    static ErrorEnvelope quotaExceeded();
    static ErrorEnvelope rateLimitExceeded();
    static ErrorEnvelope backendError(int httpStatus);
    static ErrorEnvelope notFound(const QString &path);
    static ErrorEnvelope live(int httpStatus, const QString &reason, const QString &message,
                              const QString &domain = QStringLiteral("youtube.liveBroadcast"));
};

} // namespace onair::sandbox
