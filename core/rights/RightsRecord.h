#pragma once

#include "rights/RightsPlan.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace onair {

// How far a show's rights plan has come, saved with the session (SavedSession::extra "rights")
// the moment anything changes: the ids YouTube gave back, and when an insert was sent whose
// answer is not known yet (so that after a crash it is looked for before it is sent again).
struct RightsRecord
{
    static constexpr int kSchemaVersion = 1;

    enum class Phase
    {
        Running,      // before the show, the steps are under way
        Failed,       // a step failed; the operator retries it or goes on without a claim
        NoOwner,      // the channel has no Content ID owner: nothing more is done
        WithoutClaim, // the operator went on without a claim
        Claimed,      // claimed before the show; the reference comes after it (or came before)
        Referencing,  // the reference is being made or followed to active
        Done,         // the reference is active (or YouTube made it inactive: see referenceStatus)
    };

    QString broadcastId;
    RightsPlan plan;
    QString assetTitle; // the plan's templates expanded once, for the show's time and {n}
    QString assetCustomId;
    Phase phase = Phase::Running;
    bool recordFromStart = true;
    bool referenceAfterShow = true; // the plan's choice, or the fallback from live delivery
    bool recordingProcessed = false;

    QString ownerId;
    QString assetId;
    QDateTime assetSentAt; // an assets.insert went out; its answer is not saved yet
    bool ownershipSet = false;
    QString matchPolicyId;
    bool matchPolicySet = false;
    QString claimPolicyId;
    QString claimId;
    QDateTime claimSentAt;
    bool advertisingSet = false;
    QString referenceId;
    QDateTime referenceSentAt;
    QString referenceStatus;

    QJsonObject toJson() const;
    // nullopt plus `error` for a record this build cannot read.
    static std::optional<RightsRecord> fromJson(const QJsonObject &json, QString *error);
    static QString phaseName(Phase phase);
};

} // namespace onair
