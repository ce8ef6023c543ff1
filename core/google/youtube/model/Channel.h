#pragma once

#include "net/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace onair {

// A youtube#channel as channels.list?mine=true returns it: who an account broadcasts as.
struct Channel
{
    QString id;
    QString title;
    QString description;
    QString customUrl;
    QString thumbnailUrl; // the "default" thumbnail, when sent
    QStringList parts;

    static Result<Channel> fromJson(const QJsonObject &json);
};

} // namespace onair
