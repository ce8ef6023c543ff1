#pragma once

#include "kernel/BodyReceiver.h"
#include "kernel/HttpReply.h"

#include <QString>

#include <functional>
#include <memory>

class QHttpServerRequest;
class QHttpServerResponder;

namespace onair::sandbox {

// One line of the kernel's route table: verb + path pattern → service, method name, handler.
//
// - `Api`: an answer as a value that goes through fault injection (every counted fault, the
//   latency without a method) and the request log. An upload's route has `receive` instead:
//   its body is handed over as it arrives (BodyStreams), never held whole in memory.
// - `Endpoint`: an answer as a value that only a latency named for it delays (the sign-in
//   endpoints); logged.
// - `Page`: a handler that writes its own answer (HTML pages, nginx callbacks, HLS files); it
//   may decline (false), and the search goes on.
// - `Control`: a /_sandbox/ control endpoint (JSON in, JSON out, no auth, never logged).
struct Route
{
    enum class Kind
    {
        Api,
        Endpoint,
        Page,
        Control
    };
    using Answer = std::function<HttpReply(const QHttpServerRequest &)>;
    using PageHandler = std::function<bool(const QHttpServerRequest &, QHttpServerResponder &)>;
    using Receive = std::function<std::unique_ptr<BodyReceiver>(const RequestHead &)>;

    Kind kind = Kind::Api;
    QString verb;                   // "GET", "POST", …; "*": any
    QString path;                   // exact, a prefix when it ends with '*', "{}": one segment
    QString service;                // "youtube", "oauth2", "ingest", "kernel", …
    QString method;                 // "liveBroadcasts.list", "token", …
    QString logName;                // the request log's apiMethod; empty: not logged
    bool appliesBeforeDrop = false; // Api: a drop fault applies the call, then drops the answer
    Answer answer;                  // Api, Endpoint, Control
    Receive receive;  // Api instead of `answer`: the body streams to a receiver (uploads)
    PageHandler page; // Page
    // Api: the method the request itself names (Telegram's /bot<token>/<method>), for its
    // fault key and log name; unset or empty: `method`.
    std::function<QString(const QHttpServerRequest &)> methodOf;

    // The fault key, "service:method".
    QString faultKey() const { return service + QLatin1Char(':') + method; }
    // The fault key and log name of one request (methodOf, else the route's own).
    QString faultKey(const QHttpServerRequest &request) const;
    QString logNameOf(const QHttpServerRequest &request) const;
    bool matches(const QString &requestVerb, const QString &requestPath) const;
};

} // namespace onair::sandbox
