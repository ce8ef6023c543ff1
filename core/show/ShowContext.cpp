#include "show/ShowContext.h"

#include "google/ErrorMessages.h"
#include "show/EventLog.h"

Q_LOGGING_CATEGORY(lcSession, "onair.session")

namespace onair {

ShowContext::ShowContext(YouTubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_log(new EventLog(this))
{}

const QStringList &ShowContext::broadcastParts()
{
    static const QStringList parts{QStringLiteral("id"), QStringLiteral("snippet"),
                                   QStringLiteral("status"), QStringLiteral("contentDetails")};
    return parts;
}

const QStringList &ShowContext::streamParts()
{
    static const QStringList parts{QStringLiteral("id"), QStringLiteral("snippet"),
                                   QStringLiteral("cdn"), QStringLiteral("status"),
                                   QStringLiteral("contentDetails")};
    return parts;
}

void ShowContext::beginBusy()
{
    if (m_busy++ == 0)
        Q_EMIT busyChanged(true);
}

void ShowContext::endBusy()
{
    if (m_busy > 0 && --m_busy == 0)
        Q_EMIT busyChanged(false);
}

void ShowContext::ok(const QString &action, const QString &result)
{
    m_log->add(action, EventLog::Outcome::Ok, result);
}

void ShowContext::fail(const QString &action, const ApiError &error)
{
    qCInfo(lcSession) << action << "failed:" << error.summary();
    m_log->add(action, EventLog::Outcome::Failed, ErrorMessages::describe(error), error.reason);
    Q_EMIT actionFailed(action, error);
}

void ShowContext::refuse(const QString &action, const QString &why)
{
    m_log->add(action, EventLog::Outcome::Failed, why, QStringLiteral("blockedByOnAir"));
}

} // namespace onair
