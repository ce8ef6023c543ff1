#pragma once

#include "google/partner/model/PolicyRule.h"
#include "net/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace onair {

// A youtubePartner#policy: a saved, named set of rules an asset's match policy or a claim
// points at by id.
struct Policy
{
    QString id;
    QString name;
    QString description;
    QList<PolicyRule> rules;
    QDateTime timeUpdated;

    static Result<Policy> fromJson(const QJsonObject &json);
    // The body of policies.insert: name, description and rules.
    QJsonObject toJson() const;
};

} // namespace onair
