#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace onair {

// What OnAir needs to reattach to a show after a crash or a restart: the account, the
// broadcast and stream ids, when the monitor stream started, and the logs. The API stays the
// source of truth for everything else; this only says *which* broadcast to read again.
struct SavedSession
{
    static constexpr int kSchemaVersion = 1;

    QString accountId;
    QString broadcastId;
    QString streamId;
    QDateTime monitorStart; // start of testing, or of live when there was no testing
    QJsonArray eventLog;
    QJsonArray cuepointLog;
    QJsonObject extra; // room for later panels without a schema change

    bool isEmpty() const { return broadcastId.isEmpty(); }
    QJsonObject toJson() const;
    // nullopt plus `error` for a file that is not a session of a known schema.
    static std::optional<SavedSession> fromJson(const QJsonObject &json, QString *error);
};

// The session file (AppDataLocation/session.json), written atomically on every change. A
// damaged file is set aside as session.json.broken-<time>, never overwritten blindly.
class SessionStore
{
public:
    explicit SessionStore(const QString &path = defaultPath());

    static QString defaultPath();
    const QString &path() const { return m_path; }

    // nullopt when there is nothing to reattach to; `error` says why a file was unusable.
    std::optional<SavedSession> load(QString *error = nullptr) const;
    bool save(const SavedSession &session, QString *error = nullptr) const;
    bool clear(QString *error = nullptr) const;

private:
    QString m_path;
};

} // namespace onair
