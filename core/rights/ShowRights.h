#pragma once

#include "show/Lifecycle.h"

#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace onair {

class AccountSession;
class BroadcastSession;
class PartnerClient;
class PresetLauncher;
class RightsFlow;

// Content ID for the show: the account's PartnerClient and the RightsFlow, wired to the show.
// A broadcast created from a preset with a rights plan is claimed before the show (when the
// account allowed Content ID); the flow's record is saved with the session and read back with
// it, and carries on once the show is reattached; the reference follows the processed
// recording (ShowEvents).
class ShowRights : public QObject
{
    Q_OBJECT

public:
    ShowRights(BroadcastSession *session, PresetLauncher *launcher, QNetworkAccessManager *nam,
               QObject *parent = nullptr);

    PartnerClient *client() const { return m_client; }
    RightsFlow *flow() const { return m_flow; }
    void setAccount(AccountSession *account);
    void setRootUrl(const QUrl &root);

Q_SIGNALS:
    // A line for the event log.
    void logged(const QString &text, bool ok, const QString &reason);

private:
    // Why testing and going live wait: the claim under way, or its failure not yet answered
    // (None once claimed, without a claim, for a channel with no owner, or with no plan).
    TransitionBlock beforeShowBlock() const;
    void launched(const QString &fileName, const QString &broadcastId, int number);

    BroadcastSession *m_session;
    PresetLauncher *m_launcher;
    PartnerClient *m_client;
    RightsFlow *m_flow;
};

} // namespace onair
