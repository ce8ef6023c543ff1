#include "accounts/AccountsMenu.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

namespace onair::ui {

AccountsMenu::AccountsMenu(QMenu *menu, Prompts::Confirm confirm)
    : QObject(menu)
    , m_menu(menu)
    , m_confirm(std::move(confirm))
    , m_top(menu->addSeparator())
    , m_group(new QActionGroup(this))
    , m_signOut(new QAction(tr("Sign &out"), this))
    , m_remove(new QAction(tr("&Remove account"), this))
    , m_contentId(new QAction(tr("Allow &Content ID…"), this))
{
    m_group->setExclusive(true);
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    m_remove->setObjectName(QStringLiteral("removeAccountAction"));
    menu->addAction(m_signOut);
    menu->addAction(m_remove);
    connect(m_signOut, &QAction::triggered, this, [this] {
        ask(tr("Sign out"),
            tr("Sign out of this account? Its access is revoked at Google and its secrets leave "
               "the keychain; using it again means adding it with its client_secret.json."),
            &AccountsMenu::signOutRequested);
    });
    connect(m_remove, &QAction::triggered, this, [this] {
        ask(tr("Remove account"),
            tr("Remove this account from OnAir? A broadcast goes on at YouTube, but OnAir no "
               "longer controls it from this account."),
            &AccountsMenu::removeRequested);
    });
    // Content ID is for partners only: everyone else never sees its permission asked for.
    m_contentId->setObjectName(QStringLiteral("contentIdAction"));
    m_contentId->setCheckable(true);
    menu->addAction(m_contentId);
    connect(m_contentId, &QAction::triggered, this, [this] {
        m_contentId->setChecked(m_contentIdAllowed);
        if (m_contentIdAllowed)
            return;
        ask(tr("Allow Content ID"),
            tr("Claim your shows with Content ID and make references from their recordings? "
               "OnAir signs in again and asks Google for the Content ID (YouTube Partner) "
               "permission; sign in with an account linked to your content owner."),
            &AccountsMenu::contentIdRequested);
    });
    setAccounts({}, QString());
}

void AccountsMenu::setContentIdAllowed(bool allowed)
{
    m_contentIdAllowed = allowed;
    m_contentId->setChecked(allowed);
}

void AccountsMenu::ask(const QString &title, const QString &question, void (AccountsMenu::*then)())
{
    m_confirm(title, question, [this, then](bool yes) {
        if (yes)
            Q_EMIT(this->*then)();
    });
}

void AccountsMenu::setAccounts(const QList<Entry> &accounts, const QString &currentAccountId)
{
    // Later, not now: the entry being triggered may be the reason for this update.
    for (QAction *old : std::as_const(m_entries)) {
        m_group->removeAction(old);
        m_menu->removeAction(old);
        old->deleteLater();
    }
    m_entries.clear();
    for (const Entry &e : accounts) {
        auto *action =
            new QAction(tr("%1 (%2)").arg(e.channelTitle.isEmpty() ? e.accountId : e.channelTitle,
                                          e.channelId.isEmpty() ? e.accountId : e.channelId),
                        this);
        action->setCheckable(true);
        action->setChecked(e.accountId == currentAccountId);
        action->setData(e.accountId);
        m_group->addAction(action);
        m_menu->insertAction(m_signOut, action);
        connect(action, &QAction::triggered, this,
                [this, id = e.accountId] { Q_EMIT accountChosen(id); });
        m_entries.append(action);
    }
    const bool any = !currentAccountId.isEmpty();
    m_signOut->setEnabled(any);
    m_remove->setEnabled(any);
}

} // namespace onair::ui
