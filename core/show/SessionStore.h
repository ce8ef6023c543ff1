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
    QString channelId; // the channel signed in when it was saved (empty in older files)
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

// A session file, written atomically on every change. One per account
// (AppDataLocation/sessions/<account>.json, the sandbox's apart), so that a rehearsal never
// picks up a real show. A damaged file is set aside as <file>.broken-<time>, never
// overwritten blindly. With no path, nothing is read or written.
class SessionStore
{
public:
    explicit SessionStore(const QString &path = defaultPath());

    // The single file of earlier versions (AppDataLocation/session.json).
    static QString defaultPath();
    // AppDataLocation/sessions/<key>.json (`dir` instead of AppDataLocation/sessions when
    // given); the key is percent-encoded into a safe file name.
    static QString pathForAccount(const QString &accountKey, const QString &dir = QString());
    const QString &path() const { return m_path; }
    void setPath(const QString &path) { m_path = path; }
    // Moves the single file of earlier versions to this store's path when it belongs to
    // `accountKey` and this store has no file yet; true when it did.
    bool adoptLegacyFile(const QString &legacyPath, const QString &accountKey) const;

    // nullopt when there is nothing to reattach to; `error` says why a file was unusable.
    std::optional<SavedSession> load(QString *error = nullptr) const;
    bool save(const SavedSession &session, QString *error = nullptr) const;
    bool clear(QString *error = nullptr) const;

private:
    QString m_path;
};

} // namespace onair
