#pragma once

#include "net/Result.h"

#include <QJsonObject>
#include <QString>

namespace onair {

// A youtubePartner#reference: the fingerprint YouTube matches re-uploads against, made here
// from a claimed video. Its status moves through processing values to "active" (or
// "inactive", with a statusReason); treat them as opaque strings.
struct Reference
{
    QString id;
    QString assetId;
    QString claimId;
    QString videoId;
    QString contentType;
    QString status;
    QString statusReason;
    QString duplicateLeader;
    double lengthSeconds = 0;

    bool isActive() const { return status == QLatin1String("active"); }
    bool isInactive() const { return status == QLatin1String("inactive"); }

    static Result<Reference> fromJson(const QJsonObject &json);
};

} // namespace onair
