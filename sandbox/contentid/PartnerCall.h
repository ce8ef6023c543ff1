#pragma once

#include "google/ApiParams.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace onair::sandbox {

// One Content ID API call as a resource sees it: authenticated, its parameters known to the
// method, its JSON body parsed, and the content owner it acts for resolved.
struct PartnerCall
{
    QString method; // "claims.insert"
    QString path;   // "/youtube/partner/v1/claims"
    ApiParams params;
    QJsonObject body;
    QString channelId; // the signed-in channel
    QString ownerId;   // the owner acted for; empty only where the method needs none
    bool pretty = true;

    // The path's segment `index` ("/youtube/partner/v1/assets/A1/ownership": 4 is "A1").
    QString segment(int index) const
    {
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        return index < parts.size() ? parts.at(index) : QString();
    }
};

} // namespace onair::sandbox
