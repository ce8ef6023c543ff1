#include "show/SessionStore.h"

#include "persistence/KeyedFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QStandardPaths>

namespace onair {

QJsonObject SavedSession::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("schemaVersion"), kSchemaVersion);
    o.insert(QLatin1String("accountId"), accountId);
    if (!channelId.isEmpty())
        o.insert(QLatin1String("channelId"), channelId);
    o.insert(QLatin1String("broadcastId"), broadcastId);
    o.insert(QLatin1String("streamId"), streamId);
    if (monitorStart.isValid())
        o.insert(QLatin1String("monitorStart"), monitorStart.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QLatin1String("eventLog"), eventLog);
    o.insert(QLatin1String("cuepointLog"), cuepointLog);
    o.insert(QLatin1String("extra"), extra);
    return o;
}

std::optional<SavedSession> SavedSession::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QJsonValue version = json.value(QLatin1String("schemaVersion"));
    if (!version.isDouble())
        return fail(QStringLiteral("schemaVersion: missing or not a number"));
    if (version.toInt() != kSchemaVersion)
        return fail(QStringLiteral("schemaVersion %1 is not one this OnAir knows (%2)")
                        .arg(version.toInt())
                        .arg(kSchemaVersion));
    SavedSession s;
    for (const auto &[key, target] :
         {std::pair{"accountId", &s.accountId}, std::pair{"channelId", &s.channelId},
          std::pair{"broadcastId", &s.broadcastId}, std::pair{"streamId", &s.streamId}}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString())
            return fail(QStringLiteral("%1: expected a string").arg(QLatin1String(key)));
        *target = v.toString();
    }
    const QJsonValue start = json.value(QLatin1String("monitorStart"));
    if (start.isString()) {
        s.monitorStart = QDateTime::fromString(start.toString(), Qt::ISODateWithMs).toUTC();
        if (!s.monitorStart.isValid())
            return fail(QStringLiteral("monitorStart: not a date-time"));
    }
    s.eventLog = json.value(QLatin1String("eventLog")).toArray();
    s.cuepointLog = json.value(QLatin1String("cuepointLog")).toArray();
    s.extra = json.value(QLatin1String("extra")).toObject();
    return s;
}

SessionStore::SessionStore(const QString &path)
    : m_path(path)
{}

QString SessionStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/session.json");
}

QString SessionStore::pathForAccount(const QString &accountKey, const QString &dir)
{
    return KeyedFile::path(QStringLiteral("sessions"), accountKey, dir);
}

bool SessionStore::adoptLegacyFile(const QString &legacyPath, const QString &accountKey) const
{
    if (m_path.isEmpty() || QFile::exists(m_path) || !QFile::exists(legacyPath))
        return false;
    const std::optional<SavedSession> legacy = SessionStore(legacyPath).load();
    if (!legacy || legacy->accountId != accountKey)
        return false;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return QFile::rename(legacyPath, m_path);
}

std::optional<SavedSession> SessionStore::load(QString *error) const
{
    if (m_path.isEmpty())
        return std::nullopt;
    QFile f(m_path);
    if (!f.exists())
        return std::nullopt;
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_path, f.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    f.close();
    QString why;
    std::optional<SavedSession> session;
    if (parseError.error != QJsonParseError::NoError)
        why = QStringLiteral("malformed JSON (%1)").arg(parseError.errorString());
    else if (!doc.isObject())
        why = QStringLiteral("not a JSON object");
    else
        session = SavedSession::fromJson(doc.object(), &why);
    if (!session) {
        // Keep the damaged file for inspection; a fresh session starts beside it.
        const QString aside =
            m_path + QStringLiteral(".broken-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
        QFile::rename(m_path, aside);
        if (error)
            *error = QStringLiteral("%1: %2 (kept as %3)").arg(m_path, why, aside);
    }
    return session;
}

bool SessionStore::save(const SavedSession &session, QString *error) const
{
    if (m_path.isEmpty()) {
        if (error)
            *error = QStringLiteral("no session file for this account");
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    f.write(QJsonDocument(session.toJson()).toJson(QJsonDocument::Compact));
    if (!f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

bool SessionStore::clear(QString *error) const
{
    if (!QFile::exists(m_path) || QFile::remove(m_path))
        return true;
    if (error)
        *error = QStringLiteral("cannot remove %1").arg(m_path);
    return false;
}

} // namespace onair
