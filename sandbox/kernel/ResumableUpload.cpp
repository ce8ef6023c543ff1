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
    dropExpired();
    const auto session = m_sessions.find(id);
    if (session == m_sessions.end() || session->owner != owner)
        return {Outcome::UnknownSession, {}};
    if (session->result)
        return {Outcome::Complete, *session->result};
    static const QRegularExpression pattern(
        QStringLiteral("^bytes (\\*|([0-9]+)-([0-9]+))/(\\*|[0-9]+)$"));
    const QRegularExpressionMatch m = pattern.match(QString::fromLatin1(contentRange.trimmed()));
    if (!contentRange.trimmed().isEmpty() && !m.hasMatch())
        return {Outcome::BadContentRange, {}};
    const auto complete = [&] {
        session->file->flush();
        session->result = finish(*session);
        session->file.reset(); // the bytes are the service's now; only the answer is kept
        return Step{Outcome::Complete, *session->result};
    };
    if (m.hasMatch() && m.captured(4) != QLatin1String("*"))
        session->total = m.captured(4).toLongLong();
    if (m.hasMatch() && m.captured(1) == QLatin1String("*")) {
        if (session->total >= 0 && session->received >= session->total)
            return complete();
        return {Outcome::Incomplete, incomplete(*session)}; // a status query
    }
    const qint64 first = m.hasMatch() ? m.captured(2).toLongLong() : 0;
    if (first != session->received)
        return {Outcome::Incomplete, incomplete(*session)}; // a gap or an overlap: nothing kept
    if (session->file->write(body) != body.size()) {
        // The disk refused: nothing of this request is kept.
        session->file->resize(session->received);
        session->file->seek(session->received);
        return {Outcome::Incomplete, incomplete(*session)};
    }
    session->hash->addData(body);
    session->received += body.size();
    if (session->total < 0 && !m.hasMatch())
        session->total = session->received; // one PUT with the whole file
    if (session->total >= 0 && session->received >= session->total)
        return complete();
    return {Outcome::Incomplete, incomplete(*session)};
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
