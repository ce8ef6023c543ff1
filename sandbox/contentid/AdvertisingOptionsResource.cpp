#include "contentid/AdvertisingOptionsResource.h"

#include "contentid/ContentIdService.h"
#include "contentid/PartnerErrors.h"
#include "contentid/PartnerJson.h"
#include "contentid/PartnerRules.h"
#include "contentid/PartnerStore.h"
#include "kernel/VideoDirectory.h"

namespace onair::sandbox {

namespace {

// The video exists and the owner has claimed it; the problem otherwise.
std::optional<ErrorEnvelope> checkVideo(const ContentIdService &service, const PartnerCall &call)
{
    const QString videoId = call.segment(4);
    if (!service.videos() || !service.videos()->video(videoId))
        return PartnerErrors::notFound(QStringLiteral("Video"), QStringLiteral("videoId"));
    const auto &claims = service.store()->claims();
    const bool claimed = std::any_of(claims.cbegin(), claims.cend(), [&](const Claim &c) {
        return c.videoId == videoId && c.ownerId == call.ownerId;
    });
    if (!claimed)
        return PartnerErrors::forbidden(
            QStringLiteral("The video is not claimed by the content owner."));
    return std::nullopt;
}

} // namespace

void AdvertisingOptionsResource::registerMethods(ContentIdService &service)
{
    const ContentIdService *self = &service;
    service.addMethod(QStringLiteral("PUT"), QStringLiteral("videoAdvertisingOptions/{}"),
                      QStringLiteral("videoAdvertisingOptions.update"), {},
                      [self](const PartnerCall &call) {
                          if (auto p = checkVideo(*self, call))
                              return p->toReply();
                          if (auto p = PartnerRules::advertisingOptions(call.body))
                              return p->toReply();
                          AdvertisingOptions options{call.segment(4), call.ownerId, call.body};
                          options.settings.remove(QStringLiteral("kind"));
                          options.settings.remove(QStringLiteral("id"));
                          self->store()->setAdOptions(options);
                          return ContentIdService::ok(
                              call, PartnerJson::adOptions(options.videoId, options.settings));
                      });
    service.addMethod(
        QStringLiteral("GET"), QStringLiteral("videoAdvertisingOptions/{}"),
        QStringLiteral("videoAdvertisingOptions.get"), {}, [self](const PartnerCall &call) {
            if (auto p = checkVideo(*self, call))
                return p->toReply();
            const AdvertisingOptions *options =
                self->store()->adOptions(call.ownerId, call.segment(4));
            return ContentIdService::ok(
                call, PartnerJson::adOptions(call.segment(4),
                                             options ? options->settings : QJsonObject()));
        });
}

} // namespace onair::sandbox
