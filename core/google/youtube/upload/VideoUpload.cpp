#include "google/youtube/upload/VideoUpload.h"

#include "google/ErrorMessages.h"
#include "google/ResourceCalls.h"
#include "google/youtube/YouTubeClient.h"
#include "google/youtube/model/Video.h"
#include "google/youtube/upload/UploadMetadata.h"
#include "net/FileSliceBody.h"
#include "net/RequestPipeline.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcUpload, "onair.upload")

namespace onair {

namespace {

const QByteArray kContentType = QByteArrayLiteral("video/*");

} // namespace

RetryPolicy VideoUpload::defaultRetryPolicy()
{
    RetryPolicy::Limits l;
    l.maxAttempts = 11; // the first try and the seed's 10 retries
    l.baseDelayMs = 2000;
    l.maxDelayMs = 300000;
    l.rateLimitMaxAttempts = 11;
    l.rateLimitBaseDelayMs = 5000;
    l.rateLimitMaxDelayMs = 300000;
    l.totalBudgetMs = 3 * 3600 * 1000;
    return RetryPolicy(l);
}

VideoUpload::VideoUpload(YouTubeClient *client, UploadRecord record, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_record(std::move(record))
    , m_retry(defaultRetryPolicy())
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &VideoUpload::resume);
}

VideoUpload::~VideoUpload() = default;

void VideoUpload::setChunkBytes(qint64 bytes)
{
    m_chunkBytes = std::max<qint64>(1, bytes / kChunkQuantum) * kChunkQuantum;
}

std::optional<qint64> VideoUpload::storedBytes(const QByteArray &rangeHeader)
{
    if (rangeHeader.isEmpty())
        return 0;
    static const QRegularExpression re(QStringLiteral("^bytes=0-(\\d{1,18})$"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(rangeHeader.trimmed()));
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toLongLong() + 1;
}

void VideoUpload::start()
{
    if (m_running || m_record.isFinished())
        return;
    if (m_record.file.size <= 0)
        return fail(tr("%1 is empty: there is nothing to upload.").arg(m_record.file.path));
    m_running = true;
    m_failures = 0;
    m_failureReason.clear();
    // The file is checked on the thread pool (its first and last MiB are hashed); pause() and
    // cancel() in the meantime drop the answer with the attempt.
    FileIdentity::read(m_record.file.path, newAttempt(),
                       [this](const std::optional<FileIdentity> &now, const QString &error) {
                           const QString changed = now ? m_record.file.whyChanged(*now) : error;
                           if (!changed.isEmpty()) {
                               qCInfo(lcUpload) << "not resumed:" << kFileChanged;
                               return fail(changed, kFileChanged);
                           }
                           begin();
                       });
}

void VideoUpload::begin()
{
    if (!m_record.sessionUri.isEmpty()) {
        const QString refused = YouTubeClient::whyRootRefused(QUrl(m_record.sessionUri));
        if (!refused.isEmpty()) {
            Q_EMIT logged(tr("The saved upload session is unusable (%1); starting a new one "
                             "from byte 0.")
                              .arg(refused));
            m_record.sessionUri.clear();
            m_record.offset = 0;
        }
    }
    m_record.state = UploadRecord::State::Uploading;
    m_record.lastError.clear();
    Q_EMIT recordChanged();
    if (!m_record.sessionUri.isEmpty())
        Q_EMIT logged(tr("Asking YouTube how much of %1 it already has…")
                          .arg(QFileInfo(m_record.file.path).fileName()));
    resume();
}

void VideoUpload::startOver()
{
    if (m_running)
        return;
    QString error;
    if (const std::optional<FileIdentity> now = FileIdentity::of(m_record.file.path, &error))
        m_record.file = *now;
    m_record.sessionUri.clear();
    m_record.offset = 0;
    m_record.resultId.clear();
    m_record.lastError.clear();
    m_record.state = UploadRecord::State::Queued;
    Q_EMIT recordChanged();
}

void VideoUpload::pause()
{
    if (!m_running)
        return;
    stopAttempt();
    m_running = false;
    m_record.state = UploadRecord::State::Paused;
    Q_EMIT recordChanged();
    Q_EMIT logged(tr("Upload paused at %1 of %2 bytes; YouTube keeps what it has.")
                      .arg(m_record.offset)
                      .arg(m_record.file.size));
}

void VideoUpload::cancel()
{
    stopAttempt();
    m_running = false;
    const QString session = m_record.sessionUri;
    m_record.sessionUri.clear();
    m_record.state = UploadRecord::State::Cancelled;
    Q_EMIT recordChanged();
    if (!session.isEmpty() && YouTubeClient::whyRootRefused(QUrl(session)).isEmpty()) {
        // Ends the session on the server; whatever it answers, nothing more is sent.
        NetRequest r;
        r.method = kMediaMethod;
        r.verb = "DELETE";
        r.url = QUrl(session);
        r.timeoutMs = m_client->writeTimeoutMs();
        m_client->pipeline()->send(r, this, [](Result<NetReply> res, NetCallInfo) {
            qCInfo(lcUpload) << "session ended:"
                             << (res ? QString::number(res.value().httpStatus)
                                     : res.error().summary());
        });
    }
    Q_EMIT logged(tr("Upload of %1 cancelled.").arg(QFileInfo(m_record.file.path).fileName()));
    Q_EMIT finished();
}

QObject *VideoUpload::newAttempt()
{
    stopAttempt();
    m_attempt = new QObject(this);
    return m_attempt;
}

qint64 VideoUpload::bytesSent() const
{
    return m_bytesSent + (m_body ? m_body->bytesRead() : 0);
}

void VideoUpload::countChunk()
{
    if (m_body)
        m_bytesSent += m_body->bytesRead();
    m_body = nullptr;
}

void VideoUpload::stopAttempt()
{
    m_wait.stop();
    countChunk();
    // Deleting the attempt's context aborts its request (abortWithContext).
    delete m_attempt;
}

void VideoUpload::resume()
{
    if (!m_running)
        return; // paused or cancelled by a signal's receiver
    if (m_record.sessionUri.isEmpty())
        openSession();
    else
        askServer();
}

void VideoUpload::openSession()
{
    if (!m_running)
        return; // paused or cancelled by a signal's receiver
    const UploadMetadata metadata = UploadMetadata::fromJson(m_record.metadata);
    NetRequest r;
    r.method = kStartMethod;
    r.verb = "POST";
    r.url = m_client->rootUrl().resolved(QUrl(QStringLiteral("upload/youtube/v3/videos")));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("uploadType"), QStringLiteral("resumable"));
    q.addQueryItem(QStringLiteral("part"), metadata.parts());
    if (!metadata.notifySubscribers)
        q.addQueryItem(QStringLiteral("notifySubscribers"), QStringLiteral("false"));
    r.url.setQuery(q);
    r.body = QJsonDocument(metadata.toVideoJson()).toJson(QJsonDocument::Compact);
    r.contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    r.headers = {
        {QByteArrayLiteral("X-Upload-Content-Length"), QByteArray::number(m_record.file.size)},
        {QByteArrayLiteral("X-Upload-Content-Type"), kContentType},
        // The file's name, for the video's fileDetails.fileName.
        {QByteArrayLiteral("Slug"),
         QUrl::toPercentEncoding(QFileInfo(m_record.file.path).fileName(), " ()")}};
    r.timeoutMs = m_client->writeTimeoutMs();
    // A lost answer leaves at most an unused session behind (no video exists before the last
    // byte), so the pipeline may send it again.
    r.replay = RetryPolicy::Replay::Safe;
    r.abortWithContext = true;
    m_client->pipeline()->send(r, newAttempt(), [this](Result<NetReply> res, NetCallInfo) {
        if (res)
            onAnswer(Step::Open, res.value());
        else
            onFailure(Step::Open, res.error());
    });
}

void VideoUpload::sendChunk()
{
    if (!m_running)
        return; // paused or cancelled by a signal's receiver
    // A file changed under a running upload is caught before the next chunk (its size and
    // time, no read); the hash is checked at each start.
    const QFileInfo info(m_record.file.path);
    FileIdentity now = m_record.file;
    now.size = info.size();
    now.modified = info.lastModified().toUTC();
    if (!info.isFile())
        return fail(tr("%1 cannot be read any more.").arg(m_record.file.path), kFileChanged);
    if (const QString why = m_record.file.whyChanged(now); !why.isEmpty())
        return fail(why, kFileChanged);
    const qint64 total = m_record.file.size;
    const qint64 from = m_record.offset;
    const qint64 length = std::min(m_chunkBytes, total - from);
    NetRequest r;
    r.method = kMediaMethod;
    r.verb = "PUT";
    r.url = QUrl(m_record.sessionUri);
    const QString path = m_record.file.path;
    r.bodySource = [this, path, from, length] {
        countChunk(); // a replay after a refused token: the first try's bytes count too
        m_body = new FileSliceBody(path, from, length);
        return m_body.data();
    };
    r.bodySize = length;
    r.contentType = kContentType;
    r.headers = {{QByteArrayLiteral("Content-Range"),
                  QByteArrayLiteral("bytes ") + QByteArray::number(from) + '-' +
                      QByteArray::number(from + length - 1) + '/' + QByteArray::number(total)}};
    r.answerStatuses = {308};
    // After a failure the server is asked what it has; the pipeline never resends a chunk.
    r.replay = RetryPolicy::Replay::Never;
    r.timeoutMs = kIdleTimeoutMs;
    r.timeoutWhenIdle = true;
    r.abortWithContext = true;
    QObject *attempt = newAttempt();
    r.progress = [this, guard = QPointer<QObject>(attempt), from, total](qint64 sent, qint64) {
        if (guard)
            Q_EMIT progressed(from + sent, total);
    };
    m_client->pipeline()->send(r, attempt, [this](Result<NetReply> res, NetCallInfo) {
        countChunk();
        if (res)
            onAnswer(Step::Send, res.value());
        else
            onFailure(Step::Send, res.error());
    });
}

void VideoUpload::askServer()
{
    if (!m_running)
        return; // paused or cancelled by a signal's receiver
    NetRequest r;
    r.method = kMediaMethod;
    r.verb = "PUT";
    r.url = QUrl(m_record.sessionUri);
    r.headers = {{QByteArrayLiteral("Content-Range"),
                  QByteArrayLiteral("bytes */") + QByteArray::number(m_record.file.size)}};
    r.answerStatuses = {308};
    r.replay = RetryPolicy::Replay::Never;
    r.timeoutMs = m_client->writeTimeoutMs();
    r.abortWithContext = true;
    m_client->pipeline()->send(r, newAttempt(), [this](Result<NetReply> res, NetCallInfo) {
        if (res)
            onAnswer(Step::Ask, res.value());
        else
            onFailure(Step::Ask, res.error());
    });
}

void VideoUpload::onAnswer(Step step, const NetReply &reply)
{
    if (step == Step::Open) {
        const QUrl session(QString::fromUtf8(reply.header(QByteArrayLiteral("Location"))),
                           QUrl::StrictMode);
        const QString refused = YouTubeClient::whyRootRefused(session);
        if (!session.isValid() || session.isRelative() || !refused.isEmpty()) {
            m_running = false;
            return fail(tr("YouTube opened the upload without a usable session address (%1). "
                           "Try again later.")
                            .arg(refused.isEmpty() ? tr("no Location") : refused));
        }
        m_record.sessionUri = session.toString();
        m_record.offset = 0;
        Q_EMIT recordChanged();
        Q_EMIT logged(tr("Upload session opened for %1 (%2 bytes).")
                          .arg(QFileInfo(m_record.file.path).fileName())
                          .arg(m_record.file.size));
        return sendChunk();
    }
    if (reply.httpStatus == 200 || reply.httpStatus == 201)
        return complete(reply.body);
    // 308 Resume Incomplete: the Range says what is stored.
    const std::optional<qint64> stored = storedBytes(reply.header(QByteArrayLiteral("Range")));
    if (!stored || *stored > m_record.file.size) {
        m_running = false;
        return fail(tr("YouTube answered the upload with an unreadable range (%1). Try again "
                       "later.")
                        .arg(QString::fromLatin1(reply.header(QByteArrayLiteral("Range")))));
    }
    if (step == Step::Ask && *stored != m_record.offset)
        Q_EMIT logged(tr("YouTube has %1 of %2 bytes; going on from there.")
                          .arg(*stored)
                          .arg(m_record.file.size));
    confirm(*stored);
    if (*stored >= m_record.file.size)
        return askServer(); // everything is there: the final answer comes with the query
    sendChunk();
}

void VideoUpload::confirm(qint64 offset)
{
    if (offset > m_record.offset)
        m_failures = 0; // progress: the retries count again from zero
    m_record.offset = offset;
    Q_EMIT recordChanged();
    Q_EMIT progressed(offset, m_record.file.size);
}

void VideoUpload::onFailure(Step step, const ApiError &error)
{
    if (step != Step::Open && error.kind == ApiError::Kind::Http && error.httpStatus == 404) {
        Q_EMIT logged(tr("The upload session of %1 expired on YouTube's side; starting a new "
                         "session from byte 0.")
                          .arg(QFileInfo(m_record.file.path).fileName()));
        qCInfo(lcUpload) << "session expired (404); new session from byte 0";
        m_record.sessionUri.clear();
        m_record.offset = 0;
        Q_EMIT recordChanged();
        Q_EMIT progressed(0, m_record.file.size);
        return openSession();
    }
    if (m_failures == 0)
        m_failingSince.start();
    ++m_failures;
    RetryPolicy::Attempt a;
    a.error = error;
    a.replay = RetryPolicy::Replay::Safe; // the server's offset decides what is sent again
    a.requestSent = true;
    a.attemptsMade = m_failures;
    a.elapsedMs = m_failingSince.elapsed();
    a.refreshedAlready = true; // the pipeline already refreshed once on a 401
    a.retryAfterMs = error.retryAfterMs;
    const RetryPolicy::Decision d = m_retry.decide(a, QRandomGenerator::global()->generateDouble());
    if (d.action != RetryPolicy::Action::Retry) {
        m_running = false;
        qCInfo(lcUpload) << "upload failed:" << error.summary();
        const QString sentence = error.reason.isEmpty() && error.kind != ApiError::Kind::Http
                                     ? tr("The upload stopped: %1. Start it again to resume "
                                          "where YouTube stopped.")
                                           .arg(error.message)
                                     : ErrorMessages::describe(error);
        const QString reason = !error.reason.isEmpty() ? error.reason
                               : error.kind == ApiError::Kind::Http
                                   ? QStringLiteral("http%1").arg(error.httpStatus)
                                   : QStringLiteral("transport");
        return fail(sentence, reason);
    }
    qCInfo(lcUpload) << "upload interrupted:" << error.summary() << "; retry" << m_failures << "in"
                     << d.delayMs << "ms";
    Q_EMIT logged(tr("Upload interrupted (%1); asking YouTube what it has in %2 s.")
                      .arg(error.summary())
                      .arg((d.delayMs + 999) / 1000));
    stopAttempt();
    m_wait.start(d.delayMs);
}

void VideoUpload::complete(const QByteArray &body)
{
    m_running = false;
    stopAttempt();
    Result<Video> video = ResourceCalls::parseItem<Video>(body, kStartMethod);
    if (!video || video.value().id.isEmpty())
        return fail(tr("YouTube finished the upload but its answer could not be read: %1")
                        .arg(video ? tr("no video id") : video.error().message));
    m_record.resultId = video.value().id;
    m_record.offset = m_record.file.size;
    m_record.sessionUri.clear();
    m_record.state = UploadRecord::State::Done;
    Q_EMIT recordChanged();
    Q_EMIT progressed(m_record.file.size, m_record.file.size);
    Q_EMIT logged(tr("Uploaded %1: video %2.")
                      .arg(QFileInfo(m_record.file.path).fileName(), m_record.resultId));
    Q_EMIT finished();
}

void VideoUpload::fail(const QString &sentence, const QString &reason)
{
    stopAttempt();
    m_running = false;
    m_failureReason = reason;
    m_record.state = UploadRecord::State::Failed;
    m_record.lastError = sentence;
    Q_EMIT recordChanged();
    Q_EMIT logged(sentence);
    Q_EMIT finished();
}

} // namespace onair
