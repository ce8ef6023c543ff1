#pragma once

#include "net/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace onair {

// One entry of an asset's ownership: `owner` owns `ratio` percent in `territories` (type
// "include"), or everywhere but there ("exclude"; with no territories: worldwide).
struct TerritoryOwners
{
    QString owner;
    double ratio = 100;
    QString type = QStringLiteral("exclude");
    QStringList territories;

    static TerritoryOwners worldwide(const QString &owner);
};

// A youtubePartner#rightsOwnership. Non-composition assets (a live show's "web" asset) use
// only `general`.
struct RightsOwnership
{
    QList<TerritoryOwners> general;

    static Result<RightsOwnership> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace onair
