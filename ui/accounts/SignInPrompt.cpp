#include "accounts/SignInPrompt.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace onair::ui {

SignInPrompt::SignInPrompt(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("signInPrompt"));
    setStyleSheet(QStringLiteral(
        "#signInPrompt { background: #fff3cd; color: #000000; border: 2px solid #b36b00; }"));
    auto *row = new QHBoxLayout(this);
    m_why = new QLabel(this);
    m_why->setWordWrap(true);
    QFont font = m_why->font();
    font.setBold(true);
    font.setPointSize(12);
    m_why->setFont(font);
    row->addWidget(m_why, 1);
    auto *again = new QPushButton(tr("Sign in again"), this);
    again->setObjectName(QStringLiteral("signInAgainButton"));
    row->addWidget(again);
    connect(again, &QPushButton::clicked, this, &SignInPrompt::signInRequested);
    hide();
}

void SignInPrompt::showReason(const QString &why)
{
    m_why->setText(tr("Signed out: %1 The broadcast goes on at YouTube; sign in again to "
                      "control it.")
                       .arg(why));
    show();
}

} // namespace onair::ui
