#pragma once

#include "kernel/SandboxService.h"

namespace onair::sandbox {

class EmbedPages;
class RtmpIngest;

// The ingest as a sandbox service: nginx-rtmp's callbacks (/_sandbox/rtmp/publish,
// /_sandbox/rtmp/publish_done) and the monitor player's pages (/embed/…, /iframe_api,
// /s/player/…). It has no API methods, so no faults apply to it.
class IngestService : public SandboxService
{
public:
    IngestService(RtmpIngest *ingest, EmbedPages *embed);

    QString name() const override { return QStringLiteral("ingest"); }
    void registerWith(SandboxKernel &kernel) override;
    HttpReply faultAnswer(FaultInjector::Action action, int httpStatus) const override;

private:
    RtmpIngest *m_ingest;
    EmbedPages *m_embed;
};

} // namespace onair::sandbox
