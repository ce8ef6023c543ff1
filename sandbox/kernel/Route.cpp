#include "kernel/Route.h"

namespace onair::sandbox {

bool Route::matches(const QString &requestVerb, const QString &requestPath) const
{
    if (verb != QLatin1String("*") && verb != requestVerb)
        return false;
    if (path.endsWith(QLatin1Char('*')))
        return requestPath.startsWith(QStringView(path).chopped(1));
    return requestPath == path;
}

} // namespace onair::sandbox
