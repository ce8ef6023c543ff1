#pragma once

#include "google/partner/model/Policy.h"

#include <QList>
#include <QObject>
#include <QString>

namespace onair {

class PartnerClient;

// The saved policies a rights plan can pick from: the signed-in account's content owner
// (contentOwners.list; the one the client already acts for, else the first) and its
// policies.list. Asked for by the plan editor; an account that has not allowed Content ID or
// a channel with no owner ends with a sentence, not an error, and a later refresh() orphans
// the answers of the one before.
class OwnerPolicies : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Loading,
        NotAllowed, // the account did not grant the youtubepartner scope
        NoOwner,    // the channel is not linked to a Content ID owner
        Ready,
        Failed,
    };

    explicit OwnerPolicies(PartnerClient *client, QObject *parent = nullptr);

    void refresh();
    State state() const { return m_state; }
    const QList<Policy> &policies() const { return m_policies; }
    // The owner the list belongs to (Ready).
    const QString &ownerName() const { return m_ownerName; }
    // What the list says when it has nothing to offer (NotAllowed, NoOwner, Failed).
    const QString &sentence() const { return m_sentence; }

Q_SIGNALS:
    void changed();

private:
    void listPolicies(quint64 generation);
    void settle(State state, const QString &sentence = {});

    PartnerClient *m_client;
    State m_state = State::Idle;
    QList<Policy> m_policies;
    QString m_ownerName;
    QString m_sentence;
    quint64 m_generation = 0;
};

} // namespace onair
