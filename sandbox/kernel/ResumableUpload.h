#pragma once

#include "kernel/HttpReply.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>

class QTemporaryFile;

namespace onair::sandbox {

// Google's resumable upload protocol, shared by every upload (thumbnails today; videos.insert
// and Content ID references later). A session starts (the service answers with its URI), then
// PUTs bring the bytes:
// - `Content-Range: bytes A-B/TOTAL` (or `/*`), or no Content-Range: the whole file;
// - until complete: 308 with `Range: bytes=0-LAST` (no Range while nothing is stored);
// - `Content-Range: bytes */TOTAL` asks for the status (308 with the range);
// - a chunk that does not start right after what is stored (a gap or an overlap) stores nothing
//   and answers 308 with the current range;
// - the last byte: the service's final answer, repeated for any later query of the session;
// - an unknown or expired session: the service answers 404.
// The bytes go to a temporary file as they come, counted and hashed (SHA-256), never held in
// memory as a whole.
class ResumableUpload
{
public:
    struct Session
    {
        QString id;
        QString owner;     // who may PUT (a channel id)
        QString target;    // what it is for (a video id)
        qint64 total = -1; // -1: not known yet
        qint64 received = 0;
        QDateTime expiresAt;
        std::shared_ptr<QTemporaryFile> file; // removed once the upload is complete
        std::shared_ptr<QCryptographicHash> hash;
        std::optional<HttpReply> result; // once complete

        QByteArray sha256() const { return hash->result(); }
        // The stored bytes (the caller has bounded the size).
        QByteArray readAll() const;
    };

    enum class Outcome
    {
        UnknownSession,  // unknown, expired, or another owner's: the service's 404
        BadContentRange, // an unparsable Content-Range: the service's 400
        Incomplete,      // `reply` is the 308
        Complete         // `reply` is the final answer (new or repeated)
    };
    struct Step
    {
        Outcome outcome;
        HttpReply reply;
    };
    using Finish = std::function<HttpReply(const Session &session)>;

    // Sessions expire `lifetimeSeconds` after they start (Google: a week).
    explicit ResumableUpload(qint64 lifetimeSeconds = 7 * 24 * 3600);
    ~ResumableUpload();

    // A new session; `declaredTotal` is X-Upload-Content-Length (-1: not given).
    QString start(const QString &owner, const QString &target, qint64 declaredTotal);
    // A PUT to session `id` by `owner`; `finish` makes the final answer once the last byte is in.
    Step put(const QString &id, const QString &owner, const QByteArray &contentRange,
             const QByteArray &body, const Finish &finish);
    void clear() { m_sessions.clear(); }
    int sessionCount() const { return int(m_sessions.size()); }

    // For tests: the clock expiry is measured against.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

private:
    HttpReply incomplete(const Session &session) const;
    void dropExpired();

    qint64 m_lifetimeSeconds;
    std::function<QDateTime()> m_now;
    QHash<QString, Session> m_sessions;
};

} // namespace onair::sandbox
