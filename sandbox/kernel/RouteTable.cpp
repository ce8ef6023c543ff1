#include "kernel/RouteTable.h"

namespace onair::sandbox {

void RouteTable::add(Route route)
{
    m_routes.append(std::move(route));
}

void RouteTable::addApiPrefix(const QString &prefix)
{
    m_apiPrefixes.append(prefix);
}

QList<const Route *> RouteTable::find(const QString &verb, const QString &path) const
{
    QList<const Route *> found;
    for (const Route &route : m_routes) {
        if (route.matches(verb, path))
            found.append(&route);
    }
    return found;
}

bool RouteTable::isApiPath(const QString &path) const
{
    return std::any_of(m_apiPrefixes.cbegin(), m_apiPrefixes.cend(),
                       [&](const QString &prefix) { return path.startsWith(prefix); });
}

QString RouteTable::faultKey(const QString &method) const
{
    if (method.contains(QLatin1Char(':')))
        return method;
    for (const Route &route : m_routes) {
        if (route.kind == Route::Kind::Control || route.kind == Route::Kind::Page)
            continue;
        if (route.method == method || route.service + QLatin1Char('.') + route.method == method)
            return route.faultKey();
    }
    return method;
}

} // namespace onair::sandbox
