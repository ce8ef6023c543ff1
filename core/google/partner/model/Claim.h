#pragma once

#include "google/partner/model/PolicyRule.h"
#include "net/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace onair {

// A youtubePartner#claim: an asset claimed on a video. A live show is claimed before the
// video exists, with the broadcast's id as videoId.
struct Claim
{
    QString id;
    QString assetId;
    QString videoId;
    QString contentType = QStringLiteral("audiovisual"); // audio, video or audiovisual
    QString policyId;                                    // a saved policy; empty: `rules`
    QList<PolicyRule> rules;                             // an inline policy
    bool blockOutsideOwnership = false;
    QString status; // active, inactive, pending, …: opaque
    QDateTime timeCreated;

    static Result<Claim> fromJson(const QJsonObject &json);
    // The body of claims.insert.
    QJsonObject toJson() const;
};

} // namespace onair
