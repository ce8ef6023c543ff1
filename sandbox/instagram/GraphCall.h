#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace onair::sandbox {

struct GraphToken;

// One Graph API call as a method sees it: the path's segments without the version
// ("17841…/media"), its parameters from the query, a form or a JSON body (JSON values as their
// text), and the token it was authenticated with.
struct GraphCall
{
    QString verb;
    QStringList segments;
    QHash<QString, QString> params;
    const GraphToken *token = nullptr;

    QString value(const QString &name) const { return params.value(name); }
    // fields=a,b{c},d → a, b, d (nested selections dropped).
    QStringList fields() const;
};

} // namespace onair::sandbox
