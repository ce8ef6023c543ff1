#pragma once

#include "google/partner/model/Asset.h"
#include "google/partner/model/Policy.h"
#include "google/partner/model/RightsOwnership.h"
#include "google/partner/model/VideoAdvertisingOption.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace onair {

// How a show is claimed with Content ID, kept in its preset ("rights"):
//
//   "rights": {
//     "contentOwner": "<id>" (the owner to act for; absent: the channel's only one, or the
//                             operator picks one when the account manages several),
//     "asset": { "titleTemplate": "Friday show #{n} – {date}", "customIdTemplate": "friday-{n}" },
//     "ownership": { "type": "worldwide" } or { "type": "include"|"exclude",
//                                              "territories": ["DE", "AT"] },
//     "matchPolicy": { "policyId": "…" } or { "policyName": "Monetize in all countries" }
//                 or { "newPolicy": { "name": "Friday: monetize", "action": "monetize",
//                                     "contentMatchTypes": ["audiovisual"],
//                                     "minMatchSeconds": 30, "minMatchPercent": 0 } },
//     "claimPolicy": same shapes as matchPolicy; absent: the match policy,
//     "contentType": "audiovisual",
//     "ads": { "preroll": true, "midroll": true, "postroll": false, "midrollSeconds": [600] },
//     "reference": "afterShow" or "beforeShow" (live delivery, approved partners only) }
//
// Absent fields take the defaults; unknown fields are ignored; a present field of the wrong type
// or with an unknown value is an error naming it ("rights.ownership.territories: …").
struct RightsPlan
{
    // A policy the plan names: a saved one (by id, or by name from policies.list) or a new one
    // the flow saves with policies.insert.
    struct PolicyChoice
    {
        QString policyId;
        QString policyName; // a saved policy with this name; or the new policy's name
        bool createNew = false;
        QString action = QStringLiteral("monetize"); // new policy: monetize | track | block
        QStringList contentMatchTypes{QStringLiteral("audiovisual")};
        quint32 minMatchSeconds = 0;
        quint32 minMatchPercent = 0;

        bool isEmpty() const { return policyId.isEmpty() && policyName.isEmpty(); }
        // The new policy's body (createNew).
        Policy newPolicy() const;
        friend bool operator==(const PolicyChoice &, const PolicyChoice &) = default;
    };

    enum class ReferenceWhen
    {
        AfterShow,
        BeforeShow,
    };

    QString contentOwner; // empty: the only one, or asked
    QString assetTitleTemplate;
    QString customIdTemplate;
    QString ownershipType = QStringLiteral("worldwide"); // worldwide | include | exclude
    QStringList territories;                             // ISO 3166-1 alpha-2
    PolicyChoice matchPolicy;
    PolicyChoice claimPolicy; // empty: the match policy
    QString contentType = QStringLiteral("audiovisual");
    bool preroll = true;
    bool midroll = true;
    bool postroll = false;
    QList<quint32> midrollSeconds;
    ReferenceWhen reference = ReferenceWhen::AfterShow;

    // Reads the "rights" object; nullopt plus `error` naming the field under `path`.
    static std::optional<RightsPlan> fromJson(const QJsonObject &json, QString *error,
                                              const QString &path = QStringLiteral("rights"));
    QJsonObject toJson() const;

    // The asset to insert, its title and custom id expanded for the show's time and number.
    Asset asset(const QDateTime &when, int number) const;
    RightsOwnership ownership(const QString &ownerId) const;
    VideoAdvertisingOption advertising(const QString &videoId) const;
    const PolicyChoice &claimPolicyChoice() const
    {
        return claimPolicy.isEmpty() ? matchPolicy : claimPolicy;
    }

    friend bool operator==(const RightsPlan &, const RightsPlan &) = default;
};

} // namespace onair
