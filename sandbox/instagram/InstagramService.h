#pragma once

#include "instagram/GraphCall.h"
#include "kernel/SandboxService.h"

#include <functional>

class QHttpServerRequest;

namespace onair::sandbox {

class InstagramStore;

// The Instagram Graph API's content publishing subset (Instagram Login) as the sandbox service
// `instagram`, under /graph/ with an optional version segment (/graph/v25.0/…): media
// containers, their status, media_publish, content_publishing_limit, the media list and
// permalinks, me and refresh_access_token. The token goes in access_token or an
// Authorization header; parameters in the query, a form or JSON. Every answer carries the usage
// headers. Faults are keyed "instagram:<method>" (instagram:media_publish).
class InstagramService : public SandboxService
{
public:
    using Handler = std::function<HttpReply(const GraphCall &call)>;

    explicit InstagramService(InstagramStore *store);
    ~InstagramService() override;

    QString name() const override { return QStringLiteral("instagram"); }
    void registerWith(SandboxKernel &kernel) override;
    HttpReply faultAnswer(FaultInjector::Action action, int httpStatus) const override;
    HttpReply reasonAnswer(const QString &reason) const override;
    void reset() override;

    // `path` after /graph/{version}/ ("{}/media"); registered with and without the version.
    void addMethod(const QString &verb, const QString &path, const QString &method, Handler handler,
                   bool appliesBeforeDrop = false);

    InstagramStore *store() const { return m_store; }
    SandboxKernel &kernel() const { return *m_kernel; }
    // A 200 JSON answer with the usage headers.
    HttpReply ok(const QJsonObject &object) const;

private:
    HttpReply answer(const QHttpServerRequest &request, const Handler &handler) const;
    HttpReply withUsage(HttpReply reply, bool throttled) const;

    InstagramStore *m_store;
    SandboxKernel *m_kernel = nullptr;
};

} // namespace onair::sandbox
