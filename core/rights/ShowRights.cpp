#include "rights/ShowRights.h"

#include "google/partner/PartnerClient.h"
#include "presets/PresetLauncher.h"
#include "presets/PresetStore.h"
#include "rights/RightsFlow.h"
#include "show/BroadcastSession.h"

#include <QPointer>

namespace onair {

ShowRights::ShowRights(BroadcastSession *session, PresetLauncher *launcher,
                       QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_launcher(launcher)
    , m_client(new PartnerClient(nullptr, nam, this))
    , m_flow(new RightsFlow(m_client, this))
{
    m_flow->follow(session->events());
    m_flow->setSaveNow([this] { m_session->saveNow(); });
    session->addSavedPart({[this](QJsonObject *extra) { m_flow->save(extra); },
                           [this](const QJsonObject &extra) { m_flow->restore(extra); }});
    connect(m_flow, &RightsFlow::logged, this, &ShowRights::logged);
    // Testing and going live wait for the claim (or the operator's answer to its failure).
    session->setBeforeShowGuard([self = QPointer<ShowRights>(this)] {
        return self ? self->beforeShowBlock() : TransitionBlock::None;
    });
    connect(m_flow, &RightsFlow::changed, session, &BroadcastSession::beforeShowChanged);
    connect(session, &BroadcastSession::reattached, this, [this](bool ok) {
        if (ok && m_session->broadcast() && m_flow->record() &&
            m_flow->record()->broadcastId == m_session->broadcast()->id)
            m_flow->resume();
    });
    connect(launcher, &PresetLauncher::launched, this, &ShowRights::launched);
}

void ShowRights::setAccount(AccountSession *account)
{
    m_client->setAccount(account);
}

void ShowRights::setRootUrl(const QUrl &root)
{
    m_client->setRootUrl(root);
}

TransitionBlock ShowRights::beforeShowBlock() const
{
    const std::optional<RightsRecord> &r = m_flow->record();
    if (!r || !m_session->broadcast() || r->broadcastId != m_session->broadcast()->id)
        return TransitionBlock::None;
    switch (r->phase) {
    case RightsRecord::Phase::Running:
        return TransitionBlock::RightsPending;
    case RightsRecord::Phase::Failed:
        return TransitionBlock::RightsFailed;
    default:
        return TransitionBlock::None;
    }
}

void ShowRights::launched(const QString &fileName, const QString &broadcastId, int number)
{
    const PresetResult<BroadcastPreset> preset = m_launcher->store()->load(fileName);
    if (!preset || !preset.value().rights || !m_session->broadcast() ||
        m_session->broadcast()->id != broadcastId)
        return;
    if (!m_client->isAuthorized()) {
        Q_EMIT logged(tr("The preset \"%1\" has a Content ID plan, but this account has not "
                         "allowed Content ID (Account → Allow Content ID…): the show is not "
                         "claimed.")
                          .arg(preset.value().name),
                      false, QStringLiteral("contentIdNotAllowed"));
        return;
    }
    m_flow->begin(*preset.value().rights, *m_session->broadcast(), QDateTime::currentDateTime(),
                  number);
}

} // namespace onair
