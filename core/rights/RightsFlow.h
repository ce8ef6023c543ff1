#pragma once

#include "google/partner/model/Asset.h"
#include "google/partner/model/ContentOwner.h"
#include "net/ApiError.h"
#include "rights/RightsRecord.h"

#include <QObject>

#include <functional>
#include <optional>

class QTimer;

namespace onair {

class PartnerClient;
class ShowEvents;
struct LiveBroadcast;

// A show's rights plan run against Content ID, one step at a time. Before the show: the owner
// (contentOwners.list: the plan's, the only one, or the one the operator picks when the account
// manages several — never a guess; every later call names it), the asset (assets.insert), its
// ownership, its match policy (a saved policy, or a named new one saved once), the claim of the
// broadcast (claims.insert with the broadcast's id as the video id), the ad settings, and — for
// owners approved for live delivery — the reference. After the show, once the recording is
// processed (ShowEvents::recordingProcessed), the reference from the claim, followed to active.
//
// Every id YouTube gives back goes into the record and is saved at once (`saveNow`), and so
// does the moment an insert is sent: after a crash, a retry or a second click, an insert whose
// answer was never saved is looked for (assetSearch, claims.list, references.list) before it
// is ever sent again, so a show never gets a second asset, claim or reference. A failed step
// stops the flow with a sentence (failed()); the operator retries it or goes on without a
// claim. A channel with no owner ends after the one contentOwners.list, without an error.
class RightsFlow : public QObject
{
    Q_OBJECT

public:
    enum class Step
    {
        Owner,
        Asset,
        Ownership,
        MatchPolicy,
        Claim,
        Advertising,
        Reference,       // references.insert from the claim
        ReferenceActive, // references.get until active
    };
    Q_ENUM(Step)
    static constexpr int kDefaultReferencePollMs = 60000;

    explicit RightsFlow(PartnerClient *client, QObject *parent = nullptr);

    // Writes the session now (the ids must survive a crash the moment they are known).
    void setSaveNow(std::function<void()> saveNow) { m_saveNow = std::move(saveNow); }
    void setReferencePollMs(int ms) { m_referencePollMs = ms; }
    // Follows the show: the reference is made once its recording is processed.
    void follow(ShowEvents *events);

    const std::optional<RightsRecord> &record() const { return m_record; }
    // The step running, or the one that failed.
    std::optional<Step> step() const { return m_step; }
    bool isBusy() const { return m_busy; }
    // Why the last step failed (empty unless the phase is Failed).
    const QString &failure() const { return m_failure; }

    // A new show with a plan: the steps before the show, from the first.
    void begin(const RightsPlan &plan, const LiveBroadcast &broadcast, const QDateTime &when,
               int number);
    // The owner the operator picked after ownerNeeded() (an id not offered, or empty: none
    // picked, which stops the flow as a failure).
    void chooseOwner(const QString &ownerId);
    bool isAskingForOwner() const { return !m_ownerChoices.isEmpty(); }
    // After a failure: the failed step again, then the rest.
    void retry();
    // After a failure: no claim for this show (the operator's choice, logged).
    void goOnWithoutClaim();
    // The broadcast's recording is processed: the reference, when the plan wants it now.
    void recordingProcessed(const QString &broadcastId);
    void forget();

    // The saved record (SavedSession::extra), taken in.
    void restore(const QJsonObject &extra);
    // Once the saved show is reattached (signed in): a flow that was under way when it was saved
    // carries on (nothing is sent twice: see above); one stopped on an unanswered failure asks
    // again (failed()).
    void resume();
    void save(QJsonObject *extra) const;

    static QString stepName(Step step);
    static QString stepKey(Step step);

Q_SIGNALS:
    void changed();
    // A line for the event log.
    void logged(const QString &text, bool ok, const QString &reason);
    // A step failed: ask the operator (retry() or goOnWithoutClaim()).
    void failed(onair::RightsFlow::Step step, const QString &sentence);
    // The account manages several owners and the plan names none: ask the operator to pick
    // one (chooseOwner()); the flow waits, the show's testing with it.
    void ownerNeeded(const QList<onair::ContentOwner> &owners, const QString &sentence);

private:
    void next();
    // The first step not done yet, before the show or (afterShow) after it.
    std::optional<Step> openStep(bool afterShow) const;
    void runStep(Step step);
    void owner();
    void ownerChosen(const ContentOwner &owner);
    Asset plannedAsset() const; // type web, the record's title and custom id
    void asset();
    void insertAsset();
    void ownership();
    void matchPolicy();
    void claim();
    void insertClaim();
    void advertising();
    void reference();
    void insertReference();
    void followReference();
    // The policy id for `choice` (looked up or saved once), then `done`.
    void resolvePolicy(const RightsPlan::PolicyChoice &choice, std::function<void(QString)> done);
    void stepDone(const QString &text);
    void fail(const ApiError &error);
    void failWith(const QString &sentence, const QString &reason);
    void setPhase(RightsRecord::Phase phase);
    void persist();

    PartnerClient *m_client;
    std::function<void()> m_saveNow;
    std::optional<RightsRecord> m_record;
    std::optional<Step> m_step;
    QString m_failure;
    QList<ContentOwner> m_ownerChoices; // offered to the operator, not picked yet
    QTimer *m_referenceTimer;
    int m_referencePollMs = kDefaultReferencePollMs;
    bool m_busy = false;
    quint64 m_generation = 0; // a begin() or forget() orphans the answers still on their way
};

} // namespace onair
