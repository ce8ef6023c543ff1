#pragma once

#include "google/ApiEndpoint.h"
#include "google/InsertReconciler.h"
#include "google/youtube/BroadcastFilter.h"
#include "google/youtube/ChannelsApi.h"
#include "google/youtube/LiveBroadcastsApi.h"
#include "google/youtube/LiveStreamsApi.h"
#include "google/youtube/ThumbnailsApi.h"
#include "google/youtube/VideosApi.h"
#include "net/RetryPolicy.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace onair {

class AccountSession;
class QuotaLedger;
class RequestPipeline;

// One account's YouTube Data API client. It owns the account's RequestPipeline with YouTube's
// hooks (the account's bearer token, Google's error envelope, YouTube's quota costs charged to
// the QuotaLedger) and hands out one small client per resource:
// `client->broadcasts().list(…)`, `streams()`, `videos()`, `channels()`, `thumbnails()`.
// Every call takes a context object and a callback; the callback runs later on the event
// loop, once, and only if the context still lives. Callers see values (Result<T>, ApiError),
// never a QNetworkReply.
//
// Each request has a timeout (reads 20 s, writes 30 s, uploads 120 s), is retried by
// RetryPolicy, replays once after a token refresh on 401, and is charged to the QuotaLedger.
// An insert whose answer was lost is reconciled (InsertReconciler) before it is ever sent
// again; a cuepoint whose answer was lost is reported Unconfirmed and never sent again.
class YouTubeClient : public QObject, public ApiEndpoint
{
    Q_OBJECT

public:
    // Client-side reasons in ApiError::reason (ErrorMessages has sentences for them).
    static inline const QString kWriteUnconfirmed = InsertReconciler::kWriteUnconfirmed;
    static inline const QString kNotCreated = InsertReconciler::kNotCreated;
    // A cuepoint that could not go out in time, or whose caller no longer wants it sent.
    static inline const QString kCuepointNotSent = QStringLiteral("cuepointNotSent");
    // A cuepoint is never sent later than this after the call: a "now" break would be late
    // and an offset may have left its window. Holds whatever the retry policy allows.
    static constexpr int kCuepointSendWithinMs = 2000;

    // A read (list) needs one round trip of a small answer: 20 s is far beyond a healthy
    // answer (well under 1 s) yet short enough to retry within the operator's patience.
    static constexpr int kDefaultReadTimeoutMs = 20000;
    // Writes (transition, bind, insert) take YouTube longer; a timeout on a write makes its
    // outcome unknown, so they get more room before we give up on the answer.
    static constexpr int kDefaultWriteTimeoutMs = 30000;
    // Thumbnail uploads (up to a few MB over a slow uplink).
    static constexpr int kDefaultUploadTimeoutMs = 120000;
    // The largest answer read. OnAir's answers are a few KB (a page of 50 broadcasts is well
    // under 1 MiB); anything bigger is refused unread (BadResponse) instead of being held and
    // parsed on the GUI thread.
    static constexpr qint64 kMaxAnswerBytes = 4 * 1024 * 1024;

    static QUrl googleRootUrl() { return QUrl(QStringLiteral("https://youtube.googleapis.com/")); }
    // Whether an API root may receive the account's bearer token: https, or http on a
    // loopback address only (the sandbox). Empty when accepted; the sentence otherwise.
    static QString whyRootRefused(const QUrl &root);

    // `nam`: the app's one QNetworkAccessManager (same thread).
    YouTubeClient(AccountSession *account, QNetworkAccessManager *nam, QObject *parent = nullptr);
    // Without the app's manager (tests): the pipeline makes its own when first needed.
    explicit YouTubeClient(AccountSession *account, QObject *parent = nullptr);
    ~YouTubeClient() override;

    void setAccount(AccountSession *account);
    AccountSession *account() const;
    // The API root: "https://youtube.googleapis.com/" or the sandbox's "http://127.0.0.1:P/".
    void setRootUrl(const QUrl &root);
    QUrl rootUrl() const override { return m_root; }
    void setQuotaLedger(QuotaLedger *ledger);
    void setRetryPolicy(const RetryPolicy &policy);
    const RetryPolicy &retryPolicy() const;
    void setTimeouts(int readMs, int writeMs, int uploadMs);
    int readTimeoutMs() const override { return m_readTimeoutMs; }
    int writeTimeoutMs() const override { return m_writeTimeoutMs; }
    int uploadTimeoutMs() const override { return m_uploadTimeoutMs; }
    QNetworkAccessManager *networkAccessManager() const;
    // Shares the app's one QNetworkAccessManager (same thread).
    void setNetworkAccessManager(QNetworkAccessManager *nam);
    RequestPipeline *pipeline() const override { return m_pipeline; }

    const LiveBroadcastsApi &broadcasts() const { return m_broadcasts; }
    const LiveStreamsApi &streams() const { return m_streams; }
    const VideosApi &videos() const { return m_videos; }
    const ChannelsApi &channels() const { return m_channels; }
    const ThumbnailsApi &thumbnails() const { return m_thumbnails; }

Q_SIGNALS:
    // Every attempt that reached the server or failed on the way (status 0: no answer).
    void requestFinished(const QString &method, int httpStatus, int quotaUnits);
    // A retry has been scheduled.
    void retryScheduled(const QString &method, int attempt, int delayMs, const QString &reason);

private:
    QPointer<AccountSession> m_account;
    QPointer<QuotaLedger> m_ledger;
    RequestPipeline *m_pipeline;
    QUrl m_root = googleRootUrl();
    int m_readTimeoutMs = kDefaultReadTimeoutMs;
    int m_writeTimeoutMs = kDefaultWriteTimeoutMs;
    int m_uploadTimeoutMs = kDefaultUploadTimeoutMs;
    LiveBroadcastsApi m_broadcasts{this};
    LiveStreamsApi m_streams{this};
    VideosApi m_videos{this};
    ChannelsApi m_channels{this};
    ThumbnailsApi m_thumbnails{this};
};

} // namespace onair
