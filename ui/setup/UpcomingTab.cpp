#include "setup/UpcomingTab.h"

#include "common/ErrorLine.h"
#include "show/BroadcastDirectory.h"
#include "show/BroadcastSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace onair::ui {

UpcomingTab::UpcomingTab(BroadcastSession *session, BroadcastDirectory *directory, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_directory(directory)
{
    auto *v = new QVBoxLayout(this);
    v->addWidget(
        new QLabel(tr("Upcoming and active broadcasts, including interrupted ones:"), this));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("upcomingList"));
    v->addWidget(m_list, 1);
    m_error = new ErrorLine(QStringLiteral("upcomingError"), this);
    v->addWidget(m_error);
    auto *row = new QHBoxLayout;
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("upcomingRefresh"));
    m_more = new QPushButton(tr("More"), this);
    m_more->setObjectName(QStringLiteral("upcomingMore"));
    auto *open = new QPushButton(tr("&Open selected"), this);
    open->setObjectName(QStringLiteral("upcomingOpen"));
    row->addWidget(refresh);
    row->addWidget(m_more);
    row->addWidget(open);
    v->addLayout(row);
    connect(refresh, &QPushButton::clicked, this, &UpcomingTab::reload);
    connect(m_more, &QPushButton::clicked, this, [this] { load(m_nextPage); });
    const auto openSelected = [this] {
        if (m_session && m_list->currentItem())
            m_session->attachBroadcast(m_list->currentItem()->data(Qt::UserRole).toString());
    };
    connect(open, &QPushButton::clicked, this, openSelected);
    connect(m_list, &QListWidget::itemActivated, this, openSelected);
    m_more->setEnabled(false);
}

bool UpcomingTab::isEmpty() const
{
    return m_list->count() == 0;
}

void UpcomingTab::reload()
{
    m_list->clear();
    load(QString());
}

void UpcomingTab::load(const QString &pageToken)
{
    if (!m_directory)
        return;
    m_directory->listOpenBroadcasts(pageToken, this, [this](DirectoryPage<LiveBroadcast> page) {
        m_error->showError(page.error);
        if (!page.isOk()) {
            if (m_session)
                m_session->eventLog()->add(tr("List broadcasts"), EventLog::Outcome::Failed,
                                           page.error, page.reason);
            return;
        }
        for (const LiveBroadcast &b : page.items) {
            auto *item = new QListWidgetItem(
                QStringLiteral("%1 — %2 (%3)")
                    .arg(b.snippet.title, lifecycle::toString(b.status.lifeCycleStatus),
                         b.snippet.scheduledStartTime.toLocalTime().toString(
                             QStringLiteral("yyyy-MM-dd HH:mm"))),
                m_list);
            item->setData(Qt::UserRole, b.id);
        }
        m_nextPage = page.nextPageToken;
        m_more->setEnabled(!m_nextPage.isEmpty());
    });
}

} // namespace onair::ui
