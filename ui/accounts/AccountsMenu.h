#pragma once

#include "common/Prompts.h"

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QActionGroup;
class QMenu;

namespace onair::ui {

// The accounts part of the Account menu: one checkable entry per account ("title (channel
// id)", the one in use checked), then Sign out and Remove for the one in use, each asked
// first (neither can be undone from here). It only shows and asks; the app decides.
class AccountsMenu : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QString accountId;
        QString channelTitle;
        QString channelId;
    };

    // Adds its section to the end of `menu`.
    // `confirm` asks the operator (the window's questions).
    AccountsMenu(QMenu *menu, Prompts::Confirm confirm);

    void setAccounts(const QList<Entry> &accounts, const QString &currentAccountId);
    QList<QAction *> accountActions() const { return m_entries; }
    QAction *signOutAction() const { return m_signOut; }
    QAction *removeAction() const { return m_remove; }
    QAction *contentIdAction() const { return m_contentId; }
    // Checked once the account in use allowed Content ID.
    void setContentIdAllowed(bool allowed);

Q_SIGNALS:
    void accountChosen(const QString &accountId);
    void signOutRequested();
    void removeRequested();
    // Sign in again, asking also for Content ID (the youtubepartner permission).
    void contentIdRequested();

private:
    void ask(const QString &title, const QString &question, void (AccountsMenu::*then)());

    QMenu *m_menu;
    Prompts::Confirm m_confirm;
    QAction *m_top;
    QActionGroup *m_group;
    QList<QAction *> m_entries;
    QAction *m_signOut;
    QAction *m_remove;
    QAction *m_contentId;
    bool m_contentIdAllowed = false;
};

} // namespace onair::ui
