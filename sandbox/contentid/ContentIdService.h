#pragma once

#include "contentid/PartnerCall.h"
#include "google/oauth/BearerAuth.h"
#include "kernel/SandboxService.h"

#include <QStringList>

#include <functional>

class QHttpServerRequest;

namespace onair::sandbox {

class PartnerStore;
class VideoDirectory;

// The YouTube Partner (Content ID) API v1 subset as a sandbox service, under
// /youtube/partner/v1/. Every call goes through its pipeline: the method's parameters →
// Google's bearer auth → the youtubepartner scope → the content owner acted for
// (onBehalfOfContentOwner, required when the user manages several) → the JSON body → the
// resource. It keeps no quota (Google documents none for this API); its errors are Google's
// envelope; it asks the YouTube service about videos through the kernel's VideoDirectory.
class ContentIdService : public SandboxService
{
public:
    using Handler = std::function<HttpReply(const PartnerCall &call)>;

    ContentIdService(PartnerStore *store, const OAuthService *oauth);
    ~ContentIdService() override;

    QString name() const override { return QStringLiteral("contentid"); }
    void registerWith(SandboxKernel &kernel) override;
    HttpReply faultAnswer(FaultInjector::Action action, int httpStatus) const override;
    void reset() override;

    // `path` is under /youtube/partner/v1/ ("assets/{}/ownership"); `parameters` are the
    // method's own (onBehalfOfContentOwner is every method's). `appliesBeforeDrop`: a drop
    // fault applies it first ("sent, no answer"), as for every insert.
    void addMethod(const QString &verb, const QString &path, const QString &method,
                   const QStringList &parameters, Handler handler, bool appliesBeforeDrop = false);

    PartnerStore *store() const { return m_store; }
    // The YouTube service's videos (broadcasts); null when no service registered one.
    const VideoDirectory *videos() const;

    // A 200 answer with `object` (compact when prettyPrint=false).
    static HttpReply ok(const PartnerCall &call, const QJsonObject &object);

private:
    HttpReply answer(const QHttpServerRequest &request, const QString &method,
                     const QStringList &parameters, const Handler &handler);

    PartnerStore *m_store;
    BearerAuth m_auth;
    SandboxKernel *m_kernel = nullptr;
};

} // namespace onair::sandbox
