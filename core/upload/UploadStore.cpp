#include "upload/UploadStore.h"

#include "persistence/KeyedFile.h"
#include "persistence/OffThread.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSaveFile>
#include <QWaitCondition>

#include <optional>

namespace onair {

struct UploadStore::Writer
{
    QMutex mutex;
    QWaitCondition idle;
    bool writing = false;
    std::optional<QByteArray> pending; // the newest state not written yet
};

UploadStore::UploadStore(const QString &path)
    : m_path(path)
    , m_writer(std::make_shared<Writer>())
{}

QString UploadStore::pathForAccount(const QString &accountKey, const QString &dir)
{
    return KeyedFile::path(QStringLiteral("uploads"), accountKey, dir);
}

QList<UploadRecord> UploadStore::load(QStringList *errors)
{
    m_unreadable = {};
    QList<UploadRecord> records;
    QFile f(m_path);
    if (m_path.isEmpty() || !f.exists())
        return records;
    const auto report = [errors](const QString &why) {
        if (errors)
            errors->append(why);
    };
    if (!f.open(QIODevice::ReadOnly)) {
        report(tr("Cannot read the saved uploads (%1): %2").arg(m_path, f.errorString()));
        return records;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    f.close();
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        root.value(QLatin1String("version")).toInt() != kFormatVersion ||
        !root.value(QLatin1String("uploads")).isArray()) {
        // Never overwrite what cannot be read: keep it aside for inspection.
        const QString aside =
            m_path + QStringLiteral(".broken-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
        QFile::rename(m_path, aside);
        report(tr("The saved uploads could not be read and were kept as %1; the queue starts "
                  "empty. Add the files again to upload them.")
                   .arg(aside));
        return records;
    }
    for (const QJsonValue &v : root.value(QLatin1String("uploads")).toArray()) {
        QString why = tr("an entry is not an object");
        const std::optional<UploadRecord> r =
            v.isObject() ? UploadRecord::fromJson(v.toObject(), &why) : std::nullopt;
        if (r) {
            records.append(*r);
        } else {
            m_unreadable.append(v);
            report(tr("A saved upload could not be read (%1); it is kept in %2 and the others "
                      "go on.")
                       .arg(why, m_path));
        }
    }
    return records;
}

QByteArray UploadStore::bytesOf(const QList<UploadRecord> &records) const
{
    QJsonArray uploads;
    for (const UploadRecord &r : records)
        uploads.append(r.toJson());
    for (const QJsonValue &v : m_unreadable)
        uploads.append(v);
    const QJsonObject root{{QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("uploads"), uploads}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString UploadStore::write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) < 0 || !f.commit())
        return tr("Cannot save the uploads to %1: %2").arg(path, f.errorString());
    return {};
}

bool UploadStore::save(const QList<UploadRecord> &records, QString *error) const
{
    waitForSaved(); // never older than what saveLater() was given
    const QString why = write(m_path, bytesOf(records));
    if (error)
        *error = why;
    return why.isEmpty();
}

void UploadStore::saveLater(const QList<UploadRecord> &records, QObject *context,
                            std::function<void(const QString &)> failed)
{
    {
        const QMutexLocker lock(&m_writer->mutex);
        m_writer->pending = bytesOf(records);
        if (m_writer->writing)
            return; // the write in progress takes it next
        m_writer->writing = true;
    }
    runOffThread<QString>(
        context,
        [writer = m_writer, path = m_path] {
            QString lastError;
            for (;;) {
                QByteArray bytes;
                {
                    const QMutexLocker lock(&writer->mutex);
                    if (!writer->pending) {
                        writer->writing = false;
                        writer->idle.wakeAll();
                        return lastError;
                    }
                    bytes = std::move(*writer->pending);
                    writer->pending.reset();
                }
                lastError = write(path, bytes);
            }
        },
        [failed = std::move(failed)](const QString &error) {
            if (!error.isEmpty())
                failed(error);
        });
}

void UploadStore::waitForSaved() const
{
    QMutexLocker lock(&m_writer->mutex);
    while (m_writer->writing)
        m_writer->idle.wait(&m_writer->mutex);
}

} // namespace onair
