#include "telegram/TelegramControls.h"

#include "kernel/SandboxKernel.h"
#include "telegram/TelegramStore.h"

namespace onair::sandbox {

namespace {

HttpReply state(const TelegramStore &store)
{
    QJsonObject out = store.saveState();
    out.remove(QStringLiteral("files"));
    out.insert(QStringLiteral("bot"),
               QJsonObject{{QStringLiteral("id"), double(store.bot().id)},
                           {QStringLiteral("username"), store.bot().username},
                           {QStringLiteral("token"), store.bot().token},
                           {QStringLiteral("revoked"), store.bot().revoked}});
    out.insert(QStringLiteral("now"), double(store.now()));
    return SandboxKernel::jsonReply(out);
}

HttpReply settings(TelegramStore &store, const QString &verb, const QJsonObject &body)
{
    TelegramStore::Settings &s = store.settings();
    if (verb == QLatin1String("POST")) {
        TelegramStore::Settings next = s;
        next.perChatPerSecond =
            body.value(QStringLiteral("perChatPerSecond")).toDouble(s.perChatPerSecond);
        next.perChatBurst = body.value(QStringLiteral("perChatBurst")).toDouble(s.perChatBurst);
        next.perGroupPerMinute =
            body.value(QStringLiteral("perGroupPerMinute")).toDouble(s.perGroupPerMinute);
        next.globalPerSecond =
            body.value(QStringLiteral("globalPerSecond")).toDouble(s.globalPerSecond);
        next.floodRetryAfter =
            body.value(QStringLiteral("floodRetryAfter")).toInt(s.floodRetryAfter);
        next.deleteWindowHours =
            body.value(QStringLiteral("deleteWindowHours")).toInt(s.deleteWindowHours);
        if (next.perChatPerSecond <= 0 || next.perChatBurst < 1 || next.perGroupPerMinute <= 0 ||
            next.globalPerSecond <= 0 || next.floodRetryAfter < 1 || next.deleteWindowHours < 0)
            return SandboxKernel::controlError(
                QStringLiteral("rates must be positive, bursts at least 1"));
        s = next;
        store.touch();
    }
    return SandboxKernel::jsonReply({{QStringLiteral("perChatPerSecond"), s.perChatPerSecond},
                                     {QStringLiteral("perChatBurst"), s.perChatBurst},
                                     {QStringLiteral("perGroupPerMinute"), s.perGroupPerMinute},
                                     {QStringLiteral("globalPerSecond"), s.globalPerSecond},
                                     {QStringLiteral("floodRetryAfter"), s.floodRetryAfter},
                                     {QStringLiteral("deleteWindowHours"), s.deleteWindowHours}});
}

HttpReply chat(TelegramStore &store, const QJsonObject &body)
{
    const QJsonValue named = body.value(QStringLiteral("chat"));
    Chat *c = store.chat(named.isDouble() ? QString::number(named.toInteger()) : named.toString());
    if (!c)
        return SandboxKernel::controlError(QStringLiteral("no such chat"));
    static const QStringList statuses{QStringLiteral("administrator"), QStringLiteral("member"),
                                      QStringLiteral("left"), QStringLiteral("kicked")};
    const QString status = body.value(QStringLiteral("botStatus")).toString(c->botStatus);
    if (!statuses.contains(status))
        return SandboxKernel::controlError(
            QStringLiteral("botStatus: administrator, member, left or kicked"));
    c->botStatus = status;
    c->canPostMessages = body.value(QStringLiteral("canPostMessages")).toBool(c->canPostMessages);
    c->canEditMessages = body.value(QStringLiteral("canEditMessages")).toBool(c->canEditMessages);
    c->canDeleteMessages =
        body.value(QStringLiteral("canDeleteMessages")).toBool(c->canDeleteMessages);
    store.touch();
    return SandboxKernel::jsonReply(
        {{QStringLiteral("chat"), double(c->id)}, {QStringLiteral("botStatus"), c->botStatus}});
}

HttpReply humanPost(TelegramStore &store, const QJsonObject &body)
{
    const QJsonValue named = body.value(QStringLiteral("chat"));
    Chat *c = store.chat(named.isDouble() ? QString::number(named.toInteger()) : named.toString());
    if (!c)
        return SandboxKernel::controlError(QStringLiteral("no such chat"));
    Message m;
    m.chatId = c->id;
    m.byBot = false;
    m.kind = QStringLiteral("text");
    m.text = body.value(QStringLiteral("text")).toString(QStringLiteral("A post by a person"));
    const Message &posted = store.post(m);
    return SandboxKernel::jsonReply({{QStringLiteral("messageId"), double(posted.id)}});
}

} // namespace

void TelegramControls::registerWith(SandboxKernel &kernel, TelegramStore &store)
{
    const QString service = QStringLiteral("telegram");
    kernel.addControl(service, QStringLiteral("state"), QStringLiteral("GET"),
                      [&store](const QString &, const QJsonObject &) { return state(store); });
    kernel.addControl(service, QStringLiteral("settings"), QStringLiteral("*"),
                      [&store](const QString &verb, const QJsonObject &body) {
                          return settings(store, verb, body);
                      });
    kernel.addControl(
        service, QStringLiteral("chat"), QStringLiteral("POST"),
        [&store](const QString &, const QJsonObject &body) { return chat(store, body); });
    kernel.addControl(
        service, QStringLiteral("human-post"), QStringLiteral("POST"),
        [&store](const QString &, const QJsonObject &body) { return humanPost(store, body); });
    kernel.addControl(
        service, QStringLiteral("bot"), QStringLiteral("POST"),
        [&store](const QString &, const QJsonObject &body) {
            store.bot().revoked = body.value(QStringLiteral("revoked")).toBool(store.bot().revoked);
            store.touch();
            return SandboxKernel::jsonReply({{QStringLiteral("revoked"), store.bot().revoked}});
        });
    kernel.addControl(
        service, QStringLiteral("clock"), QStringLiteral("POST"),
        [&store](const QString &, const QJsonObject &body) {
            const qint64 seconds = body.value(QStringLiteral("advanceSeconds")).toInteger();
            if (seconds < 0)
                return SandboxKernel::controlError(QStringLiteral("the clock only moves forward"));
            store.advanceClock(seconds);
            return SandboxKernel::jsonReply({{QStringLiteral("now"), double(store.now())}});
        });
}

} // namespace onair::sandbox
