#include "ClientTestSupport.h"
#include "SandboxProcess.h"
#include "google/InsertReconciler.h"
#include "google/oauth/SignInFlow.h"
#include "google/partner/PartnerClient.h"

#include <QJsonArray>

using namespace onair;
using namespace onair::test;

// PartnerClient against the real sandbox: the Content ID calls of a show with rights (owner,
// asset, ownership, policies, match policy, claim, ad options, reference), the scope it needs,
// and the inserts whose answer is lost, which create exactly one asset or claim.
class TestPartnerClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void contentIdIsOptIn();
    void rightsBeforeTheShow();
    void referenceFromTheClaim();
    void apiErrorsAreValues();
    void droppedAssetInsertCreatesExactlyOne();
    void droppedClaimInsertCreatesExactlyOne();
    void failedInsertIsSentAgainOnce();

private:
    template<typename T>
    Result<T> run(const std::function<void(QObject *, ResourceCalls::Done<T>)> &call)
    {
        const auto r = await<Result<T>>([&](std::function<void(Result<T>)> done) {
            call(this, [done](Result<T> value) { done(std::move(value)); });
        });
        if (!r)
            return ApiError::timeout(QStringLiteral("no callback"));
        return *r;
    }
    QString insertBroadcast();
    QString insertAsset(const QString &title, const QString &customId);
    QString monetizePolicyId();
    QJsonArray sandboxList(const QString &what);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<AccountSession> m_account;
    std::unique_ptr<PartnerClient> m_client;
    std::unique_ptr<YouTubeClient> m_youtube;
};

void TestPartnerClient::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{QStringLiteral("--auto-consent"), QStringLiteral("--no-ingest")});
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    m_account =
        sandboxAccount(*m_sandbox, QStringLiteral("partner"), SignInFlow::contentIdScopes());
    QVERIFY(m_account);
    m_client = std::make_unique<PartnerClient>(m_account.get(), nullptr);
    m_client->setRootUrl(m_sandbox->api());
    m_youtube = std::make_unique<YouTubeClient>(m_account.get());
    m_youtube->setRootUrl(m_sandbox->api());
}

void TestPartnerClient::init()
{
    m_sandbox->control("POST", QStringLiteral("reset"));
    m_sandbox->control("POST", QStringLiteral("contentid/settings"),
                       {{QStringLiteral("ownersPerChannel"), 1},
                        {QStringLiteral("liveDeliveryApproved"), false},
                        {QStringLiteral("referenceActivationSeconds"), 1}});
    m_client->setContentOwner(QString());
}

void TestPartnerClient::cleanupTestCase()
{
    m_client.reset();
    m_youtube.reset();
    m_account.reset();
    if (m_sandbox)
        QVERIFY(m_sandbox->stop());
}

QString TestPartnerClient::insertBroadcast()
{
    const Result<LiveBroadcast> b = run<LiveBroadcast>([this](QObject *ctx, auto done) {
        m_youtube->broadcasts().insert(draftBroadcast(QStringLiteral("Rights show")), {}, ctx,
                                       std::move(done));
    });
    return b ? b.value().id : QString();
}

QString TestPartnerClient::insertAsset(const QString &title, const QString &customId)
{
    Asset asset;
    asset.title = title;
    asset.customId = customId;
    const Result<Asset> r = run<Asset>(
        [&](QObject *ctx, auto done) { m_client->assets().insert(asset, ctx, std::move(done)); });
    return r ? r.value().id : QString();
}

QString TestPartnerClient::monetizePolicyId()
{
    const Result<QList<Policy>> policies = run<QList<Policy>>(
        [this](QObject *ctx, auto done) { m_client->policies().list(ctx, std::move(done)); });
    if (!policies)
        return {};
    for (const Policy &p : policies.value()) {
        if (!p.rules.isEmpty() && p.rules.first().action == QLatin1String("monetize"))
            return p.id;
    }
    return {};
}

QJsonArray TestPartnerClient::sandboxList(const QString &what)
{
    return m_sandbox->control("GET", QStringLiteral("contentid/state")).value(what).toArray();
}

void TestPartnerClient::contentIdIsOptIn()
{
    // Everyone signs in for YouTube only; the partner scope is asked for on opting in.
    QVERIFY(!SignInFlow::defaultScopes().contains(PartnerClient::kScope));
    QVERIFY(SignInFlow::contentIdScopes().contains(PartnerClient::kScope));
    QVERIFY(m_client->isAuthorized());
    const std::unique_ptr<AccountSession> youtubeOnly =
        sandboxAccount(*m_sandbox, QStringLiteral("plain"));
    QVERIFY(youtubeOnly);
    PartnerClient plain(youtubeOnly.get(), nullptr);
    plain.setRootUrl(m_sandbox->api());
    QVERIFY(!plain.isAuthorized());
    const Result<QList<ContentOwner>> refused = run<QList<ContentOwner>>(
        [&](QObject *ctx, auto done) { plain.contentOwners().mine(ctx, std::move(done)); });
    QVERIFY(!refused);
    QCOMPARE(refused.error().httpStatus, 403);
    QCOMPARE(refused.error().reason, QStringLiteral("insufficientPermissions"));
}

void TestPartnerClient::rightsBeforeTheShow()
{
    // The owner: found once, then named on every call.
    const Result<QList<ContentOwner>> owners = run<QList<ContentOwner>>(
        [this](QObject *ctx, auto done) { m_client->contentOwners().mine(ctx, std::move(done)); });
    QVERIFY2(owners, qPrintable(owners.error().summary()));
    QCOMPARE(owners.value().size(), 1);
    m_client->setContentOwner(owners.value().first().id);

    Asset draft;
    draft.title = QStringLiteral("Morning Show 2030-01-01");
    draft.customId = QStringLiteral("morning-2030-01-01");
    const Result<Asset> asset = run<Asset>(
        [&](QObject *ctx, auto done) { m_client->assets().insert(draft, ctx, std::move(done)); });
    QVERIFY2(asset, qPrintable(asset.error().summary()));
    QCOMPARE(asset.value().type, QStringLiteral("web"));
    QCOMPARE(asset.value().customId, draft.customId);
    const QString assetId = asset.value().id;
    const Result<Asset> got = run<Asset>(
        [&](QObject *ctx, auto done) { m_client->assets().get(assetId, ctx, std::move(done)); });
    QVERIFY(got);
    QCOMPARE(got.value().title, draft.title);

    RightsOwnership ownership;
    ownership.general = {TerritoryOwners::worldwide(owners.value().first().id)};
    const Result<RightsOwnership> owned = run<RightsOwnership>([&](QObject *ctx, auto done) {
        m_client->ownership().update(assetId, ownership, ctx, std::move(done));
    });
    QVERIFY2(owned, qPrintable(owned.error().summary()));
    const Result<RightsOwnership> readBack = run<RightsOwnership>(
        [&](QObject *ctx, auto done) { m_client->ownership().get(assetId, ctx, std::move(done)); });
    QVERIFY(readBack);
    QCOMPARE(readBack.value().general.size(), 1);
    QCOMPARE(readBack.value().general.first().ratio, 100.0);
    QCOMPARE(readBack.value().general.first().type, QStringLiteral("exclude"));

    // A named new policy, then the asset's match policy points at it.
    Policy named;
    named.name = QStringLiteral("Morning Show: monetize");
    PolicyRule rule;
    rule.action = QStringLiteral("monetize");
    rule.contentMatchTypes = {QStringLiteral("audiovisual")};
    rule.matchDuration = {PolicyInterval{30.0, std::nullopt}};
    named.rules = {rule};
    const Result<Policy> policy = run<Policy>(
        [&](QObject *ctx, auto done) { m_client->policies().insert(named, ctx, std::move(done)); });
    QVERIFY2(policy, qPrintable(policy.error().summary()));
    QCOMPARE(policy.value().rules, named.rules);
    const Result<Policy> policyBack = run<Policy>([&](QObject *ctx, auto done) {
        m_client->policies().get(policy.value().id, ctx, std::move(done));
    });
    QVERIFY(policyBack);
    QCOMPARE(policyBack.value().name, named.name);
    AssetMatchPolicy match;
    match.policyId = policy.value().id;
    const Result<AssetMatchPolicy> matched = run<AssetMatchPolicy>([&](QObject *ctx, auto done) {
        m_client->assetMatchPolicy().update(assetId, match, ctx, std::move(done));
    });
    QVERIFY2(matched, qPrintable(matched.error().summary()));
    const Result<AssetMatchPolicy> matchBack = run<AssetMatchPolicy>([&](QObject *ctx, auto done) {
        m_client->assetMatchPolicy().get(assetId, ctx, std::move(done));
    });
    QVERIFY(matchBack);
    QCOMPARE(matchBack.value().policyId, policy.value().id);
    QCOMPARE(matchBack.value().rules, named.rules);

    // The claim: on the broadcast before it starts.
    const QString videoId = insertBroadcast();
    QVERIFY(!videoId.isEmpty());
    Claim draftClaim;
    draftClaim.assetId = assetId;
    draftClaim.videoId = videoId;
    draftClaim.policyId = monetizePolicyId();
    const Result<Claim> claim = run<Claim>([&](QObject *ctx, auto done) {
        m_client->claims().insert(draftClaim, ctx, std::move(done));
    });
    QVERIFY2(claim, qPrintable(claim.error().summary()));
    QCOMPARE(claim.value().videoId, videoId);
    QCOMPARE(claim.value().status, QStringLiteral("active"));
    const Result<Claim> claimBack = run<Claim>([&](QObject *ctx, auto done) {
        m_client->claims().get(claim.value().id, ctx, std::move(done));
    });
    QVERIFY(claimBack);
    QCOMPARE(claimBack.value().policyId, draftClaim.policyId);

    VideoAdvertisingOption ads;
    ads.videoId = videoId;
    ads.adFormats = {VideoAdvertisingOption::kThirdPartyAds};
    ads.breakPositions = {QStringLiteral("preroll"), QStringLiteral("midroll"),
                          QStringLiteral("postroll")};
    ads.adBreaks = {{QStringLiteral("midroll"), 600}};
    const Result<VideoAdvertisingOption> set =
        run<VideoAdvertisingOption>([&](QObject *ctx, auto done) {
            m_client->videoAdvertisingOptions().update(ads, ctx, std::move(done));
        });
    QVERIFY2(set, qPrintable(set.error().summary()));
    const Result<VideoAdvertisingOption> adsBack =
        run<VideoAdvertisingOption>([&](QObject *ctx, auto done) {
            m_client->videoAdvertisingOptions().get(videoId, ctx, std::move(done));
        });
    QVERIFY(adsBack);
    QCOMPARE(adsBack.value().breakPositions, ads.breakPositions);
    QCOMPARE(adsBack.value().adBreaks, ads.adBreaks);
    QCOMPARE(adsBack.value().adFormats, ads.adFormats);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("claims.insert")), 1);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("assets.insert")), 1);
}

void TestPartnerClient::referenceFromTheClaim()
{
    // Before the show: refused unless approved for live delivery.
    const QString videoId = insertBroadcast();
    const QString assetId = insertAsset(QStringLiteral("Ref"), QStringLiteral("ref-1"));
    Claim draft;
    draft.assetId = assetId;
    draft.videoId = videoId;
    draft.policyId = monetizePolicyId();
    const Result<Claim> claim = run<Claim>(
        [&](QObject *ctx, auto done) { m_client->claims().insert(draft, ctx, std::move(done)); });
    QVERIFY2(claim, qPrintable(claim.error().summary()));
    const auto insertReference = [&] {
        return run<Reference>([&](QObject *ctx, auto done) {
            m_client->references().insertFromClaim(
                claim.value().id, assetId, QStringLiteral("audiovisual"), ctx, std::move(done));
        });
    };
    const Result<Reference> refused = insertReference();
    QVERIFY(!refused);
    QCOMPARE(refused.error().httpStatus, 403);
    QCOMPARE(refused.error().reason, QStringLiteral("fingerprintingNotAllowed"));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("references.insert")), 1);

    m_sandbox->control("POST", QStringLiteral("contentid/settings"),
                       {{QStringLiteral("liveDeliveryApproved"), true}});
    const Result<Reference> made = insertReference();
    QVERIFY2(made, qPrintable(made.error().summary()));
    QCOMPARE(made.value().claimId, claim.value().id);
    QVERIFY(!made.value().isActive());
    const Result<Reference> got = run<Reference>([&](QObject *ctx, auto done) {
        m_client->references().get(made.value().id, ctx, std::move(done));
    });
    QVERIFY(got);
    QCOMPARE(got.value().status, made.value().status);
    const Result<Page<Reference>> listed = run<Page<Reference>>([&](QObject *ctx, auto done) {
        m_client->references().listByAsset(assetId, QString(), ctx, std::move(done));
    });
    QVERIFY(listed);
    QCOMPARE(listed.value().items.size(), 1);
}

void TestPartnerClient::apiErrorsAreValues()
{
    const Result<Asset> missing = run<Asset>([this](QObject *ctx, auto done) {
        m_client->assets().get(QStringLiteral("A000000000000000"), ctx, std::move(done));
    });
    QVERIFY(!missing);
    QCOMPARE(missing.error().httpStatus, 404);
    QCOMPARE(missing.error().reason, QStringLiteral("notFound"));

    // Ad formats the API no longer takes (§10.7) are refused, as the API does.
    Claim draft;
    draft.assetId = insertAsset(QStringLiteral("Ads"), QString());
    draft.videoId = insertBroadcast();
    draft.policyId = monetizePolicyId();
    QVERIFY(run<Claim>(
        [&](QObject *ctx, auto done) { m_client->claims().insert(draft, ctx, std::move(done)); }));
    VideoAdvertisingOption retired;
    retired.videoId = draft.videoId;
    retired.adFormats = {QStringLiteral("instream_trueview")};
    const Result<VideoAdvertisingOption> refused =
        run<VideoAdvertisingOption>([&](QObject *ctx, auto done) {
            m_client->videoAdvertisingOptions().update(retired, ctx, std::move(done));
        });
    QVERIFY(!refused);
    QCOMPARE(refused.error().httpStatus, 400);
    QCOMPARE(refused.error().reason, QStringLiteral("invalidValue"));

    // Two owners and none named: the API's contentOwnerNotProvided.
    m_sandbox->control("POST", QStringLiteral("contentid/settings"),
                       {{QStringLiteral("ownersPerChannel"), 2}});
    const Result<QList<Policy>> unnamed = run<QList<Policy>>(
        [this](QObject *ctx, auto done) { m_client->policies().list(ctx, std::move(done)); });
    QVERIFY(!unnamed);
    QCOMPARE(unnamed.error().reason, QStringLiteral("contentOwnerNotProvided"));
    m_client->setContentOwner(QStringLiteral("sbxOnAirNewsRights3c4d5"));
    QVERIFY(run<QList<Policy>>(
        [this](QObject *ctx, auto done) { m_client->policies().list(ctx, std::move(done)); }));
}

void TestPartnerClient::droppedAssetInsertCreatesExactlyOne()
{
    // The sandbox commits the insert, then drops the answer: the client looks before sending
    // it again, finds the asset and returns it.
    m_sandbox->control("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"), QStringLiteral("drop@contentid:assets.insert")}});
    Asset draft;
    draft.title = QStringLiteral("Dropped");
    draft.customId = QStringLiteral("dropped-1");
    const Result<Asset> asset = run<Asset>(
        [&](QObject *ctx, auto done) { m_client->assets().insert(draft, ctx, std::move(done)); });
    QVERIFY2(asset, qPrintable(asset.error().summary()));
    const QJsonArray assets = sandboxList(QStringLiteral("assets"));
    QCOMPARE(assets.size(), 1);
    QCOMPARE(assets.at(0).toObject().value(QStringLiteral("id")).toString(), asset.value().id);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("assets.insert")), 1);
    QVERIFY(m_sandbox->requestCount(QStringLiteral("assetSearch.list")) >= 1);
}

void TestPartnerClient::droppedClaimInsertCreatesExactlyOne()
{
    const QString videoId = insertBroadcast();
    const QString assetId = insertAsset(QStringLiteral("Claimed"), QString());
    m_sandbox->control("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"), QStringLiteral("drop@contentid:claims.insert")}});
    Claim draft;
    draft.assetId = assetId;
    draft.videoId = videoId;
    draft.policyId = monetizePolicyId();
    const Result<Claim> claim = run<Claim>(
        [&](QObject *ctx, auto done) { m_client->claims().insert(draft, ctx, std::move(done)); });
    QVERIFY2(claim, qPrintable(claim.error().summary()));
    const QJsonArray claims = sandboxList(QStringLiteral("claims"));
    QCOMPARE(claims.size(), 1);
    QCOMPARE(claims.at(0).toObject().value(QStringLiteral("id")).toString(), claim.value().id);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("claims.insert")), 1);
    QVERIFY(m_sandbox->requestCount(QStringLiteral("claims.list")) >= 1);
}

void TestPartnerClient::failedInsertIsSentAgainOnce()
{
    // A 500 may hide a half-done write: the client looks, finds nothing, sends once more.
    m_sandbox->control(
        "POST", QStringLiteral("faults"),
        {{QStringLiteral("spec"), QStringLiteral("error=500@contentid:assets.insert")}});
    const QString id = insertAsset(QStringLiteral("Retried"), QStringLiteral("retried-1"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(sandboxList(QStringLiteral("assets")).size(), 1);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("assets.insert")), 2);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("assetSearch.list")), 1);
}

QTEST_GUILESS_MAIN(TestPartnerClient)
#include "tst_partnerclient.moc"
