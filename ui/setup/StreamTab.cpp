#include "setup/StreamTab.h"

#include "common/ErrorLine.h"
#include "setup/StreamForm.h"
#include "setup/StreamPanel.h"
#include "show/BroadcastDirectory.h"
#include "show/BroadcastSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace onair::ui {

StreamTab::StreamTab(BroadcastSession *session, BroadcastDirectory *directory,
                     Prompts::Confirm confirm, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_directory(directory)
    , m_confirm(std::move(confirm))
{
    auto *v = new QVBoxLayout(this);
    m_form = new StreamForm(this);
    v->addWidget(m_form);
    auto *row = new QHBoxLayout;
    auto *create = new QPushButton(tr("&Create and bind"), this);
    create->setObjectName(QStringLiteral("createStreamButton"));
    auto *replace = new QPushButton(tr("Replace bound stream"), this);
    replace->setObjectName(QStringLiteral("replaceStreamButton"));
    replace->setToolTip(tr("Unbind and delete the current stream, create this one and bind it "
                           "(for a misconfigured stream)"));
    row->addWidget(create);
    row->addWidget(replace);
    v->addLayout(row);
    v->addWidget(new QLabel(tr("Or bind an existing reusable stream:"), this));
    m_reusable = new QListWidget(this);
    m_reusable->setObjectName(QStringLiteral("reusableStreams"));
    m_reusable->setMaximumHeight(110);
    v->addWidget(m_reusable);
    m_error = new ErrorLine(QStringLiteral("reusableStreamsError"), this);
    v->addWidget(m_error);
    auto *row2 = new QHBoxLayout;
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("reusableStreamsRefresh"));
    auto *bind = new QPushButton(tr("Bind selected"), this);
    bind->setObjectName(QStringLiteral("bindSelectedButton"));
    row2->addWidget(refresh);
    row2->addWidget(bind);
    v->addLayout(row2);
    m_streamPanel = new StreamPanel(this);
    v->addWidget(m_streamPanel);
    v->addStretch(1);

    connect(create, &QPushButton::clicked, this, &StreamTab::createAndBind);
    connect(replace, &QPushButton::clicked, this, &StreamTab::replace);
    connect(refresh, &QPushButton::clicked, this, &StreamTab::reloadReusableStreams);
    connect(bind, &QPushButton::clicked, this, [this] {
        if (m_session && m_reusable->currentItem())
            m_session->bindExistingStream(m_reusable->currentItem()->data(Qt::UserRole).toString());
    });
    connect(m_streamPanel, &StreamPanel::copied, this, [this](const QString &what) {
        if (m_session)
            m_session->eventLog()->add(tr("Copy"), EventLog::Outcome::Info,
                                       tr("Copied the %1 to the clipboard").arg(what));
    });
    if (m_session) {
        connect(m_session, &BroadcastSession::streamChanged, this,
                [this] { m_streamPanel->setStream(m_session->stream()); });
    }
}

void StreamTab::createAndBind()
{
    if (!m_session || !m_session->broadcast())
        return;
    const QString problem = m_form->validate();
    if (!problem.isEmpty()) {
        m_session->eventLog()->add(tr("Create stream"), EventLog::Outcome::Failed, problem,
                                   QStringLiteral("invalidForm"));
        return;
    }
    m_session->createAndBindStream(m_form->draft());
}

void StreamTab::replace()
{
    if (!m_session || !m_session->broadcast())
        return;
    m_confirm(tr("Replace the stream"),
              tr("Unbind and delete the bound stream, then create and bind a new one? The "
                 "encoder must switch to the new stream key."),
              [this](bool yes) {
                  if (yes && m_session && m_session->broadcast())
                      m_session->rebindNewStream(m_form->draft());
              });
}

void StreamTab::reloadReusableStreams()
{
    if (!m_directory)
        return;
    m_directory->listReusableStreams(this, [this](DirectoryPage<LiveStream> page) {
        m_reusable->clear();
        m_error->showError(page.error);
        for (const LiveStream &s : page.items) {
            auto *item =
                new QListWidgetItem(QStringLiteral("%1 — %2 %3")
                                        .arg(s.snippet.title, s.cdn.resolution, s.cdn.frameRate),
                                    m_reusable);
            item->setData(Qt::UserRole, s.id);
        }
    });
}

} // namespace onair::ui
