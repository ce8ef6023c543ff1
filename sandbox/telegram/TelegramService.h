#pragma once

#include "kernel/SandboxService.h"
#include "telegram/BotCall.h"

#include <QHash>

#include <functional>

class QHttpServerRequest;

namespace onair::sandbox {

class TelegramStore;

// The Telegram Bot API subset OnAir announces a show with, as the sandbox service `telegram`:
// /bot<token>/<method> (the method in any case, GET or POST), its token auth, the Bot API's
// envelopes, parameters from the query, form, JSON or multipart body. Faults are keyed
// "telegram:<method>" with the method's documented spelling (telegram:sendMessage).
class TelegramService : public SandboxService
{
public:
    using Handler = std::function<HttpReply(const BotCall &call)>;

    explicit TelegramService(TelegramStore *store);
    ~TelegramService() override;

    QString name() const override { return QStringLiteral("telegram"); }
    void registerWith(SandboxKernel &kernel) override;
    HttpReply faultAnswer(FaultInjector::Action action, int httpStatus) const override;
    HttpReply reasonAnswer(const QString &reason) const override;
    void reset() override;

    void addMethod(const QString &method, Handler handler);
    TelegramStore *store() const { return m_store; }
    SandboxKernel &kernel() const { return *m_kernel; }

private:
    HttpReply answer(const QHttpServerRequest &request) const;
    // The documented spelling of the method the path names; empty when there is none.
    QString methodOf(const QString &path) const;

    TelegramStore *m_store;
    SandboxKernel *m_kernel = nullptr;
    QHash<QString, QPair<QString, Handler>> m_methods; // lower-case name → (name, handler)
};

} // namespace onair::sandbox
