#pragma once

#include "google/ResourceCalls.h"
#include "google/partner/model/Policy.h"

namespace onair {

class PartnerClient;

// policies: the owner's saved policies (a rights plan picks one, or saves a named new one).
class PoliciesApi
{
public:
    explicit PoliciesApi(const PartnerClient *client);

    // policies.list (not paged).
    void list(QObject *context, ResourceCalls::Done<QList<Policy>> done) const;
    // policies.insert. A lost answer is settled by policies.list (a policy with the same
    // name and rules, updated since the insert) before it is ever sent again.
    void insert(const Policy &policy, QObject *context, ResourceCalls::Done<Policy> done) const;
    void get(const QString &policyId, QObject *context, ResourceCalls::Done<Policy> done) const;

private:
    const PartnerClient *m_client;
    ResourceCalls m_calls;
};

} // namespace onair
