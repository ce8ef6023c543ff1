#pragma once

#include "google/ResourceCalls.h"
#include "google/partner/model/Claim.h"

namespace onair {

class PartnerClient;

// claims: a live show is claimed before it starts, with the broadcast's id as the video id.
class ClaimsApi
{
public:
    explicit ClaimsApi(const PartnerClient *client);

    // claims.insert. A lost answer is settled by claims.list?videoId= (a claim of the same
    // asset and content type made since the insert) before it is ever sent again.
    void insert(const Claim &claim, QObject *context, ResourceCalls::Done<Claim> done) const;
    void get(const QString &claimId, QObject *context, ResourceCalls::Done<Claim> done) const;
    // claims.list?videoId=: one page of the owner's claims on a video.
    void listByVideo(const QString &videoId, const QString &pageToken, QObject *context,
                     ResourceCalls::Done<Page<Claim>> done) const;

private:
    const PartnerClient *m_client;
    ResourceCalls m_calls;
};

} // namespace onair
