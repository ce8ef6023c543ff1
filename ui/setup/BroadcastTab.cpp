#include "setup/BroadcastTab.h"

#include "presets/ThumbnailReader.h"
#include "setup/BroadcastForm.h"
#include "show/BroadcastSession.h"

#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace onair::ui {

BroadcastTab::BroadcastTab(BroadcastSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *v = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    // Tab goes from the form's last field to "Create broadcast", not to the scroll area.
    scroll->setFocusPolicy(Qt::NoFocus);
    m_form = new BroadcastForm(scroll);
    scroll->setWidget(m_form);
    v->addWidget(scroll, 1);
    auto *create = new QPushButton(tr("&Create broadcast"), this);
    create->setObjectName(QStringLiteral("createBroadcastButton"));
    v->addWidget(create);
    connect(create, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        const QString problem = m_form->validate();
        if (!problem.isEmpty()) {
            m_session->eventLog()->add(tr("Create broadcast"), EventLog::Outcome::Failed, problem,
                                       QStringLiteral("invalidForm"));
            return;
        }
        createFromForm();
    });
}

void BroadcastTab::createFromForm()
{
    const LiveBroadcast draft = m_form->draft();
    const QString categoryId = m_form->categoryId();
    const QStringList tags = m_form->tags();
    const QString path = m_form->thumbnailPath();
    if (path.isEmpty()) {
        m_session->createBroadcast(draft, categoryId, tags);
        Q_EMIT creationSent();
        return;
    }
    // A thumbnail may be up to 50 MB: read off the GUI thread, then create.
    ThumbnailReader::read(path, this, [this, draft, categoryId, tags](ThumbnailReader::File f) {
        if (!m_session)
            return;
        if (!f.isOk()) {
            m_session->eventLog()->add(tr("Create broadcast"), EventLog::Outcome::Failed, f.error,
                                       QStringLiteral("invalidForm"));
            return;
        }
        m_session->createBroadcast(draft, categoryId, tags, f.bytes, f.mimeType);
        Q_EMIT creationSent();
    });
}

} // namespace onair::ui
