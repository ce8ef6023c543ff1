#include "contentid/ReferencesResource.h"

#include "contentid/ContentIdService.h"
#include "contentid/PartnerErrors.h"
#include "contentid/PartnerJson.h"
#include "contentid/PartnerRules.h"
#include "contentid/PartnerStore.h"
#include "kernel/VideoDirectory.h"

#include <QJsonArray>

namespace onair::sandbox {

namespace {

constexpr int kPageSize = 25;

QJsonObject answerOf(const ContentIdService &service, const Reference &reference)
{
    const std::optional<VideoFacts> video =
        service.videos() ? service.videos()->video(reference.videoId) : std::nullopt;
    return PartnerJson::reference(reference, video ? video->lengthSeconds : 0,
                                  service.store()->referenceStatus(reference, service.videos()));
}

// Whether the claimed broadcast can be fingerprinted now; the 403 otherwise.
std::optional<ErrorEnvelope> checkFingerprinting(const PartnerStore &store, const VideoFacts &video,
                                                 bool *liveDelivery)
{
    *liveDelivery = false;
    if (!video.recordFromStart)
        return PartnerErrors::fingerprintingNotAllowed(
            QStringLiteral("The broadcast is not recorded (recordFromStart is false): there is "
                           "no video to fingerprint."));
    if (video.processed)
        return std::nullopt;
    if (!store.settings().liveDeliveryApproved)
        return PartnerErrors::fingerprintingNotAllowed(
            QStringLiteral("The video is not processed yet. A reference before the broadcast "
                           "is complete needs approval for live Content ID delivery."));
    // Live delivery is a reference made before the event, i.e. before testing.
    if (video.lifeCycleStatus != QLatin1String("created") &&
        video.lifeCycleStatus != QLatin1String("ready"))
        return PartnerErrors::fingerprintingNotAllowed(
            QStringLiteral("The broadcast has started: create the reference before the event "
                           "or once its recording is processed."));
    *liveDelivery = true;
    return std::nullopt;
}

HttpReply insert(const ContentIdService &service, const PartnerCall &call)
{
    PartnerStore *store = service.store();
    const QJsonObject &body = call.body;
    const QString claimId = call.params.value(QStringLiteral("claimId"));
    if (claimId.isEmpty())
        return PartnerErrors::required(QStringLiteral("claimId")).toReply();
    if (auto p = PartnerRules::knownFields(
            body,
            {QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("assetId"),
             QStringLiteral("contentType"), QStringLiteral("excludedIntervals"),
             QStringLiteral("audioswapEnabled"), QStringLiteral("fpDirect"),
             QStringLiteral("ignoreFpMatch"), QStringLiteral("urgent"), QStringLiteral("claimId"),
             QStringLiteral("videoId"), QStringLiteral("status"), QStringLiteral("statusReason"),
             QStringLiteral("length"), QStringLiteral("duplicateLeader"),
             QStringLiteral("origination"), QStringLiteral("hashCode")},
            QStringLiteral("reference")))
        return p->toReply();
    const Claim *claim = store->claim(call.ownerId, claimId);
    if (!claim)
        return PartnerErrors::notFound(QStringLiteral("Claim"), QStringLiteral("claimId"))
            .toReply();
    const QString assetId = body.value(QStringLiteral("assetId")).toString(claim->assetId);
    if (assetId != claim->assetId)
        return PartnerErrors::invalidValue(QStringLiteral("assetId"),
                                           QStringLiteral("The claim is of another asset."))
            .toReply();
    const QString contentType =
        body.value(QStringLiteral("contentType")).toString(claim->contentType);
    if (!PartnerRules::contentTypes().contains(contentType))
        return PartnerErrors::invalidValue(QStringLiteral("contentType"),
                                           QStringLiteral("contentType must be audio, video or "
                                                          "audiovisual."))
            .toReply();
    if (body.value(QStringLiteral("fpDirect")).toBool())
        return PartnerErrors::invalidValue(QStringLiteral("fpDirect"),
                                           QStringLiteral("A pre-made fingerprint is uploaded, "
                                                          "not made from a claim."))
            .toReply();
    if (auto p = PartnerRules::excludedIntervals(body.value(QStringLiteral("excludedIntervals"))))
        return p->toReply();
    const std::optional<VideoFacts> video =
        service.videos() ? service.videos()->video(claim->videoId) : std::nullopt;
    if (!video)
        return PartnerErrors::notFound(QStringLiteral("Video"), QStringLiteral("videoId"))
            .toReply();
    bool liveDelivery = false;
    if (auto p = checkFingerprinting(*store, *video, &liveDelivery))
        return p->toReply();

    Reference reference;
    reference.id = store->newReferenceId();
    reference.ownerId = call.ownerId;
    reference.timeCreated = QDateTime::currentDateTimeUtc();
    reference.assetId = assetId;
    reference.claimId = claimId;
    reference.videoId = claim->videoId;
    reference.contentType = contentType;
    reference.excludedIntervals = body.value(QStringLiteral("excludedIntervals")).toArray();
    reference.liveDelivery = liveDelivery;
    // The same video fingerprinted again duplicates the first reference.
    for (const Reference &r : store->references()) {
        if (r.ownerId == call.ownerId && r.videoId == reference.videoId &&
            r.duplicateLeader.isEmpty()) {
            reference.duplicateLeader = r.id;
            break;
        }
    }
    store->addReference(reference);
    return ContentIdService::ok(call, answerOf(service, reference));
}

HttpReply list(const ContentIdService &service, const PartnerCall &call)
{
    const QStringList ids = call.params.list(QStringLiteral("id"));
    const QString assetId = call.params.value(QStringLiteral("assetId"));
    if (ids.isEmpty() && assetId.isEmpty())
        return PartnerErrors::required(QStringLiteral("assetId")).toReply();
    int offset = 0;
    if (auto p = call.params.pageOffset(&offset))
        return p->toReply();
    QList<const Reference *> found;
    for (const Reference &r : service.store()->references()) {
        if (r.ownerId == call.ownerId && (ids.isEmpty() || ids.contains(r.id)) &&
            (assetId.isEmpty() || r.assetId == assetId))
            found.append(&r);
    }
    QJsonArray items;
    for (qsizetype i = offset; i < found.size() && i < offset + kPageSize; ++i)
        items.append(answerOf(service, *found.at(i)));
    QJsonObject out{{QStringLiteral("kind"), QStringLiteral("youtubePartner#referenceList")},
                    {QStringLiteral("items"), items},
                    {QStringLiteral("pageInfo"),
                     QJsonObject{{QStringLiteral("totalResults"), int(found.size())},
                                 {QStringLiteral("resultsPerPage"), kPageSize},
                                 {QStringLiteral("startIndex"), offset}}}};
    if (offset + kPageSize < found.size())
        out.insert(QStringLiteral("nextPageToken"), ApiParams::pageToken(offset + kPageSize));
    return ContentIdService::ok(call, out);
}

} // namespace

void ReferencesResource::registerMethods(ContentIdService &service)
{
    const ContentIdService *self = &service;
    service.addMethod(
        QStringLiteral("POST"), QStringLiteral("references"), QStringLiteral("references.insert"),
        {QStringLiteral("claimId")},
        [self](const PartnerCall &call) { return insert(*self, call); }, true);
    service.addMethod(QStringLiteral("GET"), QStringLiteral("references/{}"),
                      QStringLiteral("references.get"), {}, [self](const PartnerCall &call) {
                          const Reference *reference =
                              self->store()->reference(call.ownerId, call.segment(4));
                          if (!reference)
                              return PartnerErrors::notFound(QStringLiteral("Reference"),
                                                             QStringLiteral("referenceId"))
                                  .toReply();
                          return ContentIdService::ok(call, answerOf(*self, *reference));
                      });
    service.addMethod(
        QStringLiteral("GET"), QStringLiteral("references"), QStringLiteral("references.list"),
        {QStringLiteral("assetId"), QStringLiteral("id"), QStringLiteral("pageToken")},
        [self](const PartnerCall &call) { return list(*self, call); });
}

} // namespace onair::sandbox
