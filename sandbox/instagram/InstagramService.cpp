#include "instagram/InstagramService.h"

#include "instagram/AccountResource.h"
#include "instagram/ContainersResource.h"
#include "instagram/GraphErrors.h"
#include "instagram/InstagramControls.h"
#include "instagram/InstagramStore.h"
#include "instagram/PublishResource.h"
#include "kernel/SandboxKernel.h"
#include "kernel/StateFile.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

namespace onair::sandbox {

namespace {

const QString kRoot = QStringLiteral("/graph/");
constexpr int kCallsPerHour = 200; // the usage headers' 100 %

QString pacific(qint64 seconds)
{
    // "Monday, 07-Dec-26 08:00:00 PST", as the expired-session message writes it.
    const QDateTime t = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone(-8 * 3600));
    return t.toString(QStringLiteral("dddd, dd-MMM-yy HH:mm:ss")) + QStringLiteral(" PST");
}

QString bearerOf(const QHttpServerRequest &request)
{
    for (const auto &h : request.headers()) {
        if (h.first.compare("authorization", Qt::CaseInsensitive) != 0)
            continue;
        const QString value = QString::fromLatin1(h.second).trimmed();
        for (const char *scheme : {"Bearer ", "OAuth "}) {
            if (value.startsWith(QLatin1String(scheme), Qt::CaseInsensitive))
                return value.mid(int(qstrlen(scheme))).trimmed();
        }
    }
    return {};
}

void addQuery(const QString &encoded, GraphCall *call)
{
    QString text = encoded;
    text.replace(QLatin1Char('+'), QLatin1Char(' '));
    for (const auto &item : QUrlQuery(text).queryItems(QUrl::FullyDecoded))
        call->params.insert(item.first, item.second);
}

} // namespace

QStringList GraphCall::fields() const
{
    QStringList out;
    int depth = 0;
    QString current;
    for (const QChar c : params.value(QStringLiteral("fields"))) {
        if (c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char('}'))
            --depth;
        else if (depth == 0 && c == QLatin1Char(',')) {
            out.append(current.trimmed());
            current.clear();
        } else if (depth == 0)
            current += c;
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

InstagramService::InstagramService(InstagramStore *store)
    : m_store(store)
{}

InstagramService::~InstagramService() = default;

void InstagramService::registerWith(SandboxKernel &kernel)
{
    m_kernel = &kernel;
    // Fixed names before the one-segment node path ({}/{} would take "v25.0/me").
    AccountResource::registerMethods(*this);
    PublishResource::registerMethods(*this);
    ContainersResource::registerMethods(*this);
    kernel.routes().addApiPrefix(kRoot);
    InstagramControls::registerWith(kernel, *m_store);
    StateFile &state = kernel.stateFile();
    state.addSection(
        name(), [this] { return m_store->saveState(); },
        [this](const QJsonObject &saved) { m_store->restoreState(saved); });
    QObject::connect(m_store, &InstagramStore::changed, &state, &StateFile::scheduleSave);
}

void InstagramService::addMethod(const QString &verb, const QString &path, const QString &method,
                                 Handler handler, bool appliesBeforeDrop)
{
    Route route;
    route.kind = Route::Kind::Api;
    route.verb = verb;
    route.service = name();
    route.method = method;
    route.logName = method;
    route.appliesBeforeDrop = appliesBeforeDrop;
    route.answer = [this, handler = std::move(handler)](const QHttpServerRequest &request) {
        return answer(request, handler);
    };
    route.path = kRoot + QStringLiteral("{}/") + path; // versioned
    m_kernel->routes().add(route);
    route.path = kRoot + path;
    m_kernel->routes().add(route);
}

HttpReply InstagramService::answer(const QHttpServerRequest &request, const Handler &handler) const
{
    GraphCall call;
    call.verb = SandboxKernel::verbOf(request);
    call.segments = request.url().path().mid(kRoot.size()).split(QLatin1Char('/'));
    static const QRegularExpression version(QStringLiteral(R"(^v\d+\.\d+$)"));
    if (!call.segments.isEmpty() && version.match(call.segments.first()).hasMatch())
        call.segments.removeFirst();
    addQuery(request.url().query(QUrl::FullyEncoded), &call);
    const QByteArray body = request.body().trimmed();
    if (!body.isEmpty()) {
        QByteArray type;
        for (const auto &h : request.headers()) {
            if (h.first.compare("content-type", Qt::CaseInsensitive) == 0)
                type = h.second.toLower();
        }
        if (type.startsWith("application/json")) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                GraphError e;
                e.message = QStringLiteral("(#100) Invalid JSON in the request body");
                return withUsage(e.toReply(), false);
            }
            const QJsonObject object = doc.object();
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QJsonValue v = it.value();
                call.params.insert(
                    it.key(),
                    v.isString()   ? v.toString()
                    : v.isDouble() ? QString::number(v.toInteger(qint64(v.toDouble())))
                    : v.isBool()   ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                   : QString::fromUtf8(
                                         QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
            }
        } else {
            addQuery(QString::fromUtf8(body), &call);
        }
    }
    m_store->recordCall();
    const bool refresh = call.segments.value(0) == QLatin1String("refresh_access_token");
    QString value = call.value(QStringLiteral("access_token"));
    if (value.isEmpty())
        value = bearerOf(request);
    if (value.isEmpty() && !refresh) {
        GraphError e;
        e.code = 2500;
        e.message = QStringLiteral("An active access token must be used to query information "
                                   "about the current user.");
        return withUsage(e.toReply(), false);
    }
    call.token = m_store->findToken(value);
    bool known = false;
    if (!call.token)
        return withUsage(GraphError::byReason(QStringLiteral("badtoken"), &known).toReply(), false);
    if (call.token->passwordChanged)
        return withUsage(GraphError::byReason(QStringLiteral("password"), &known).toReply(), false);
    if (call.token->loggedOut)
        return withUsage(GraphError::byReason(QStringLiteral("loggedout"), &known).toReply(),
                         false);
    if (m_store->now() >= call.token->expiresAt) {
        GraphError e = GraphError::byReason(QStringLiteral("tokenexpired"), &known);
        e.message = QStringLiteral("Error validating access token: Session has expired on %1. "
                                   "The current time is %2.")
                        .arg(pacific(call.token->expiresAt), pacific(m_store->now()));
        return withUsage(e.toReply(), false);
    }
    return withUsage(handler(call), false);
}

HttpReply InstagramService::withUsage(HttpReply reply, bool throttled) const
{
    const int percent =
        throttled ? 100 : int(std::min<qint64>(100, m_store->recentCalls() * 100 / kCallsPerHour));
    const QJsonObject usage{{QStringLiteral("call_count"), percent},
                            {QStringLiteral("total_cputime"), throttled ? 100 : percent / 2},
                            {QStringLiteral("total_time"), throttled ? 100 : percent / 2}};
    QJsonObject buc = usage;
    buc.insert(QStringLiteral("type"), QStringLiteral("instagram"));
    buc.insert(QStringLiteral("estimated_time_to_regain_access"), throttled ? 5 : 0);
    const QJsonObject business{{m_store->userId(), QJsonArray{buc}}};
    reply.headers.append(
        {QByteArrayLiteral("X-App-Usage"), QJsonDocument(usage).toJson(QJsonDocument::Compact)});
    reply.headers.append({QByteArrayLiteral("X-Business-Use-Case-Usage"),
                          QJsonDocument(business).toJson(QJsonDocument::Compact)});
    return reply;
}

HttpReply InstagramService::ok(const QJsonObject &object) const
{
    HttpReply reply;
    reply.contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    reply.isJson = true;
    return reply;
}

HttpReply InstagramService::faultAnswer(FaultInjector::Action action, int httpStatus) const
{
    bool known = false;
    switch (action) {
    case FaultInjector::Action::RateLimit:
        return withUsage(GraphError::byReason(QStringLiteral("throttle4"), &known).toReply(), true);
    case FaultInjector::Action::Quota:
        return withUsage(GraphError::byReason(QStringLiteral("quota"), &known).toReply(), false);
    default: {
        GraphError e = GraphError::byReason(
            httpStatus == 500 ? QStringLiteral("unknown") : QStringLiteral("outage"), &known);
        e.httpStatus = httpStatus;
        return withUsage(e.toReply(), false);
    }
    }
}

HttpReply InstagramService::reasonAnswer(const QString &reason) const
{
    bool known = false;
    const GraphError e = GraphError::byReason(reason, &known);
    return withUsage(e.toReply(), reason.startsWith(QLatin1String("throttle")));
}

void InstagramService::reset()
{
    m_store->reset();
}

} // namespace onair::sandbox
