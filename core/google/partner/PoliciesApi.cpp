#include "google/partner/PoliciesApi.h"

#include "google/InsertReconciler.h"
#include "google/partner/PartnerClient.h"

namespace onair {

PoliciesApi::PoliciesApi(const PartnerClient *client)
    : m_client(client)
    , m_calls(client)
{}

void PoliciesApi::list(QObject *context, ResourceCalls::Done<QList<Policy>> done) const
{
    m_calls.list<Policy>(m_calls.request(QStringLiteral("policies.list"), "GET",
                                         PartnerClient::kPath + QStringLiteral("policies"),
                                         m_client->ownerQuery()),
                         context, [done = std::move(done)](Result<Page<Policy>> page) {
                             if (!page)
                                 return done(page.error());
                             done(page.value().items);
                         });
}

void PoliciesApi::insert(const Policy &policy, QObject *context,
                         ResourceCalls::Done<Policy> done) const
{
    NetRequest r = m_calls.request(QStringLiteral("policies.insert"), "POST",
                                   PartnerClient::kPath + QStringLiteral("policies"),
                                   m_client->ownerQuery(), policy.toJson());
    r.replay = RetryPolicy::Replay::AfterReconcile;
    const auto matches = [policy](const Policy &p, const QDateTime &sentAt) {
        return p.name == policy.name && p.rules == policy.rules &&
               (!p.timeUpdated.isValid() ||
                p.timeUpdated >= sentAt.addSecs(-InsertReconciler::kClockSkewSecs));
    };
    const PoliciesApi self = *this;
    const auto listAll = [self](QObject *ctx, ResourceCalls::Done<QList<Policy>> cb) {
        self.list(ctx, std::move(cb));
    };
    const auto timeUpdated = [](const Policy &p) { return p.timeUpdated; };
    InsertReconciler::insert<Policy>(m_calls, std::move(r), matches, listAll, timeUpdated, 1,
                                     context, std::move(done));
}

void PoliciesApi::get(const QString &policyId, QObject *context,
                      ResourceCalls::Done<Policy> done) const
{
    m_calls.read<Policy>(
        m_calls.request(QStringLiteral("policies.get"), "GET",
                        PartnerClient::kPath + QStringLiteral("policies/") + policyId,
                        m_client->ownerQuery()),
        context, std::move(done));
}

} // namespace onair
