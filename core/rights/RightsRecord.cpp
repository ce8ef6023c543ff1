#include "rights/RightsRecord.h"

#include "net/JsonReader.h"

namespace onair {

namespace {

constexpr RightsRecord::Phase kPhases[] = {
    RightsRecord::Phase::Running, RightsRecord::Phase::Failed,
    RightsRecord::Phase::NoOwner, RightsRecord::Phase::WithoutClaim,
    RightsRecord::Phase::Claimed, RightsRecord::Phase::Referencing,
    RightsRecord::Phase::Done,
};

void putTime(QJsonObject &o, const char *key, const QDateTime &t)
{
    if (t.isValid())
        o.insert(QLatin1String(key), toRfc3339(t));
}

} // namespace

QString RightsRecord::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Running:
        return QStringLiteral("running");
    case Phase::Failed:
        return QStringLiteral("failed");
    case Phase::NoOwner:
        return QStringLiteral("noOwner");
    case Phase::WithoutClaim:
        return QStringLiteral("withoutClaim");
    case Phase::Claimed:
        return QStringLiteral("claimed");
    case Phase::Referencing:
        return QStringLiteral("referencing");
    case Phase::Done:
        return QStringLiteral("done");
    }
    return {};
}

QJsonObject RightsRecord::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("schemaVersion"), kSchemaVersion);
    o.insert(QLatin1String("broadcastId"), broadcastId);
    o.insert(QLatin1String("plan"), plan.toJson());
    o.insert(QLatin1String("assetTitle"), assetTitle);
    o.insert(QLatin1String("assetCustomId"), assetCustomId);
    o.insert(QLatin1String("phase"), phaseName(phase));
    o.insert(QLatin1String("recordFromStart"), recordFromStart);
    o.insert(QLatin1String("referenceAfterShow"), referenceAfterShow);
    o.insert(QLatin1String("recordingProcessed"), recordingProcessed);
    o.insert(QLatin1String("ownerId"), ownerId);
    o.insert(QLatin1String("assetId"), assetId);
    putTime(o, "assetSentAt", assetSentAt);
    o.insert(QLatin1String("ownershipSet"), ownershipSet);
    o.insert(QLatin1String("matchPolicyId"), matchPolicyId);
    o.insert(QLatin1String("matchPolicySet"), matchPolicySet);
    o.insert(QLatin1String("claimPolicyId"), claimPolicyId);
    o.insert(QLatin1String("claimId"), claimId);
    putTime(o, "claimSentAt", claimSentAt);
    o.insert(QLatin1String("advertisingSet"), advertisingSet);
    o.insert(QLatin1String("referenceId"), referenceId);
    putTime(o, "referenceSentAt", referenceSentAt);
    o.insert(QLatin1String("referenceStatus"), referenceStatus);
    return o;
}

std::optional<RightsRecord> RightsRecord::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &problem) {
        if (error)
            *error = QStringLiteral("rights: ") + problem;
        return std::nullopt;
    };
    JsonReader r(json);
    if (r.int64("schemaVersion") != kSchemaVersion || !r.ok())
        return fail(QStringLiteral("unsupported schemaVersion"));
    RightsRecord rec;
    rec.broadcastId = r.string("broadcastId");
    rec.assetTitle = r.string("assetTitle");
    rec.assetCustomId = r.string("assetCustomId");
    const QString phase = r.string("phase");
    bool known = false;
    for (Phase p : kPhases) {
        if (phaseName(p) == phase) {
            rec.phase = p;
            known = true;
        }
    }
    if (r.ok() && !known)
        r.fail("phase", QStringLiteral("unknown phase \"%1\"").arg(phase.left(40)));
    rec.recordFromStart = r.boolean("recordFromStart", true);
    rec.referenceAfterShow = r.boolean("referenceAfterShow", true);
    rec.recordingProcessed = r.boolean("recordingProcessed");
    rec.ownerId = r.string("ownerId");
    rec.assetId = r.string("assetId");
    rec.assetSentAt = r.has("assetSentAt") ? r.dateTime("assetSentAt") : QDateTime();
    rec.ownershipSet = r.boolean("ownershipSet");
    rec.matchPolicyId = r.string("matchPolicyId");
    rec.matchPolicySet = r.boolean("matchPolicySet");
    rec.claimPolicyId = r.string("claimPolicyId");
    rec.claimId = r.string("claimId");
    rec.claimSentAt = r.has("claimSentAt") ? r.dateTime("claimSentAt") : QDateTime();
    rec.advertisingSet = r.boolean("advertisingSet");
    rec.referenceId = r.string("referenceId");
    rec.referenceSentAt = r.has("referenceSentAt") ? r.dateTime("referenceSentAt") : QDateTime();
    rec.referenceStatus = r.string("referenceStatus");
    if (r.ok() && rec.broadcastId.isEmpty())
        r.fail("broadcastId", QStringLiteral("missing"));
    if (!r.ok())
        return fail(r.error());
    QString planError;
    const auto plan = RightsPlan::fromJson(json.value(QLatin1String("plan")).toObject(), &planError,
                                           QStringLiteral("plan"));
    if (!plan)
        return fail(planError);
    rec.plan = *plan;
    return rec;
}

} // namespace onair
