#pragma once

#include "google/partner/model/PolicyRule.h"
#include "net/Result.h"

#include <QJsonObject>
#include <QString>

namespace onair {

// A youtubePartner#assetMatchPolicy: a saved policy by id, or inline rules (never both when
// written; the answer to a saved one carries its rules too).
struct AssetMatchPolicy
{
    QString policyId;
    QList<PolicyRule> rules;

    static Result<AssetMatchPolicy> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace onair
