#include "contentid/ContentIdControls.h"

#include "contentid/PartnerJson.h"
#include "contentid/PartnerStore.h"
#include "kernel/SandboxKernel.h"
#include "kernel/VideoDirectory.h"

#include <QJsonArray>

namespace onair::sandbox {

namespace {

template<typename T, typename F>
QJsonArray listed(const QList<T> &items, F toJson)
{
    QJsonArray out;
    for (const T &item : items) {
        QJsonObject o = toJson(item);
        o.insert(QStringLiteral("ownerId"), item.ownerId);
        out.append(o);
    }
    return out;
}

HttpReply state(const SandboxKernel &kernel, const PartnerStore &store)
{
    const VideoDirectory *videos = kernel.videoDirectory();
    const QJsonArray assets = listed(store.assets(), [&](const Asset &a) {
        return PartnerJson::asset(
            a, true, true,
            store.policy(a.ownerId, a.matchPolicy.value(QStringLiteral("policyId")).toString()));
    });
    const QJsonArray references = listed(store.references(), [&](const Reference &r) {
        const std::optional<VideoFacts> video = videos ? videos->video(r.videoId) : std::nullopt;
        QJsonObject o = PartnerJson::reference(r, video ? video->lengthSeconds : 0,
                                               store.referenceStatus(r, videos));
        o.insert(QStringLiteral("liveDelivery"), r.liveDelivery);
        return o;
    });
    const QJsonArray adOptions =
        listed(store.advertisingOptions(), [](const AdvertisingOptions &o) {
            return PartnerJson::adOptions(o.videoId, o.settings);
        });
    return SandboxKernel::jsonReply(
        {{QStringLiteral("assets"), assets},
         {QStringLiteral("policies"), listed(store.policies(), &PartnerJson::policy)},
         {QStringLiteral("claims"), listed(store.claims(), &PartnerJson::claim)},
         {QStringLiteral("advertisingOptions"), adOptions},
         {QStringLiteral("references"), references}});
}

HttpReply settings(PartnerStore &store, const QString &verb, const QJsonObject &body)
{
    PartnerStore::Settings &s = store.settings();
    if (verb == QLatin1String("POST")) {
        const int owners = body.value(QStringLiteral("ownersPerChannel")).toInt(s.ownersPerChannel);
        if (owners < 0 || owners > int(PartnerStore::allOwners().size()))
            return SandboxKernel::jsonReply(
                {{QStringLiteral("error"), QStringLiteral("ownersPerChannel takes 0, 1 or 2")}},
                400);
        const double delay = body.value(QStringLiteral("referenceActivationSeconds"))
                                 .toDouble(s.referenceActivationSeconds);
        if (delay < 0)
            return SandboxKernel::jsonReply(
                {{QStringLiteral("error"),
                  QStringLiteral("referenceActivationSeconds must be 0 or more")}},
                400);
        s.ownersPerChannel = owners;
        s.referenceActivationSeconds = delay;
        s.liveDeliveryApproved =
            body.value(QStringLiteral("liveDeliveryApproved")).toBool(s.liveDeliveryApproved);
        Q_EMIT store.changed();
    }
    return SandboxKernel::jsonReply(
        {{QStringLiteral("ownersPerChannel"), s.ownersPerChannel},
         {QStringLiteral("liveDeliveryApproved"), s.liveDeliveryApproved},
         {QStringLiteral("referenceActivationSeconds"), s.referenceActivationSeconds}});
}

} // namespace

void ContentIdControls::registerWith(SandboxKernel &kernel, PartnerStore &store)
{
    const QString service = QStringLiteral("contentid");
    kernel.addControl(
        service, QStringLiteral("state"), QStringLiteral("GET"),
        [&kernel, &store](const QString &, const QJsonObject &) { return state(kernel, store); });
    kernel.addControl(service, QStringLiteral("settings"), QStringLiteral("*"),
                      [&store](const QString &verb, const QJsonObject &body) {
                          return settings(store, verb, body);
                      });
}

} // namespace onair::sandbox
