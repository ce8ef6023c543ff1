#include "upload/FileIdentity.h"

#include "persistence/OffThread.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace onair {

std::optional<FileIdentity> FileIdentity::of(const QString &path, QString *error)
{
    const auto failed = [error](const QString &why) -> std::optional<FileIdentity> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return failed(tr("%1 is not a file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(tr("Cannot read %1: %2").arg(path, file.errorString()));
    FileIdentity id;
    id.path = info.absoluteFilePath();
    id.size = file.size();
    id.modified = info.lastModified().toUTC();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QByteArray head = file.read(kEdgeBytes);
    hash.addData(head);
    if (id.size > kEdgeBytes) {
        if (!file.seek(std::max(kEdgeBytes, id.size - kEdgeBytes)))
            return failed(tr("Cannot read %1: %2").arg(path, file.errorString()));
        hash.addData(file.read(kEdgeBytes));
    }
    if (file.error() != QFileDevice::NoError)
        return failed(tr("Cannot read %1: %2").arg(path, file.errorString()));
    id.edgeHash = hash.result().toHex();
    return id;
}

void FileIdentity::read(const QString &path, QObject *context,
                        std::function<void(std::optional<FileIdentity>, QString)> done)
{
    struct Read
    {
        std::optional<FileIdentity> identity;
        QString error;
    };
    runOffThread<Read>(
        context,
        [path] {
            Read r;
            r.identity = of(path, &r.error);
            return r;
        },
        [done = std::move(done)](const Read &r) { done(r.identity, r.error); });
}

QString FileIdentity::whyChanged(const FileIdentity &now) const
{
    if (now.size != size)
        return tr("%1 changed since the upload started (it was %2 bytes, it is %3 now): "
                  "resuming would mix two files in one video. Start the upload again.")
            .arg(path)
            .arg(size)
            .arg(now.size);
    if (now.modified != modified || now.edgeHash != edgeHash)
        return tr("%1 changed since the upload started (it was modified on %2): resuming would "
                  "mix two files in one video. Start the upload again.")
            .arg(path, now.modified.toLocalTime().toString(Qt::ISODate));
    return {};
}

QJsonObject FileIdentity::toJson() const
{
    return {{QStringLiteral("path"), path},
            {QStringLiteral("size"), QString::number(size)},
            {QStringLiteral("modified"), modified.toString(Qt::ISODateWithMs)},
            {QStringLiteral("edgeHash"), QString::fromLatin1(edgeHash)}};
}

std::optional<FileIdentity> FileIdentity::fromJson(const QJsonObject &json, QString *error)
{
    FileIdentity id;
    id.path = json.value(QLatin1String("path")).toString();
    bool sizeOk = false;
    id.size = json.value(QLatin1String("size")).toString().toLongLong(&sizeOk);
    id.modified =
        QDateTime::fromString(json.value(QLatin1String("modified")).toString(), Qt::ISODateWithMs);
    id.edgeHash = json.value(QLatin1String("edgeHash")).toString().toLatin1();
    if (id.path.isEmpty() || !sizeOk || id.size < 0 || !id.modified.isValid() ||
        id.edgeHash.size() != 64) {
        if (error)
            *error = tr("the file's identity is incomplete");
        return std::nullopt;
    }
    return id;
}

} // namespace onair
