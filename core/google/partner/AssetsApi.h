#pragma once

#include "google/ResourceCalls.h"
#include "google/partner/model/Asset.h"

#include <QDateTime>

namespace onair {

class PartnerClient;

// assets: insert (reconciled through assetSearch when its answer is lost) and get.
class AssetsApi
{
public:
    explicit AssetsApi(const PartnerClient *client);

    // assets.insert. A lost answer is settled by assetSearch.list (assets created since the
    // insert with its type, title and custom id) before the insert is ever sent again.
    void insert(const Asset &asset, QObject *context, ResourceCalls::Done<Asset> done) const;
    void get(const QString &assetId, QObject *context, ResourceCalls::Done<Asset> done) const;
    // assetSearch.list: one page of the owner's assets created since `createdAfter`, with
    // `customId` when it is not empty, newest first.
    void search(const QDateTime &createdAfter, const QString &customId, const QString &pageToken,
                QObject *context, ResourceCalls::Done<Page<Asset>> done) const;

private:
    const PartnerClient *m_client;
    ResourceCalls m_calls;
};

} // namespace onair
