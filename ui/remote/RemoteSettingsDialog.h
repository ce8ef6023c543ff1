#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace onair {
class RemoteControl;
}

namespace onair::ui {

// Settings → Remote control…: whether go live, end and recover may come from outside the
// window (each then needs an arm and a confirmation within 5 s), the local HTTP + WebSocket API
// (off by default; this computer only unless another address is chosen, with a warning), and its
// bearer token (generated and shown once, kept in the keychain, revocable). D-Bus and
// `onair ctl` need no setting; the dialog says whether they are on.
class RemoteSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    RemoteSettingsDialog(RemoteControl *remote, QWidget *parent = nullptr);

    void accept() override;

private:
    void refresh();

    RemoteControl *m_remote;
    QCheckBox *m_allowShowControl;
    QCheckBox *m_httpEnabled;
    QComboBox *m_address;
    QSpinBox *m_port;
    QLabel *m_exposedWarning;
    QLabel *m_httpStatus;
    QLabel *m_tokenStatus;
    QLineEdit *m_shownToken;
    QPushButton *m_generate;
    QPushButton *m_revoke;
};

} // namespace onair::ui
