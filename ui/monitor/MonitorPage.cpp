#include "monitor/MonitorPage.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMonitor, "onair.monitor")

namespace onair::ui {

MonitorPage::MonitorPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{}

QUrl MonitorPage::pageUrl()
{
    // A .localhost name is a secure context to Chromium and gives YouTube's player an origin.
    return QUrl(QStringLiteral("http://onair.localhost/monitor.html"));
}

bool MonitorPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(type)
    const bool ok = isMainFrame ? (url == pageUrl() || url.scheme() == QLatin1String("data"))
                                : m_embed.isAllowedOrigin(url);
    if (!ok) {
        qCInfo(lcMonitor) << "blocked navigation to" << url.toDisplayString();
        Q_EMIT navigationBlocked(url);
    }
    return ok;
}

void MonitorPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                           const QString &message, int line, const QString &source)
{
    qCDebug(lcMonitor) << level << source << line << message;
}

} // namespace onair::ui
