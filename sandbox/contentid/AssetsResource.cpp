#include "contentid/AssetsResource.h"

#include "contentid/ContentIdService.h"
#include "contentid/PartnerErrors.h"
#include "contentid/PartnerJson.h"
#include "contentid/PartnerRules.h"
#include "contentid/PartnerStore.h"

#include <QJsonArray>

namespace onair::sandbox {

namespace {

constexpr int kSearchPageSize = 25;

// fetchMetadata / fetchOwnership / fetchMatchPolicy: which version to answer ("none" leaves it
// out; the sandbox keeps one version, so "mine" and "effective" are the same).
std::optional<ErrorEnvelope> fetchVersion(const ApiParams &params, const QString &name, bool *out)
{
    *out = false;
    if (!params.has(name))
        return std::nullopt;
    const QString value = params.value(name);
    static const QStringList versions{QStringLiteral("none"), QStringLiteral("mine"),
                                      QStringLiteral("effective")};
    if (!versions.contains(value))
        return PartnerErrors::invalidValue(
            name, QStringLiteral("Invalid value '%1' for %2.").arg(value, name));
    *out = value != QLatin1String("none");
    return std::nullopt;
}

HttpReply insert(PartnerStore *store, const PartnerCall &call)
{
    if (auto p = PartnerRules::asset(call.body))
        return p->toReply();
    Asset asset;
    asset.id = store->newAssetId();
    asset.ownerId = call.ownerId;
    asset.timeCreated = QDateTime::currentDateTimeUtc();
    asset.type = call.body.value(QStringLiteral("type")).toString();
    asset.metadata = call.body.value(QStringLiteral("metadata")).toObject();
    asset.labels = call.body.value(QStringLiteral("label")).toArray();
    store->addAsset(asset);
    return ContentIdService::ok(call, PartnerJson::asset(asset, false, false, nullptr));
}

HttpReply get(PartnerStore *store, const PartnerCall &call)
{
    const Asset *asset = store->asset(call.ownerId, call.segment(4));
    if (!asset)
        return PartnerErrors::notFound(QStringLiteral("Asset"), QStringLiteral("assetId"))
            .toReply();
    bool ownership = false;
    bool matchPolicy = false;
    bool metadata = false;
    if (auto p = fetchVersion(call.params, QStringLiteral("fetchOwnership"), &ownership))
        return p->toReply();
    if (auto p = fetchVersion(call.params, QStringLiteral("fetchMatchPolicy"), &matchPolicy))
        return p->toReply();
    if (auto p = fetchVersion(call.params, QStringLiteral("fetchMetadata"), &metadata))
        return p->toReply();
    bool conflicts = false;
    if (auto p = call.params.boolean(QStringLiteral("fetchOwnershipConflicts"), &conflicts))
        return p->toReply();
    const Policy *saved = store->policy(
        call.ownerId, asset->matchPolicy.value(QStringLiteral("policyId")).toString());
    QJsonObject out = PartnerJson::asset(*asset, ownership, matchPolicy, saved);
    if (call.params.has(QStringLiteral("fetchMetadata")) && !metadata)
        out.remove(QStringLiteral("metadata"));
    return ContentIdService::ok(call, out);
}

bool matchesSearch(const Asset &asset, const PartnerCall &call)
{
    const QDateTime after =
        QDateTime::fromString(call.params.value(QStringLiteral("createdAfter")), Qt::ISODateWithMs);
    const QDateTime before = QDateTime::fromString(
        call.params.value(QStringLiteral("createdBefore")), Qt::ISODateWithMs);
    if (after.isValid() && asset.timeCreated < after)
        return false;
    if (before.isValid() && asset.timeCreated > before)
        return false;
    const QStringList types = call.params.list(QStringLiteral("type"));
    if (!types.isEmpty() && !types.contains(asset.type))
        return false;
    // "customId:my_custom_id,title:…": every pair must match exactly.
    for (const QString &pair : call.params.list(QStringLiteral("metadataSearchFields"))) {
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        if (asset.metadata.value(pair.left(colon)).toString() != pair.mid(colon + 1))
            return false;
    }
    const QString q = call.params.value(QStringLiteral("q"));
    if (!q.isEmpty()) {
        const QStringList fields{asset.id, asset.type,
                                 asset.metadata.value(QStringLiteral("customId")).toString(),
                                 asset.metadata.value(QStringLiteral("title")).toString()};
        if (!std::any_of(fields.cbegin(), fields.cend(),
                         [&](const QString &f) { return f.contains(q, Qt::CaseInsensitive); }))
            return false;
    }
    return true;
}

HttpReply search(PartnerStore *store, const PartnerCall &call)
{
    for (const char *name : {"createdAfter", "createdBefore"}) {
        const QString value = call.params.value(QLatin1String(name));
        if (call.params.has(QLatin1String(name)) &&
            !QDateTime::fromString(value, Qt::ISODateWithMs).isValid())
            return PartnerErrors::invalidValue(
                       QLatin1String(name),
                       QStringLiteral("'%1' is not an RFC 3339 date-time.").arg(value))
                .toReply();
    }
    for (const QString &pair : call.params.list(QStringLiteral("metadataSearchFields"))) {
        if (pair.indexOf(QLatin1Char(':')) <= 0)
            return PartnerErrors::invalidValue(
                       QStringLiteral("metadataSearchFields"),
                       QStringLiteral("Expected field:value pairs, got '%1'.").arg(pair))
                .toReply();
    }
    int offset = 0;
    if (auto p = call.params.pageOffset(&offset))
        return p->toReply();
    QList<const Asset *> found;
    for (const Asset &asset : store->assets()) {
        if (asset.ownerId == call.ownerId && matchesSearch(asset, call))
            found.append(&asset);
    }
    // Results are always in descending order (newest first).
    std::stable_sort(found.begin(), found.end(), [](const Asset *a, const Asset *b) {
        return a->timeCreated > b->timeCreated;
    });
    QJsonArray items;
    for (qsizetype i = offset; i < found.size() && i < offset + kSearchPageSize; ++i) {
        const Asset &a = *found.at(i);
        items.append(QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("youtubePartner#assetSnippet")},
            {QStringLiteral("id"), a.id},
            {QStringLiteral("type"), a.type},
            {QStringLiteral("title"), a.metadata.value(QStringLiteral("title")).toString()},
            {QStringLiteral("customId"), a.metadata.value(QStringLiteral("customId")).toString()},
            {QStringLiteral("timeCreated"), PartnerJson::timestamp(a.timeCreated)}});
    }
    QJsonObject out{{QStringLiteral("kind"), QStringLiteral("youtubePartner#assetSnippetList")},
                    {QStringLiteral("items"), items},
                    {QStringLiteral("pageInfo"),
                     QJsonObject{{QStringLiteral("totalResults"), int(found.size())},
                                 {QStringLiteral("resultsPerPage"), kSearchPageSize},
                                 {QStringLiteral("startIndex"), offset}}}};
    if (offset + kSearchPageSize < found.size())
        out.insert(QStringLiteral("nextPageToken"), ApiParams::pageToken(offset + kSearchPageSize));
    return ContentIdService::ok(call, out);
}

} // namespace

void AssetsResource::registerMethods(ContentIdService &service)
{
    PartnerStore *store = service.store();
    service.addMethod(
        QStringLiteral("POST"), QStringLiteral("assets"), QStringLiteral("assets.insert"), {},
        [store](const PartnerCall &call) { return insert(store, call); }, true);
    service.addMethod(QStringLiteral("GET"), QStringLiteral("assets/{}"),
                      QStringLiteral("assets.get"),
                      {QStringLiteral("fetchMatchPolicy"), QStringLiteral("fetchMetadata"),
                       QStringLiteral("fetchOwnership"), QStringLiteral("fetchOwnershipConflicts")},
                      [store](const PartnerCall &call) { return get(store, call); });
    service.addMethod(
        QStringLiteral("GET"), QStringLiteral("assetSearch"), QStringLiteral("assetSearch.list"),
        {QStringLiteral("createdAfter"), QStringLiteral("createdBefore"),
         QStringLiteral("hasConflicts"), QStringLiteral("includeAnyProvidedlabel"),
         QStringLiteral("isrcs"), QStringLiteral("labels"), QStringLiteral("metadataSearchFields"),
         QStringLiteral("ownershipRestriction"), QStringLiteral("pageToken"), QStringLiteral("q"),
         QStringLiteral("sort"), QStringLiteral("type")},
        [store](const PartnerCall &call) { return search(store, call); });
}

} // namespace onair::sandbox
