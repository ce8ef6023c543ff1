#include "social/telegram/TelegramErrorEnvelope.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace onair {

namespace {

QString reasonFor(int code, const QString &description, bool migrated)
{
    const auto has = [&description](const char *text) {
        return description.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    if (code == 429)
        return QStringLiteral("floodWait");
    if (code == 401)
        return QStringLiteral("unauthorized");
    if (migrated)
        return QStringLiteral("chatMigrated");
    if (has("message is not modified"))
        return QStringLiteral("notModified");
    if (has("can't parse entities"))
        return QStringLiteral("parseEntities");
    if (has("failed to get HTTP URL content") || has("wrong file identifier/HTTP URL") ||
        has("wrong type of the web page content"))
        return QStringLiteral("mediaUnreachable");
    if (has("need administrator rights") || has("not enough rights") ||
        has("bot is not a member") || has("bot was kicked") || has("CHAT_WRITE_FORBIDDEN"))
        return QStringLiteral("rightsMissing");
    if (has("chat not found"))
        return QStringLiteral("chatNotFound");
    if (has("message to edit not found") || has("message can't be edited") ||
        has("there is no text in the message to edit"))
        return QStringLiteral("messageNotFound");
    if (code >= 500)
        return QStringLiteral("serverError");
    if (code == 403)
        return QStringLiteral("forbidden");
    return QStringLiteral("badRequest");
}

} // namespace

ApiError TelegramErrorEnvelope::parse(int httpStatus, const QByteArray &body)
{
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = httpStatus;
    e.domain = QStringLiteral("telegram");
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject o = doc.object();
    int code = httpStatus;
    bool migrated = false;
    if (doc.isObject() && o.value(QLatin1String("ok")) == QJsonValue(false)) {
        code = o.value(QLatin1String("error_code")).toInt(httpStatus);
        e.message = o.value(QLatin1String("description")).toString();
        const QJsonObject parameters = o.value(QLatin1String("parameters")).toObject();
        if (parameters.contains(QLatin1String("retry_after")))
            e.retryAfterMs = parameters.value(QLatin1String("retry_after")).toInt() * 1000;
        migrated = parameters.contains(QLatin1String("migrate_to_chat_id"));
        if (migrated)
            e.status =
                QString::number(parameters.value(QLatin1String("migrate_to_chat_id")).toInteger());
    } else {
        // A proxy page or no body (502/504): keep a bounded excerpt.
        e.message = QString::fromUtf8(body.left(200)).simplified();
    }
    e.reason = reasonFor(code, e.message, migrated);
    e.rateLimited = code == 429;
    return e;
}

} // namespace onair
