#pragma once

#include "contentid/PartnerRecords.h"

#include <QJsonObject>
#include <QPair>
#include <QString>

namespace onair::sandbox {

// The JSON edge of the Content ID resources: how each one is answered (kinds
// youtubePartner#…, RFC 3339 times with milliseconds) and how it is kept in the state file.
class PartnerJson
{
public:
    static QString timestamp(const QDateTime &time);

    static QJsonObject contentOwner(const ContentOwner &owner);
    // `ownership` / `matchPolicy`: include those objects (assets.get's fetch* parameters).
    static QJsonObject asset(const Asset &asset, bool ownership, bool matchPolicy,
                             const Policy *savedPolicy);
    static QJsonObject ownership(const Asset &asset);
    // With `savedPolicy` (the one its policyId names) its rules are answered too.
    static QJsonObject matchPolicy(const Asset &asset, const Policy *savedPolicy);
    static QJsonObject policy(const Policy &policy);
    static QJsonObject claim(const Claim &claim);
    static QJsonObject adOptions(const QString &videoId, const QJsonObject &settings);
    static QJsonObject reference(const Reference &reference, double lengthSeconds,
                                 const QPair<QString, QString> &statusAndReason);

    // The state file: every field, the owner included.
    static QJsonObject assetState(const Asset &asset);
    static Asset assetFromState(const QJsonObject &o);
    static QJsonObject policyState(const Policy &policy);
    static Policy policyFromState(const QJsonObject &o);
    static QJsonObject claimState(const Claim &claim);
    static Claim claimFromState(const QJsonObject &o);
    static QJsonObject adOptionsState(const AdvertisingOptions &options);
    static AdvertisingOptions adOptionsFromState(const QJsonObject &o);
    static QJsonObject referenceState(const Reference &reference);
    static Reference referenceFromState(const QJsonObject &o);
};

} // namespace onair::sandbox
