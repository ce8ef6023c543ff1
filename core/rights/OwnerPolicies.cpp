#include "rights/OwnerPolicies.h"

#include "google/ErrorMessages.h"
#include "google/partner/PartnerClient.h"

namespace onair {

OwnerPolicies::OwnerPolicies(PartnerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void OwnerPolicies::refresh()
{
    const quint64 gen = ++m_generation;
    m_policies.clear();
    m_ownerName.clear();
    if (!m_client->isAuthorized())
        return settle(State::NotAllowed,
                      tr("This account has not allowed Content ID (Account → Allow Content "
                         "ID…), so there are no saved policies to choose from."));
    settle(State::Loading);
    m_client->contentOwners().mine(this, [this, gen](Result<QList<ContentOwner>> r) {
        if (gen != m_generation)
            return;
        if (!r)
            return settle(State::Failed, ErrorMessages::describe(r.error()));
        if (r.value().isEmpty())
            return settle(State::NoOwner,
                          tr("This channel is not linked to a Content ID owner, so it has no "
                             "saved policies."));
        // The owner the client already acts for (a show's flow chose it), else the first.
        const ContentOwner *owner = &r.value().first();
        for (const ContentOwner &o : r.value())
            if (o.id == m_client->contentOwner())
                owner = &o;
        m_client->setContentOwner(owner->id);
        m_ownerName = owner->displayName.isEmpty() ? owner->id : owner->displayName;
        listPolicies(gen);
    });
}

void OwnerPolicies::listPolicies(quint64 gen)
{
    m_client->policies().list(this, [this, gen](Result<QList<Policy>> r) {
        if (gen != m_generation)
            return;
        if (!r)
            return settle(State::Failed, ErrorMessages::describe(r.error()));
        m_policies = r.value();
        settle(State::Ready);
    });
}

void OwnerPolicies::settle(State state, const QString &sentence)
{
    m_state = state;
    m_sentence = sentence;
    Q_EMIT changed();
}

} // namespace onair
