#pragma once

#include "monitor/MonitorEmbed.h"

#include <QWebEnginePage>

namespace onair::ui {

// Keeps the monitor page where it belongs: the main frame shows only our own page, frames
// only the player's origins; every other navigation is refused.
class MonitorPage : public QWebEnginePage
{
    Q_OBJECT

public:
    MonitorPage(QWebEngineProfile *profile, QObject *parent);
    void setEmbed(const MonitorEmbed &embed) { m_embed = embed; }

    static QUrl pageUrl();

Q_SIGNALS:
    void navigationBlocked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int line, const QString &source) override;

private:
    MonitorEmbed m_embed;
};

} // namespace onair::ui
