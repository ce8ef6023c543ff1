#include "ClientTestSupport.h"
#include "SandboxProcess.h"
#include "google/oauth/SignInFlow.h"
#include "google/partner/PartnerClient.h"
#include "rights/RightsFlow.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace onair;
using namespace onair::test;

// RightsFlow against the real sandbox: the steps before the show in order, every insert at
// most once whatever happens to its answer (a dropped answer, a failure and a retry, a crash
// after the insert went out), the channel with no owner, and the reference before the show
// for live-delivery partners, falling back to after the show for the others.
class TestRightsFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void claimsBeforeTheShow();
    void droppedAssetInsertCreatesOneAsset();
    void droppedClaimInsertCreatesOneClaim();
    void failedStepRetriesWithoutDuplicates();
    void goOnWithoutClaimIsTheOperatorsChoice();
    void crashAfterInsertsWentOutFindsThem();
    void noOwnerSpendsOneCall();
    void liveDeliveryReferenceBeforeTheShow();
    void notApprovedFallsBackToAfterTheShow();
    void namedOwnerOfTwoIsUsed();
    void unnamedOwnerOfTwoIsAskedOnce();

private:
    // The signed-in channel given two owners, read; the request log is left without that read.
    QList<ContentOwner> twoOwners();
    RightsPlan plan(bool beforeShow = false) const;
    LiveBroadcast insertBroadcast();
    // Starts a flow on a new broadcast and waits until it stops (claimed, failed, no owner).
    bool runToRest(RightsFlow &flow, const LiveBroadcast &b);
    bool waitRest(RightsFlow &flow);
    QJsonArray state(const QString &what);
    int contentIdCalls();

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<AccountSession> m_account;
    std::unique_ptr<PartnerClient> m_client;
    std::unique_ptr<YouTubeClient> m_youtube;
    QJsonObject m_saved; // what the flow's saveNow last wrote
    int m_saves = 0;
};

void TestRightsFlow::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{QStringLiteral("--auto-consent"), QStringLiteral("--no-ingest")});
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    m_account = sandboxAccount(*m_sandbox, QStringLiteral("rights"), SignInFlow::contentIdScopes());
    QVERIFY(m_account);
    m_client = std::make_unique<PartnerClient>(m_account.get(), nullptr);
    m_client->setRootUrl(m_sandbox->api());
    m_youtube = std::make_unique<YouTubeClient>(m_account.get());
    m_youtube->setRootUrl(m_sandbox->api());
}

void TestRightsFlow::init()
{
    m_sandbox->control("POST", QStringLiteral("reset"));
    m_sandbox->control("POST", QStringLiteral("contentid/settings"),
                       {{QStringLiteral("ownersPerChannel"), 1},
                        {QStringLiteral("liveDeliveryApproved"), false},
                        {QStringLiteral("referenceActivationSeconds"), 1}});
    m_client->setContentOwner(QString());
    m_saved = {};
    m_saves = 0;
}

void TestRightsFlow::cleanupTestCase()
{
    m_client.reset();
    m_youtube.reset();
    m_account.reset();
    if (m_sandbox)
        QVERIFY(m_sandbox->stop());
}

RightsPlan TestRightsFlow::plan(bool beforeShow) const
{
    RightsPlan p;
    p.assetTitleTemplate = QStringLiteral("Rights show #{n}");
    p.customIdTemplate = QStringLiteral("rights-{n}");
    p.matchPolicy.createNew = true;
    p.matchPolicy.policyName = QStringLiteral("Rights show: monetize");
    p.matchPolicy.minMatchSeconds = 30;
    p.midrollSeconds = {600};
    p.reference =
        beforeShow ? RightsPlan::ReferenceWhen::BeforeShow : RightsPlan::ReferenceWhen::AfterShow;
    return p;
}

LiveBroadcast TestRightsFlow::insertBroadcast()
{
    const auto b = await<Result<LiveBroadcast>>([this](auto done) {
        m_youtube->broadcasts().insert(draftBroadcast(QStringLiteral("Rights show")), {}, this,
                                       [done](Result<LiveBroadcast> r) { done(r); });
    });
    return b && *b ? b->value() : LiveBroadcast();
}

bool TestRightsFlow::waitRest(RightsFlow &flow)
{
    return QTest::qWaitFor(
        [&flow] {
            return !flow.isBusy() && flow.record() &&
                   flow.record()->phase != RightsRecord::Phase::Running;
        },
        30000);
}

bool TestRightsFlow::runToRest(RightsFlow &flow, const LiveBroadcast &b)
{
    flow.setSaveNow([this, &flow] {
        m_saved = {};
        flow.save(&m_saved);
        ++m_saves;
    });
    flow.begin(plan(), b, QDateTime::currentDateTimeUtc(), 1);
    return waitRest(flow);
}

QJsonArray TestRightsFlow::state(const QString &what)
{
    return m_sandbox->control("GET", QStringLiteral("contentid/state")).value(what).toArray();
}

int TestRightsFlow::contentIdCalls()
{
    int n = 0;
    const QJsonArray log = m_sandbox->control("GET", QStringLiteral("requests"))
                               .value(QStringLiteral("requests"))
                               .toArray();
    for (const QJsonValue &v : log)
        n += v.toObject()
                 .value(QStringLiteral("path"))
                 .toString()
                 .contains(QStringLiteral("/partner/"));
    return n;
}

QList<ContentOwner> TestRightsFlow::twoOwners()
{
    const QJsonObject two{{QStringLiteral("ownersPerChannel"), 2}};
    m_sandbox->control("POST", QStringLiteral("contentid/settings"), two);
    const auto r = await<Result<QList<ContentOwner>>>([this](auto done) {
        m_client->contentOwners().mine(this, [done](Result<QList<ContentOwner>> r) { done(r); });
    });
    m_sandbox->control("POST", QStringLiteral("reset"));
    m_sandbox->control("POST", QStringLiteral("contentid/settings"), two); // reset forgot it
    return r && *r ? r->value() : QList<ContentOwner>();
}

void TestRightsFlow::claimsBeforeTheShow()
{
    const LiveBroadcast b = insertBroadcast();
    QVERIFY(!b.id.isEmpty());
    RightsFlow flow(m_client.get());
    QSignalSpy logged(&flow, &RightsFlow::logged);
    QVERIFY(runToRest(flow, b));
    const RightsRecord &r = *flow.record();
    QCOMPARE(r.phase, RightsRecord::Phase::Claimed);
    QVERIFY(!r.assetId.isEmpty() && !r.claimId.isEmpty() && !r.matchPolicyId.isEmpty());
    QVERIFY(r.ownershipSet && r.matchPolicySet && r.advertisingSet);

    // What Content ID holds: one asset, one claim of the broadcast, the plan's settings.
    const QJsonArray assets = state(QStringLiteral("assets"));
    QCOMPARE(assets.size(), 1);
    QCOMPARE(assets.first()[QStringLiteral("id")].toString(), r.assetId);
    const QJsonArray claims = state(QStringLiteral("claims"));
    QCOMPARE(claims.size(), 1);
    QCOMPARE(claims.first()[QStringLiteral("videoId")].toString(), b.id);
    QCOMPARE(claims.first()[QStringLiteral("assetId")].toString(), r.assetId);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("policies.insert")), 1);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("videoAdvertisingOptions.update")), 1);

    // Every id was saved the moment it came: the last save holds them all.
    QVERIFY(m_saves >= 6);
    const auto saved =
        RightsRecord::fromJson(m_saved.value(QStringLiteral("rights")).toObject(), nullptr);
    QVERIFY(saved);
    QCOMPARE(saved->claimId, r.claimId);
    QCOMPARE(saved->phase, RightsRecord::Phase::Claimed);
    QVERIFY(!saved->claimSentAt.isValid());

    // A second show with the same plan reuses the named policy instead of saving it again.
    RightsFlow second(m_client.get());
    QVERIFY(runToRest(second, insertBroadcast()));
    QCOMPARE(second.record()->phase, RightsRecord::Phase::Claimed);
    QCOMPARE(second.record()->matchPolicyId, r.matchPolicyId);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("policies.insert")), 1);
    QVERIFY(logged.count() >= 7);
}

void TestRightsFlow::droppedAssetInsertCreatesOneAsset()
{
    const LiveBroadcast b = insertBroadcast();
    m_sandbox->control("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"), QStringLiteral("drop@contentid:assets.insert")}});
    RightsFlow flow(m_client.get());
    QVERIFY(runToRest(flow, b));
    m_sandbox->control("DELETE", QStringLiteral("faults"));
    QCOMPARE(flow.record()->phase, RightsRecord::Phase::Claimed);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("assets.insert")), 1);
    QCOMPARE(state(QStringLiteral("assets")).size(), 1);
    QCOMPARE(state(QStringLiteral("assets")).first()[QStringLiteral("id")].toString(),
             flow.record()->assetId);
}

void TestRightsFlow::droppedClaimInsertCreatesOneClaim()
{
    const LiveBroadcast b = insertBroadcast();
    m_sandbox->control("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"), QStringLiteral("drop@contentid:claims.insert")}});
    RightsFlow flow(m_client.get());
    QVERIFY(runToRest(flow, b));
    m_sandbox->control("DELETE", QStringLiteral("faults"));
    QCOMPARE(flow.record()->phase, RightsRecord::Phase::Claimed);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("claims.insert")), 1);
    QCOMPARE(state(QStringLiteral("claims")).size(), 1);
    QCOMPARE(state(QStringLiteral("claims")).first()[QStringLiteral("id")].toString(),
             flow.record()->claimId);
}

void TestRightsFlow::failedStepRetriesWithoutDuplicates()
{
    const LiveBroadcast b = insertBroadcast();
    // The claim's answer is lost and so is every check: the flow stops at the claim.
    m_sandbox->control(
        "POST", QStringLiteral("faults"),
        {{QStringLiteral("spec"),
          QStringLiteral(
              "drop@contentid:claims.insert,reason=invalidValuex5@contentid:claims.list")}});
    RightsFlow flow(m_client.get());
    QSignalSpy failed(&flow, &RightsFlow::failed);
    QVERIFY(runToRest(flow, b));
    QCOMPARE(flow.record()->phase, RightsRecord::Phase::Failed);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).value<RightsFlow::Step>(), RightsFlow::Step::Claim);
    QVERIFY(!flow.failure().isEmpty());
    QVERIFY(flow.record()->claimId.isEmpty());
    QVERIFY(flow.record()->claimSentAt.isValid());
    QCOMPARE(state(QStringLiteral("claims")).size(), 1); // it was made, its answer lost

    // Read back after a restart with the failure unanswered: the operator is asked again.
    QJsonObject saved;
    flow.save(&saved);
    RightsFlow restarted(m_client.get());
    QSignalSpy askedAgain(&restarted, &RightsFlow::failed);
    restarted.restore(saved);
    restarted.resume();
    QCOMPARE(askedAgain.count(), 1);
    QCOMPARE(askedAgain.first().at(0).value<RightsFlow::Step>(), RightsFlow::Step::Claim);
    QVERIFY(!restarted.isBusy());

    // Retry (twice, as a second click would): the claim is found, never sent again.
    m_sandbox->control("DELETE", QStringLiteral("faults"));
    flow.retry();
    flow.retry();
    QVERIFY(waitRest(flow));
    QCOMPARE(flow.record()->phase, RightsRecord::Phase::Claimed);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("claims.insert")), 1);
    QCOMPARE(state(QStringLiteral("claims")).size(), 1);
    QCOMPARE(state(QStringLiteral("claims")).first()[QStringLiteral("id")].toString(),
             flow.record()->claimId);
    QCOMPARE(state(QStringLiteral("assets")).size(), 1);
}

void TestRightsFlow::goOnWithoutClaimIsTheOperatorsChoice()
{
    const LiveBroadcast b = insertBroadcast();
    m_sandbox->control("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"),
                         QStringLiteral("reason=invalidValue@contentid:ownership.update")}});
    RightsFlow flow(m_client.get());
    QVERIFY(runToRest(flow, b));
    m_sandbox->control("DELETE", QStringLiteral("faults"));
    // Stopped, and nothing goes on until the operator says.
    QCOMPARE(flow.record()->phase, RightsRecord::Phase::Failed);
    QCOMPARE(flow.step(), RightsFlow::Step::Ownership);
    QTest::qWait(200);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("claims.insert")), 0);
    flow.goOnWithoutClaim();
    QCOMPARE(flow.record()->phase, RightsRecord::Phase::WithoutClaim);
    flow.retry(); // too late: the choice was made
    QTest::qWait(200);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("claims.insert")), 0);
    QCOMPARE(state(QStringLiteral("claims")).size(), 0);
}

void TestRightsFlow::crashAfterInsertsWentOutFindsThem()
{
    const LiveBroadcast b = insertBroadcast();
    // A first run whose asset answer is lost and whose checks fail: it stops with the insert
    // sent and its id unknown; that is what a crash right after sending leaves in the file.
    m_sandbox->control(
        "POST", QStringLiteral("faults"),
        {{QStringLiteral("spec"),
          QStringLiteral(
              "drop@contentid:assets.insert,reason=invalidValuex5@contentid:assetSearch.list")}});
    QJsonObject afterCrash;
    {
        RightsFlow first(m_client.get());
        QVERIFY(runToRest(first, b));
        QCOMPARE(first.record()->phase, RightsRecord::Phase::Failed);
        QVERIFY(first.record()->assetId.isEmpty());
        first.save(&afterCrash);
    }
    m_sandbox->control("DELETE", QStringLiteral("faults"));
    // Saved as "running" (the crash came before the failure was known).
    QJsonObject rec = afterCrash.value(QStringLiteral("rights")).toObject();
    rec.insert(QStringLiteral("phase"), QStringLiteral("running"));
    afterCrash.insert(QStringLiteral("rights"), rec);

    RightsFlow restarted(m_client.get());
    restarted.restore(afterCrash);
    QVERIFY(restarted.record());
    QVERIFY(!restarted.isBusy()); // nothing is sent before the show is reattached
    restarted.resume();
    QVERIFY(waitRest(restarted));
    QCOMPARE(restarted.record()->phase, RightsRecord::Phase::Claimed);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("assets.insert")), 1);
    QCOMPARE(state(QStringLiteral("assets")).size(), 1);
    QCOMPARE(state(QStringLiteral("assets")).first()[QStringLiteral("id")].toString(),
             restarted.record()->assetId);
    QCOMPARE(state(QStringLiteral("claims")).size(), 1);

    // A crash after the claim went out: the claim is found, not made again.
    QJsonObject claimed;
    restarted.save(&claimed);
    rec = claimed.value(QStringLiteral("rights")).toObject();
    rec.insert(QStringLiteral("phase"), QStringLiteral("running"));
    rec.insert(QStringLiteral("claimId"), QString());
    rec.insert(QStringLiteral("advertisingSet"), false);
    rec.insert(QStringLiteral("claimSentAt"), toRfc3339(QDateTime::currentDateTimeUtc()));
    claimed.insert(QStringLiteral("rights"), rec);
    RightsFlow again(m_client.get());
    again.restore(claimed);
    again.resume();
    QVERIFY(waitRest(again));
    QCOMPARE(again.record()->phase, RightsRecord::Phase::Claimed);
    QCOMPARE(again.record()->claimId, restarted.record()->claimId);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("claims.insert")), 1);
    QCOMPARE(state(QStringLiteral("claims")).size(), 1);
}

void TestRightsFlow::noOwnerSpendsOneCall()
{
    m_sandbox->control("POST", QStringLiteral("contentid/settings"),
                       {{QStringLiteral("ownersPerChannel"), 0}});
    const LiveBroadcast b = insertBroadcast();
    const int before = contentIdCalls();
    RightsFlow flow(m_client.get());
    QSignalSpy logged(&flow, &RightsFlow::logged);
    QSignalSpy failed(&flow, &RightsFlow::failed);
    QVERIFY(runToRest(flow, b));
    QCOMPARE(flow.record()->phase, RightsRecord::Phase::NoOwner);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(contentIdCalls() - before, 1);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("contentOwners.list")), 1);
    QCOMPARE(logged.count(), 1);
    QCOMPARE(logged.first().at(0).toString(),
             QStringLiteral("This channel is not linked to a Content ID owner."));
    QVERIFY(logged.first().at(1).toBool()); // not an error
    // Nothing more comes, also not when the recording is processed.
    flow.recordingProcessed(b.id);
    QTest::qWait(200);
    QCOMPARE(contentIdCalls() - before, 1);
}

void TestRightsFlow::liveDeliveryReferenceBeforeTheShow()
{
    m_sandbox->control("POST", QStringLiteral("contentid/settings"),
                       {{QStringLiteral("liveDeliveryApproved"), true}});
    const LiveBroadcast b = insertBroadcast();
    RightsFlow flow(m_client.get());
    flow.setSaveNow([] {});
    flow.begin(plan(true), b, QDateTime::currentDateTimeUtc(), 2);
    QVERIFY(waitRest(flow));
    QCOMPARE(flow.record()->phase, RightsRecord::Phase::Claimed);
    QVERIFY(!flow.record()->referenceAfterShow);
    QVERIFY(!flow.record()->referenceId.isEmpty());
    const QJsonArray refs = state(QStringLiteral("references"));
    QCOMPARE(refs.size(), 1);
    QCOMPARE(refs.first()[QStringLiteral("claimId")].toString(), flow.record()->claimId);
}

void TestRightsFlow::notApprovedFallsBackToAfterTheShow()
{
    const LiveBroadcast b = insertBroadcast();
    RightsFlow flow(m_client.get());
    QSignalSpy logged(&flow, &RightsFlow::logged);
    QSignalSpy failed(&flow, &RightsFlow::failed);
    flow.setSaveNow([] {});
    flow.begin(plan(true), b, QDateTime::currentDateTimeUtc(), 3);
    QVERIFY(waitRest(flow));
    QCOMPARE(flow.record()->phase, RightsRecord::Phase::Claimed);
    QCOMPARE(failed.count(), 0);
    QVERIFY(flow.record()->referenceAfterShow);
    QVERIFY(flow.record()->referenceId.isEmpty());
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("references.insert")), 1);
    int said = 0;
    for (const QList<QVariant> &args : logged)
        if (args.at(2).toString() == QLatin1String("fingerprintingNotAllowed"))
            ++said;
    QCOMPARE(said, 1);
    QCOMPARE(state(QStringLiteral("references")).size(), 0);
}

void TestRightsFlow::namedOwnerOfTwoIsUsed()
{
    const QList<ContentOwner> two = twoOwners();
    QCOMPARE(two.size(), 2);
    RightsFlow flow(m_client.get());
    QSignalSpy asked(&flow, &RightsFlow::ownerNeeded);
    RightsPlan p = plan();
    p.contentOwner = two.at(1).id; // the second: not the one a guess would take
    flow.begin(p, insertBroadcast(), QDateTime::currentDateTimeUtc(), 1);
    QVERIFY(waitRest(flow));
    QCOMPARE(flow.record()->phase, RightsRecord::Phase::Claimed);
    QCOMPARE(asked.count(), 0);
    QCOMPARE(flow.record()->ownerId, two.at(1).id);
    const QStringList named = m_sandbox->contentOwnersNamed();
    QVERIFY(named.size() >= 5);
    QCOMPARE(named, QStringList(named.size(), two.at(1).id));
    QCOMPARE(state(QStringLiteral("claims")).size(), 1);
    QCOMPARE(state(QStringLiteral("claims")).first()[QStringLiteral("ownerId")].toString(),
             two.at(1).id);
}

void TestRightsFlow::unnamedOwnerOfTwoIsAskedOnce()
{
    const QList<ContentOwner> two = twoOwners();
    QCOMPARE(two.size(), 2);
    // The asset fails once: the flow stops after the owner is picked, as a crash would.
    m_sandbox->control(
        "POST", QStringLiteral("faults"),
        {{QStringLiteral("spec"), QStringLiteral("reason=invalidValue@contentid:assets.insert")}});
    const LiveBroadcast b = insertBroadcast();
    QJsonObject afterPick;
    {
        RightsFlow flow(m_client.get());
        QSignalSpy asked(&flow, &RightsFlow::ownerNeeded);
        flow.setSaveNow([&flow, &afterPick] {
            afterPick = {};
            flow.save(&afterPick);
        });
        flow.begin(plan(), b, QDateTime::currentDateTimeUtc(), 1);
        QVERIFY(asked.wait(10000));
        // Stopped, not guessing: nothing sent for an owner, the show waits for the pick.
        QCOMPARE(flow.record()->phase, RightsRecord::Phase::Running);
        QVERIFY(flow.isAskingForOwner() && !flow.isBusy());
        QVERIFY(flow.record()->ownerId.isEmpty());
        QCOMPARE(m_sandbox->contentOwnersNamed(), QStringList());
        QCOMPARE(asked.first().at(0).value<QList<ContentOwner>>().size(), 2);
        QVERIFY(!asked.first().at(1).toString().isEmpty());
        flow.chooseOwner(two.at(1).id);
        QVERIFY(waitRest(flow));
        QCOMPARE(flow.record()->phase, RightsRecord::Phase::Failed);
        QCOMPARE(asked.count(), 1);
    }
    m_sandbox->control("DELETE", QStringLiteral("faults"));
    QJsonObject rec = afterPick.value(QStringLiteral("rights")).toObject();
    QCOMPARE(rec.value(QStringLiteral("ownerId")).toString(), two.at(1).id);

    // Restarted (saved as running): the pick is known, nothing is asked or listed again.
    rec.insert(QStringLiteral("phase"), QStringLiteral("running"));
    afterPick.insert(QStringLiteral("rights"), rec);
    m_client->setContentOwner(QString());
    RightsFlow restarted(m_client.get());
    QSignalSpy askedAgain(&restarted, &RightsFlow::ownerNeeded);
    restarted.restore(afterPick);
    restarted.resume();
    QVERIFY(waitRest(restarted));
    QCOMPARE(restarted.record()->phase, RightsRecord::Phase::Claimed);
    QCOMPARE(askedAgain.count(), 0);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("contentOwners.list")), 1);
    const QStringList named = m_sandbox->contentOwnersNamed();
    QVERIFY(named.size() >= 5);
    QCOMPARE(named, QStringList(named.size(), two.at(1).id));
    QCOMPARE(state(QStringLiteral("claims")).size(), 1);
    QCOMPARE(state(QStringLiteral("claims")).first()[QStringLiteral("ownerId")].toString(),
             two.at(1).id);
}

QTEST_GUILESS_MAIN(TestRightsFlow)
#include "tst_rightsflow.moc"
