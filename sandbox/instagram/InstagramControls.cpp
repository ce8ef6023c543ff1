#include "instagram/InstagramControls.h"

#include "instagram/InstagramStore.h"
#include "kernel/SandboxKernel.h"

namespace onair::sandbox {

namespace {

HttpReply settings(InstagramStore &store, const QString &verb, const QJsonObject &body)
{
    InstagramStore::Settings &s = store.settings();
    if (verb == QLatin1String("POST")) {
        InstagramStore::Settings next = s;
        next.processingSeconds =
            body.value(QStringLiteral("processingSeconds")).toDouble(s.processingSeconds);
        next.quotaTotal = body.value(QStringLiteral("quotaTotal")).toInt(s.quotaTotal);
        next.captionReadable =
            body.value(QStringLiteral("captionReadable")).toBool(s.captionReadable);
        next.secondPublishCode =
            body.value(QStringLiteral("secondPublishCode")).toInt(s.secondPublishCode);
        next.secondPublishSubcode =
            body.value(QStringLiteral("secondPublishSubcode")).toInt(s.secondPublishSubcode);
        if (next.processingSeconds < 0 || next.quotaTotal < 0)
            return SandboxKernel::controlError(
                QStringLiteral("processingSeconds and quotaTotal must be 0 or more"));
        s = next;
        store.touch();
    }
    return SandboxKernel::jsonReply(
        {{QStringLiteral("processingSeconds"), s.processingSeconds},
         {QStringLiteral("quotaTotal"), s.quotaTotal},
         {QStringLiteral("captionReadable"), s.captionReadable},
         {QStringLiteral("secondPublishCode"), s.secondPublishCode},
         {QStringLiteral("secondPublishSubcode"), s.secondPublishSubcode}});
}

HttpReply token(InstagramStore &store, const QJsonObject &body)
{
    GraphToken &t = store.token();
    if (body.contains(QStringLiteral("ageSeconds")))
        t.issuedAt = store.now() - body.value(QStringLiteral("ageSeconds")).toInteger();
    if (body.contains(QStringLiteral("expiresInSeconds")))
        t.expiresAt = store.now() + body.value(QStringLiteral("expiresInSeconds")).toInteger();
    t.loggedOut = body.value(QStringLiteral("loggedOut")).toBool(t.loggedOut);
    t.passwordChanged = body.value(QStringLiteral("passwordChanged")).toBool(t.passwordChanged);
    store.touch();
    return SandboxKernel::jsonReply({{QStringLiteral("issuedAt"), double(t.issuedAt)},
                                     {QStringLiteral("expiresAt"), double(t.expiresAt)},
                                     {QStringLiteral("loggedOut"), t.loggedOut},
                                     {QStringLiteral("passwordChanged"), t.passwordChanged}});
}

} // namespace

void InstagramControls::registerWith(SandboxKernel &kernel, InstagramStore &store)
{
    const QString service = QStringLiteral("instagram");
    kernel.addControl(service, QStringLiteral("state"), QStringLiteral("GET"),
                      [&store](const QString &, const QJsonObject &) {
                          QJsonObject out = store.saveState();
                          out.insert(QStringLiteral("userId"), store.userId());
                          out.insert(QStringLiteral("username"), store.username());
                          out.insert(QStringLiteral("now"), double(store.now()));
                          return SandboxKernel::jsonReply(out);
                      });
    kernel.addControl(service, QStringLiteral("settings"), QStringLiteral("*"),
                      [&store](const QString &verb, const QJsonObject &body) {
                          return settings(store, verb, body);
                      });
    kernel.addControl(
        service, QStringLiteral("token"), QStringLiteral("POST"),
        [&store](const QString &, const QJsonObject &body) { return token(store, body); });
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
