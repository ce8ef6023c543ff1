#include "ingest/IngestService.h"

#include "ingest/EmbedPages.h"
#include "ingest/RtmpIngest.h"
#include "kernel/SandboxKernel.h"

namespace onair::sandbox {

IngestService::IngestService(RtmpIngest *ingest, EmbedPages *embed)
    : m_ingest(ingest)
    , m_embed(embed)
{}

void IngestService::registerWith(SandboxKernel &kernel)
{
    const auto add = [&](const char *path, const char *method, Route::PageHandler page) {
        Route route;
        route.kind = Route::Kind::Page;
        route.verb = QStringLiteral("*");
        route.path = QLatin1String(path);
        route.service = name();
        route.method = QLatin1String(method);
        route.page = std::move(page);
        kernel.routes().add(route);
    };
    const Route::PageHandler ingest = [this](const QHttpServerRequest &request,
                                             QHttpServerResponder &responder) {
        return m_ingest->handle(request, responder);
    };
    const Route::PageHandler embed = [this](const QHttpServerRequest &request,
                                            QHttpServerResponder &responder) {
        return m_embed->handle(request, responder);
    };
    add("/_sandbox/rtmp/*", "rtmp", ingest);
    add("/embed/*", "embed", embed);
    add("/iframe_api", "iframeApi", embed);
    add("/s/player/*", "player", embed);
}

HttpReply IngestService::faultAnswer(FaultInjector::Action, int httpStatus) const
{
    HttpReply reply; // never used: the ingest has no API routes
    reply.status = httpStatus > 0 ? httpStatus : 500;
    return reply;
}

} // namespace onair::sandbox
