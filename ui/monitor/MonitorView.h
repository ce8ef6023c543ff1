#pragma once

#include "monitor/MonitorEmbed.h"

#include <QElapsedTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QStackedLayout;
class QTimer;
class QWebEngineProfile;
class QWebEngineView;

namespace onair::ui {

// The monitor-stream player. The web engine is created only when a broadcast first has a
// monitor stream to show, never at start-up, and in two turns of the event loop (Chromium's
// start, then the view) so that the operator's window never freezes for long. It loads our
// own page (MonitorEmbed) in an off-the-record profile that may reach only the player's
// origins.
class MonitorRequestFilter;

class MonitorView : public QWidget
{
    Q_OBJECT

public:
    explicit MonitorView(QWidget *parent = nullptr);
    ~MonitorView() override;

    // Shows the player for the broadcast, or the reason it cannot.
    void showEmbed(const MonitorEmbed &embed);
    void showMessage(const QString &text);
    void clear();

    bool hasEngine() const { return m_view != nullptr; }
    QString currentVideoId() const { return m_embed ? m_embed->videoId : QString(); }
    // The player's own clock (IFrame API getCurrentTime) extrapolated to now, in ms; nullopt
    // while the player is not playing or has not answered recently.
    std::optional<qint64> playerElapsedMs() const;
    int playerState() const { return m_state; }

Q_SIGNALS:
    void playerStateChanged(int state);
    void blockedRequest(const QUrl &url);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startEngine();
    void createView();
    void load();
    void guardKeyboard(QObject *object);
    void poll();

    QStackedLayout *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QWebEngineProfile *m_profile = nullptr;
    MonitorRequestFilter *m_filter = nullptr;
    QWebEngineView *m_view = nullptr;
    QTimer *m_pollTimer = nullptr;
    std::optional<MonitorEmbed> m_embed;
    int m_state = -2;
    double m_playerSeconds = -1;
    QElapsedTimer m_sampledAt;
};

} // namespace onair::ui
