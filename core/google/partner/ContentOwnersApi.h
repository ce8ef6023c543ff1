#pragma once

#include "google/ResourceCalls.h"
#include "google/partner/model/ContentOwner.h"

namespace onair {

class PartnerClient;

// contentOwners: the Content ID owners the signed-in user manages.
class ContentOwnersApi
{
public:
    explicit ContentOwnersApi(const PartnerClient *client);

    // contentOwners.list?fetchMine=true: none for most channels, one or more for partners.
    void mine(QObject *context, ResourceCalls::Done<QList<ContentOwner>> done) const;

private:
    ResourceCalls m_calls;
};

} // namespace onair
