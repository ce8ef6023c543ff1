#include "rights/RightsFlow.h"

#include "google/ErrorMessages.h"
#include "google/InsertReconciler.h"
#include "google/partner/PartnerClient.h"
#include "google/youtube/model/LiveBroadcast.h"
#include "show/ShowEvents.h"

#include <QTimer>

#include <utility>

namespace onair {

namespace {
const QLatin1String kKey("rights");
using Phase = RightsRecord::Phase;
const QString kFingerprintingNotAllowed = QStringLiteral("fingerprintingNotAllowed");
} // namespace

RightsFlow::RightsFlow(PartnerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_referenceTimer(new QTimer(this))
{
    m_referenceTimer->setSingleShot(true);
    connect(m_referenceTimer, &QTimer::timeout, this, &RightsFlow::followReference);
}

void RightsFlow::follow(ShowEvents *events)
{
    connect(events, &ShowEvents::recordingProcessed, this,
            [this](const ShowEvent &e) { recordingProcessed(e.broadcastId); });
}

QString RightsFlow::stepName(Step step)
{
    switch (step) {
    case Step::Owner:
        return tr("Content ID owner");
    case Step::Asset:
        return tr("Asset");
    case Step::Ownership:
        return tr("Ownership");
    case Step::MatchPolicy:
        return tr("Match policy");
    case Step::Claim:
        return tr("Claim");
    case Step::Advertising:
        return tr("Ad settings");
    case Step::Reference:
        return tr("Reference");
    case Step::ReferenceActive:
        return tr("Reference active");
    }
    return {};
}

QString RightsFlow::stepKey(Step step)
{
    switch (step) {
    case Step::Owner:
        return QStringLiteral("owner");
    case Step::Asset:
        return QStringLiteral("asset");
    case Step::Ownership:
        return QStringLiteral("ownership");
    case Step::MatchPolicy:
        return QStringLiteral("matchPolicy");
    case Step::Claim:
        return QStringLiteral("claim");
    case Step::Advertising:
        return QStringLiteral("advertising");
    case Step::Reference:
        return QStringLiteral("reference");
    case Step::ReferenceActive:
        return QStringLiteral("referenceActive");
    }
    return {};
}

void RightsFlow::begin(const RightsPlan &plan, const LiveBroadcast &broadcast,
                       const QDateTime &when, int number)
{
    forget();
    RightsRecord r;
    r.broadcastId = broadcast.id;
    r.plan = plan;
    const Asset asset = plan.asset(when, number);
    r.assetTitle = asset.title;
    r.assetCustomId = asset.customId;
    r.recordFromStart = broadcast.contentDetails.recordFromStart;
    r.referenceAfterShow = plan.reference == RightsPlan::ReferenceWhen::AfterShow;
    m_record = r;
    if (!r.recordFromStart)
        Q_EMIT logged(tr("This broadcast does not record from the start: Content ID can claim "
                         "it, but cannot make a reference from it. Turn on \"Record from start\" "
                         "before the show to get a reference."),
                      false, QStringLiteral("recordFromStartOff"));
    persist();
    next();
}

void RightsFlow::retry()
{
    if (!m_record || m_record->phase != Phase::Failed || m_busy)
        return;
    const bool after = m_record->recordingProcessed;
    setPhase(after ? Phase::Referencing : Phase::Running);
    next();
}

void RightsFlow::goOnWithoutClaim()
{
    if (!m_record || m_record->phase != Phase::Failed || m_busy)
        return;
    m_step.reset();
    m_failure.clear();
    setPhase(Phase::WithoutClaim);
    Q_EMIT logged(m_record->claimId.isEmpty()
                      ? tr("Going on without a Content ID claim for this show.")
                      : tr("Going on without a Content ID reference for this show."),
                  true, QString());
}

void RightsFlow::recordingProcessed(const QString &broadcastId)
{
    if (!m_record || m_record->broadcastId != broadcastId || m_record->recordingProcessed)
        return;
    m_record->recordingProcessed = true;
    if (m_record->phase != Phase::Claimed || !m_record->recordFromStart) {
        persist();
        return;
    }
    setPhase(Phase::Referencing);
    next();
}

void RightsFlow::forget()
{
    ++m_generation;
    m_referenceTimer->stop();
    m_busy = false;
    m_step.reset();
    m_failure.clear();
    m_ownerChoices.clear();
    m_record.reset();
    Q_EMIT changed();
}

void RightsFlow::restore(const QJsonObject &extra)
{
    if (!extra.contains(kKey))
        return;
    QString error;
    std::optional<RightsRecord> r = RightsRecord::fromJson(extra.value(kKey).toObject(), &error);
    if (!r) {
        Q_EMIT logged(tr("The saved Content ID record cannot be read (%1); this show's rights are "
                         "not followed.")
                          .arg(error),
                      false, QStringLiteral("badRecord"));
        return;
    }
    if (m_record && m_record->broadcastId == r->broadcastId)
        return; // the same show on screen keeps what it knows
    forget();
    m_record = r;
    m_client->setContentOwner(m_record->ownerId);
    Q_EMIT changed();
}

void RightsFlow::resume()
{
    if (!m_record || m_busy || !m_ownerChoices.isEmpty())
        return;
    // Under way when it was saved: carry on (the steps look before they send again).
    if (m_record->phase == Phase::Running || m_record->phase == Phase::Referencing)
        return next();
    // Stopped on a failure nobody answered: ask again (the show waits for the answer).
    if (m_record->phase == Phase::Failed) {
        m_step = openStep(m_record->recordingProcessed);
        if (!m_step)
            return;
        m_failure = tr("%1 failed before OnAir was restarted.").arg(stepName(*m_step));
        Q_EMIT changed();
        Q_EMIT failed(*m_step, m_failure);
    }
}

void RightsFlow::save(QJsonObject *extra) const
{
    if (m_record)
        extra->insert(kKey, m_record->toJson());
}

void RightsFlow::persist()
{
    // Saved first: whoever hears of the change may count on the file.
    if (m_saveNow)
        m_saveNow();
    Q_EMIT changed();
}

void RightsFlow::setPhase(Phase phase)
{
    m_record->phase = phase;
    persist();
}

std::optional<RightsFlow::Step> RightsFlow::openStep(bool afterShow) const
{
    const RightsRecord &r = *m_record;
    if (afterShow)
        return r.referenceId.isEmpty() ? Step::Reference : Step::ReferenceActive;
    if (r.ownerId.isEmpty())
        return Step::Owner;
    if (r.assetId.isEmpty())
        return Step::Asset;
    if (!r.ownershipSet)
        return Step::Ownership;
    if (!r.matchPolicySet)
        return Step::MatchPolicy;
    if (r.claimId.isEmpty())
        return Step::Claim;
    if (!r.advertisingSet)
        return Step::Advertising;
    if (!r.referenceAfterShow && r.referenceId.isEmpty() && r.recordFromStart)
        return Step::Reference;
    return std::nullopt;
}

void RightsFlow::next()
{
    const RightsRecord &r = *m_record;
    if (r.phase == Phase::Referencing)
        return runStep(*openStep(true));
    if (r.phase != Phase::Running)
        return;
    if (const std::optional<Step> step = openStep(false))
        return runStep(*step);
    m_step.reset();
    setPhase(Phase::Claimed);
    Q_EMIT logged(r.referenceAfterShow
                      ? tr("Claimed: the reference follows once the recording is processed.")
                      : tr("Claimed, with a live reference."),
                  true, QString());
}

void RightsFlow::runStep(Step step)
{
    m_step = step;
    m_failure.clear();
    m_busy = true;
    Q_EMIT changed();
    switch (step) {
    case Step::Owner:
        return owner();
    case Step::Asset:
        return asset();
    case Step::Ownership:
        return ownership();
    case Step::MatchPolicy:
        return matchPolicy();
    case Step::Claim:
        return claim();
    case Step::Advertising:
        return advertising();
    case Step::Reference:
        return reference();
    case Step::ReferenceActive:
        return followReference();
    }
}

void RightsFlow::stepDone(const QString &text)
{
    m_busy = false;
    Q_EMIT logged(text, true, QString());
    persist();
    next();
}

void RightsFlow::fail(const ApiError &error)
{
    failWith(ErrorMessages::describe(error), error.reason);
}

void RightsFlow::failWith(const QString &sentence, const QString &reason)
{
    m_busy = false;
    m_failure = tr("%1 failed: %2").arg(stepName(*m_step), sentence);
    m_record->phase = Phase::Failed;
    Q_EMIT logged(m_failure, false, reason);
    persist();
    Q_EMIT failed(*m_step, m_failure);
}

void RightsFlow::owner()
{
    const quint64 gen = m_generation;
    m_client->contentOwners().mine(this, [this, gen](Result<QList<ContentOwner>> r) {
        if (gen != m_generation)
            return;
        if (!r)
            return fail(r.error());
        if (r.value().isEmpty()) {
            m_busy = false;
            m_step.reset();
            setPhase(Phase::NoOwner);
            Q_EMIT logged(tr("This channel is not linked to a Content ID owner."), true,
                          QStringLiteral("noContentOwner"));
            return;
        }
        const QList<ContentOwner> &owners = r.value();
        const QString named = m_record->plan.contentOwner;
        if (!named.isEmpty()) {
            for (const ContentOwner &o : owners) {
                if (o.id == named)
                    return ownerChosen(o);
            }
            return failWith(tr("the plan names the content owner %1, which this account does "
                               "not manage.")
                                .arg(named),
                            QStringLiteral("contentOwnerNotManaged"));
        }
        if (owners.size() == 1)
            return ownerChosen(owners.first());
        // Several owners and none named: the operator picks (never a guess).
        m_busy = false;
        m_ownerChoices = owners;
        const QString sentence =
            tr("This account manages %n Content ID owners and the plan names none: pick the "
               "one this show is claimed for.",
               nullptr, int(owners.size()));
        Q_EMIT logged(sentence, true, QStringLiteral("contentOwnerNotNamed"));
        Q_EMIT changed();
        Q_EMIT ownerNeeded(owners, sentence);
    });
}

void RightsFlow::chooseOwner(const QString &ownerId)
{
    if (!m_record || m_ownerChoices.isEmpty())
        return;
    const QList<ContentOwner> choices = std::exchange(m_ownerChoices, {});
    for (const ContentOwner &o : choices) {
        if (o.id == ownerId)
            return ownerChosen(o);
    }
    failWith(tr("no content owner was picked."), QStringLiteral("contentOwnerNotPicked"));
}

void RightsFlow::ownerChosen(const ContentOwner &o)
{
    // Saved at once: a restart acts for the same owner without asking again.
    m_record->ownerId = o.id;
    m_client->setContentOwner(o.id);
    stepDone(tr("Content ID owner: %1").arg(o.displayName.isEmpty() ? o.id : o.displayName));
}

Asset RightsFlow::plannedAsset() const
{
    Asset a;
    a.title = m_record->assetTitle;
    a.customId = m_record->assetCustomId;
    return a;
}

void RightsFlow::asset()
{
    if (!m_record->assetSentAt.isValid())
        return insertAsset();
    // An insert went out before and its answer was never saved: look for it first.
    const quint64 gen = m_generation;
    const Asset want = plannedAsset();
    const QDateTime since = m_record->assetSentAt.addSecs(-InsertReconciler::kClockSkewSecs);
    m_client->assets().search(
        since, want.customId, QString(), this, [this, gen, want](Result<Page<Asset>> r) {
            if (gen != m_generation)
                return;
            if (!r)
                return fail(r.error());
            const Asset *best = nullptr;
            for (const Asset &a : r.value().items) {
                if (a.type == want.type && a.title == want.title && a.customId == want.customId &&
                    (!best || a.timeCreated > best->timeCreated))
                    best = &a;
            }
            if (!best)
                return insertAsset();
            m_record->assetId = best->id;
            m_record->assetSentAt = QDateTime();
            stepDone(tr("Asset %1 (found: it had been created before)").arg(best->id));
        });
}

void RightsFlow::insertAsset()
{
    const quint64 gen = m_generation;
    const Asset want = plannedAsset();
    m_record->assetSentAt = QDateTime::currentDateTimeUtc();
    persist();
    m_client->assets().insert(want, this, [this, gen](Result<Asset> r) {
        if (gen != m_generation)
            return;
        if (!r)
            return fail(r.error());
        m_record->assetId = r.value().id;
        m_record->assetSentAt = QDateTime();
        stepDone(tr("Asset %1: \"%2\"").arg(r.value().id, r.value().title));
    });
}

void RightsFlow::ownership()
{
    const quint64 gen = m_generation;
    m_client->ownership().update(
        m_record->assetId, m_record->plan.ownership(m_record->ownerId), this,
        [this, gen](Result<RightsOwnership> r) {
            if (gen != m_generation)
                return;
            if (!r)
                return fail(r.error());
            m_record->ownershipSet = true;
            const RightsPlan &p = m_record->plan;
            stepDone(p.ownershipType == QLatin1String("worldwide") ? tr("Ownership: worldwide")
                     : p.ownershipType == QLatin1String("include")
                         ? tr("Ownership: in %1").arg(p.territories.join(QStringLiteral(", ")))
                         : tr("Ownership: everywhere but %1")
                               .arg(p.territories.join(QStringLiteral(", "))));
        });
}

void RightsFlow::resolvePolicy(const RightsPlan::PolicyChoice &choice,
                               std::function<void(QString)> done)
{
    if (!choice.policyId.isEmpty())
        return done(choice.policyId);
    const quint64 gen = m_generation;
    m_client->policies().list(this, [this, gen, choice, done](Result<QList<Policy>> r) {
        if (gen != m_generation)
            return;
        if (!r)
            return fail(r.error());
        const Policy wanted = choice.newPolicy();
        for (const Policy &p : r.value()) {
            // A named new policy saved by an earlier show (or an earlier attempt) is reused.
            if (p.name == choice.policyName && (!choice.createNew || p.rules == wanted.rules))
                return done(p.id);
        }
        if (!choice.createNew)
            return failWith(
                tr("the owner has no saved policy named \"%1\".").arg(choice.policyName),
                QStringLiteral("policyNotFound"));
        m_client->policies().insert(wanted, this, [this, gen, done](Result<Policy> saved) {
            if (gen != m_generation)
                return;
            if (!saved)
                return fail(saved.error());
            Q_EMIT logged(tr("Policy \"%1\" saved (%2)").arg(saved.value().name, saved.value().id),
                          true, QString());
            done(saved.value().id);
        });
    });
}

void RightsFlow::matchPolicy()
{
    const quint64 gen = m_generation;
    resolvePolicy(m_record->plan.matchPolicy, [this, gen](const QString &policyId) {
        AssetMatchPolicy match;
        match.policyId = policyId;
        m_client->assetMatchPolicy().update(m_record->assetId, match, this,
                                            [this, gen, policyId](Result<AssetMatchPolicy> r) {
                                                if (gen != m_generation)
                                                    return;
                                                if (!r)
                                                    return fail(r.error());
                                                m_record->matchPolicyId = policyId;
                                                m_record->matchPolicySet = true;
                                                stepDone(tr("Match policy %1").arg(policyId));
                                            });
    });
}

void RightsFlow::claim()
{
    const auto withPolicy = [this](const QString &policyId) {
        m_record->claimPolicyId = policyId;
        if (!m_record->claimSentAt.isValid())
            return insertClaim();
        // A claim went out before and its answer was never saved: look for it first.
        const quint64 gen = m_generation;
        m_client->claims().listByVideo(
            m_record->broadcastId, QString(), this, [this, gen](Result<Page<Claim>> r) {
                if (gen != m_generation)
                    return;
                if (!r)
                    return fail(r.error());
                for (const Claim &c : r.value().items) {
                    if (c.assetId == m_record->assetId) {
                        m_record->claimId = c.id;
                        m_record->claimSentAt = QDateTime();
                        return stepDone(tr("Claim %1 (found: it had been made before)").arg(c.id));
                    }
                }
                insertClaim();
            });
    };
    if (m_record->plan.claimPolicy.isEmpty())
        return withPolicy(m_record->matchPolicyId);
    resolvePolicy(m_record->plan.claimPolicy, withPolicy);
}

void RightsFlow::insertClaim()
{
    const quint64 gen = m_generation;
    Claim c;
    c.assetId = m_record->assetId;
    c.videoId = m_record->broadcastId;
    c.contentType = m_record->plan.contentType;
    c.policyId = m_record->claimPolicyId;
    m_record->claimSentAt = QDateTime::currentDateTimeUtc();
    persist();
    m_client->claims().insert(c, this, [this, gen](Result<Claim> r) {
        if (gen != m_generation)
            return;
        if (!r)
            return fail(r.error());
        m_record->claimId = r.value().id;
        m_record->claimSentAt = QDateTime();
        stepDone(tr("Claim %1 on broadcast %2").arg(r.value().id, m_record->broadcastId));
    });
}

void RightsFlow::advertising()
{
    const quint64 gen = m_generation;
    m_client->videoAdvertisingOptions().update(
        m_record->plan.advertising(m_record->broadcastId), this,
        [this, gen](Result<VideoAdvertisingOption> r) {
            if (gen != m_generation)
                return;
            if (!r)
                return fail(r.error());
            m_record->advertisingSet = true;
            const QStringList positions = r.value().breakPositions;
            stepDone(positions.isEmpty()
                         ? tr("Ad settings: no ads")
                         : tr("Ad settings: %1").arg(positions.join(QStringLiteral(", "))));
        });
}

void RightsFlow::reference()
{
    if (!m_record->referenceSentAt.isValid())
        return insertReference();
    const quint64 gen = m_generation;
    m_client->references().listByAsset(
        m_record->assetId, QString(), this, [this, gen](Result<Page<Reference>> r) {
            if (gen != m_generation)
                return;
            if (!r)
                return fail(r.error());
            for (const Reference &ref : r.value().items) {
                if (ref.claimId == m_record->claimId) {
                    m_record->referenceId = ref.id;
                    m_record->referenceSentAt = QDateTime();
                    m_record->referenceStatus = ref.status;
                    return stepDone(
                        tr("Reference %1 (found: it had been made before)").arg(ref.id));
                }
            }
            insertReference();
        });
}

void RightsFlow::insertReference()
{
    const quint64 gen = m_generation;
    m_record->referenceSentAt = QDateTime::currentDateTimeUtc();
    persist();
    m_client->references().insertFromClaim(
        m_record->claimId, m_record->assetId, m_record->plan.contentType, this,
        [this, gen](Result<Reference> r) {
            if (gen != m_generation)
                return;
            if (!r && r.error().reason == kFingerprintingNotAllowed &&
                !m_record->recordingProcessed) {
                // Not approved for live delivery: the reference waits for the recording.
                m_busy = false;
                m_record->referenceSentAt = QDateTime();
                m_record->referenceAfterShow = true;
                Q_EMIT logged(tr("This content owner is not approved for live delivery: the "
                                 "reference will be made from the recording after the show."),
                              true, kFingerprintingNotAllowed);
                persist();
                return next();
            }
            if (!r)
                return fail(r.error());
            m_record->referenceId = r.value().id;
            m_record->referenceSentAt = QDateTime();
            m_record->referenceStatus = r.value().status;
            stepDone(tr("Reference %1 (%2)").arg(r.value().id, r.value().status));
        });
}

void RightsFlow::followReference()
{
    if (!m_record || m_record->referenceId.isEmpty())
        return;
    const quint64 gen = m_generation;
    m_client->references().get(m_record->referenceId, this, [this, gen](Result<Reference> r) {
        if (gen != m_generation)
            return;
        if (!r)
            return fail(r.error());
        const Reference &ref = r.value();
        const bool moved = ref.status != m_record->referenceStatus;
        m_record->referenceStatus = ref.status;
        if (ref.isActive() || ref.isInactive()) {
            m_busy = false;
            m_step.reset();
            m_record->phase = Phase::Done;
            Q_EMIT logged(ref.isActive()
                              ? tr("Reference %1 is active: Content ID now finds re-uploads of "
                                   "this show.")
                                    .arg(ref.id)
                              : tr("Reference %1 is inactive (%2).").arg(ref.id, ref.statusReason),
                          ref.isActive(), ref.statusReason);
            persist();
            return;
        }
        if (moved)
            persist();
        m_referenceTimer->start(m_referencePollMs);
    });
}

} // namespace onair
