#include "kernel/ResumableUpload.h"

#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryFile>

namespace onair::sandbox {

namespace {

QString newUploadId()
{
    QByteArray bytes(33, Qt::Uninitialized);
    QRandomGenerator::global()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QByteArray ResumableUpload::Session::readAll() const
{
    file->seek(0);
    return file->readAll();
}

ResumableUpload::ResumableUpload(qint64 lifetimeSeconds)
    : m_lifetimeSeconds(lifetimeSeconds)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

ResumableUpload::~ResumableUpload() = default;

QString ResumableUpload::start(const QString &owner, const QString &target, qint64 declaredTotal)
{
    dropExpired();
    Session session;
    session.id = newUploadId();
    session.owner = owner;
    session.target = target;
    session.total = declaredTotal;
    session.expiresAt = m_now().addSecs(m_lifetimeSeconds);
    session.file = std::make_shared<QTemporaryFile>(
        QDir::temp().filePath(QStringLiteral("onair-sandbox-upload-XXXXXX")));
    session.hash = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha256);
    if (!session.file->open())
        return {};
    m_sessions.insert(session.id, session);
    return session.id;
}

ResumableUpload::Step ResumableUpload::put(const QString &id, const QString &owner,
                                           const QByteArray &contentRange, const QByteArray &body,
                                           const Finish &finish)
{
    const Opening opening = open(id, owner, contentRange, body.size(), finish);
    if (!opening.accepting)
        return opening.step;
    append(id, body.constData(), body.size());
    return close(id, finish);
}

ResumableUpload::Opening ResumableUpload::open(const QString &id, const QString &owner,
                                               const QByteArray &contentRange, qint64 bodyLength,
                                               const Finish &finish)
{
    dropExpired();
    const auto session = m_sessions.find(id);
    if (session == m_sessions.end() || session->owner != owner)
        return {{Outcome::UnknownSession, {}}};
    if (session->result)
        return {{Outcome::Complete, *session->result}};
    if (session->writing) // another PUT is bringing bytes: this one keeps nothing
        return {{Outcome::Incomplete, incomplete(*session)}};
    static const QRegularExpression pattern(
        QStringLiteral("^bytes (\\*|([0-9]+)-([0-9]+))/(\\*|[0-9]+)$"));
    const QByteArray range = contentRange.trimmed();
    const QRegularExpressionMatch m = pattern.match(QString::fromLatin1(range));
    if (!range.isEmpty() && !m.hasMatch())
        return {{Outcome::BadContentRange, {}}};
    const bool query = m.hasMatch() && m.captured(1) == QLatin1String("*");
    const qint64 total =
        m.hasMatch() && m.captured(4) != QLatin1String("*") ? m.captured(4).toLongLong() : -1;
    if (total >= 0 && session->total >= 0 && total != session->total)
        return {{Outcome::BadContentRange, {}}}; // another file's size
    if (m.hasMatch() && !query) {
        const qint64 first = m.captured(2).toLongLong();
        const qint64 last = m.captured(3).toLongLong();
        if (last < first || (total >= 0 && last >= total) ||
            (bodyLength >= 0 && last - first + 1 != bodyLength))
            return {{Outcome::BadContentRange, {}}};
    }
    if (total >= 0)
        session->total = total;
    if (query) {
        if (session->total >= 0 && session->received >= session->total)
            return {complete(*session, finish)};
        return {{Outcome::Incomplete, incomplete(*session)}}; // a status query
    }
    const qint64 first = m.hasMatch() ? m.captured(2).toLongLong() : 0;
    if (first != session->received)
        return {{Outcome::Incomplete, incomplete(*session)}}; // a gap or an overlap
    session->writing = true;
    session->wholeFile = !m.hasMatch();
    session->diskFailed = false;
    return {{Outcome::Incomplete, {}}, true};
}

void ResumableUpload::append(const QString &id, const char *data, qint64 size)
{
    const auto session = m_sessions.find(id);
    if (session == m_sessions.end() || !session->writing || session->diskFailed || size <= 0)
        return;
    if (session->file->write(data, size) != size) {
        // The disk refused: what was stored before stays, nothing more of this PUT is kept.
        session->file->resize(session->received);
        session->file->seek(session->received);
        session->diskFailed = true;
        return;
    }
    session->hash->addData(QByteArrayView(data, size));
    session->received += size;
}

ResumableUpload::Step ResumableUpload::close(const QString &id, const Finish &finish)
{
    const auto session = m_sessions.find(id);
    if (session == m_sessions.end()) // expired while the bytes came
        return {Outcome::UnknownSession, {}};
    session->writing = false;
    if (session->wholeFile && session->total < 0 && !session->diskFailed)
        session->total = session->received; // one PUT with the whole file
    if (session->total >= 0 && session->received >= session->total)
        return complete(*session, finish);
    return {Outcome::Incomplete, incomplete(*session)};
}

void ResumableUpload::abandon(const QString &id)
{
    const auto session = m_sessions.find(id);
    if (session != m_sessions.end())
        session->writing = false;
}

ResumableUpload::Step ResumableUpload::complete(Session &session, const Finish &finish)
{
    session.file->flush();
    session.result = finish(session);
    session.file.reset(); // the bytes are the service's now; only the answer is kept
    return {Outcome::Complete, *session.result};
}

void ResumableUpload::expire(const QString &id)
{
    if (id.isEmpty())
        m_sessions.clear();
    else
        m_sessions.remove(id);
}

QList<ResumableUpload::Session> ResumableUpload::sessions()
{
    dropExpired();
    return m_sessions.values();
}

HttpReply ResumableUpload::incomplete(const Session &session) const
{
    // 308 "Resume Incomplete": Range says what is stored (none: nothing yet).
    HttpReply reply;
    reply.status = 308;
    if (session.received > 0)
        reply.headers.append(
            {QByteArrayLiteral("Range"), "bytes=0-" + QByteArray::number(session.received - 1)});
    return reply;
}

void ResumableUpload::dropExpired()
{
    const QDateTime now = m_now();
    for (auto it = m_sessions.begin(); it != m_sessions.end();)
        it = it->expiresAt <= now ? m_sessions.erase(it) : std::next(it);
}

} // namespace onair::sandbox
