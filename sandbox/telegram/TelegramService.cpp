#include "telegram/TelegramService.h"

#include "kernel/SandboxKernel.h"
#include "kernel/StateFile.h"
#include "telegram/BotReplies.h"
#include "telegram/BotRequest.h"
#include "telegram/ChatsResource.h"
#include "telegram/MessagesResource.h"
#include "telegram/TelegramControls.h"
#include "telegram/TelegramStore.h"

#include <QHttpServerRequest>
#include <QRegularExpression>

namespace onair::sandbox {

namespace {

const QString kRoot = QStringLiteral("/bot");

// The local server's checks (ClientManager.cpp): <positive id below 2^54>:<secret>, at most 80
// characters, no '/', not starting with 0.
bool isWellFormedToken(const QString &token)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[1-9][0-9]{0,16}:[^/]+$)"));
    if (token.size() > 80 || !pattern.match(token).hasMatch())
        return false;
    return token.section(QLatin1Char(':'), 0, 0).toULongLong() < (quint64(1) << 54);
}

} // namespace

TelegramService::TelegramService(TelegramStore *store)
    : m_store(store)
{}

TelegramService::~TelegramService() = default;

void TelegramService::registerWith(SandboxKernel &kernel)
{
    m_kernel = &kernel;
    ChatsResource::registerMethods(*this);
    MessagesResource::registerMethods(*this);

    Route route;
    route.kind = Route::Kind::Api;
    route.verb = QStringLiteral("*");
    route.path = kRoot + QLatin1Char('*');
    route.service = name();
    route.method = QStringLiteral("bot");
    route.logName = QStringLiteral("telegram");
    // A drop applies the call first: "posted, no answer" (commit then drop).
    route.appliesBeforeDrop = true;
    route.methodOf = [this](const QHttpServerRequest &request) {
        return methodOf(request.url().path());
    };
    route.answer = [this](const QHttpServerRequest &request) { return answer(request); };
    kernel.routes().add(route);

    TelegramControls::registerWith(kernel, *m_store);
    StateFile &state = kernel.stateFile();
    state.addSection(
        name(), [this] { return m_store->saveState(); },
        [this](const QJsonObject &saved) { m_store->restoreState(saved); });
    QObject::connect(m_store, &TelegramStore::changed, &state, &StateFile::scheduleSave);
}

void TelegramService::addMethod(const QString &method, Handler handler)
{
    m_methods.insert(method.toLower(), {method, std::move(handler)});
}

QString TelegramService::methodOf(const QString &path) const
{
    const QStringList pieces = path.mid(kRoot.size()).split(QLatin1Char('/'));
    if (pieces.size() != 2)
        return {};
    return m_methods.value(pieces.at(1).toLower()).first;
}

HttpReply TelegramService::answer(const QHttpServerRequest &request) const
{
    const QStringList pieces = request.url().path().mid(kRoot.size()).split(QLatin1Char('/'));
    if (pieces.size() != 2 || pieces.at(1).isEmpty())
        return BotReplies::error(404, QStringLiteral("Not Found"));
    const QString token = pieces.at(0);
    if (!isWellFormedToken(token))
        return BotReplies::error(401, QStringLiteral("Unauthorized: invalid token specified"));
    if (token != m_store->bot().token || m_store->bot().revoked)
        return BotReplies::unauthorized();
    const auto method = m_methods.constFind(pieces.at(1).toLower());
    if (method == m_methods.cend())
        return BotReplies::error(404, QStringLiteral("Not Found: method not found"));
    BotCall call;
    call.method = method->first;
    call.bot = m_store->bot();
    QString problem;
    if (!BotRequest::decode(request, &call, &problem))
        return BotReplies::error(400, problem);
    return method->second(call);
}

HttpReply TelegramService::faultAnswer(FaultInjector::Action action, int httpStatus) const
{
    switch (action) {
    case FaultInjector::Action::RateLimit:
    case FaultInjector::Action::Quota:
        return BotReplies::floodWait(m_store->settings().floodRetryAfter);
    case FaultInjector::Action::CommitReason:
        // commit=500: the post is made, and the server fails before it can answer.
        if (httpStatus == 500)
            return BotReplies::error(500, QStringLiteral("Internal Server Error: restart"));
        return BotReplies::gatewayPage(httpStatus);
    default:
        if (httpStatus == 500)
            return BotReplies::error(500, QStringLiteral("Internal Server Error: sent message "
                                                         "was immediately deleted and can't be "
                                                         "returned"));
        return BotReplies::gatewayPage(httpStatus);
    }
}

HttpReply TelegramService::reasonAnswer(const QString &reason) const
{
    // flood / floodN: 429 with retry_after N (default: the setting).
    static const QRegularExpression flood(QStringLiteral(R"(^flood(\d*)$)"));
    const QRegularExpressionMatch m = flood.match(reason);
    if (m.hasMatch())
        return BotReplies::floodWait(m.captured(1).isEmpty() ? m_store->settings().floodRetryAfter
                                                             : m.captured(1).toInt());
    if (reason == QLatin1String("unauthorized"))
        return BotReplies::unauthorized();
    if (reason == QLatin1String("kicked"))
        return BotReplies::forbidden(QStringLiteral("bot was kicked from the channel chat"));
    if (reason == QLatin1String("notmember"))
        return BotReplies::forbidden(QStringLiteral("bot is not a member of the channel chat"));
    if (reason == QLatin1String("adminrights"))
        return BotReplies::badRequest(
            QStringLiteral("need administrator rights in the channel chat"));
    if (reason == QLatin1String("chatnotfound"))
        return BotReplies::badRequest(QStringLiteral("chat not found"));
    if (reason == QLatin1String("migrated"))
        return BotReplies::error(
            400, QStringLiteral("Bad Request: group chat was upgraded to a supergroup chat"),
            {{QStringLiteral("migrate_to_chat_id"), double(-1001987650004)}});
    return BotReplies::badRequest(reason);
}

void TelegramService::reset()
{
    m_store->reset();
}

} // namespace onair::sandbox
