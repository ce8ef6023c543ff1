#include "monitor/MonitorRequestFilter.h"

#include "monitor/MonitorPage.h"

#include <QMutexLocker>

namespace onair::ui {

MonitorRequestFilter::MonitorRequestFilter(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{}

void MonitorRequestFilter::setEmbed(const MonitorEmbed &embed)
{
    QMutexLocker lock(&m_mutex);
    m_embed = embed;
}

void MonitorRequestFilter::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    if (url == MonitorPage::pageUrl() || url.scheme() == QLatin1String("data") ||
        url.scheme() == QLatin1String("blob"))
        return;
    bool allowed = false;
    {
        QMutexLocker lock(&m_mutex);
        allowed = m_embed.isAllowedOrigin(url);
    }
    if (!allowed) {
        info.block(true);
        QMetaObject::invokeMethod(
            this, [this, url] { Q_EMIT requestBlocked(url); }, Qt::QueuedConnection);
    }
}

} // namespace onair::ui
