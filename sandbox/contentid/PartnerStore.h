#pragma once

#include "contentid/PartnerRecords.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace onair::sandbox {

class VideoDirectory;

// The sandbox's Content ID state: the content owners a signed-in channel is linked to (a
// setting), and each owner's assets, policies, claims, advertising options and references.
// Every change says so with changed() (the state file saves it).
class PartnerStore : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int ownersPerChannel = 1;              // 0 (most channels), 1 or 2
        bool liveDeliveryApproved = false;     // references before the broadcast is processed
        double referenceActivationSeconds = 5; // processing → active
    };

    explicit PartnerStore(QObject *parent = nullptr);

    Settings &settings() { return m_settings; }
    const Settings &settings() const { return m_settings; }

    // The owners every sandbox channel is linked to, in order (the setting picks how many).
    QList<ContentOwner> ownersOf(const QString &channelId) const;
    static const QList<ContentOwner> &allOwners();

    const QList<Asset> &assets() const { return m_assets; }
    const QList<Policy> &policies() const { return m_policies; }
    const QList<Claim> &claims() const { return m_claims; }
    const QList<AdvertisingOptions> &advertisingOptions() const { return m_adOptions; }
    const QList<Reference> &references() const { return m_references; }

    // One owner's item by id; null when it is missing or another owner's.
    const Asset *asset(const QString &ownerId, const QString &id) const;
    const Policy *policy(const QString &ownerId, const QString &id) const;
    const Claim *claim(const QString &ownerId, const QString &id) const;
    const AdvertisingOptions *adOptions(const QString &ownerId, const QString &videoId) const;
    const Reference *reference(const QString &ownerId, const QString &id) const;

    QString newAssetId() const;
    QString newPolicyId() const;
    QString newClaimId() const;
    QString newReferenceId() const;

    void addAsset(const Asset &asset);
    void updateAsset(const Asset &asset); // replaces the one with its id
    void addPolicy(const Policy &policy);
    void addClaim(const Claim &claim);
    void setAdOptions(const AdvertisingOptions &options);
    void addReference(const Reference &reference);

    // A reference's status and statusReason now: a duplicate is inactive; a live-delivery
    // reference waits for the broadcast's recording; then "checking" for the activation delay,
    // then "active".
    QPair<QString, QString> referenceStatus(const Reference &reference,
                                            const VideoDirectory *videos) const;

    // Forgets everything but the settings; each owner gets its default policies back.
    void clear();
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

Q_SIGNALS:
    void changed();

private:
    void addDefaultPolicies();

    Settings m_settings;
    QList<Asset> m_assets;
    QList<Policy> m_policies;
    QList<Claim> m_claims;
    QList<AdvertisingOptions> m_adOptions;
    QList<Reference> m_references;
};

} // namespace onair::sandbox
