#pragma once

#include "kernel/FaultInjector.h"
#include "kernel/HttpReply.h"

#include <QString>

namespace onair::sandbox {

class SandboxKernel;

// One emulated service (Google OAuth, the YouTube Data API, the ingest, …). It owns its
// auth, error envelope and quota rules, and registers with the kernel:
// - its routes (kernel.routes().add(…)): API methods, endpoints and pages;
// - its control endpoints (kernel.addControl(…)) under /_sandbox/<name>/…;
// - its sections of the state file (kernel.stateFile().addSection(…)).
class SandboxService
{
public:
    virtual ~SandboxService() = default;

    virtual QString name() const = 0; // "youtube", "oauth2", "ingest"
    virtual void registerWith(SandboxKernel &kernel) = 0;
    // The service's own error envelope for an injected error=/ratelimit/quota fault.
    virtual HttpReply faultAnswer(FaultInjector::Action action, int httpStatus) const = 0;
    // The service's error for a "reason=REASON" fault (by default a bare 400).
    virtual HttpReply reasonAnswer(const QString &reason) const
    {
        Q_UNUSED(reason);
        return HttpReply{400, {}, {}, {}, false};
    }
    // POST /_sandbox/reset: forget what the service holds for a test (not sign-in state).
    virtual void reset() {}
};

} // namespace onair::sandbox
