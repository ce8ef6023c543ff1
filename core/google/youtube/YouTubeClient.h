#pragma once

#include "google/youtube/CuepointOutcome.h"
#include "google/youtube/Page.h"
#include "google/youtube/WriteConfirmation.h"
#include "google/youtube/model/Channel.h"
#include "google/youtube/model/Cuepoint.h"
#include "google/youtube/model/LiveBroadcast.h"
#include "google/youtube/model/LiveStream.h"
#include "google/youtube/model/Video.h"
#include "net/Result.h"
#include "net/RetryPolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace onair {

class AccountSession;
class QuotaLedger;

// liveBroadcasts.list filters: mine=true, or broadcastStatus=….
enum class BroadcastFilter
{
    Mine,
    Upcoming,
    Active,
    Completed,
    All,
};

// The YouTube Data API calls OnAir makes, asynchronous over one QNetworkAccessManager on the
// thread that owns the client (the GUI thread). Every call takes a context object and a
// callback; the callback runs later on the event loop, once, and only if the context still
// lives. Callers see values (Result<T>, ApiError), never a QNetworkReply.
//
// Each request has a timeout (reads 20 s, writes 30 s, uploads 120 s), is retried by
// RetryPolicy, replays once after a token refresh on 401, and is charged to the QuotaLedger.
// An insert whose answer was lost is reconciled (listed and matched) before it is ever sent
// again; a cuepoint whose answer was lost is reported Unconfirmed and never sent again.
class YouTubeClient : public QObject
{
    Q_OBJECT

public:
    // Client-side reasons in ApiError::reason (ErrorMessages has sentences for them).
    static inline const QString kWriteUnconfirmed = QStringLiteral("writeUnconfirmed");
    static inline const QString kNotCreated = QStringLiteral("notCreated");
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

    explicit YouTubeClient(AccountSession *account, QObject *parent = nullptr);
    ~YouTubeClient() override;

    void setAccount(AccountSession *account);
    AccountSession *account() const;
    // The API root: "https://youtube.googleapis.com/" or the sandbox's "http://127.0.0.1:P/".
    void setRootUrl(const QUrl &root);
    QUrl rootUrl() const { return m_root; }
    void setQuotaLedger(QuotaLedger *ledger);
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    void setTimeouts(int readMs, int writeMs, int uploadMs);
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    // Shares the app's one QNetworkAccessManager (same thread) instead of the client's own.
    void setNetworkAccessManager(QNetworkAccessManager *nam);

    // liveBroadcasts
    void listBroadcasts(BroadcastFilter filter, const QStringList &parts, const QString &pageToken,
                        int maxResults, QObject *context,
                        std::function<void(Result<Page<LiveBroadcast>>)> done);
    // A missing broadcast is ApiError 404 liveBroadcastNotFound.
    void getBroadcast(const QString &id, const QStringList &parts, QObject *context,
                      std::function<void(Result<LiveBroadcast>)> done);
    // A lost answer is reconciled: the created broadcast (Confirmed), one resend when nothing
    // was created, or ApiError reason writeUnconfirmed.
    void insertBroadcast(const LiveBroadcast &broadcast, const QStringList &parts, QObject *context,
                         std::function<void(Result<LiveBroadcast>)> done);
    void updateBroadcast(const LiveBroadcast &broadcast, const QStringList &parts, QObject *context,
                         std::function<void(Result<LiveBroadcast>)> done);
    void deleteBroadcast(const QString &id, QObject *context,
                         std::function<void(Result<bool>)> done);
    // An empty stream id unbinds.
    void bindBroadcast(const QString &id, const QString &streamIdOrEmptyToUnbind,
                       const QStringList &parts, QObject *context,
                       std::function<void(Result<LiveBroadcast>)> done);
    // broadcastStatus: testing | live | complete. redundantTransition counts as success (the
    // broadcast is read again and returned).
    void transitionBroadcast(const QString &id, const QString &broadcastStatus,
                             const QStringList &parts, QObject *context,
                             std::function<void(Result<LiveBroadcast>)> done);
    // Returns empty while the cue may still be sent; the sentence that says why not otherwise.
    using SendCheck = std::function<QString()>;
    // Sent within kCuepointSendWithinMs of this call or not at all (NotCreated, reason
    // kCuepointNotSent). `stillWanted`, when given, is asked before every send after the
    // first (a resend after a refused connection or a token refresh); a non-empty answer
    // ends the call the same way, with that sentence as the message.
    void insertCuepoint(const QString &broadcastId, const Cuepoint &cue, QObject *context,
                        std::function<void(CuepointOutcome)> done);
    void insertCuepoint(const QString &broadcastId, const Cuepoint &cue, SendCheck stillWanted,
                        QObject *context, std::function<void(CuepointOutcome)> done);

    // liveStreams. Empty ids: the account's own streams (mine=true).
    void listStreams(const QStringList &ids, const QStringList &parts, const QString &pageToken,
                     int maxResults, QObject *context,
                     std::function<void(Result<Page<LiveStream>>)> done);
    void getStream(const QString &id, const QStringList &parts, QObject *context,
                   std::function<void(Result<LiveStream>)> done);
    void insertStream(const LiveStream &stream, const QStringList &parts, QObject *context,
                      std::function<void(Result<LiveStream>)> done);
    void updateStream(const LiveStream &stream, const QStringList &parts, QObject *context,
                      std::function<void(Result<LiveStream>)> done);
    void deleteStream(const QString &id, QObject *context, std::function<void(Result<bool>)> done);

    // videos. A missing video is ApiError 404 videoNotFound.
    void getVideo(const QString &id, const QStringList &parts, QObject *context,
                  std::function<void(Result<Video>)> done);
    void updateVideo(const Video &video, const QStringList &parts, QObject *context,
                     std::function<void(Result<Video>)> done);

    // channels.list?mine=true&part=id,snippet.
    void getMyChannel(QObject *context, std::function<void(Result<Channel>)> done);

    // thumbnails.set (media upload): image/jpeg or image/png bytes.
    void setThumbnail(const QString &videoId, const QByteArray &image, const QString &mimeType,
                      QObject *context, std::function<void(Result<bool>)> done);

Q_SIGNALS:
    // Every attempt that reached the server or failed on the way (status 0: no answer).
    void requestFinished(const QString &method, int httpStatus, int quotaUnits);
    // A retry has been scheduled.
    void retryScheduled(const QString &method, int attempt, int delayMs, const QString &reason);

private:
    struct Request
    {
        QString method; // discovery name, e.g. "liveBroadcasts.insert"
        QByteArray verb;
        QString path; // under the root, e.g. "youtube/v3/liveBroadcasts"
        QUrlQuery query;
        QByteArray body;
        QByteArray contentType;
        RetryPolicy::Replay replay = RetryPolicy::Replay::Safe;
        int timeoutMs = kDefaultReadTimeoutMs;
        // No attempt starts later than this after the call (-1: no limit).
        int sendWithinMs = -1;
        // Asked before each resend; a non-empty answer ends the call unsent.
        SendCheck beforeResend;
    };
    struct Response
    {
        int httpStatus = 0;
        QByteArray body;
    };
    // How the call ended beyond its result: whether the last attempt's outcome is unknown
    // (no answer after sending), and whether any earlier attempt's was.
    struct CallInfo
    {
        bool outcomeUnknown = false;
        bool earlierOutcomeUnknown = false;
    };
    using Handler = std::function<void(Result<Response>, CallInfo)>;
    struct Job;

    void execute(Request request, QObject *context, Handler done);
    void attempt(const std::shared_ptr<Job> &job);
    void send(const std::shared_ptr<Job> &job, const QString &accessToken);
    void fail(const std::shared_ptr<Job> &job, const ApiError &error, bool requestSent,
              int retryAfterMs, const QString &accessToken);
    // The reason this attempt of the job may no longer be sent (`extraDelayMs` from now);
    // empty when it may.
    static QString whyNotSendNow(const Job &job, qint64 extraDelayMs = 0);
    void finishUnsent(const std::shared_ptr<Job> &job, const QString &why);

    Request makeRequest(const QString &method, const QByteArray &verb, const QString &path) const;
    template<typename T>
    void fetchPage(Request request, QObject *context, std::function<void(Result<Page<T>>)> done);
    template<typename T>
    void fetchOne(Request request, const QString &notFoundReason, const QString &domain,
                  QObject *context, std::function<void(Result<T>)> done);
    template<typename T>
    void writeOne(Request request, QObject *context, std::function<void(Result<T>)> done);
    template<typename T>
    void
    insertReconciled(Request request, std::function<bool(const T &, const QDateTime &)> matches,
                     std::function<void(QObject *, std::function<void(Result<QList<T>>)>)> list,
                     int resendsLeft, QObject *context, std::function<void(Result<T>)> done);
    void listAllUpcoming(const QStringList &parts, const QString &pageToken, int pagesLeft,
                         QList<LiveBroadcast> soFar, QObject *context,
                         std::function<void(Result<QList<LiveBroadcast>>)> done);
    void listAllMyStreams(const QStringList &parts, const QString &pageToken, int pagesLeft,
                          QList<LiveStream> soFar, QObject *context,
                          std::function<void(Result<QList<LiveStream>>)> done);

    QPointer<AccountSession> m_account;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QuotaLedger> m_ledger;
    RetryPolicy m_policy;
    QUrl m_root = googleRootUrl();
    int m_readTimeoutMs = kDefaultReadTimeoutMs;
    int m_writeTimeoutMs = kDefaultWriteTimeoutMs;
    int m_uploadTimeoutMs = kDefaultUploadTimeoutMs;
};

} // namespace onair
