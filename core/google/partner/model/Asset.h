#pragma once

#include "net/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace onair {

// A youtubePartner#asset, or the youtubePartner#assetSnippet assetSearch.list answers with (the
// same fields, title and customId at the top). For a live show the type is "web".
struct Asset
{
    QString id;
    QString type = QStringLiteral("web");
    QString title;
    QString customId;
    QString description;
    QDateTime timeCreated;

    static Result<Asset> fromJson(const QJsonObject &json);
    // The body of assets.insert: type and metadata.
    QJsonObject toJson() const;
};

} // namespace onair
