#include "remote/RemoteOutcome.h"

namespace onair {

QString RemoteOutcome::statusName(Status status)
{
    switch (status) {
    case Status::Placed:
        return QStringLiteral("placed");
    case Status::Accepted:
        return QStringLiteral("accepted");
    case Status::Armed:
        return QStringLiteral("armed");
    case Status::Ignored:
        return QStringLiteral("ignored");
    case Status::Refused:
        break;
    case Status::Unconfirmed:
        return QStringLiteral("unconfirmed");
    case Status::NotAllowed:
        return QStringLiteral("notAllowed");
    case Status::RateLimited:
        return QStringLiteral("rateLimited");
    case Status::Invalid:
        return QStringLiteral("invalid");
    }
    return QStringLiteral("refused");
}

QJsonObject RemoteOutcome::toJson() const
{
    QJsonObject o{{QStringLiteral("outcome"), statusName(status)},
                  {QStringLiteral("message"), message}};
    if (!cuepointId.isEmpty())
        o.insert(QStringLiteral("cuepointId"), cuepointId);
    return o;
}

} // namespace onair
