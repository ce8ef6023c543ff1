#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace onair {
class BroadcastSession;
}

namespace onair::ui {

// The "Show" set-up tab: the open broadcast's title, description and privacy (kept in step
// with the broadcast unless the operator is typing), and auto start/stop once testing is
// reached.
class ShowTab : public QWidget
{
    Q_OBJECT

public:
    // `session` may be null (no account yet): every control then stays idle.
    explicit ShowTab(BroadcastSession *session, QWidget *parent = nullptr);

    // What may be pressed now (the lifecycle and whether the session is busy).
    void refreshControls();

private:
    void showBroadcast();

    BroadcastSession *m_session;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_privacy = nullptr;
    QCheckBox *m_autoStart = nullptr;
    QCheckBox *m_autoStop = nullptr;
    QPushButton *m_applyAuto = nullptr;
};

} // namespace onair::ui
