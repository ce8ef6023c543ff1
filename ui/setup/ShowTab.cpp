#include "setup/ShowTab.h"

#include "show/BroadcastSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace onair::ui {

ShowTab::ShowTab(BroadcastSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *form = new QFormLayout(this);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("liveTitleEdit"));
    m_title->setMaxLength(100);
    form->addRow(tr("Title"), m_title);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("liveDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(80);
    form->addRow(tr("Description"), m_description);
    m_privacy = new QComboBox(this);
    m_privacy->setObjectName(QStringLiteral("livePrivacyCombo"));
    m_privacy->addItem(tr("Private"), QStringLiteral("private"));
    m_privacy->addItem(tr("Unlisted"), QStringLiteral("unlisted"));
    m_privacy->addItem(tr("Public"), QStringLiteral("public"));
    form->addRow(tr("Privacy"), m_privacy);
    auto *update = new QPushButton(tr("Update &title, description and privacy"), this);
    update->setObjectName(QStringLiteral("updateMetadataButton"));
    form->addRow(update);
    connect(update, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->updateMetadata(m_title->text().trimmed(), m_description->toPlainText(),
                                      m_privacy->currentData().toString());
    });

    m_autoStart = new QCheckBox(tr("Auto start when the stream becomes active"), this);
    m_autoStart->setObjectName(QStringLiteral("autoStartCheck"));
    m_autoStop = new QCheckBox(tr("Auto stop when the stream stops"), this);
    m_autoStop->setObjectName(QStringLiteral("autoStopCheck"));
    m_applyAuto = new QPushButton(tr("Appl&y auto start/stop"), this);
    m_applyAuto->setObjectName(QStringLiteral("applyAutoButton"));
    m_applyAuto->setToolTip(tr("Only before the show starts; auto start only while the stream "
                               "receives nothing. With a test phase, leave both off."));
    form->addRow(m_autoStart);
    form->addRow(m_autoStop);
    form->addRow(m_applyAuto);
    connect(m_applyAuto, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->setAutoStartStop(m_autoStart->isChecked(), m_autoStop->isChecked());
    });
    if (m_session)
        connect(m_session, &BroadcastSession::broadcastChanged, this, &ShowTab::showBroadcast);
    refreshControls();
}

void ShowTab::showBroadcast()
{
    if (!m_session->broadcast() || m_title->hasFocus())
        return;
    m_title->setText(m_session->broadcast()->snippet.title);
    m_description->setPlainText(m_session->broadcast()->snippet.description);
    const int i = m_privacy->findData(m_session->broadcast()->status.privacyStatus);
    if (i >= 0)
        m_privacy->setCurrentIndex(i);
}

void ShowTab::refreshControls()
{
    const bool busy = m_session && m_session->isBusy();
    const bool canAutoStart = m_session && m_session->canChangeAutoStart();
    const bool canAutoStop = m_session && m_session->canChangeAutoStop();
    m_applyAuto->setEnabled((canAutoStart || canAutoStop) && !busy);
    m_autoStart->setEnabled(canAutoStart);
    m_autoStop->setEnabled(canAutoStop);
}

} // namespace onair::ui
