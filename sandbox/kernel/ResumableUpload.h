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
// memory as a whole: a PUT whose body arrives in pieces goes through open() → append() … →
// close() (or abandon() when its connection ends first: the bytes that arrived stay, as
// Google keeps them). A Content-Range must agree with the body's length and the total.
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
        bool writing = false;            // a PUT is bringing bytes
        bool wholeFile = false; // that PUT has no Content-Range: the total is what it brings
        bool diskFailed = false;

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

    // The same PUT for a body that arrives in pieces (`bodyLength` -1: unknown). When
    // `accepting`, the body goes to append() and close() answers; otherwise `step` is the
    // answer and nothing of the body is kept (a status query, a gap or an overlap, a session
    // that another PUT is writing to, an error).
    struct Opening
    {
        Step step;
        bool accepting = false;
    };
    Opening open(const QString &id, const QString &owner, const QByteArray &contentRange,
                 qint64 bodyLength, const Finish &finish);
    void append(const QString &id, const char *data, qint64 size);
    Step close(const QString &id, const Finish &finish);
    // The PUT's connection ended before its body did: what arrived is kept.
    void abandon(const QString &id);
    void clear() { m_sessions.clear(); }
    int sessionCount() const { return int(m_sessions.size()); }
    // The sessions that have not expired.
    QList<Session> sessions();
    // Session `id` (every session when empty) expires now: its URI answers 404 from now on.
    void expire(const QString &id);
    // For sessions started from now on.
    void setLifetimeSeconds(qint64 seconds) { m_lifetimeSeconds = seconds; }
    qint64 lifetimeSeconds() const { return m_lifetimeSeconds; }

    // For tests: the clock expiry is measured against.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

private:
    HttpReply incomplete(const Session &session) const;
    Step complete(Session &session, const Finish &finish);
    void dropExpired();

    qint64 m_lifetimeSeconds;
    std::function<QDateTime()> m_now;
    QHash<QString, Session> m_sessions;
};

} // namespace onair::sandbox
