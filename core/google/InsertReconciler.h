#pragma once

#include "google/ResourceCalls.h"
#include "net/ApiLogging.h"

#include <QDateTime>
#include <QPointer>

#include <functional>

namespace onair {

// An insert whose answer was lost is never simply sent again: the items that exist are listed
// and matched to what was sent. A match is the created item (confirmed; the newest when
// several match); no match means nothing was created, and the insert is sent once more; a
// failed check ends the call with reason writeUnconfirmed, an insert that is still not created
// with reason notCreated. Any Google resource: YouTube's broadcasts and streams, Content ID's
// assets and claims.
class InsertReconciler
{
public:
    // The reasons the call ends with (ErrorMessages has sentences for them).
    static inline const QString kWriteUnconfirmed = QStringLiteral("writeUnconfirmed");
    static inline const QString kNotCreated = QStringLiteral("notCreated");

    // A created item's publishedAt may lag or lead our clock a little; anything older than
    // this before the insert was sent is someone else's.
    static constexpr int kClockSkewSecs = 120;
    // Reconciliation reads at most this many pages of 50 (new items come first in practice).
    static constexpr int kMaxPages = 4;
    static constexpr int kPageSize = 50;

    template<typename T>
    using Matches = std::function<bool(const T &item, const QDateTime &sentAt)>;
    template<typename T>
    using ListAll = std::function<void(QObject *context, ResourceCalls::Done<QList<T>> done)>;
    // When an item was created (publishedAt, timeCreated): the newest match wins.
    template<typename T>
    using CreatedAt = std::function<QDateTime(const T &item)>;

    // Sends `request` (Replay::AfterReconcile); `list` reads the items it may have created.
    template<typename T>
    static void insert(const ResourceCalls &calls, NetRequest request, Matches<T> matches,
                       ListAll<T> list, CreatedAt<T> createdAt, int resendsLeft, QObject *context,
                       ResourceCalls::Done<T> done);
};

template<typename T>
void InsertReconciler::insert(const ResourceCalls &calls, NetRequest request, Matches<T> matches,
                              ListAll<T> list, CreatedAt<T> createdAt, int resendsLeft,
                              QObject *context, ResourceCalls::Done<T> done)
{
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    QPointer<QObject> guard(context);
    const NetRequest copy = request;
    calls.send(
        std::move(request), context,
        [calls, copy, matches, list, createdAt, resendsLeft, guard, sentAt,
         done](Result<NetReply> r, NetCallInfo info) {
            if (r)
                return done(ResourceCalls::parseItem<T>(r.value().body, copy.method));
            if (!info.outcomeUnknown && !info.earlierOutcomeUnknown)
                return done(r.error());
            // The insert went out and no answer came: look before sending it again.
            qCInfo(lcApi) << copy.method << "outcome unknown (" << r.error().summary()
                          << "); reconciling";
            const ApiError original = r.error();
            list(guard, [calls, copy, matches, list, createdAt, resendsLeft, guard, sentAt, done,
                         original](Result<QList<T>> existing) {
                if (!existing) {
                    ApiError e = original;
                    e.reason = kWriteUnconfirmed;
                    e.message = copy.method + QStringLiteral(": no answer (") + original.summary() +
                                QStringLiteral("), and the check failed too (") +
                                existing.error().summary() + QLatin1Char(')');
                    return done(e);
                }
                const T *best = nullptr;
                for (const T &item : existing.value()) {
                    if (!matches(item, sentAt))
                        continue;
                    if (!best || createdAt(item) > createdAt(*best))
                        best = &item;
                }
                if (best) {
                    qCInfo(lcApi) << copy.method << "confirmed by reconciliation:" << best->id;
                    return done(*best);
                }
                if (resendsLeft > 0 && guard) {
                    qCInfo(lcApi) << copy.method << "was not created; sending it once more";
                    insert<T>(calls, copy, matches, list, createdAt, resendsLeft - 1, guard, done);
                    return;
                }
                ApiError e = original;
                e.reason = kNotCreated;
                e.message = copy.method + QStringLiteral(": not created (") + original.summary() +
                            QLatin1Char(')');
                done(e);
            });
        });
}

} // namespace onair
