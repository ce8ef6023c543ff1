#include "net/RequestPipeline.h"

#include "net/ApiLogging.h"
#include "net/OneShotBody.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <algorithm>

namespace onair {

struct RequestPipeline::Job
{
    NetRequest request;
    QPointer<QObject> context;
    Done done;
    int attemptsMade = 0;
    QElapsedTimer clock;
    bool refreshedAlready = false;
    bool earlierUnknown = false;
};

RequestPipeline::RequestPipeline(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{}

RequestPipeline::~RequestPipeline() = default;

QNetworkAccessManager *RequestPipeline::networkAccessManager()
{
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    return m_nam;
}

void RequestPipeline::setNetworkAccessManager(QNetworkAccessManager *nam)
{
    // A manager made here stays alive (it is a child): replies in flight finish on it.
    if (nam)
        m_nam = nam;
}

void RequestPipeline::send(NetRequest request, QObject *context, Done done)
{
    auto job = std::make_shared<Job>();
    job->request = std::move(request);
    job->context = context;
    job->done = std::move(done);
    job->clock.start();
    attempt(job);
}

void RequestPipeline::finishLater(const std::shared_ptr<Job> &job, const ApiError &error,
                                  NetCallInfo info)
{
    // Failures before anything is sent still reach the caller later, from the event loop,
    // never from inside the call that started the request.
    QTimer::singleShot(0, this, [job, error, info] {
        if (job->context)
            job->done(error, info);
    });
}

void RequestPipeline::attempt(const std::shared_ptr<Job> &job)
{
    if (!job->context)
        return;
    ++job->attemptsMade;
    const auto sendNow = [this, job](const QString &token) {
        const QString why = whyNotSendNow(*job);
        if (!why.isEmpty()) {
            ApiError e = ApiError::transport(why);
            e.reason = job->request.notSentReason;
            return finishLater(job, e, {false, job->earlierUnknown});
        }
        transmit(job, token);
    };
    if (!m_hooks.bearerToken)
        return sendNow(QString());
    m_hooks.bearerToken(this, [this, job, sendNow](Result<QString> token) {
        if (!job->context)
            return;
        if (token)
            return sendNow(token.value());
        const ApiError &e = token.error();
        if (e.kind != ApiError::Kind::SignedOut &&
            (e.kind == ApiError::Kind::Transport || e.kind == ApiError::Kind::Timeout ||
             e.httpStatus >= 500)) {
            // The token could not be had: nothing went to the server, try again later.
            return fail(job,
                        ApiError::transport(QStringLiteral("token refresh failed: ") + e.summary()),
                        false, -1, QString());
        }
        finishLater(job, e, {job->earlierUnknown, job->earlierUnknown});
    });
}

void RequestPipeline::transmit(const std::shared_ptr<Job> &job, const QString &token)
{
    const NetRequest &rq = job->request;
    QNetworkRequest req(rq.url);
    if (!token.isEmpty())
        req.setRawHeader(QByteArrayLiteral("Authorization"),
                         QByteArrayLiteral("Bearer ") + token.toUtf8());
    for (const auto &[name, value] : rq.headers)
        req.setRawHeader(name, value);
    // A call never legitimately redirects; following one could repeat a write.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    if (!rq.contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, rq.contentType);

    QNetworkAccessManager *nam = networkAccessManager();
    QNetworkReply *reply = nullptr;
    if (rq.bodySource) {
        // Streamed as it is read, never buffered whole: a one-shot device and no buffering.
        QIODevice *body = rq.bodySource();
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        req.setHeader(QNetworkRequest::ContentLengthHeader, rq.bodySize);
        reply = nam->sendCustomRequest(req, rq.verb, body);
        body->setParent(reply);
    } else if (rq.verb == "GET") {
        reply = nam->get(req);
    } else if (rq.verb == "DELETE") {
        reply = nam->deleteResource(req);
    } else if (rq.replay != RetryPolicy::Replay::Safe && !rq.body.isEmpty()) {
        // Qt would silently resend a buffered body when the connection drops before the
        // answer; a one-shot body makes it report the drop instead.
        auto *body = new OneShotBody(rq.body);
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        req.setHeader(QNetworkRequest::ContentLengthHeader, rq.body.size());
        reply = nam->sendCustomRequest(req, rq.verb, body);
        body->setParent(reply);
    } else {
        req.setHeader(QNetworkRequest::ContentLengthHeader, rq.body.size());
        reply = nam->sendCustomRequest(req, rq.verb, rq.body);
    }

    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(rq.timeoutMs);
    auto tooLarge = std::make_shared<bool>(false);
    const qint64 cap = m_maxAnswerBytes;
    const bool idle = rq.timeoutWhenIdle;
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, tooLarge, cap, timer, idle](qint64 received, qint64 total) {
                if (idle)
                    timer->start();
                if (received > cap || total > cap) {
                    *tooLarge = true;
                    reply->abort();
                }
            });
    if (idle || rq.progress) {
        connect(reply, &QNetworkReply::uploadProgress, reply,
                [timer, idle, progress = rq.progress](qint64 sent, qint64 total) {
                    if (idle)
                        timer->start();
                    if (progress)
                        progress(sent, total);
                });
    }
    if (rq.abortWithContext && job->context)
        connect(job->context, &QObject::destroyed, reply, &QNetworkReply::abort);
    connect(reply, &QNetworkReply::finished, this, [this, job, reply, timedOut, tooLarge, token] {
        answered(job, reply, *timedOut, *tooLarge, token);
    });
}

void RequestPipeline::answered(const std::shared_ptr<Job> &job, QNetworkReply *reply, bool timedOut,
                               bool tooLarge, const QString &token)
{
    reply->deleteLater();
    const NetRequest &rq = job->request;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() && !tooLarge ? reply->readAll() : QByteArray();
    const QNetworkReply::NetworkError netError = reply->error();
    const bool notSent = !timedOut && status == 0 &&
                         (netError == QNetworkReply::ConnectionRefusedError ||
                          netError == QNetworkReply::HostNotFoundError);
    // Every request that may have reached the server is charged, even a failed one.
    const int units = notSent || !m_hooks.chargeQuota ? 0 : m_hooks.chargeQuota(rq.method);
    Q_EMIT requestFinished(rq.method, status, units);

    if (!job->context)
        return;
    if (((status >= 200 && status < 300) || rq.answerStatuses.contains(status)) && !tooLarge) {
        qCDebug(lcApi) << rq.method << status;
        job->done(NetReply{status, body, reply->rawHeaderPairs()}, {false, job->earlierUnknown});
        return;
    }
    ApiError error;
    if (tooLarge) {
        error = ApiError::badResponse(rq.method + QStringLiteral(" answered with more than ") +
                                      QString::number(m_maxAnswerBytes / (1024 * 1024)) +
                                      QStringLiteral(" MiB"));
    } else if (timedOut) {
        error = ApiError::timeout(QStringLiteral("no answer to ") + rq.method +
                                  QStringLiteral(" within ") +
                                  QString::number(rq.timeoutMs / 1000) + QStringLiteral(" s"));
    } else if (status == 0) {
        error = ApiError::transport(rq.method + QStringLiteral(": ") + reply->errorString());
    } else if (m_hooks.parseError) {
        error = m_hooks.parseError(status, body);
    } else {
        error.httpStatus = status;
        error.message = QString::fromUtf8(body.left(200)).simplified();
    }
    bool retryAfterOk = false;
    const int retryAfterSecs =
        reply->rawHeader(QByteArrayLiteral("Retry-After")).toInt(&retryAfterOk);
    // The header wins; an envelope may carry its own wait (Telegram's parameters.retry_after).
    if (retryAfterOk)
        error.retryAfterMs = retryAfterSecs * 1000;
    else if (error.rateLimited && m_hooks.throttleWaitMs)
        error.retryAfterMs =
            std::max(error.retryAfterMs, m_hooks.throttleWaitMs(reply->rawHeaderPairs()));
    fail(job, error, !notSent, error.retryAfterMs, token);
}

void RequestPipeline::fail(const std::shared_ptr<Job> &job, const ApiError &error, bool requestSent,
                           int retryAfterMs, const QString &token)
{
    RetryPolicy::Attempt a;
    a.error = error;
    a.replay = job->request.replay;
    a.requestSent = requestSent;
    a.attemptsMade = job->attemptsMade;
    a.elapsedMs = job->clock.elapsed();
    a.refreshedAlready = job->refreshedAlready;
    a.retryAfterMs = retryAfterMs;
    const RetryPolicy::FailureClass failure = RetryPolicy::classify(error, requestSent);
    const bool unknown =
        failure == RetryPolicy::FailureClass::OutcomeUnknown ||
        (failure == RetryPolicy::FailureClass::Transient && error.httpStatus != 503);
    RetryPolicy::Decision d = m_policy.decide(a, QRandomGenerator::global()->generateDouble());
    if (d.action == RetryPolicy::Action::RefreshAndReplay && !m_hooks.bearerToken)
        d.action = RetryPolicy::Action::GiveUp; // no credentials to refresh: a 401 is final
    const QString &method = job->request.method;
    if (d.action == RetryPolicy::Action::Retry) {
        // Do not wait for a resend that may not go out anyway.
        const QString why = whyNotSendNow(*job, d.delayMs);
        if (!why.isEmpty()) {
            job->earlierUnknown = job->earlierUnknown || unknown;
            qCInfo(lcApi) << method << "failed (" << error.summary() << "), not sent again:" << why;
            ApiError e = ApiError::transport(why);
            e.reason = job->request.notSentReason;
            return finishLater(job, e, {false, job->earlierUnknown});
        }
    }
    switch (d.action) {
    case RetryPolicy::Action::Retry:
        job->earlierUnknown = job->earlierUnknown || unknown;
        qCInfo(lcApi) << method << "failed (" << error.summary() << "), retry" << job->attemptsMade
                      << "in" << d.delayMs << "ms";
        Q_EMIT retryScheduled(method, job->attemptsMade, d.delayMs, error.reason);
        QTimer::singleShot(d.delayMs, this, [this, job] { attempt(job); });
        return;
    case RetryPolicy::Action::RefreshAndReplay:
        qCInfo(lcApi) << method << "got 401; refreshing the access token once";
        job->refreshedAlready = true;
        if (m_hooks.tokenRefused)
            m_hooks.tokenRefused(token);
        attempt(job);
        return;
    case RetryPolicy::Action::Reconcile:
    case RetryPolicy::Action::GiveUp:
        break;
    }
    qCInfo(lcApi) << method << "failed:" << error.summary();
    job->done(error, {unknown, job->earlierUnknown});
}

QString RequestPipeline::whyNotSendNow(const Job &job, qint64 extraDelayMs)
{
    const NetRequest &rq = job.request;
    if (rq.sendWithinMs >= 0 && job.clock.elapsed() + extraDelayMs > rq.sendWithinMs)
        return rq.lateMessage.isEmpty() ? QStringLiteral("not sent in time") : rq.lateMessage;
    // The first send follows the caller's own checks at once; only a resend asks again.
    if (job.attemptsMade > 1 && rq.beforeResend)
        return rq.beforeResend();
    return {};
}

} // namespace onair
