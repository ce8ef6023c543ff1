#pragma once

#include "kernel/SandboxService.h"

namespace onair::sandbox {

class OAuthService;

// Google's OAuth 2.0 endpoints as a sandbox service: registers OAuthService's pages
// (authorization, consent), its endpoints (token, revoke: answers a latency fault may delay,
// fault keys oauth2:token and oauth2:revoke), its state-file section and the expire-tokens
// fault.
class GoogleSignIn : public SandboxService
{
public:
    explicit GoogleSignIn(OAuthService *oauth);

    QString name() const override { return QStringLiteral("oauth2"); }
    void registerWith(SandboxKernel &kernel) override;
    HttpReply faultAnswer(FaultInjector::Action action, int httpStatus) const override;

private:
    OAuthService *m_oauth;
};

} // namespace onair::sandbox
