#include "kernel/SandboxKernel.h"

#include "kernel/LoopbackListener.h"
#include "kernel/SandboxService.h"
#include "kernel/StateFile.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

namespace onair::sandbox {

namespace {

constexpr int kStallMs = 5 * 60 * 1000;
const QString kControlRoot = QStringLiteral("/_sandbox/");

void write(QHttpServerResponder &responder, const HttpReply &reply)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    if (!reply.contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    for (const auto &h : reply.headers)
        responder.writeHeader(h.first, h.second);
    if (reply.status != 204)
        responder.writeHeader(QByteArrayLiteral("Content-Length"),
                              QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

} // namespace

SandboxKernel::SandboxKernel(const QString &dataDir, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_streams(new BodyStreams([this](const RequestHead &head) { return openStream(head); }, this))
    , m_state(new StateFile(dataDir, this))
{
    m_faults.setKeyResolver([this](const QString &method) { return m_routes.faultKey(method); });
    m_mediaUrls.setVideos([this] { return m_videos; });
    addKernelControls();
}

SandboxKernel::~SandboxKernel() = default;

quint16 SandboxKernel::listen(const QHostAddress &address, quint16 port)
{
    auto *listener =
        new LoopbackListener([this](QTcpSocket *socket) { m_streams->watch(socket); }, this);
    if (!listener->listen(address, port)) {
        delete listener;
        return 0;
    }
    bind(listener);
    return listener->serverPort();
}

void SandboxKernel::addService(SandboxService *service)
{
    m_services.append(service);
    service->registerWith(*this);
}

void SandboxKernel::addControl(const QString &service, const QString &name, const QString &verb,
                               Control control, bool alias)
{
    Route route;
    route.kind = Route::Kind::Control;
    route.verb = verb;
    route.service = service;
    route.method = name;
    route.answer = [control = std::move(control)](const QHttpServerRequest &request) {
        const QString requestVerb = verbOf(request);
        QJsonObject body;
        if (requestVerb == QLatin1String("POST") && !request.body().trimmed().isEmpty()) {
            const QJsonDocument doc = QJsonDocument::fromJson(request.body());
            if (!doc.isObject())
                return SandboxKernel::controlError(
                    QStringLiteral("the body must be a JSON object"));
            body = doc.object();
        }
        return control(requestVerb, body);
    };
    route.path = kControlRoot + service + QLatin1Char('/') + name;
    m_routes.add(route);
    if (alias) {
        route.path = kControlRoot + name;
        m_routes.add(route);
    }
}

void SandboxKernel::addKernelControls()
{
    const QString kernel = QStringLiteral("kernel");
    addControl(
        kernel, QStringLiteral("requests"), QStringLiteral("*"),
        [this](const QString &verb, const QJsonObject &) {
            if (verb == QLatin1String("DELETE")) {
                m_log.clear();
                return jsonReply({{QStringLiteral("cleared"), true}});
            }
            return jsonReply({{QStringLiteral("requests"), m_log.toJson()}});
        },
        true);
    addControl(
        kernel, QStringLiteral("faults"), QStringLiteral("*"),
        [this](const QString &verb, const QJsonObject &body) {
            if (verb == QLatin1String("DELETE") || body.value(QStringLiteral("clear")).toBool())
                m_faults.clear();
            if (verb == QLatin1String("POST") && body.contains(QStringLiteral("spec"))) {
                QString problem;
                if (!addFaults(body.value(QStringLiteral("spec")).toString(), &problem))
                    return SandboxKernel::controlError(problem);
            }
            return jsonReply(m_faults.report());
        },
        true);
    addControl(kernel, QStringLiteral("media-urls"), QStringLiteral("*"),
               [this](const QString &verb, const QJsonObject &body) {
                   if (verb == QLatin1String("DELETE"))
                       m_mediaUrls.clear();
                   if (verb == QLatin1String("POST")) {
                       QString problem;
                       if (!m_mediaUrls.add(body, &problem))
                           return SandboxKernel::controlError(problem);
                   }
                   return jsonReply({{QStringLiteral("urls"), m_mediaUrls.toJson()}});
               });
    addControl(
        kernel, QStringLiteral("reset"), QStringLiteral("POST"),
        [this](const QString &, const QJsonObject &) {
            for (SandboxService *service : std::as_const(m_services))
                service->reset();
            m_log.clear();
            m_faults.clear();
            m_mediaUrls.clear();
            m_state->scheduleSave();
            return jsonReply({{QStringLiteral("reset"), true}});
        },
        true);
}

bool SandboxKernel::addFaults(const QString &spec, QString *error)
{
    bool expire = false;
    if (!m_faults.addSpec(spec, error, &expire))
        return false;
    if (expire && m_expireTokens)
        m_expireTokens();
    return true;
}

QString SandboxKernel::verbOf(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    default:
        return QStringLiteral("OTHER");
    }
}

HttpReply SandboxKernel::jsonReply(const QJsonObject &object, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Indented);
    reply.isJson = true;
    return reply;
}

HttpReply SandboxKernel::controlError(const QString &message, int status)
{
    return jsonReply({{QStringLiteral("error"), message}}, status);
}

bool SandboxKernel::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_streams->requestHandled(socket);
    const QString verb = verbOf(request);
    const QString path = request.url().path();
    std::optional<QHttpServerResponder> responder;
    for (const Route *route : m_routes.find(verb, path)) {
        switch (route->kind) {
        case Route::Kind::Api:
            handleApi(*route, request, socket);
            return true;
        case Route::Kind::Endpoint: {
            // Answered at once; only a latency named for it delays the answer.
            const HttpReply reply = route->answer(request);
            if (!route->logName.isEmpty())
                m_log.append(verb, request, reply.status, route->logName);
            send(request, socket, reply, m_faults.latencyFor(route->faultKey()));
            return true;
        }
        case Route::Kind::Page:
            if (!responder)
                responder.emplace(makeResponder(request, socket));
            if (route->page(request, *responder)) {
                if (!route->logName.isEmpty())
                    m_log.append(verb, request, 0, route->logName);
                return true;
            }
            break;
        case Route::Kind::Control:
            send(request, socket, route->answer(request), 0);
            return true;
        }
    }
    HttpReply reply;
    if (path.startsWith(kControlRoot))
        reply = SandboxKernel::controlError(
            QStringLiteral("unknown control endpoint: ") + verb + QLatin1Char(' ') + path, 404);
    else if (m_notFound)
        reply = m_notFound(path);
    else
        reply.status = 404;
    if (m_routes.isApiPath(path))
        m_log.append(verb, request, reply.status, QString());
    send(request, socket, reply, 0);
    return true;
}

void SandboxKernel::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_streams->requestHandled(socket);
    HttpReply reply;
    reply.status = 404;
    send(request, socket, m_notFound ? m_notFound(request.url().path()) : reply, 0);
}

void SandboxKernel::handleApi(const Route &route, const QHttpServerRequest &request,
                              QTcpSocket *socket)
{
    const QString verb = verbOf(request);
    const QString key = route.faultKey(request);
    const QString logName = route.logNameOf(request);
    const FaultInjector::Decision fault = m_faults.take(key);
    switch (fault.action) {
    case FaultInjector::Action::Error:
    case FaultInjector::Action::RateLimit:
    case FaultInjector::Action::Quota:
    case FaultInjector::Action::Reason: {
        const HttpReply reply = faultReply(route, fault);
        m_log.append(verb, request, reply.status, logName);
        send(request, socket, reply, fault.latencyMs);
        return;
    }
    case FaultInjector::Action::Stall: {
        // Read, never answered: the client's own timeout is what ends it.
        if (route.receive) // an upload's bytes: the first part arrived and is kept
            receiveWhole(route, request,
                         fault.value.isEmpty() ? request.body().size() / 2
                                               : fault.value.toLongLong());
        m_log.append(verb, request, 0, logName);
        QPointer<QTcpSocket> held(socket);
        QTimer::singleShot(kStallMs, this, [held] {
            if (held)
                held->abort();
        });
        return;
    }
    case FaultInjector::Action::Drop:
        if (route.receive) // an upload's bytes: the first part arrived and is kept
            receiveWhole(route, request,
                         fault.value.isEmpty() ? request.body().size() / 2
                                               : fault.value.toLongLong());
        else if (route.appliesBeforeDrop)
            route.answer(request); // "sent, no answer": applied, the answer is lost
        m_log.append(verb, request, 0, logName);
        socket->abort();
        return;
    case FaultInjector::Action::CommitReason: {
        // "Rejected, yet done": the call is applied, and the answer is the service's error.
        if (!route.receive)
            route.answer(request);
        const HttpReply reply = faultReply(route, fault);
        m_log.append(verb, request, reply.status, logName);
        send(request, socket, reply, fault.latencyMs);
        return;
    }
    case FaultInjector::Action::None:
        break;
    }
    HttpReply reply = route.receive ? receiveWhole(route, request) : route.answer(request);
    m_log.append(verb, request, reply.status, logName);
    if (reply.status >= 200 && reply.status < 300 && reply.isJson) {
        const QString corruption = m_faults.takeCorruption(key);
        if (!corruption.isEmpty())
            reply = FaultInjector::corrupt(reply, corruption);
    }
    send(request, socket, reply, fault.latencyMs);
}

HttpReply SandboxKernel::faultReply(const Route &route, const FaultInjector::Decision &fault) const
{
    const auto service =
        std::find_if(m_services.cbegin(), m_services.cend(),
                     [&](SandboxService *s) { return s->name() == route.service; });
    if (service == m_services.cend()) {
        HttpReply reply;
        reply.status = fault.errorStatus > 0 ? fault.errorStatus : 500;
        return reply;
    }
    if (fault.action == FaultInjector::Action::Reason ||
        (fault.action == FaultInjector::Action::CommitReason && fault.errorStatus == 0))
        return (*service)->reasonAnswer(fault.value);
    return (*service)->faultAnswer(fault.action, fault.errorStatus);
}

HttpReply SandboxKernel::receiveWhole(const Route &route, const QHttpServerRequest &request,
                                      qint64 keepBytes)
{
    RequestHead head;
    head.verb = verbOf(request);
    head.url = request.url();
    head.headers = request.headers();
    head.contentLength = request.body().size();
    const std::unique_ptr<BodyReceiver> receiver = route.receive(head);
    const QByteArray body = request.body();
    if (keepBytes >= 0 && keepBytes < body.size()) {
        receiver->write(body.constData(), keepBytes);
        receiver->interrupted();
        return {};
    }
    receiver->write(body.constData(), body.size());
    return receiver->finish();
}

std::optional<BodyStreams::Exchange> SandboxKernel::openStream(const RequestHead &head)
{
    const QList<const Route *> routes = m_routes.find(head.verb, head.url.path());
    const auto found = std::find_if(routes.cbegin(), routes.cend(), [](const Route *route) {
        return route->kind == Route::Kind::Api && route->receive;
    });
    if (found == routes.cend())
        return std::nullopt;
    const Route &route = **found;
    const FaultInjector::Decision fault = m_faults.take(route.faultKey());
    BodyStreams::Exchange exchange;
    exchange.latencyMs = fault.latencyMs;
    exchange.answered = [this, verb = head.verb, url = head.url, logName = route.logName](
                            int status) { m_log.append(verb, url, status, logName); };
    switch (fault.action) {
    case FaultInjector::Action::Error:
    case FaultInjector::Action::RateLimit:
    case FaultInjector::Action::Quota:
    case FaultInjector::Action::Reason:
    case FaultInjector::Action::CommitReason:
        exchange.receiver = BodyReceiver::answering(faultReply(route, fault)); // keeps nothing
        return exchange;
    case FaultInjector::Action::Drop:
    case FaultInjector::Action::Stall:
        exchange.fault = fault.action;
        exchange.faultAfter =
            fault.value.isEmpty() ? head.contentLength / 2 : fault.value.toLongLong();
        break;
    case FaultInjector::Action::None:
        break;
    }
    exchange.receiver = route.receive(head);
    return exchange;
}

void SandboxKernel::send(const QHttpServerRequest &request, QTcpSocket *socket,
                         const HttpReply &reply, int latencyMs)
{
    if (latencyMs <= 0) {
        QHttpServerResponder responder = makeResponder(request, socket);
        write(responder, reply);
        return;
    }
    // The responder keeps the socket; it is used only if the client is still there.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(latencyMs, this, [guard, responder, reply] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            write(*responder, reply);
    });
}

} // namespace onair::sandbox
