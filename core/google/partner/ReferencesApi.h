#pragma once

#include "google/ResourceCalls.h"
#include "google/partner/model/Reference.h"

namespace onair {

class PartnerClient;

// references: the fingerprint made from a claimed broadcast once its recording is processed
// (or before the show, for partners approved for live delivery).
class ReferencesApi
{
public:
    explicit ReferencesApi(const PartnerClient *client);

    // references.insert?claimId= with the claim's asset and content type. A lost answer is
    // settled by references.list?assetId= (a reference from that claim) before it is ever
    // sent again: a second one would only be an inactive duplicate.
    void insertFromClaim(const QString &claimId, const QString &assetId, const QString &contentType,
                         QObject *context, ResourceCalls::Done<Reference> done) const;
    void get(const QString &referenceId, QObject *context,
             ResourceCalls::Done<Reference> done) const;
    // references.list?assetId=: one page.
    void listByAsset(const QString &assetId, const QString &pageToken, QObject *context,
                     ResourceCalls::Done<Page<Reference>> done) const;

private:
    const PartnerClient *m_client;
    ResourceCalls m_calls;
};

} // namespace onair
