#pragma once

#include "rehearsal/SandboxEndpoints.h"
#include "social/SocialAccount.h"

#include <QUrl>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace onair {
class Announcements;
}

namespace onair::ui {

// The Announcements panel's accounts: the ones saved (an Instagram token's expiry, with the
// warning 7 days before), and a form to add a Telegram bot (token, masked; the channel as
// @username or id) or an Instagram professional account (a long-lived token). "Check" runs the
// core's checks (getMe + getChat + getChatMember; `me`) and says the result in a sentence;
// "Save" keeps the token in the keychain and the account in the queue's database. On the
// sandbox, "Fill in the sandbox's bot" (or Instagram account) puts its seeded token, channel
// and a name in the form; Check and Save stay the operator's.
class AccountsPane : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsPane(Announcements *announcements, QWidget *parent = nullptr);

    // Where new accounts talk to (the sandbox's roots in rehearsal).
    void setApiRoots(const QUrl &telegram, const QUrl &graph);
    // The sandbox's roots and seeded accounts (an empty value: not on the sandbox, the real
    // roots and no fill-in button).
    void setSandbox(const SandboxSocial &sandbox);

    // "Expires on 3 March 2027", with the 7-day warning when it is near (or past).
    static QString expiryText(const SocialAccount &account, const QDateTime &now);

private:
    void reload();
    void platformChanged();
    void fillInFromSandbox();
    void check();
    void save();
    SocialAccount::Platform platform() const;
    void setResult(const QString &sentence, bool ok);

    Announcements *m_announcements;
    QUrl m_telegramRoot;
    QUrl m_graphRoot;
    SandboxSocial m_sandbox;
    QListWidget *m_list;
    QComboBox *m_platform;
    QLineEdit *m_name;
    QLineEdit *m_token;
    QLabel *m_chatLabel;
    QLineEdit *m_chat;
    QPushButton *m_fillIn;
    QPushButton *m_check;
    QPushButton *m_save;
    QLabel *m_result;
    // What the last successful check found, for the same token and chat.
    bool m_checked = false;
    QString m_checkedUserId;
    QString m_checkedTitle;
};

} // namespace onair::ui
