#pragma once

#include "kernel/Route.h"

#include <QList>
#include <QStringList>

namespace onair::sandbox {

// The sandbox's one route table. Services add their routes when they are registered; the
// kernel looks requests up here, first match first (a Page route may decline).
class RouteTable
{
public:
    void add(Route route);
    // A path prefix that belongs to a service's API ("/youtube/"): a request under it that no
    // route takes is answered 404 and logged.
    void addApiPrefix(const QString &prefix);

    // The routes matching (verb, path), in table order.
    QList<const Route *> find(const QString &verb, const QString &path) const;
    bool isApiPath(const QString &path) const;
    // "service:method" for a fault METHOD: kept when it already has a service; otherwise the
    // route whose method (liveBroadcasts.list) or legacy name (oauth2.token) it is.
    QString faultKey(const QString &method) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
    QStringList m_apiPrefixes;
};

} // namespace onair::sandbox
