#pragma once

#include "kernel/HttpReply.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRandomGenerator>
#include <QString>

#include <functional>
#include <optional>

namespace onair::sandbox {

// Faults the sandbox injects into API answers, set with --faults SPEC or POST /_sandbox/faults.
//
// SPEC is a comma-separated list of items NAME[=VALUE][FORM][@METHOD], FORM one of
//   xCOUNT        the next COUNT matching requests (the default: x1)
//   %PERCENT      each matching request with PERCENT % probability (1-100) until cleared; the
//                 draws come from a generator seeded with seed=N, so a run can be replayed
//   ~SECONDSs / ~MSms   every matching request for that long from now, then the item is gone
// and items:
//   error=500 | error=503   answer 500 internalError / 503 backendError (502 and 504 too:
//                           the service's gateway answer)
//   drop                    read the request, then close the connection without an answer
//                           (inserts and cuepoints are applied first: "sent, no answer");
//                           drop=N on an upload's bytes: closed after N bytes of the body
//                           (default: half), which are kept
//   stall                   hold the request without answering until the client gives up;
//                           stall=N on an upload's bytes: reading stops after N bytes of the
//                           body (default: half), which are kept
//   reason=REASON           the service's error with that reason (uploadLimitExceeded, …)
//   commit=REASON           "rejected, yet done": the call is applied, then answered with the
//                           service's error for REASON (Instagram's 4/2207051 on a publish);
//                           commit=500 (502, 503, 504): applied, then answered with the service's
//                           server error for that status
//   outcome=NAME            consumed by the service when the call succeeds, to shape what it
//                           does (Instagram: a container that stays IN_PROGRESS or ends in
//                           ERROR; Telegram: a message_id of 0); see the service's README
//   failed=REASON / rejected=REASON   the next upload's processing ends failed/rejected with
//                           that failureReason/rejectionReason (consumed by the service)
//   ratelimit               403 rateLimitExceeded (domain usageLimits)
//   quota                   403 quotaExceeded (domain youtube.quota), nothing charged
//   bad=malformed|truncated|huge|wrongtype   corrupt the next successful JSON answer
//   latency=MS              delay every matching answer by MS (until cleared; no count);
//                           one latency per METHOD (the one without METHOD covers the rest of
//                           the API); the sign-in endpoints (oauth2.token, oauth2.revoke) are
//                           delayed only when named
//   stuck=testing|live|all  transitions stay in testStarting/liveStarting (until cleared)
//   expire-tokens           every access token expires now (an action, not a state)
//   seed=N                  reseeds the generator the %PERCENT draws come from (a setting)
// latency, stuck, expire-tokens and seed take no FORM. METHOD limits an item to one method: its
// fault key "service:method" ("youtube:liveBroadcasts.transition", "oauth2:token") or, as before
// the kernel, its doc name ("liveBroadcasts.transition", "oauth2.token"), which
// the key resolver (the route table) maps to the key.
class FaultInjector
{
public:
    enum class Action
    {
        None,
        Error,
        Drop,
        Stall,
        RateLimit,
        Quota,
        Reason,
        CommitReason
    };

    struct Decision
    {
        Action action = Action::None;
        int errorStatus = 0; // for Action::Error, and CommitReason with a status (commit=500)
        int latencyMs = 0;
        QString value; // Reason: the reason; Drop/Stall: bytes of an upload's body, or empty
    };

    // Maps a METHOD (or a method asked about) to its fault key; identity when unset.
    void setKeyResolver(std::function<QString(const QString &)> resolver);

    // Adds the items of `spec`; false (nothing added) with `error` set on a bad spec.
    bool addSpec(const QString &spec, QString *error, bool *expireTokensNow);
    void clear();

    // Consumes the first counted fault that matches `method` (latency is not consumed).
    Decision take(const QString &method);
    // The delay for an answer of `method` that is not an API request (oauth2.token, …): only
    // a latency named for it.
    int latencyFor(const QString &method) const { return m_latencyByMethod.value(keyOf(method)); }
    // Consumes a "bad=" fault for a successful JSON answer of `method`; empty when none.
    QString takeCorruption(const QString &method);
    // Consumes a "failed=" or "rejected=" fault for an upload of `method` completing:
    // {"failed", "codec"}; empty when none.
    QPair<QString, QString> takeProcessingOutcome(const QString &method);
    // Consumes an "outcome=NAME" fault for a successful call of `method`; empty when none.
    QString takeOutcome(const QString &method);
    bool isStuck(const QString &transitionTarget) const; // "testing" or "live"

    QJsonObject report() const;

    // A successful JSON answer corrupted the way a "bad=KIND" fault says.
    static HttpReply corrupt(HttpReply reply, const QString &kind);

private:
    QString keyOf(const QString &method) const;

    struct Item
    {
        QString name;         // error, drop, stall, ratelimit, quota, bad
        QString value;        // 500/503, corruption kind
        int remaining = 1;    // xCOUNT; 0 for the %PERCENT and ~WINDOW forms
        QString method;       // fault key; empty: any
        int percent = 0;      // %PERCENT: the chance of each matching request
        qint64 windowMs = 0;  // ~WINDOW: its length, and
        QDeadlineTimer until; // when it ends
    };

    // Takes the first item whose name `isKind` accepts that matches `method` and fires now (a
    // %PERCENT item draws; a ~WINDOW item past its end is dropped on the way): a counted item is
    // used up by one; nullopt when none fires.
    std::optional<Item> takeItem(const QString &method,
                                 const std::function<bool(const QString &)> &isKind);

    std::function<QString(const QString &)> m_resolver;
    QList<Item> m_items;
    int m_latencyMs = 0;                  // any API method without its own
    QMap<QString, int> m_latencyByMethod; // fault key → ms
    bool m_stuckTesting = false;
    bool m_stuckLive = false;
    quint32 m_seed = QRandomGenerator::global()->generate();
    QRandomGenerator m_random{m_seed};
};

} // namespace onair::sandbox
