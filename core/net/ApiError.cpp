#include "net/ApiError.h"

namespace onair {

ApiError ApiError::badResponse(const QString &what)
{
    ApiError e;
    e.kind = Kind::BadResponse;
    e.reason = QStringLiteral("badResponse");
    e.message = what;
    return e;
}

ApiError ApiError::transport(const QString &what)
{
    ApiError e;
    e.kind = Kind::Transport;
    e.reason = QStringLiteral("transportError");
    e.message = what;
    return e;
}

ApiError ApiError::timeout(const QString &what)
{
    ApiError e;
    e.kind = Kind::Timeout;
    e.reason = QStringLiteral("timeout");
    e.message = what;
    return e;
}

QString ApiError::summary() const
{
    QString s;
    if (httpStatus > 0)
        s += QString::number(httpStatus) + QLatin1Char(' ');
    s += reason.isEmpty() ? QStringLiteral("error") : reason;
    if (!message.isEmpty())
        s += QStringLiteral(": ") + message;
    return s;
}

} // namespace onair
