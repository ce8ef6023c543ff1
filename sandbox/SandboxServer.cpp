#include "SandboxServer.h"

#include "BroadcastStore.h"
#include "EmbedPages.h"
#include "ErrorEnvelope.h"
#include "OAuthService.h"
#include "RtmpIngest.h"
#include "YouTubeApi.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSaveFile>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSandbox, "onair.sandbox")

namespace onair::sandbox {

namespace {

constexpr int kRequestLogLimit = 5000;
constexpr int kStallMs = 5 * 60 * 1000;

QString verbOf(const QHttpServerRequest &request)
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

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

// Query or form items, decoded the way Google decodes them ('+' is a space).
QList<QPair<QString, QString>> decodeItems(const QByteArray &encoded)
{
    QByteArray text = encoded;
    text.replace('+', "%20");
    const QUrlQuery query(QString::fromLatin1(text));
    return query.queryItems(QUrl::FullyDecoded);
}

HttpReply jsonReply(const QJsonObject &object, int status = 200)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Indented);
    reply.isJson = true;
    return reply;
}

HttpReply controlError(const QString &message, int status = 400)
{
    return jsonReply({{QStringLiteral("error"), message}}, status);
}

QJsonValue swapTypes(const QJsonValue &value)
{
    // Every leaf gets another JSON type than the schema says: strings become numbers,
    // numbers strings, booleans strings, arrays objects.
    if (value.isString())
        return 12345;
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (value.isArray())
        return QJsonObject{{QStringLiteral("0"), QJsonValue(value.toArray().size())}};
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = swapTypes(it.value());
        return object;
    }
    return value;
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_oauth(new OAuthService(options.autoConsent, options.tokenTtlSeconds, this))
    , m_ingest(new RtmpIngest(this))
    , m_store(new BroadcastStore(this))
    , m_api(std::make_unique<YouTubeApi>(m_store))
    , m_quota(options.quota)
    , m_saveTimer(new QTimer(this))
{
    m_store->settings().transitionSeconds = options.transitionSeconds;
    m_store->settings().autoStopSeconds = options.autoStopSeconds;
    m_store->settings().strictCuepointWindow = options.strictCuepointWindow;
    m_store->setIngestStatusSource([this](const QString &key) { return m_ingest->status(key); });
    m_store->setStuckPredicate([this](const QString &target) { return m_faults.isStuck(target); });
    m_ingest->setKeyValidator(
        [this](const QString &key) { return m_store->isKnownStreamKey(key); });
    connect(m_ingest, &RtmpIngest::statusChanged, m_store, [this] { m_store->tick(); });
    m_embed = new EmbedPages(
        m_ingest,
        [this](const QString &broadcastId) -> std::optional<EmbedInfo> {
            Broadcast *b = m_store->broadcast(broadcastId);
            if (!b)
                return std::nullopt;
            EmbedInfo info;
            info.broadcastId = b->id;
            if (Stream *s = m_store->stream(b->boundStreamId))
                info.streamKey = s->streamName;
            info.monitorStart = b->monitorStart;
            info.lifeCycleStatus = b->lifeCycleStatus;
            return info;
        },
        this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(100);
    connect(m_saveTimer, &QTimer::timeout, this, &SandboxServer::saveNow);
    connect(m_store, &BroadcastStore::changed, this, &SandboxServer::scheduleSave);
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(QString *error)
{
    m_port = listen(QHostAddress::LocalHost, m_options.port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(m_options.port);
        return false;
    }
    const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    m_oauth->setOrigin(origin);
    m_embed->setOrigin(origin);
    m_store->setOrigin(origin);
    if (!m_options.dataDir.isEmpty()) {
        if (!QDir().mkpath(m_options.dataDir)) {
            *error = QStringLiteral("cannot create the data folder ") + m_options.dataDir;
            return false;
        }
        restore();
    }
    if (!m_options.faults.isEmpty()) {
        QString problem;
        bool expire = false;
        if (!m_faults.addSpec(m_options.faults, &problem, &expire)) {
            *error = QStringLiteral("--faults: ") + problem;
            return false;
        }
        if (expire)
            m_oauth->expireAllAccessTokens();
    }
    if (m_options.startIngest && !m_ingest->start(m_options.rtmpPort, origin))
        qCWarning(lcSandbox) << "the RTMP ingest did not start; streams will stay inactive";
    m_store->setIngestAddress(m_ingest->rtmpUrl());
    return true;
}

void SandboxServer::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_ingest->stop();
    if (!m_options.dataDir.isEmpty() && m_port != 0)
        saveNow();
}

QString SandboxServer::apiUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/").arg(m_port);
}

QString SandboxServer::authUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/o/oauth2/v2/auth").arg(m_port);
}

QString SandboxServer::tokenUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/token").arg(m_port);
}

QString SandboxServer::rtmpUrl() const
{
    return m_ingest->rtmpUrl();
}

QString SandboxServer::clientId() const
{
    return m_oauth->clientId();
}

QString SandboxServer::clientSecret() const
{
    return m_oauth->clientSecret();
}

QJsonObject SandboxServer::readyEvent() const
{
    return {{QStringLiteral("event"), QStringLiteral("ready")},
            {QStringLiteral("api"), apiUrl()},
            {QStringLiteral("auth"), authUrl()},
            {QStringLiteral("token"), tokenUrl()},
            {QStringLiteral("rtmp"), rtmpUrl()},
            {QStringLiteral("client_id"), clientId()},
            {QStringLiteral("client_secret"), clientSecret()}};
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString verb = verbOf(request);
    const QString path = request.url().path();
    const QString method = YouTubeApi::methodName(verb, path);
    if (!method.isEmpty()) {
        handleApi(method, request, socket);
        return true;
    }
    const bool isApiPath = path.startsWith(QLatin1String("/youtube/")) ||
                           path.startsWith(QLatin1String("/upload/")) ||
                           path.startsWith(QLatin1String("/resumable/"));
    if (!isApiPath) {
        // The token and revoke endpoints answer a value, which a latency fault may delay.
        QString endpoint;
        if (const std::optional<HttpReply> reply = m_oauth->answer(request, &endpoint)) {
            logRequest(verb, request, reply->status, endpoint);
            scheduleSave(); // tokens changed
            send(request, socket, *reply, m_faults.latencyFor(endpoint));
            return true;
        }
        QHttpServerResponder responder = makeResponder(request, socket);
        if (m_oauth->handle(request, responder)) {
            logRequest(verb, request, 0, QStringLiteral("oauth"));
            scheduleSave(); // codes and tokens changed
            return true;
        }
        if (m_ingest->handle(request, responder) || m_embed->handle(request, responder))
            return true;
    }
    HttpReply reply;
    if (path.startsWith(QLatin1String("/_sandbox/")))
        reply = handleControl(verb, path, request);
    else if (path.startsWith(QLatin1String("/vi/")) && verb == QLatin1String("GET"))
        reply = serveThumbnail(path);
    else
        reply = ErrorEnvelope::notFound(path).toReply();
    if (isApiPath)
        logRequest(verb, request, reply.status, QString());
    send(request, socket, reply, 0);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket, ErrorEnvelope::notFound(request.url().path()).toReply(), 0);
}

void SandboxServer::handleApi(const QString &method, const QHttpServerRequest &request,
                              QTcpSocket *socket)
{
    const QString verb = verbOf(request);
    const FaultInjector::Decision fault = m_faults.take(method);
    switch (fault.action) {
    case FaultInjector::Action::Error:
        logRequest(verb, request, fault.errorStatus, method);
        send(request, socket, ErrorEnvelope::backendError(fault.errorStatus).toReply(),
             fault.latencyMs);
        return;
    case FaultInjector::Action::RateLimit:
        logRequest(verb, request, 403, method);
        send(request, socket, ErrorEnvelope::rateLimitExceeded().toReply(), fault.latencyMs);
        return;
    case FaultInjector::Action::Quota:
        logRequest(verb, request, 403, method);
        send(request, socket, ErrorEnvelope::quotaExceeded().toReply(), fault.latencyMs);
        return;
    case FaultInjector::Action::Stall: {
        // Read, never answered: the client's own timeout is what ends it.
        logRequest(verb, request, 0, method);
        QPointer<QTcpSocket> held(socket);
        QTimer::singleShot(kStallMs, this, [held] {
            if (held)
                held->abort();
        });
        return;
    }
    case FaultInjector::Action::Drop:
        if (YouTubeApi::appliesBeforeDrop(method)) {
            const HttpReply applied = runApi(method, request);
            logRequest(verb, request, 0, method);
            Q_UNUSED(applied);
        } else {
            logRequest(verb, request, 0, method);
        }
        socket->abort();
        return;
    case FaultInjector::Action::None:
        break;
    }
    HttpReply reply = runApi(method, request);
    logRequest(verb, request, reply.status, method);
    if (reply.status >= 200 && reply.status < 300 && reply.isJson) {
        const QString corruption = m_faults.takeCorruption(method);
        if (!corruption.isEmpty())
            reply = corrupt(reply, corruption);
    }
    send(request, socket, reply, fault.latencyMs);
}

HttpReply SandboxServer::runApi(const QString &method, const QHttpServerRequest &request)
{
    ApiCall call;
    call.method = method;
    call.httpMethod = verbOf(request);
    call.path = request.url().path();
    call.headers = request.headers();
    call.params = decodeItems(request.url().query(QUrl::FullyEncoded).toLatin1());
    call.contentType = header(request, QByteArrayLiteral("content-type"));
    call.body = request.body();
    if (call.contentType.toLower().startsWith("application/x-www-form-urlencoded")) {
        // Parameters may come in a form body too, as Google accepts them.
        call.params.append(decodeItems(call.body));
        call.body.clear();
    }
    for (const auto &p : std::as_const(call.params)) {
        if (p.first == QLatin1String("prettyPrint") && p.second == QLatin1String("false"))
            call.pretty = false;
    }

    // Authentication: the bearer header, or access_token / oauth_token in the query.
    QString token;
    const QByteArray authorization = header(request, QByteArrayLiteral("authorization"));
    if (authorization.toLower().startsWith("bearer "))
        token = QString::fromLatin1(authorization.mid(7).trimmed());
    for (const auto &p : std::as_const(call.params)) {
        if (token.isEmpty() &&
            (p.first == QLatin1String("access_token") || p.first == QLatin1String("oauth_token")))
            token = p.second;
    }
    if (token.isEmpty())
        return ErrorEnvelope::authError(true).toReply();
    const std::optional<AccessGrant> grant = m_oauth->validateAccessToken(token);
    if (!grant)
        return ErrorEnvelope::authError(false).toReply();
    const QStringList accepted = YouTubeApi::acceptedScopes(method);
    const bool scoped = std::any_of(grant->scopes.cbegin(), grant->scopes.cend(),
                                    [&](const QString &s) { return accepted.contains(s); });
    // Quota is charged before validation: invalid requests cost their units too. The bytes of
    // a resumable upload are not charged again (the session start was).
    const bool uploadBytes =
        call.httpMethod == QLatin1String("PUT") && method == QLatin1String("thumbnails.set");
    if (!uploadBytes && !m_quota.charge(method))
        return ErrorEnvelope::quotaExceeded().toReply();
    scheduleSave();
    if (!scoped)
        return ErrorEnvelope::insufficientPermissions().toReply();
    call.channelId = grant->channelId;
    return m_api->handle(call);
}

void SandboxServer::send(const QHttpServerRequest &request, QTcpSocket *socket,
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

void SandboxServer::write(QHttpServerResponder &responder, const HttpReply &reply)
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

HttpReply SandboxServer::corrupt(HttpReply reply, const QString &kind)
{
    if (kind == QLatin1String("malformed")) {
        const qsizetype colon = reply.body.indexOf(':');
        reply.body = colon >= 0 ? reply.body.left(colon) + " " + reply.body.mid(colon + 1)
                                : QByteArrayLiteral("{");
    } else if (kind == QLatin1String("truncated")) {
        reply.body = reply.body.left(reply.body.size() / 2);
    } else if (kind == QLatin1String("huge")) {
        QJsonObject object = QJsonDocument::fromJson(reply.body).object();
        object.insert(QStringLiteral("sandboxPadding"),
                      QString(32 * 1024 * 1024, QLatin1Char('x')));
        reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    } else if (kind == QLatin1String("wrongtype")) {
        const QJsonObject object = QJsonDocument::fromJson(reply.body).object();
        reply.body = QJsonDocument(swapTypes(object).toObject()).toJson(QJsonDocument::Compact);
    }
    return reply;
}

HttpReply SandboxServer::serveThumbnail(const QString &path)
{
    const QStringList pieces = path.split(QLatin1Char('/'), Qt::SkipEmptyParts); // vi, id, file
    const auto image = pieces.size() == 3 ? m_store->thumbnail(pieces.at(1)) : std::nullopt;
    if (!image)
        return ErrorEnvelope::notFound(path).toReply();
    HttpReply reply;
    reply.contentType = image->second;
    reply.body = image->first;
    return reply;
}

void SandboxServer::logRequest(const QString &verb, const QHttpServerRequest &request, int status,
                               const QString &method)
{
    QUrlQuery query(request.url().query(QUrl::FullyEncoded));
    for (const char *secret : {"access_token", "oauth_token"}) {
        if (query.hasQueryItem(QLatin1String(secret))) {
            query.removeAllQueryItems(QLatin1String(secret));
            query.addQueryItem(QLatin1String(secret), QStringLiteral("REDACTED"));
        }
    }
    QJsonObject entry{
        {QStringLiteral("method"), verb},
        {QStringLiteral("path"), request.url().path()},
        {QStringLiteral("query"), query.toString(QUrl::FullyEncoded)},
        {QStringLiteral("status"), status},
        {QStringLiteral("time"), BroadcastStore::timestamp(QDateTime::currentDateTimeUtc())}};
    if (!method.isEmpty())
        entry.insert(QStringLiteral("apiMethod"), method);
    m_requestLog.append(entry);
    if (m_requestLog.size() > kRequestLogLimit)
        m_requestLog.removeFirst();
}

HttpReply SandboxServer::handleControl(const QString &verb, const QString &path,
                                       const QHttpServerRequest &request)
{
    const QString name = path.mid(int(qstrlen("/_sandbox/")));
    QJsonObject body;
    if (verb == QLatin1String("POST") && !request.body().trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
        if (!doc.isObject())
            return controlError(QStringLiteral("the body must be a JSON object"));
        body = doc.object();
    }
    if (name == QLatin1String("requests")) {
        if (verb == QLatin1String("DELETE")) {
            m_requestLog.clear();
            return jsonReply({{QStringLiteral("cleared"), true}});
        }
        QJsonArray entries;
        for (const QJsonObject &e : std::as_const(m_requestLog))
            entries.append(e);
        return jsonReply({{QStringLiteral("requests"), entries}});
    }
    if (name == QLatin1String("cuepoints")) {
        QJsonArray entries;
        for (const CuepointRecord &c : std::as_const(m_store->cuepoints()))
            entries.append(c.toJson());
        return jsonReply({{QStringLiteral("cuepoints"), entries}});
    }
    if (name == QLatin1String("quota")) {
        if (verb == QLatin1String("POST")) {
            if (body.contains(QStringLiteral("limit")))
                m_quota.setLimit(body.value(QStringLiteral("limit")).toInteger());
            if (body.value(QStringLiteral("reset")).toBool())
                m_quota.reset();
            const QJsonObject costs = body.value(QStringLiteral("costs")).toObject();
            for (auto it = costs.begin(); it != costs.end(); ++it)
                m_quota.setCost(it.key(), it.value().toInt());
            scheduleSave();
        }
        return jsonReply(m_quota.report());
    }
    if (name == QLatin1String("faults")) {
        if (verb == QLatin1String("DELETE") || body.value(QStringLiteral("clear")).toBool())
            m_faults.clear();
        if (verb == QLatin1String("POST") && body.contains(QStringLiteral("spec"))) {
            QString problem;
            bool expire = false;
            if (!m_faults.addSpec(body.value(QStringLiteral("spec")).toString(), &problem, &expire))
                return controlError(problem);
            if (expire)
                m_oauth->expireAllAccessTokens();
        }
        return jsonReply(m_faults.report());
    }
    if (name == QLatin1String("settings")) {
        BroadcastStore::Settings &s = m_store->settings();
        if (verb == QLatin1String("POST")) {
            s.transitionSeconds =
                body.value(QStringLiteral("transitionSeconds")).toDouble(s.transitionSeconds);
            s.autoStopSeconds =
                body.value(QStringLiteral("autoStopSeconds")).toInt(s.autoStopSeconds);
            s.strictCuepointWindow =
                body.value(QStringLiteral("strictCuepointWindow")).toBool(s.strictCuepointWindow);
            s.requireUpdateFields =
                body.value(QStringLiteral("requireUpdateFields")).toBool(s.requireUpdateFields);
            s.completeFromTesting =
                body.value(QStringLiteral("completeFromTesting")).toBool(s.completeFromTesting);
        }
        return jsonReply({{QStringLiteral("transitionSeconds"), s.transitionSeconds},
                          {QStringLiteral("autoStopSeconds"), s.autoStopSeconds},
                          {QStringLiteral("strictCuepointWindow"), s.strictCuepointWindow},
                          {QStringLiteral("requireUpdateFields"), s.requireUpdateFields},
                          {QStringLiteral("completeFromTesting"), s.completeFromTesting}});
    }
    if (name == QLatin1String("encoder") && verb == QLatin1String("POST")) {
        const QString key = body.value(QStringLiteral("streamName")).toString();
        if (key.isEmpty() || !m_store->isKnownStreamKey(key))
            return controlError(QStringLiteral("streamName must be a known stream key"), 404);
        if (body.value(QStringLiteral("clear")).toBool()) {
            m_store->clearSimulatedIngest(key);
        } else {
            IngestStatus status;
            status.publishing = body.value(QStringLiteral("publishing")).toBool(true);
            status.width = body.value(QStringLiteral("width")).toInt(1280);
            status.height = body.value(QStringLiteral("height")).toInt(720);
            status.frameRate = body.value(QStringLiteral("frameRate")).toDouble(30);
            status.hasVideo = body.value(QStringLiteral("hasVideo")).toBool(true);
            status.hasAudio = body.value(QStringLiteral("hasAudio")).toBool(true);
            status.videoCodec = QStringLiteral("H264");
            status.audioCodec = QStringLiteral("AAC");
            status.lastDataAt = QDateTime::currentDateTimeUtc();
            m_store->setSimulatedIngest(key, status);
        }
        const IngestStatus now = m_store->ingestStatus(key);
        return jsonReply(
            {{QStringLiteral("streamName"), key}, {QStringLiteral("publishing"), now.publishing}});
    }
    if (name == QLatin1String("state") && verb == QLatin1String("GET")) {
        const QStringList all{QStringLiteral("snippet"), QStringLiteral("contentDetails"),
                              QStringLiteral("status"), QStringLiteral("cdn")};
        QJsonArray broadcasts;
        for (const Broadcast &b : std::as_const(m_store->broadcasts()))
            broadcasts.append(m_store->broadcastJson(b, all));
        QJsonArray streams;
        for (const Stream &s : std::as_const(m_store->streams()))
            streams.append(m_store->streamJson(s, all));
        return jsonReply(
            {{QStringLiteral("broadcasts"), broadcasts}, {QStringLiteral("streams"), streams}});
    }
    if (name == QLatin1String("clocks") && verb == QLatin1String("GET")) {
        // The sandbox's own record of each broadcast's clocks, for tests to compare with.
        QJsonArray clocks;
        for (const Broadcast &b : std::as_const(m_store->broadcasts())) {
            const auto ms = [](const QDateTime &t) {
                return t.isValid() ? QJsonValue(double(t.toMSecsSinceEpoch()))
                                   : QJsonValue(QJsonValue::Null);
            };
            clocks.append(QJsonObject{{QStringLiteral("broadcastId"), b.id},
                                      {QStringLiteral("lifeCycleStatus"), b.lifeCycleStatus},
                                      {QStringLiteral("monitorStartMs"), ms(b.monitorStart)},
                                      {QStringLiteral("testingReachedMs"), ms(b.testingReached)},
                                      {QStringLiteral("actualStartMs"), ms(b.actualStartTime)},
                                      {QStringLiteral("actualEndMs"), ms(b.actualEndTime)}});
        }
        return jsonReply(
            {{QStringLiteral("broadcasts"), clocks},
             {QStringLiteral("serverNowMs"), double(QDateTime::currentMSecsSinceEpoch())}});
    }
    if (name == QLatin1String("reset") && verb == QLatin1String("POST")) {
        m_store->clear();
        m_requestLog.clear();
        m_quota.reset();
        m_faults.clear();
        scheduleSave();
        return jsonReply({{QStringLiteral("reset"), true}});
    }
    return controlError(
        QStringLiteral("unknown control endpoint: ") + verb + QLatin1Char(' ') + path, 404);
}

void SandboxServer::scheduleSave()
{
    if (!m_options.dataDir.isEmpty() && !m_saveTimer->isActive())
        m_saveTimer->start();
}

void SandboxServer::saveNow()
{
    if (m_options.dataDir.isEmpty())
        return;
    const QJsonObject state{{QStringLiteral("version"), 1},
                            {QStringLiteral("store"), m_store->saveState()},
                            {QStringLiteral("quota"), m_quota.saveState()},
                            {QStringLiteral("oauth"), m_oauth->saveState()}};
    QSaveFile file(QDir(m_options.dataDir).filePath(QStringLiteral("sandbox-state.json")));
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcSandbox) << "cannot write the state:" << file.errorString();
        return;
    }
    file.write(QJsonDocument(state).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcSandbox) << "cannot write the state:" << file.errorString();
}

void SandboxServer::restore()
{
    QFile file(QDir(m_options.dataDir).filePath(QStringLiteral("sandbox-state.json")));
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSandbox) << "cannot read the state:" << file.errorString();
        return;
    }
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    if (state.value(QStringLiteral("version")).toInt() != 1) {
        qCWarning(lcSandbox) << "ignoring a state file of another version";
        return;
    }
    m_store->restoreState(state.value(QStringLiteral("store")).toObject());
    m_quota.restoreState(state.value(QStringLiteral("quota")).toObject());
    m_oauth->restoreState(state.value(QStringLiteral("oauth")).toObject());
}

} // namespace onair::sandbox
