#pragma once

#include "net/NetCallInfo.h"
#include "net/NetReply.h"
#include "net/NetRequest.h"
#include "net/RequestHooks.h"
#include "net/Result.h"
#include "net/RetryPolicy.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace onair {

// The one way OnAir sends an HTTP request: attempts with a timeout each, an answer-size cap,
// a one-shot body for writes that must not be repeated behind our back, the service's retry
// policy, and the service's hooks (bearer token with one refresh-and-replay on 401, error
// envelope, quota). Service-neutral: each service's client owns one pipeline with its hooks,
// and all of them send over the app's one QNetworkAccessManager.
//
// The callback runs later on the event loop, once, and only while `context` lives.
class RequestPipeline : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<NetReply>, NetCallInfo)>;

    static constexpr qint64 kDefaultMaxAnswerBytes = 4 * 1024 * 1024;

    explicit RequestPipeline(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~RequestPipeline() override;

    // The manager requests go through: the one handed in, or (a pipeline used on its own,
    // as in tests) one the pipeline makes when first needed.
    QNetworkAccessManager *networkAccessManager();
    void setNetworkAccessManager(QNetworkAccessManager *nam);
    void setHooks(RequestHooks hooks) { m_hooks = std::move(hooks); }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    // Larger answers are refused unread (BadResponse).
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = bytes; }

    void send(NetRequest request, QObject *context, Done done);

Q_SIGNALS:
    // Every attempt that reached the server or failed on the way (status 0: no answer).
    void requestFinished(const QString &method, int httpStatus, int quotaUnits);
    // A retry has been scheduled.
    void retryScheduled(const QString &method, int attempt, int delayMs, const QString &reason);

private:
    struct Job;

    void attempt(const std::shared_ptr<Job> &job);
    void transmit(const std::shared_ptr<Job> &job, const QString &token);
    void answered(const std::shared_ptr<Job> &job, QNetworkReply *reply, bool timedOut,
                  bool tooLarge, const QString &token);
    void fail(const std::shared_ptr<Job> &job, const ApiError &error, bool requestSent,
              int retryAfterMs, const QString &token);
    void finishLater(const std::shared_ptr<Job> &job, const ApiError &error, NetCallInfo info);
    // Why this attempt may no longer be sent (`extraDelayMs` from now); empty when it may.
    static QString whyNotSendNow(const Job &job, qint64 extraDelayMs = 0);

    QPointer<QNetworkAccessManager> m_nam;
    RequestHooks m_hooks;
    RetryPolicy m_policy;
    qint64 m_maxAnswerBytes = kDefaultMaxAnswerBytes;
};

} // namespace onair
