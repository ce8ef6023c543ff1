#pragma once

#include "net/Result.h"

#include <QJsonObject>
#include <QString>

namespace onair {

// A youtubePartner#contentOwner: a Content ID (CMS) account the signed-in user may act for.
struct ContentOwner
{
    QString id;
    QString displayName;

    static Result<ContentOwner> fromJson(const QJsonObject &json);
};

} // namespace onair
