#pragma once

#include "monitor/MonitorEmbed.h"

#include <QMutex>
#include <QWebEngineUrlRequestInterceptor>

namespace onair::ui {

// Refuses every request of the monitor profile that does not go to the player's origins,
// whatever the page or the player tries to load. Runs on the web engine's IO thread.
class MonitorRequestFilter : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit MonitorRequestFilter(QObject *parent = nullptr);
    void setEmbed(const MonitorEmbed &embed);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

Q_SIGNALS:
    void requestBlocked(const QUrl &url);

private:
    QMutex m_mutex;
    MonitorEmbed m_embed;
};

} // namespace onair::ui
