#include "google/youtube/YouTubeClient.h"

#include "google/oauth/AccountSession.h"
#include "google/youtube/QuotaLedger.h"
#include "net/ApiLogging.h"
#include "net/JsonReader.h"
#include "net/OneShotBody.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace onair {

namespace {

// A created item's publishedAt may lag or lead our clock a little; anything older than this
// before the insert was sent is someone else's.
constexpr int kReconcileClockSkewSecs = 120;
// Reconciliation reads at most this many pages of 50 (new items come first in practice).
constexpr int kReconcileMaxPages = 4;
constexpr int kReconcilePageSize = 50;

QString joinParts(const QStringList &parts, const QStringList &fallback)
{
    return (parts.isEmpty() ? fallback : parts).join(QLatin1Char(','));
}

QStringList withParts(QStringList parts, const QStringList &needed)
{
    for (const QString &p : needed) {
        if (!parts.contains(p))
            parts.append(p);
    }
    return parts;
}

ApiError notFound(const QString &reason, const QString &domain, const QString &what)
{
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = 404;
    e.reason = reason;
    e.domain = domain;
    e.status = QStringLiteral("NOT_FOUND");
    e.message = what;
    return e;
}

QString filterValue(BroadcastFilter f)
{
    switch (f) {
    case BroadcastFilter::Upcoming:
        return QStringLiteral("upcoming");
    case BroadcastFilter::Active:
        return QStringLiteral("active");
    case BroadcastFilter::Completed:
        return QStringLiteral("completed");
    case BroadcastFilter::All:
        return QStringLiteral("all");
    case BroadcastFilter::Mine:
        break;
    }
    return QString();
}

const QStringList kBroadcastDefaultParts = {QStringLiteral("id"), QStringLiteral("snippet"),
                                            QStringLiteral("contentDetails"),
                                            QStringLiteral("status")};
const QStringList kStreamDefaultParts = {QStringLiteral("id"), QStringLiteral("snippet"),
                                         QStringLiteral("cdn"), QStringLiteral("status")};
const QStringList kVideoDefaultParts = {QStringLiteral("id"), QStringLiteral("snippet"),
                                        QStringLiteral("status")};

template<typename T>
Result<T> parseItem(const QByteArray &body, const QString &what)
{
    Result<QJsonObject> json = parseJsonObject(body, what);
    if (!json)
        return json.error();
    return T::fromJson(json.value());
}

} // namespace

struct YouTubeClient::Job
{
    Request request;
    QPointer<QObject> context;
    Handler done;
    int attemptsMade = 0;
    QElapsedTimer clock;
    bool refreshedAlready = false;
    bool earlierUnknown = false;
};

YouTubeClient::YouTubeClient(AccountSession *account, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_nam(new QNetworkAccessManager(this))
{}

YouTubeClient::~YouTubeClient() = default;

void YouTubeClient::setAccount(AccountSession *account)
{
    m_account = account;
}

AccountSession *YouTubeClient::account() const
{
    return m_account;
}

void YouTubeClient::setNetworkAccessManager(QNetworkAccessManager *nam)
{
    if (!nam || nam == m_nam)
        return;
    // The client's own manager stays alive (it is a child): replies in flight finish on it.
    m_nam = nam;
}

void YouTubeClient::setQuotaLedger(QuotaLedger *ledger)
{
    m_ledger = ledger;
}

QString YouTubeClient::whyRootRefused(const QUrl &root)
{
    const QString shown = root.toDisplayString(QUrl::RemoveUserInfo);
    if (!root.isValid() || root.isRelative() || root.host().isEmpty())
        return tr("The API root %1 is not an absolute URL with a host.").arg(shown);
    if (!root.userInfo().isEmpty())
        return tr("The API root %1 must not carry a user name or password.").arg(shown);
    const QString scheme = root.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        const QString host = root.host();
        const QHostAddress address(host);
        if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
            (!address.isNull() && address.isLoopback()))
            return {};
        return tr("The API root %1 uses plain http on a host that is not this computer: the "
                  "access token would travel unencrypted. Use https, or http on 127.0.0.1.")
            .arg(shown);
    }
    return tr("The API root %1 must use https (or http on 127.0.0.1).").arg(shown);
}

void YouTubeClient::setRootUrl(const QUrl &root)
{
    // Keep the origin and make sure the path ends with '/', so relative paths resolve under it.
    QUrl r = root;
    QString path = r.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    r.setPath(path);
    r.setQuery(QString());
    r.setFragment(QString());
    m_root = r;
}

void YouTubeClient::setTimeouts(int readMs, int writeMs, int uploadMs)
{
    m_readTimeoutMs = readMs;
    m_writeTimeoutMs = writeMs;
    m_uploadTimeoutMs = uploadMs;
}

YouTubeClient::Request YouTubeClient::makeRequest(const QString &method, const QByteArray &verb,
                                                  const QString &path) const
{
    Request r;
    r.method = method;
    r.verb = verb;
    r.path = path;
    r.timeoutMs = verb == "GET" ? m_readTimeoutMs : m_writeTimeoutMs;
    return r;
}

// ---- the attempt loop ---------------------------------------------------------------------

void YouTubeClient::execute(Request request, QObject *context, Handler done)
{
    auto job = std::make_shared<Job>();
    job->request = std::move(request);
    job->context = context;
    job->done = std::move(done);
    job->clock.start();
    attempt(job);
}

void YouTubeClient::attempt(const std::shared_ptr<Job> &job)
{
    if (!job->context)
        return;
    ++job->attemptsMade;
    // Failures before anything is sent still reach the caller later, from the event loop,
    // never from inside the call that started the request.
    const auto finishLater = [this, job](const ApiError &e) {
        QTimer::singleShot(0, this, [job, e] {
            if (job->context)
                job->done(e, {job->earlierUnknown, job->earlierUnknown});
        });
    };
    if (!m_account) {
        ApiError e;
        e.kind = ApiError::Kind::SignedOut;
        e.reason = QStringLiteral("signedOut");
        e.message = QStringLiteral("no account");
        finishLater(e);
        return;
    }
    m_account->accessToken(this, [this, job, finishLater](Result<QString> token) {
        if (!job->context)
            return;
        if (token) {
            const QString why = whyNotSendNow(*job);
            if (!why.isEmpty())
                return finishUnsent(job, why);
            send(job, token.value());
            return;
        }
        const ApiError &e = token.error();
        if (e.kind == ApiError::Kind::SignedOut) {
            finishLater(e);
            return;
        }
        if (e.kind == ApiError::Kind::Transport || e.kind == ApiError::Kind::Timeout ||
            e.httpStatus >= 500) {
            // The token endpoint is unreachable: nothing went to the API, try again later.
            fail(job, ApiError::transport(QStringLiteral("token refresh failed: ") + e.summary()),
                 false, -1, QString());
            return;
        }
        finishLater(e);
    });
}

void YouTubeClient::send(const std::shared_ptr<Job> &job, const QString &accessToken)
{
    const Request &rq = job->request;
    QUrl url = m_root.resolved(QUrl(rq.path));
    url.setQuery(rq.query);
    QNetworkRequest req(url);
    req.setRawHeader(QByteArrayLiteral("Authorization"),
                     QByteArrayLiteral("Bearer ") + accessToken.toUtf8());
    req.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    // An API call never legitimately redirects; following one could repeat a write.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    if (!rq.contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, rq.contentType);

    QNetworkReply *reply = nullptr;
    if (rq.verb == "GET") {
        reply = m_nam->get(req);
    } else if (rq.verb == "DELETE") {
        reply = m_nam->deleteResource(req);
    } else if (rq.replay != RetryPolicy::Replay::Safe && !rq.body.isEmpty()) {
        // Qt would silently resend a buffered body when the connection drops before the
        // answer; a one-shot body makes it report the drop instead.
        auto *body = new OneShotBody(rq.body);
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        req.setHeader(QNetworkRequest::ContentLengthHeader, rq.body.size());
        reply = m_nam->sendCustomRequest(req, rq.verb, body);
        body->setParent(reply);
    } else {
        req.setHeader(QNetworkRequest::ContentLengthHeader, rq.body.size());
        reply = m_nam->sendCustomRequest(req, rq.verb, rq.body);
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
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, tooLarge](qint64 received, qint64 total) {
                if (received > kMaxAnswerBytes || total > kMaxAnswerBytes) {
                    *tooLarge = true;
                    reply->abort();
                }
            });

    connect(
        reply, &QNetworkReply::finished, this, [this, job, reply, timedOut, tooLarge, accessToken] {
            reply->deleteLater();
            const Request &rq = job->request;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
            const QNetworkReply::NetworkError netError = reply->error();
            const bool notSent = !*timedOut && status == 0 &&
                                 (netError == QNetworkReply::ConnectionRefusedError ||
                                  netError == QNetworkReply::HostNotFoundError);
            // Every request that may have reached the server costs quota, even a failed one.
            const int units = notSent ? 0 : QuotaLedger::costOf(rq.method);
            if (units > 0 && m_ledger)
                m_ledger->record(rq.method, units);
            Q_EMIT requestFinished(rq.method, status, units);

            if (!job->context)
                return;
            if (status >= 200 && status < 300 && !*tooLarge) {
                qCDebug(lcApi) << rq.method << status;
                job->done(Response{status, body}, {false, job->earlierUnknown});
                return;
            }
            ApiError error;
            if (*tooLarge) {
                error = ApiError::badResponse(
                    rq.method + QStringLiteral(" answered with more than ") +
                    QString::number(kMaxAnswerBytes / (1024 * 1024)) + QStringLiteral(" MiB"));
            } else if (*timedOut) {
                error = ApiError::timeout(
                    QStringLiteral("no answer to ") + rq.method + QStringLiteral(" within ") +
                    QString::number(rq.timeoutMs / 1000) + QStringLiteral(" s"));
            } else if (status == 0) {
                error =
                    ApiError::transport(rq.method + QStringLiteral(": ") + reply->errorString());
            } else {
                error = ApiError::fromHttpResponse(status, body);
            }
            bool retryAfterOk = false;
            const int retryAfterSecs =
                reply->rawHeader(QByteArrayLiteral("Retry-After")).toInt(&retryAfterOk);
            fail(job, error, !notSent, retryAfterOk ? retryAfterSecs * 1000 : -1, accessToken);
        });
}

void YouTubeClient::fail(const std::shared_ptr<Job> &job, const ApiError &error, bool requestSent,
                         int retryAfterMs, const QString &accessToken)
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
    const RetryPolicy::Decision d =
        m_policy.decide(a, QRandomGenerator::global()->generateDouble());
    if (d.action == RetryPolicy::Action::Retry) {
        // Do not wait for a resend that may not go out anyway.
        const QString why = whyNotSendNow(*job, d.delayMs);
        if (!why.isEmpty()) {
            job->earlierUnknown = job->earlierUnknown || unknown;
            qCInfo(lcApi) << job->request.method << "failed (" << error.summary()
                          << "), not sent again:" << why;
            return finishUnsent(job, why);
        }
    }
    switch (d.action) {
    case RetryPolicy::Action::Retry:
        job->earlierUnknown = job->earlierUnknown || unknown;
        qCInfo(lcApi) << job->request.method << "failed (" << error.summary() << "), retry"
                      << job->attemptsMade << "in" << d.delayMs << "ms";
        Q_EMIT retryScheduled(job->request.method, job->attemptsMade, d.delayMs, error.reason);
        QTimer::singleShot(d.delayMs, this, [this, job] { attempt(job); });
        return;
    case RetryPolicy::Action::RefreshAndReplay:
        qCInfo(lcApi) << job->request.method << "got 401; refreshing the access token once";
        job->refreshedAlready = true;
        if (m_account)
            m_account->invalidateAccessToken(accessToken);
        attempt(job);
        return;
    case RetryPolicy::Action::Reconcile:
    case RetryPolicy::Action::GiveUp:
        break;
    }
    qCInfo(lcApi) << job->request.method << "failed:" << error.summary();
    job->done(error, {unknown, job->earlierUnknown});
}

QString YouTubeClient::whyNotSendNow(const Job &job, qint64 extraDelayMs)
{
    const Request &rq = job.request;
    if (rq.sendWithinMs >= 0 && job.clock.elapsed() + extraDelayMs > rq.sendWithinMs)
        return tr("YouTube could not be reached within %1 s, and a later ad break would be "
                  "misplaced.")
            .arg(rq.sendWithinMs / 1000.0);
    // The first send follows the caller's own checks at once; only a resend asks again.
    if (job.attemptsMade > 1 && rq.beforeResend)
        return rq.beforeResend();
    return {};
}

void YouTubeClient::finishUnsent(const std::shared_ptr<Job> &job, const QString &why)
{
    ApiError e = ApiError::transport(why);
    e.reason = kCuepointNotSent;
    // Later, from the event loop, like every other failure.
    QTimer::singleShot(0, this, [job, e] {
        if (job->context)
            job->done(e, {false, job->earlierUnknown});
    });
}

// ---- typed helpers ------------------------------------------------------------------------

template<typename T>
void YouTubeClient::fetchPage(Request request, QObject *context,
                              std::function<void(Result<Page<T>>)> done)
{
    const QString method = request.method;
    execute(std::move(request), context,
            [method, done = std::move(done)](Result<Response> r, CallInfo) {
                if (!r)
                    return done(r.error());
                Result<QJsonObject> json = parseJsonObject(r.value().body, method);
                if (!json)
                    return done(json.error());
                JsonReader reader(json.value());
                Page<T> page;
                page.nextPageToken = reader.string("nextPageToken");
                if (reader.enter("pageInfo")) {
                    page.totalResults = static_cast<int>(reader.int64("totalResults"));
                    reader.leave();
                }
                const QJsonArray items = reader.array("items");
                if (!reader.ok())
                    return done(
                        ApiError::badResponse(method + QStringLiteral(": ") + reader.error()));
                for (const QJsonValue &v : items) {
                    if (!v.isObject())
                        return done(ApiError::badResponse(
                            method + QStringLiteral(": an item is not an object")));
                    Result<T> item = T::fromJson(v.toObject());
                    if (!item)
                        return done(item.error());
                    page.items.append(std::move(item).value());
                }
                done(std::move(page));
            });
}

template<typename T>
void YouTubeClient::fetchOne(Request request, const QString &notFoundReason, const QString &domain,
                             QObject *context, std::function<void(Result<T>)> done)
{
    const QString id = request.query.queryItemValue(QStringLiteral("id"));
    fetchPage<T>(std::move(request), context,
                 [id, notFoundReason, domain, done = std::move(done)](Result<Page<T>> page) {
                     if (!page)
                         return done(page.error());
                     for (const T &item : page.value().items) {
                         if (item.id == id)
                             return done(item);
                     }
                     done(notFound(notFoundReason, domain, id + QStringLiteral(" not found")));
                 });
}

template<typename T>
void YouTubeClient::writeOne(Request request, QObject *context, std::function<void(Result<T>)> done)
{
    const QString method = request.method;
    execute(std::move(request), context,
            [method, done = std::move(done)](Result<Response> r, CallInfo) {
                if (!r)
                    return done(r.error());
                done(parseItem<T>(r.value().body, method));
            });
}

template<typename T>
void YouTubeClient::insertReconciled(
    Request request, std::function<bool(const T &, const QDateTime &)> matches,
    std::function<void(QObject *, std::function<void(Result<QList<T>>)>)> list, int resendsLeft,
    QObject *context, std::function<void(Result<T>)> done)
{
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    QPointer<QObject> guard(context);
    const Request copy = request;
    execute(std::move(request), context,
            [this, copy, matches, list, resendsLeft, guard, sentAt, done](Result<Response> r,
                                                                          CallInfo info) {
                if (r)
                    return done(parseItem<T>(r.value().body, copy.method));
                if (!info.outcomeUnknown && !info.earlierOutcomeUnknown)
                    return done(r.error());
                // The insert went out and no answer came: look before sending it again.
                qCInfo(lcApi) << copy.method << "outcome unknown (" << r.error().summary()
                              << "); reconciling";
                const ApiError original = r.error();
                list(guard, [this, copy, matches, list, resendsLeft, guard, sentAt, done,
                             original](Result<QList<T>> existing) {
                    if (!existing) {
                        ApiError e = original;
                        e.reason = kWriteUnconfirmed;
                        e.message = copy.method + QStringLiteral(": no answer (") +
                                    original.summary() +
                                    QStringLiteral("), and the check failed too (") +
                                    existing.error().summary() + QLatin1Char(')');
                        return done(e);
                    }
                    const T *best = nullptr;
                    for (const T &item : existing.value()) {
                        if (!matches(item, sentAt))
                            continue;
                        if (!best || item.snippet.publishedAt > best->snippet.publishedAt)
                            best = &item;
                    }
                    if (best) {
                        qCInfo(lcApi) << copy.method << "confirmed by reconciliation:" << best->id;
                        return done(*best);
                    }
                    if (resendsLeft > 0 && guard) {
                        qCInfo(lcApi) << copy.method << "was not created; sending it once more";
                        insertReconciled<T>(copy, matches, list, resendsLeft - 1, guard, done);
                        return;
                    }
                    ApiError e = original;
                    e.reason = kNotCreated;
                    e.message = copy.method + QStringLiteral(": not created (") +
                                original.summary() + QLatin1Char(')');
                    done(e);
                });
            });
}

void YouTubeClient::listAllUpcoming(const QStringList &parts, const QString &pageToken,
                                    int pagesLeft, QList<LiveBroadcast> soFar, QObject *context,
                                    std::function<void(Result<QList<LiveBroadcast>>)> done)
{
    QPointer<QObject> guard(context);
    listBroadcasts(
        BroadcastFilter::Upcoming, parts, pageToken, kReconcilePageSize, context,
        [this, parts, pagesLeft, soFar, guard, done](Result<Page<LiveBroadcast>> page) mutable {
            if (!page)
                return done(page.error());
            soFar += page.value().items;
            if (page.value().nextPageToken.isEmpty() || pagesLeft <= 1 || !guard)
                return done(soFar);
            listAllUpcoming(parts, page.value().nextPageToken, pagesLeft - 1, soFar, guard, done);
        });
}

void YouTubeClient::listAllMyStreams(const QStringList &parts, const QString &pageToken,
                                     int pagesLeft, QList<LiveStream> soFar, QObject *context,
                                     std::function<void(Result<QList<LiveStream>>)> done)
{
    QPointer<QObject> guard(context);
    listStreams(
        {}, parts, pageToken, kReconcilePageSize, context,
        [this, parts, pagesLeft, soFar, guard, done](Result<Page<LiveStream>> page) mutable {
            if (!page)
                return done(page.error());
            soFar += page.value().items;
            if (page.value().nextPageToken.isEmpty() || pagesLeft <= 1 || !guard)
                return done(soFar);
            listAllMyStreams(parts, page.value().nextPageToken, pagesLeft - 1, soFar, guard, done);
        });
}

// ---- liveBroadcasts -----------------------------------------------------------------------

void YouTubeClient::listBroadcasts(BroadcastFilter filter, const QStringList &parts,
                                   const QString &pageToken, int maxResults, QObject *context,
                                   std::function<void(Result<Page<LiveBroadcast>>)> done)
{
    Request r = makeRequest(QStringLiteral("liveBroadcasts.list"), "GET",
                            QStringLiteral("youtube/v3/liveBroadcasts"));
    r.query.addQueryItem(QStringLiteral("part"), joinParts(parts, kBroadcastDefaultParts));
    if (filter == BroadcastFilter::Mine)
        r.query.addQueryItem(QStringLiteral("mine"), QStringLiteral("true"));
    else
        r.query.addQueryItem(QStringLiteral("broadcastStatus"), filterValue(filter));
    if (maxResults > 0)
        r.query.addQueryItem(QStringLiteral("maxResults"),
                             QString::number(std::min(maxResults, 50)));
    if (!pageToken.isEmpty())
        r.query.addQueryItem(QStringLiteral("pageToken"), pageToken);
    fetchPage<LiveBroadcast>(std::move(r), context, std::move(done));
}

void YouTubeClient::getBroadcast(const QString &id, const QStringList &parts, QObject *context,
                                 std::function<void(Result<LiveBroadcast>)> done)
{
    Request r = makeRequest(QStringLiteral("liveBroadcasts.list"), "GET",
                            QStringLiteral("youtube/v3/liveBroadcasts"));
    // Only the caller's parts: a resource always carries its id anyway.
    r.query.addQueryItem(QStringLiteral("part"), joinParts(parts, kBroadcastDefaultParts));
    r.query.addQueryItem(QStringLiteral("id"), id);
    fetchOne<LiveBroadcast>(std::move(r), QStringLiteral("liveBroadcastNotFound"),
                            QStringLiteral("youtube.liveBroadcast"), context, std::move(done));
}

void YouTubeClient::insertBroadcast(const LiveBroadcast &broadcast, const QStringList &parts,
                                    QObject *context,
                                    std::function<void(Result<LiveBroadcast>)> done)
{
    const QStringList p = parts.isEmpty() ? kBroadcastDefaultParts : parts;
    Request r = makeRequest(QStringLiteral("liveBroadcasts.insert"), "POST",
                            QStringLiteral("youtube/v3/liveBroadcasts"));
    r.query.addQueryItem(QStringLiteral("part"), p.join(QLatin1Char(',')));
    LiveBroadcast sent = broadcast;
    sent.id.clear();
    r.body = QJsonDocument(sent.toJson(p)).toJson(QJsonDocument::Compact);
    r.contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    r.replay = RetryPolicy::Replay::AfterReconcile;

    const auto matches = [sent, p](const LiveBroadcast &b, const QDateTime &sentAt) {
        if (p.contains(QLatin1String("snippet"))) {
            if (b.snippet.title != sent.snippet.title)
                return false;
            if (sent.snippet.scheduledStartTime.isValid() &&
                qAbs(b.snippet.scheduledStartTime.secsTo(sent.snippet.scheduledStartTime)) > 1)
                return false;
        }
        if (p.contains(QLatin1String("status")) && !sent.status.privacyStatus.isEmpty() &&
            b.status.privacyStatus != sent.status.privacyStatus)
            return false;
        if (b.snippet.publishedAt.isValid() &&
            b.snippet.publishedAt < sentAt.addSecs(-kReconcileClockSkewSecs))
            return false;
        return b.status.lifeCycleStatus == LifeCycleStatus::Created ||
               b.status.lifeCycleStatus == LifeCycleStatus::Ready;
    };
    const QStringList listParts =
        withParts(p, {QStringLiteral("id"), QStringLiteral("snippet"), QStringLiteral("status")});
    const auto list = [this, listParts](QObject *ctx,
                                        std::function<void(Result<QList<LiveBroadcast>>)> cb) {
        listAllUpcoming(listParts, QString(), kReconcileMaxPages, {}, ctx, std::move(cb));
    };
    insertReconciled<LiveBroadcast>(std::move(r), matches, list, 1, context, std::move(done));
}

void YouTubeClient::updateBroadcast(const LiveBroadcast &broadcast, const QStringList &parts,
                                    QObject *context,
                                    std::function<void(Result<LiveBroadcast>)> done)
{
    const QStringList p = parts.isEmpty() ? broadcast.parts : parts;
    Request r = makeRequest(QStringLiteral("liveBroadcasts.update"), "PUT",
                            QStringLiteral("youtube/v3/liveBroadcasts"));
    r.query.addQueryItem(QStringLiteral("part"), joinParts(p, kBroadcastDefaultParts));
    r.body = QJsonDocument(broadcast.toJson(p)).toJson(QJsonDocument::Compact);
    r.contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    writeOne<LiveBroadcast>(std::move(r), context, std::move(done));
}

void YouTubeClient::deleteBroadcast(const QString &id, QObject *context,
                                    std::function<void(Result<bool>)> done)
{
    Request r = makeRequest(QStringLiteral("liveBroadcasts.delete"), "DELETE",
                            QStringLiteral("youtube/v3/liveBroadcasts"));
    r.query.addQueryItem(QStringLiteral("id"), id);
    execute(std::move(r), context, [done = std::move(done)](Result<Response> res, CallInfo info) {
        if (res)
            return done(true);
        // The first delete went through but its answer was lost: the retry finds it gone.
        if (info.earlierOutcomeUnknown &&
            res.error().reason == QLatin1String("liveBroadcastNotFound"))
            return done(true);
        done(res.error());
    });
}

void YouTubeClient::bindBroadcast(const QString &id, const QString &streamIdOrEmptyToUnbind,
                                  const QStringList &parts, QObject *context,
                                  std::function<void(Result<LiveBroadcast>)> done)
{
    Request r = makeRequest(QStringLiteral("liveBroadcasts.bind"), "POST",
                            QStringLiteral("youtube/v3/liveBroadcasts/bind"));
    r.query.addQueryItem(QStringLiteral("id"), id);
    r.query.addQueryItem(QStringLiteral("part"), joinParts(parts, kBroadcastDefaultParts));
    if (!streamIdOrEmptyToUnbind.isEmpty())
        r.query.addQueryItem(QStringLiteral("streamId"), streamIdOrEmptyToUnbind);
    writeOne<LiveBroadcast>(std::move(r), context, std::move(done));
}

void YouTubeClient::transitionBroadcast(const QString &id, const QString &broadcastStatus,
                                        const QStringList &parts, QObject *context,
                                        std::function<void(Result<LiveBroadcast>)> done)
{
    Request r = makeRequest(QStringLiteral("liveBroadcasts.transition"), "POST",
                            QStringLiteral("youtube/v3/liveBroadcasts/transition"));
    r.query.addQueryItem(QStringLiteral("broadcastStatus"), broadcastStatus);
    r.query.addQueryItem(QStringLiteral("id"), id);
    r.query.addQueryItem(QStringLiteral("part"), joinParts(parts, kBroadcastDefaultParts));
    QPointer<QObject> guard(context);
    execute(std::move(r), context,
            [this, id, parts, guard, done = std::move(done)](Result<Response> res, CallInfo) {
                if (res)
                    return done(parseItem<LiveBroadcast>(
                        res.value().body, QStringLiteral("liveBroadcasts.transition")));
                if (res.error().reason == QLatin1String("redundantTransition") && guard) {
                    // Already there or on its way: what the caller wanted. Read where it is.
                    qCInfo(lcApi) << "transition of" << id << "was redundant; reading it";
                    getBroadcast(id, parts, guard, done);
                    return;
                }
                done(res.error());
            });
}

void YouTubeClient::insertCuepoint(const QString &broadcastId, const Cuepoint &cue,
                                   QObject *context, std::function<void(CuepointOutcome)> done)
{
    insertCuepoint(broadcastId, cue, SendCheck(), context, std::move(done));
}

void YouTubeClient::insertCuepoint(const QString &broadcastId, const Cuepoint &cue,
                                   SendCheck stillWanted, QObject *context,
                                   std::function<void(CuepointOutcome)> done)
{
    Request r = makeRequest(QStringLiteral("liveBroadcasts.insertCuepoint"), "POST",
                            QStringLiteral("youtube/v3/liveBroadcasts/cuepoint"));
    r.query.addQueryItem(QStringLiteral("id"), broadcastId);
    Cuepoint sent = cue;
    sent.id.clear();
    sent.etag.clear();
    r.body = QJsonDocument(sent.toJson()).toJson(QJsonDocument::Compact);
    r.contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    r.replay = RetryPolicy::Replay::Never;
    r.sendWithinMs = kCuepointSendWithinMs;
    r.beforeResend = std::move(stillWanted);
    execute(std::move(r), context, [done = std::move(done)](Result<Response> res, CallInfo info) {
        if (res) {
            // A 2xx means the break was accepted, even if its echo cannot be read.
            return done({parseItem<Cuepoint>(res.value().body,
                                             QStringLiteral("liveBroadcasts.insertCuepoint")),
                         WriteConfirmation::Confirmed});
        }
        if (info.outcomeUnknown || info.earlierOutcomeUnknown) {
            ApiError e = res.error();
            e.reason = kWriteUnconfirmed;
            e.message = QStringLiteral("no answer to the ad break (") + res.error().summary() +
                        QStringLiteral("); it may have been inserted");
            return done({e, WriteConfirmation::Unconfirmed});
        }
        done({res.error(), WriteConfirmation::NotCreated});
    });
}

// ---- liveStreams --------------------------------------------------------------------------

void YouTubeClient::listStreams(const QStringList &ids, const QStringList &parts,
                                const QString &pageToken, int maxResults, QObject *context,
                                std::function<void(Result<Page<LiveStream>>)> done)
{
    Request r = makeRequest(QStringLiteral("liveStreams.list"), "GET",
                            QStringLiteral("youtube/v3/liveStreams"));
    r.query.addQueryItem(QStringLiteral("part"), joinParts(parts, kStreamDefaultParts));
    if (ids.isEmpty())
        r.query.addQueryItem(QStringLiteral("mine"), QStringLiteral("true"));
    else
        r.query.addQueryItem(QStringLiteral("id"), ids.join(QLatin1Char(',')));
    if (maxResults > 0)
        r.query.addQueryItem(QStringLiteral("maxResults"),
                             QString::number(std::min(maxResults, 50)));
    if (!pageToken.isEmpty())
        r.query.addQueryItem(QStringLiteral("pageToken"), pageToken);
    fetchPage<LiveStream>(std::move(r), context, std::move(done));
}

void YouTubeClient::getStream(const QString &id, const QStringList &parts, QObject *context,
                              std::function<void(Result<LiveStream>)> done)
{
    Request r = makeRequest(QStringLiteral("liveStreams.list"), "GET",
                            QStringLiteral("youtube/v3/liveStreams"));
    r.query.addQueryItem(QStringLiteral("part"), joinParts(parts, kStreamDefaultParts));
    r.query.addQueryItem(QStringLiteral("id"), id);
    fetchOne<LiveStream>(std::move(r), QStringLiteral("liveStreamNotFound"),
                         QStringLiteral("youtube.liveStream"), context, std::move(done));
}

void YouTubeClient::insertStream(const LiveStream &stream, const QStringList &parts,
                                 QObject *context, std::function<void(Result<LiveStream>)> done)
{
    const QStringList p = parts.isEmpty() ? kStreamDefaultParts : parts;
    Request r = makeRequest(QStringLiteral("liveStreams.insert"), "POST",
                            QStringLiteral("youtube/v3/liveStreams"));
    r.query.addQueryItem(QStringLiteral("part"), p.join(QLatin1Char(',')));
    LiveStream sent = stream;
    sent.id.clear();
    r.body = QJsonDocument(sent.toJson(p)).toJson(QJsonDocument::Compact);
    r.contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    r.replay = RetryPolicy::Replay::AfterReconcile;

    const auto matches = [sent, p](const LiveStream &s, const QDateTime &sentAt) {
        if (s.snippet.title != sent.snippet.title)
            return false;
        if (p.contains(QLatin1String("cdn")) &&
            (s.cdn.ingestionType != sent.cdn.ingestionType ||
             s.cdn.resolution != sent.cdn.resolution || s.cdn.frameRate != sent.cdn.frameRate))
            return false;
        return !s.snippet.publishedAt.isValid() ||
               s.snippet.publishedAt >= sentAt.addSecs(-kReconcileClockSkewSecs);
    };
    const QStringList listParts =
        withParts(p, {QStringLiteral("id"), QStringLiteral("snippet"), QStringLiteral("cdn")});
    const auto list = [this, listParts](QObject *ctx,
                                        std::function<void(Result<QList<LiveStream>>)> cb) {
        listAllMyStreams(listParts, QString(), kReconcileMaxPages, {}, ctx, std::move(cb));
    };
    insertReconciled<LiveStream>(std::move(r), matches, list, 1, context, std::move(done));
}

void YouTubeClient::updateStream(const LiveStream &stream, const QStringList &parts,
                                 QObject *context, std::function<void(Result<LiveStream>)> done)
{
    const QStringList p = parts.isEmpty() ? stream.parts : parts;
    Request r = makeRequest(QStringLiteral("liveStreams.update"), "PUT",
                            QStringLiteral("youtube/v3/liveStreams"));
    r.query.addQueryItem(QStringLiteral("part"), joinParts(p, kStreamDefaultParts));
    r.body = QJsonDocument(stream.toJson(p)).toJson(QJsonDocument::Compact);
    r.contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    writeOne<LiveStream>(std::move(r), context, std::move(done));
}

void YouTubeClient::deleteStream(const QString &id, QObject *context,
                                 std::function<void(Result<bool>)> done)
{
    Request r = makeRequest(QStringLiteral("liveStreams.delete"), "DELETE",
                            QStringLiteral("youtube/v3/liveStreams"));
    r.query.addQueryItem(QStringLiteral("id"), id);
    execute(std::move(r), context, [done = std::move(done)](Result<Response> res, CallInfo info) {
        if (res)
            return done(true);
        if (info.earlierOutcomeUnknown && res.error().reason == QLatin1String("liveStreamNotFound"))
            return done(true);
        done(res.error());
    });
}

// ---- videos, channels, thumbnails ---------------------------------------------------------

void YouTubeClient::getVideo(const QString &id, const QStringList &parts, QObject *context,
                             std::function<void(Result<Video>)> done)
{
    Request r =
        makeRequest(QStringLiteral("videos.list"), "GET", QStringLiteral("youtube/v3/videos"));
    r.query.addQueryItem(QStringLiteral("part"), joinParts(parts, kVideoDefaultParts));
    r.query.addQueryItem(QStringLiteral("id"), id);
    fetchOne<Video>(std::move(r), QStringLiteral("videoNotFound"), QStringLiteral("youtube.video"),
                    context, std::move(done));
}

void YouTubeClient::updateVideo(const Video &video, const QStringList &parts, QObject *context,
                                std::function<void(Result<Video>)> done)
{
    const QStringList p = parts.isEmpty() ? video.parts : parts;
    Request r =
        makeRequest(QStringLiteral("videos.update"), "PUT", QStringLiteral("youtube/v3/videos"));
    r.query.addQueryItem(QStringLiteral("part"), joinParts(p, kVideoDefaultParts));
    r.body = QJsonDocument(video.toJson(p)).toJson(QJsonDocument::Compact);
    r.contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    writeOne<Video>(std::move(r), context, std::move(done));
}

void YouTubeClient::getMyChannel(QObject *context, std::function<void(Result<Channel>)> done)
{
    Request r =
        makeRequest(QStringLiteral("channels.list"), "GET", QStringLiteral("youtube/v3/channels"));
    r.query.addQueryItem(QStringLiteral("part"), QStringLiteral("id,snippet"));
    r.query.addQueryItem(QStringLiteral("mine"), QStringLiteral("true"));
    fetchPage<Channel>(std::move(r), context, [done = std::move(done)](Result<Page<Channel>> page) {
        if (!page)
            return done(page.error());
        if (page.value().items.isEmpty()) {
            ApiError e = notFound(QStringLiteral("NoLinkedYouTubeAccount"),
                                  QStringLiteral("youtube.channel"),
                                  QStringLiteral("the account has no YouTube channel"));
            return done(e);
        }
        done(page.value().items.first());
    });
}

void YouTubeClient::setThumbnail(const QString &videoId, const QByteArray &image,
                                 const QString &mimeType, QObject *context,
                                 std::function<void(Result<bool>)> done)
{
    Request r = makeRequest(QStringLiteral("thumbnails.set"), "POST",
                            QStringLiteral("upload/youtube/v3/thumbnails/set"));
    r.query.addQueryItem(QStringLiteral("videoId"), videoId);
    r.query.addQueryItem(QStringLiteral("uploadType"), QStringLiteral("media"));
    r.body = image;
    r.contentType =
        mimeType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : mimeType.toLatin1();
    r.timeoutMs = m_uploadTimeoutMs;
    // Setting the same image twice has the same effect: safe to repeat.
    r.replay = RetryPolicy::Replay::Safe;
    execute(std::move(r), context, [done = std::move(done)](Result<Response> res, CallInfo) {
        if (!res)
            return done(res.error());
        Result<QJsonObject> json =
            parseJsonObject(res.value().body, QStringLiteral("thumbnails.set"));
        if (!json)
            return done(json.error());
        done(true);
    });
}

} // namespace onair
