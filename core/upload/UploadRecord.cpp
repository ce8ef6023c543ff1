#include "upload/UploadRecord.h"

#include <QCoreApplication>

namespace onair {

QString UploadRecord::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Uploading:
        return QStringLiteral("uploading");
    case State::Paused:
        return QStringLiteral("paused");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Done:
        return QStringLiteral("done");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<UploadRecord::State> UploadRecord::stateFromName(const QString &name)
{
    for (State s : {State::Queued, State::Uploading, State::Paused, State::Failed, State::Done,
                    State::Cancelled}) {
        if (stateName(s) == name)
            return s;
    }
    return std::nullopt;
}

QJsonObject UploadRecord::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("file"), file.toJson()},
            {QStringLiteral("metadata"), metadata},
            {QStringLiteral("sessionUri"), sessionUri},
            {QStringLiteral("offset"), QString::number(offset)},
            {QStringLiteral("state"), stateName(state)},
            {QStringLiteral("resultId"), resultId},
            {QStringLiteral("processing"), processing},
            {QStringLiteral("processingReason"), processingReason},
            {QStringLiteral("published"), published},
            {QStringLiteral("show"), show},
            {QStringLiteral("lastError"), lastError},
            {QStringLiteral("created"), created.toString(Qt::ISODate)}};
}

std::optional<UploadRecord> UploadRecord::fromJson(const QJsonObject &json, QString *error)
{
    const auto bad = [error](const QString &why) -> std::optional<UploadRecord> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    UploadRecord r;
    r.id = json.value(QLatin1String("id")).toString();
    if (r.id.isEmpty())
        return bad(tr("an upload without an id"));
    QString why;
    const std::optional<FileIdentity> file =
        FileIdentity::fromJson(json.value(QLatin1String("file")).toObject(), &why);
    if (!file)
        return bad(tr("upload %1: %2").arg(r.id, why));
    r.file = *file;
    r.metadata = json.value(QLatin1String("metadata")).toObject();
    r.sessionUri = json.value(QLatin1String("sessionUri")).toString();
    bool offsetOk = false;
    r.offset = json.value(QLatin1String("offset")).toString().toLongLong(&offsetOk);
    const std::optional<State> state = stateFromName(json.value(QLatin1String("state")).toString());
    if (!offsetOk || r.offset < 0 || r.offset > r.file.size || !state)
        return bad(tr("upload %1: its offset or state is unreadable").arg(r.id));
    r.state = *state;
    r.resultId = json.value(QLatin1String("resultId")).toString();
    r.processing = json.value(QLatin1String("processing")).toString();
    r.processingReason = json.value(QLatin1String("processingReason")).toString();
    r.published = json.value(QLatin1String("published")).toBool();
    r.show = json.value(QLatin1String("show")).toObject();
    r.lastError = json.value(QLatin1String("lastError")).toString();
    r.created = QDateTime::fromString(json.value(QLatin1String("created")).toString(), Qt::ISODate);
    return r;
}

} // namespace onair
