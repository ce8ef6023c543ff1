#include "announce/AnnouncementsPanel.h"

#include "announce/AccountsPane.h"
#include "announce/Announcements.h"
#include "announce/ComposerPane.h"
#include "announce/QueuePane.h"
#include "announce/SandboxPostsWindow.h"

#include <QPushButton>
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
    , m_sandboxPosts(new QPushButton(tr("What the sandbox received…"), this))
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
    m_sandboxPosts->setObjectName(QStringLiteral("announceSandboxPosts"));
    m_sandboxPosts->setVisible(false);
    connect(m_sandboxPosts, &QPushButton::clicked, this, &AnnouncementsPanel::showSandboxPosts);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    // Under the tabs, the panel's width (beside them, a narrow dock cut its words).
    layout->addWidget(m_sandboxPosts);

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

void AnnouncementsPanel::setSandbox(const SandboxSocial &sandbox)
{
    m_accounts->setSandbox(sandbox);
    m_postsPage = sandbox.postsPage;
    m_sandboxPosts->setVisible(m_postsPage.isValid());
    if (m_postsWindow && m_postsWindow->page() != m_postsPage)
        m_postsWindow->deleteLater(); // another sandbox, or none
}

SandboxPostsWindow *AnnouncementsPanel::postsWindow() const
{
    return m_postsWindow.data();
}

void AnnouncementsPanel::showSandboxPosts()
{
    if (!m_postsPage.isValid())
        return;
    if (!m_postsWindow) {
        m_postsWindow = new SandboxPostsWindow(m_postsPage, this);
        m_postsWindow->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_postsWindow->reload();
    }
    m_postsWindow->show();
    m_postsWindow->raise();
    m_postsWindow->activateWindow();
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
