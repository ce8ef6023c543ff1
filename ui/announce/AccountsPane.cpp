#include "announce/AccountsPane.h"

#include "announce/AnnouncementStore.h"
#include "announce/Announcements.h"
#include "social/instagram/TokenLifetime.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace onair::ui {

namespace {

constexpr qint64 kInstagramTokenDays = 60;
const QUrl kTelegramRoot{QStringLiteral("https://api.telegram.org/")};
const QUrl kGraphRoot{QStringLiteral("https://graph.instagram.com/")};

} // namespace

AccountsPane::AccountsPane(Announcements *announcements, QWidget *parent)
    : QWidget(parent)
    , m_announcements(announcements)
    , m_telegramRoot(kTelegramRoot)
    , m_graphRoot(kGraphRoot)
    , m_list(new QListWidget(this))
    , m_platform(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_chatLabel(new QLabel(this))
    , m_chat(new QLineEdit(this))
    , m_fillIn(new QPushButton(this))
    , m_check(new QPushButton(tr("Chec&k"), this))
    , m_save(new QPushButton(tr("Sa&ve account"), this))
    , m_result(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("announceAccounts"));
    m_platform->setObjectName(QStringLiteral("announceAccountPlatform"));
    m_platform->addItem(tr("Telegram bot"), int(SocialAccount::Platform::Telegram));
    m_platform->addItem(tr("Instagram professional account"),
                        int(SocialAccount::Platform::Instagram));
    m_name->setObjectName(QStringLiteral("announceAccountName"));
    m_name->setPlaceholderText(tr("What you call it"));
    m_token->setObjectName(QStringLiteral("announceAccountToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_chat->setObjectName(QStringLiteral("announceAccountChat"));
    m_chat->setPlaceholderText(tr("@channel or -100…"));
    m_fillIn->setObjectName(QStringLiteral("announceAccountFillSandbox"));
    m_fillIn->setVisible(false);
    m_check->setObjectName(QStringLiteral("announceAccountCheck"));
    m_save->setObjectName(QStringLiteral("announceAccountSave"));
    m_save->setEnabled(false);
    m_result->setObjectName(QStringLiteral("announceAccountResult"));
    m_result->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Kind"), m_platform);
    form->addRow(tr("Name"), m_name);
    auto *tokenLabel = new QLabel(tr("Token"), this);
    tokenLabel->setBuddy(m_token);
    form->addRow(tokenLabel, m_token);
    m_chatLabel->setBuddy(m_chat);
    form->addRow(m_chatLabel, m_chat);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fillIn);
    buttons->addWidget(m_check);
    buttons->addWidget(m_save);
    buttons->addStretch();
    form->addRow(buttons);
    form->addRow(m_result);
    auto *add = new QGroupBox(tr("Add an account"), this);
    add->setLayout(form);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(add);

    connect(m_platform, &QComboBox::currentIndexChanged, this, &AccountsPane::platformChanged);
    // A changed token or chat needs a new check before it is saved.
    for (QLineEdit *e : {m_token, m_chat})
        connect(e, &QLineEdit::textEdited, this, [this] {
            m_checked = false;
            m_save->setEnabled(false);
        });
    connect(m_fillIn, &QPushButton::clicked, this, &AccountsPane::fillInFromSandbox);
    connect(m_check, &QPushButton::clicked, this, &AccountsPane::check);
    connect(m_save, &QPushButton::clicked, this, &AccountsPane::save);
    connect(m_announcements->store(), &AnnouncementStore::accountsChanged, this,
            &AccountsPane::reload);
    connect(m_announcements, &Announcements::changedElsewhere, this, &AccountsPane::reload);
    platformChanged();
    reload();
}

void AccountsPane::setApiRoots(const QUrl &telegram, const QUrl &graph)
{
    if (telegram.isValid())
        m_telegramRoot = telegram;
    if (graph.isValid())
        m_graphRoot = graph;
}

void AccountsPane::setSandbox(const SandboxSocial &sandbox)
{
    m_sandbox = sandbox;
    m_telegramRoot = sandbox.telegramRoot.isValid() ? sandbox.telegramRoot : kTelegramRoot;
    m_graphRoot = sandbox.graphRoot.isValid() ? sandbox.graphRoot : kGraphRoot;
    platformChanged();
}

void AccountsPane::fillInFromSandbox()
{
    const bool telegram = platform() == SocialAccount::Platform::Telegram;
    m_name->setText(telegram ? tr("Sandbox bot") : tr("Sandbox Instagram"));
    m_token->setText(telegram ? m_sandbox.telegramBotToken : m_sandbox.instagramToken);
    m_chat->setText(telegram ? m_sandbox.telegramChannel : QString());
    m_checked = false;
    m_save->setEnabled(false);
    setResult(tr("Filled in from the sandbox: press Check, then Save."), true);
    m_check->setFocus();
}

SocialAccount::Platform AccountsPane::platform() const
{
    return SocialAccount::Platform(m_platform->currentData().toInt());
}

QString AccountsPane::expiryText(const SocialAccount &account, const QDateTime &now)
{
    if (account.platform != SocialAccount::Platform::Instagram || !account.tokenExpiresAt.isValid())
        return QString();
    const QString date =
        QLocale().toString(account.tokenExpiresAt.toLocalTime().date(), QLocale::LongFormat);
    const TokenLifetime t = TokenLifetime::at(account.tokenIssuedAt, account.tokenExpiresAt, now);
    if (t.expired)
        return tr("Token EXPIRED on %1: paste a new one").arg(date);
    if (t.warn)
        return tr("Token expires on %1 (in %n day(s)): refresh it now", nullptr,
                  int(now.daysTo(account.tokenExpiresAt)))
            .arg(date);
    return tr("Token expires on %1").arg(date);
}

void AccountsPane::reload()
{
    m_list->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SocialAccount &a : m_announcements->store()->accounts()) {
        QString line = a.platform == SocialAccount::Platform::Telegram
                           ? tr("Telegram: %1 → %2").arg(a.name, a.target)
                           : tr("Instagram: %1").arg(a.name);
        const QString expiry = expiryText(a, now);
        if (!expiry.isEmpty())
            line += QStringLiteral(" · ") + expiry;
        auto *item = new QListWidgetItem(line, m_list);
        item->setData(Qt::UserRole, a.id);
        if (TokenLifetime::at(a.tokenIssuedAt, a.tokenExpiresAt, now).warn ||
            TokenLifetime::at(a.tokenIssuedAt, a.tokenExpiresAt, now).expired)
            item->setForeground(QColor(0xb0, 0x3a, 0x00));
    }
    if (m_list->count() == 0)
        m_list->addItem(tr("No account yet: add a Telegram bot or an Instagram account below."));
}

void AccountsPane::platformChanged()
{
    const bool telegram = platform() == SocialAccount::Platform::Telegram;
    m_chatLabel->setText(tr("Channel"));
    m_chatLabel->setVisible(telegram);
    m_chat->setVisible(telegram);
    m_token->setPlaceholderText(telegram ? tr("123456:ABC… from @BotFather")
                                         : tr("Long-lived token"));
    m_fillIn->setText(telegram ? tr("Fill in the sandbox's bot")
                               : tr("Fill in the sandbox's Instagram account"));
    m_fillIn->setVisible(telegram ? m_sandbox.hasTelegram() : m_sandbox.hasInstagram());
    m_checked = false;
    m_save->setEnabled(false);
    m_result->clear();
}

void AccountsPane::setResult(const QString &sentence, bool ok)
{
    m_result->setText(sentence);
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("color: #b03a00;"));
}

void AccountsPane::check()
{
    const QString token = m_token->text().trimmed();
    const QString chat = m_chat->text().trimmed();
    if (token.isEmpty())
        return setResult(tr("Paste the token first."), false);
    if (platform() == SocialAccount::Platform::Telegram && chat.isEmpty())
        return setResult(tr("Name the channel: its @username or its id."), false);
    m_check->setEnabled(false);
    setResult(tr("Checking…"), true);
    if (platform() == SocialAccount::Platform::Telegram) {
        m_announcements->checkTelegram(
            m_telegramRoot, token, chat, this, [this](const TelegramAccountCheck::Outcome &o) {
                m_check->setEnabled(true);
                m_checked = o.ok;
                m_save->setEnabled(o.ok);
                m_checkedTitle = o.chatTitle;
                if (o.ok)
                    setResult(tr("The bot @%1 may post to \"%2\".").arg(o.botUsername, o.chatTitle),
                              true);
                else
                    setResult(o.problem, false);
            });
    } else {
        m_announcements->checkInstagram(
            m_graphRoot, token, this, [this](const InstagramAccountCheck::Outcome &o) {
                m_check->setEnabled(true);
                m_checked = o.ok;
                m_save->setEnabled(o.ok);
                m_checkedUserId = o.userId;
                m_checkedTitle = o.username;
                if (o.ok)
                    setResult(tr("The token works for @%1 (account %2).").arg(o.username, o.userId),
                              true);
                else
                    setResult(o.problem, false);
            });
    }
}

void AccountsPane::save()
{
    if (!m_checked)
        return;
    SocialAccount a;
    a.platform = platform();
    a.id = SocialAccount::platformName(a.platform) + QLatin1Char('-') +
           QUuid::createUuid().toString(QUuid::Id128).left(12);
    a.name = m_name->text().trimmed();
    if (a.platform == SocialAccount::Platform::Telegram) {
        a.apiRoot = m_telegramRoot;
        a.target = m_chat->text().trimmed();
    } else {
        a.apiRoot = m_graphRoot;
        a.target = m_checkedUserId;
        // A pasted long-lived token: its 60 days counted from now, the safe side for the
        // refresh (which renews it from day 50).
        a.tokenIssuedAt = QDateTime::currentDateTimeUtc();
        a.tokenExpiresAt = a.tokenIssuedAt.addDays(kInstagramTokenDays);
    }
    if (a.name.isEmpty())
        a.name = m_checkedTitle.isEmpty() ? a.target : m_checkedTitle;
    m_save->setEnabled(false);
    m_announcements->saveAccount(
        a, m_token->text().trimmed(), this, [this](bool ok, const QString &error) {
            if (!ok) {
                m_save->setEnabled(true);
                return setResult(tr("The account was not saved: %1").arg(error), false);
            }
            m_token->clear();
            m_chat->clear();
            m_name->clear();
            m_checked = false;
            setResult(tr("Saved."), true);
        });
}

} // namespace onair::ui
