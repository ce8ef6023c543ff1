#pragma once

#include <QFrame>

class QLabel;

namespace onair::ui {

// The banner over the monitor when the account can no longer act (its refresh token was
// revoked): why, and a button to sign in again. Hidden otherwise.
class SignInPrompt : public QFrame
{
    Q_OBJECT

public:
    explicit SignInPrompt(QWidget *parent = nullptr);

    void showReason(const QString &why);

Q_SIGNALS:
    void signInRequested();

private:
    QLabel *m_why = nullptr;
};

} // namespace onair::ui
