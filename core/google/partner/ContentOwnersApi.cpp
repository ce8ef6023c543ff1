#include "google/partner/ContentOwnersApi.h"

#include "google/partner/PartnerClient.h"

namespace onair {

ContentOwnersApi::ContentOwnersApi(const PartnerClient *client)
    : m_calls(client)
{}

void ContentOwnersApi::mine(QObject *context, ResourceCalls::Done<QList<ContentOwner>> done) const
{
    // The owner is not named here: this is how it is found.
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("fetchMine"), QStringLiteral("true"));
    m_calls.list<ContentOwner>(
        m_calls.request(QStringLiteral("contentOwners.list"), "GET",
                        PartnerClient::kPath + QStringLiteral("contentOwners"), q),
        context, [done = std::move(done)](Result<Page<ContentOwner>> page) {
            if (!page)
                return done(page.error());
            done(page.value().items);
        });
}

} // namespace onair
