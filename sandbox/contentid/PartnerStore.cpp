#include "contentid/PartnerStore.h"

#include "contentid/PartnerJson.h"
#include "kernel/VideoDirectory.h"

#include <QRandomGenerator>

namespace onair::sandbox {

namespace {

QString randomDigits(int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QChar(u'0' + QRandomGenerator::global()->bounded(10));
    return out;
}

QString randomVideoStyleId()
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString out;
    for (int i = 0; i < 11; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(64)]);
    return out;
}

template<typename T>
const T *findOwned(const QList<T> &list, const QString &ownerId, const QString &id)
{
    for (const T &item : list) {
        if (item.id == id && item.ownerId == ownerId)
            return &item;
    }
    return nullptr;
}

template<typename T>
QJsonArray stateOf(const QList<T> &list, QJsonObject (*toState)(const T &))
{
    QJsonArray out;
    for (const T &item : list)
        out.append(toState(item));
    return out;
}

template<typename T>
QList<T> restoreList(const QJsonValue &saved, T (*fromState)(const QJsonObject &))
{
    QList<T> out;
    const QJsonArray items = saved.toArray();
    for (const QJsonValue &v : items) {
        if (v.isObject())
            out.append(fromState(v.toObject()));
    }
    return out;
}

} // namespace

PartnerStore::PartnerStore(QObject *parent)
    : QObject(parent)
{
    addDefaultPolicies();
}

const QList<ContentOwner> &PartnerStore::allOwners()
{
    // Fixed ids so that saved state and tests survive a restart of the sandbox.
    static const QList<ContentOwner> owners{
        {QStringLiteral("sbxOnAirRightsMain0a1b2"), QStringLiteral("OnAir Rights"),
         QStringLiteral("rights@onair-sandbox.example")},
        {QStringLiteral("sbxOnAirNewsRights3c4d5"), QStringLiteral("OnAir News Rights"),
         QStringLiteral("news-rights@onair-sandbox.example")},
    };
    return owners;
}

QList<ContentOwner> PartnerStore::ownersOf(const QString &channelId) const
{
    if (channelId.isEmpty())
        return {};
    return allOwners().mid(0, qBound(0, m_settings.ownersPerChannel, int(allOwners().size())));
}

const Asset *PartnerStore::asset(const QString &ownerId, const QString &id) const
{
    return findOwned(m_assets, ownerId, id);
}

const Policy *PartnerStore::policy(const QString &ownerId, const QString &id) const
{
    return findOwned(m_policies, ownerId, id);
}

const Claim *PartnerStore::claim(const QString &ownerId, const QString &id) const
{
    return findOwned(m_claims, ownerId, id);
}

const AdvertisingOptions *PartnerStore::adOptions(const QString &ownerId,
                                                  const QString &videoId) const
{
    for (const AdvertisingOptions &o : m_adOptions) {
        if (o.videoId == videoId && o.ownerId == ownerId)
            return &o;
    }
    return nullptr;
}

const Reference *PartnerStore::reference(const QString &ownerId, const QString &id) const
{
    return findOwned(m_references, ownerId, id);
}

QString PartnerStore::newAssetId() const
{
    return QLatin1Char('A') + randomDigits(15);
}

QString PartnerStore::newPolicyId() const
{
    return randomDigits(16);
}

QString PartnerStore::newClaimId() const
{
    return randomVideoStyleId();
}

QString PartnerStore::newReferenceId() const
{
    return randomVideoStyleId();
}

void PartnerStore::addAsset(const Asset &asset)
{
    m_assets.append(asset);
    Q_EMIT changed();
}

void PartnerStore::updateAsset(const Asset &asset)
{
    for (Asset &a : m_assets) {
        if (a.id == asset.id)
            a = asset;
    }
    Q_EMIT changed();
}

void PartnerStore::addPolicy(const Policy &policy)
{
    m_policies.append(policy);
    Q_EMIT changed();
}

void PartnerStore::addClaim(const Claim &claim)
{
    m_claims.append(claim);
    Q_EMIT changed();
}

void PartnerStore::setAdOptions(const AdvertisingOptions &options)
{
    for (AdvertisingOptions &o : m_adOptions) {
        if (o.videoId == options.videoId && o.ownerId == options.ownerId) {
            o = options;
            Q_EMIT changed();
            return;
        }
    }
    m_adOptions.append(options);
    Q_EMIT changed();
}

void PartnerStore::addReference(const Reference &reference)
{
    m_references.append(reference);
    Q_EMIT changed();
}

QPair<QString, QString> PartnerStore::referenceStatus(const Reference &reference,
                                                      const VideoDirectory *videos) const
{
    if (!reference.duplicateLeader.isEmpty())
        return {QStringLiteral("inactive"), QStringLiteral("REASON_DUPLICATE_FOR_OWNERS")};
    QDateTime from = reference.timeCreated;
    if (reference.liveDelivery) {
        // Fingerprinted while the broadcast runs; activated once its recording is processed.
        const std::optional<VideoFacts> video =
            videos ? videos->video(reference.videoId) : std::nullopt;
        if (!video || !video->processed)
            return {QStringLiteral("live_streaming_processing"), QString()};
        if (video->completedAt.isValid() && video->completedAt > from)
            from = video->completedAt;
    }
    const qint64 due = qint64(m_settings.referenceActivationSeconds * 1000);
    if (from.msecsTo(QDateTime::currentDateTimeUtc()) < due)
        return {QStringLiteral("checking"), QString()};
    return {QStringLiteral("active"), QString()};
}

void PartnerStore::addDefaultPolicies()
{
    // A CMS account comes with saved policies to pick from; each owner gets the usual three.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ContentOwner &owner : allOwners()) {
        const QList<QPair<QString, QString>> defaults{
            {QStringLiteral("Monetize in all countries"), QStringLiteral("monetize")},
            {QStringLiteral("Track in all countries"), QStringLiteral("track")},
            {QStringLiteral("Block in all countries"), QStringLiteral("block")}};
        for (const auto &[name, action] : defaults) {
            Policy p;
            p.id = newPolicyId();
            p.ownerId = owner.id;
            p.timeUpdated = now;
            p.name = name;
            p.rules = QJsonArray{QJsonObject{
                {QStringLiteral("action"), action},
                {QStringLiteral("conditions"),
                 QJsonObject{{QStringLiteral("requiredTerritories"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("exclude")},
                                          {QStringLiteral("territories"), QJsonArray()}}}}}}};
            m_policies.append(p);
        }
    }
}

void PartnerStore::clear()
{
    m_assets.clear();
    m_policies.clear();
    m_claims.clear();
    m_adOptions.clear();
    m_references.clear();
    addDefaultPolicies();
    Q_EMIT changed();
}

QJsonObject PartnerStore::saveState() const
{
    return {
        {QStringLiteral("settings"),
         QJsonObject{{QStringLiteral("ownersPerChannel"), m_settings.ownersPerChannel},
                     {QStringLiteral("liveDeliveryApproved"), m_settings.liveDeliveryApproved},
                     {QStringLiteral("referenceActivationSeconds"),
                      m_settings.referenceActivationSeconds}}},
        {QStringLiteral("assets"), stateOf(m_assets, &PartnerJson::assetState)},
        {QStringLiteral("policies"), stateOf(m_policies, &PartnerJson::policyState)},
        {QStringLiteral("claims"), stateOf(m_claims, &PartnerJson::claimState)},
        {QStringLiteral("advertisingOptions"), stateOf(m_adOptions, &PartnerJson::adOptionsState)},
        {QStringLiteral("references"), stateOf(m_references, &PartnerJson::referenceState)}};
}

void PartnerStore::restoreState(const QJsonObject &state)
{
    const QJsonObject s = state.value(QStringLiteral("settings")).toObject();
    m_settings.ownersPerChannel =
        s.value(QStringLiteral("ownersPerChannel")).toInt(m_settings.ownersPerChannel);
    m_settings.liveDeliveryApproved =
        s.value(QStringLiteral("liveDeliveryApproved")).toBool(m_settings.liveDeliveryApproved);
    m_settings.referenceActivationSeconds = s.value(QStringLiteral("referenceActivationSeconds"))
                                                .toDouble(m_settings.referenceActivationSeconds);
    m_assets = restoreList(state.value(QStringLiteral("assets")), &PartnerJson::assetFromState);
    if (state.contains(QStringLiteral("policies")))
        m_policies =
            restoreList(state.value(QStringLiteral("policies")), &PartnerJson::policyFromState);
    m_claims = restoreList(state.value(QStringLiteral("claims")), &PartnerJson::claimFromState);
    m_adOptions = restoreList(state.value(QStringLiteral("advertisingOptions")),
                              &PartnerJson::adOptionsFromState);
    m_references =
        restoreList(state.value(QStringLiteral("references")), &PartnerJson::referenceFromState);
}

} // namespace onair::sandbox
