#include "contentid/PartnerJson.h"

namespace onair::sandbox {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDateTime time(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(str(o, key), Qt::ISODateWithMs).toUTC();
}

} // namespace

QString PartnerJson::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject PartnerJson::contentOwner(const ContentOwner &owner)
{
    return {{QStringLiteral("kind"), QStringLiteral("youtubePartner#contentOwner")},
            {QStringLiteral("id"), owner.id},
            {QStringLiteral("displayName"), owner.displayName},
            {QStringLiteral("primaryNotificationEmails"), QJsonArray{owner.email}},
            {QStringLiteral("conflictNotificationEmail"), owner.email},
            {QStringLiteral("disputeNotificationEmails"), QJsonArray{owner.email}},
            {QStringLiteral("fingerprintReportNotificationEmails"), QJsonArray{owner.email}}};
}

QJsonObject PartnerJson::asset(const Asset &asset, bool ownership, bool matchPolicy,
                               const Policy *savedPolicy)
{
    QJsonObject out{{QStringLiteral("kind"), QStringLiteral("youtubePartner#asset")},
                    {QStringLiteral("id"), asset.id},
                    {QStringLiteral("type"), asset.type},
                    {QStringLiteral("status"), QStringLiteral("active")},
                    {QStringLiteral("timeCreated"), timestamp(asset.timeCreated)},
                    {QStringLiteral("metadata"), asset.metadata}};
    if (!asset.labels.isEmpty())
        out.insert(QStringLiteral("label"), asset.labels);
    if (ownership)
        out.insert(QStringLiteral("ownership"), PartnerJson::ownership(asset));
    if (matchPolicy)
        out.insert(QStringLiteral("matchPolicy"), PartnerJson::matchPolicy(asset, savedPolicy));
    return out;
}

QJsonObject PartnerJson::ownership(const Asset &asset)
{
    QJsonObject out = asset.ownership;
    out.insert(QStringLiteral("kind"), QStringLiteral("youtubePartner#rightsOwnership"));
    return out;
}

QJsonObject PartnerJson::matchPolicy(const Asset &asset, const Policy *savedPolicy)
{
    QJsonObject out = asset.matchPolicy;
    out.insert(QStringLiteral("kind"), QStringLiteral("youtubePartner#assetMatchPolicy"));
    if (savedPolicy)
        out.insert(QStringLiteral("rules"), savedPolicy->rules);
    return out;
}

QJsonObject PartnerJson::policy(const Policy &policy)
{
    QJsonObject out{{QStringLiteral("kind"), QStringLiteral("youtubePartner#policy")},
                    {QStringLiteral("id"), policy.id},
                    {QStringLiteral("name"), policy.name},
                    {QStringLiteral("timeUpdated"), timestamp(policy.timeUpdated)},
                    {QStringLiteral("rules"), policy.rules}};
    if (!policy.description.isEmpty())
        out.insert(QStringLiteral("description"), policy.description);
    return out;
}

QJsonObject PartnerJson::claim(const Claim &claim)
{
    return {
        {QStringLiteral("kind"), QStringLiteral("youtubePartner#claim")},
        {QStringLiteral("id"), claim.id},
        {QStringLiteral("assetId"), claim.assetId},
        {QStringLiteral("videoId"), claim.videoId},
        {QStringLiteral("contentType"), claim.contentType},
        {QStringLiteral("policy"), claim.policy},
        {QStringLiteral("blockOutsideOwnership"), claim.blockOutsideOwnership},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("timeCreated"), timestamp(claim.timeCreated)},
        {QStringLiteral("isPartnerUploaded"), true},
        {QStringLiteral("origin"),
         QJsonObject{{QStringLiteral("source"), claim.manual ? QStringLiteral("manualClaim")
                                                             : QStringLiteral("partnerUpload")}}}};
}

QJsonObject PartnerJson::adOptions(const QString &videoId, const QJsonObject &settings)
{
    QJsonObject out = settings;
    out.insert(QStringLiteral("kind"), QStringLiteral("youtubePartner#videoAdvertisingOption"));
    out.insert(QStringLiteral("id"), videoId);
    if (!out.contains(QStringLiteral("adFormats")))
        out.insert(QStringLiteral("adFormats"), QJsonArray());
    if (!out.contains(QStringLiteral("breakPosition")))
        out.insert(QStringLiteral("breakPosition"), QJsonArray());
    return out;
}

QJsonObject PartnerJson::reference(const Reference &reference, double lengthSeconds,
                                   const QPair<QString, QString> &statusAndReason)
{
    QJsonObject out{{QStringLiteral("kind"), QStringLiteral("youtubePartner#reference")},
                    {QStringLiteral("id"), reference.id},
                    {QStringLiteral("assetId"), reference.assetId},
                    {QStringLiteral("claimId"), reference.claimId},
                    {QStringLiteral("videoId"), reference.videoId},
                    {QStringLiteral("contentType"), reference.contentType},
                    {QStringLiteral("status"), statusAndReason.first},
                    {QStringLiteral("length"), lengthSeconds},
                    {QStringLiteral("origination"),
                     QJsonObject{{QStringLiteral("owner"), reference.ownerId},
                                 {QStringLiteral("source"), QStringLiteral("claim")}}}};
    if (!statusAndReason.second.isEmpty())
        out.insert(QStringLiteral("statusReason"), statusAndReason.second);
    if (!reference.duplicateLeader.isEmpty())
        out.insert(QStringLiteral("duplicateLeader"), reference.duplicateLeader);
    if (!reference.excludedIntervals.isEmpty())
        out.insert(QStringLiteral("excludedIntervals"), reference.excludedIntervals);
    return out;
}

QJsonObject PartnerJson::assetState(const Asset &asset)
{
    return {{QStringLiteral("id"), asset.id},
            {QStringLiteral("ownerId"), asset.ownerId},
            {QStringLiteral("timeCreated"), timestamp(asset.timeCreated)},
            {QStringLiteral("type"), asset.type},
            {QStringLiteral("metadata"), asset.metadata},
            {QStringLiteral("label"), asset.labels},
            {QStringLiteral("ownership"), asset.ownership},
            {QStringLiteral("matchPolicy"), asset.matchPolicy}};
}

Asset PartnerJson::assetFromState(const QJsonObject &o)
{
    Asset a;
    a.id = str(o, "id");
    a.ownerId = str(o, "ownerId");
    a.timeCreated = time(o, "timeCreated");
    a.type = str(o, "type");
    a.metadata = o.value(QStringLiteral("metadata")).toObject();
    a.labels = o.value(QStringLiteral("label")).toArray();
    a.ownership = o.value(QStringLiteral("ownership")).toObject();
    a.matchPolicy = o.value(QStringLiteral("matchPolicy")).toObject();
    return a;
}

QJsonObject PartnerJson::policyState(const Policy &policy)
{
    QJsonObject o = PartnerJson::policy(policy);
    o.insert(QStringLiteral("ownerId"), policy.ownerId);
    return o;
}

Policy PartnerJson::policyFromState(const QJsonObject &o)
{
    Policy p;
    p.id = str(o, "id");
    p.ownerId = str(o, "ownerId");
    p.timeUpdated = time(o, "timeUpdated");
    p.name = str(o, "name");
    p.description = str(o, "description");
    p.rules = o.value(QStringLiteral("rules")).toArray();
    return p;
}

QJsonObject PartnerJson::claimState(const Claim &claim)
{
    QJsonObject o = PartnerJson::claim(claim);
    o.insert(QStringLiteral("ownerId"), claim.ownerId);
    o.insert(QStringLiteral("manual"), claim.manual);
    return o;
}

Claim PartnerJson::claimFromState(const QJsonObject &o)
{
    Claim c;
    c.id = str(o, "id");
    c.ownerId = str(o, "ownerId");
    c.timeCreated = time(o, "timeCreated");
    c.assetId = str(o, "assetId");
    c.videoId = str(o, "videoId");
    c.contentType = str(o, "contentType");
    c.policy = o.value(QStringLiteral("policy")).toObject();
    c.blockOutsideOwnership = o.value(QStringLiteral("blockOutsideOwnership")).toBool();
    c.manual = o.value(QStringLiteral("manual")).toBool();
    return c;
}

QJsonObject PartnerJson::adOptionsState(const AdvertisingOptions &options)
{
    return {{QStringLiteral("videoId"), options.videoId},
            {QStringLiteral("ownerId"), options.ownerId},
            {QStringLiteral("settings"), options.settings}};
}

AdvertisingOptions PartnerJson::adOptionsFromState(const QJsonObject &o)
{
    return {str(o, "videoId"), str(o, "ownerId"), o.value(QStringLiteral("settings")).toObject()};
}

QJsonObject PartnerJson::referenceState(const Reference &reference)
{
    return {{QStringLiteral("id"), reference.id},
            {QStringLiteral("ownerId"), reference.ownerId},
            {QStringLiteral("timeCreated"), timestamp(reference.timeCreated)},
            {QStringLiteral("assetId"), reference.assetId},
            {QStringLiteral("claimId"), reference.claimId},
            {QStringLiteral("videoId"), reference.videoId},
            {QStringLiteral("contentType"), reference.contentType},
            {QStringLiteral("excludedIntervals"), reference.excludedIntervals},
            {QStringLiteral("liveDelivery"), reference.liveDelivery},
            {QStringLiteral("duplicateLeader"), reference.duplicateLeader}};
}

Reference PartnerJson::referenceFromState(const QJsonObject &o)
{
    Reference r;
    r.id = str(o, "id");
    r.ownerId = str(o, "ownerId");
    r.timeCreated = time(o, "timeCreated");
    r.assetId = str(o, "assetId");
    r.claimId = str(o, "claimId");
    r.videoId = str(o, "videoId");
    r.contentType = str(o, "contentType");
    r.excludedIntervals = o.value(QStringLiteral("excludedIntervals")).toArray();
    r.liveDelivery = o.value(QStringLiteral("liveDelivery")).toBool();
    r.duplicateLeader = str(o, "duplicateLeader");
    return r;
}

} // namespace onair::sandbox
