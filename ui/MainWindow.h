#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;

namespace onair::ui {

// The control room window: a status area readable from across the room on top, the monitor
// in the centre, set-up on the side and the event log at the bottom.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Shows the mode the window runs in (sandbox rehearsal or a real Google account).
    void setSandboxMode(bool sandbox);

private:
    QWidget *createStatusArea();

    QLabel *m_tally = nullptr;
    QLabel *m_lifecycle = nullptr;
    QLabel *m_modeBanner = nullptr;
    QListWidget *m_eventLog = nullptr;
};

} // namespace onair::ui
