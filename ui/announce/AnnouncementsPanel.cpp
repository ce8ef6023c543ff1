#include "announce/AnnouncementsPanel.h"

#include "announce/AccountsPane.h"
#include "announce/Announcements.h"
#include "announce/ComposerPane.h"
#include "announce/QueuePane.h"

#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace onair::ui {

AnnouncementsPanel::AnnouncementsPanel(Announcements *announcements, QWidget *parent)
    : QWidget(parent)
    , m_announcements(announcements)
    , m_tabs(new QTabWidget(this))
    , m_queue(new QueuePane(announcements, m_tabs))
    , m_composer(new ComposerPane(announcements, m_tabs))
    , m_accounts(new AccountsPane(announcements, m_tabs))
{
    m_tabs->setObjectName(QStringLiteral("announceTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_queue, tr("&Queue"));
    // The composer is the tallest page: it scrolls rather than make the window taller.
    auto *composerScroll = new QScrollArea(m_tabs);
    composerScroll->setWidget(m_composer);
    composerScroll->setWidgetResizable(true);
    composerScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(composerScroll, tr("&Compose"));
    m_tabs->addTab(m_accounts, tr("Acc&ounts"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_queue, &QueuePane::editRequested, this, [this](const Announcement &item) {
        m_composer->edit(item);
        m_tabs->setCurrentIndex(1);
    });
    connect(m_composer, &ComposerPane::scheduled, this, [this](const QList<qint64> &ids) {
        m_tabs->setCurrentWidget(m_queue);
        if (!ids.isEmpty())
            m_queue->select(ids.constLast());
    });
    connect(m_composer, &ComposerPane::specsChanged, this, &AnnouncementsPanel::specsChanged);

    m_elsewhere.setInterval(kElsewhereCheckMs);
    connect(&m_elsewhere, &QTimer::timeout, m_announcements,
            &Announcements::refreshIfChangedElsewhere);
    m_elsewhere.start();
}

void AnnouncementsPanel::setConfirm(Prompts::Confirm confirm)
{
    m_queue->setConfirm(std::move(confirm));
}

void AnnouncementsPanel::setApiRoots(const QUrl &telegram, const QUrl &graph)
{
    m_accounts->setApiRoots(telegram, graph);
}

void AnnouncementsPanel::setSaveToPreset(std::function<QString()> save)
{
    m_composer->setSaveToPreset(std::move(save));
}

void AnnouncementsPanel::setShowFields(const ShowFields &fields)
{
    m_composer->setShowFields(fields);
}

} // namespace onair::ui
