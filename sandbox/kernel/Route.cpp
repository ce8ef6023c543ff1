#include "kernel/Route.h"

namespace onair::sandbox {

bool Route::matches(const QString &requestVerb, const QString &requestPath) const
{
    if (verb != QLatin1String("*") && verb != requestVerb)
        return false;
    if (path.endsWith(QLatin1Char('*')))
        return requestPath.startsWith(QStringView(path).chopped(1));
    if (!path.contains(QLatin1String("{}")))
        return requestPath == path;
    // "{}" stands for one path segment (an id): "/assets/{}/ownership".
    const QList<QStringView> pattern = QStringView(path).split(QLatin1Char('/'));
    const QList<QStringView> segments = QStringView(requestPath).split(QLatin1Char('/'));
    if (pattern.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == QLatin1String("{}") ? segments.at(i).isEmpty()
                                                 : pattern.at(i) != segments.at(i))
            return false;
    }
    return true;
}

QString Route::faultKey(const QHttpServerRequest &request) const
{
    const QString named = methodOf ? methodOf(request) : QString();
    return named.isEmpty() ? faultKey() : service + QLatin1Char(':') + named;
}

QString Route::logNameOf(const QHttpServerRequest &request) const
{
    const QString named = methodOf ? methodOf(request) : QString();
    return named.isEmpty() || logName.isEmpty() ? logName : named;
}

} // namespace onair::sandbox
