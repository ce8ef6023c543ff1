#include "tst_sandbox_contentid.h"

#include "TestEnvironment.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using onair::test::DiscoveryValidator;
using onair::test::SandboxProcess;
using onair::test::TestEnvironment;

namespace {

const QString kPartner = QStringLiteral("youtube/partner/v1/");
const QString kScopeRoot = QStringLiteral("https://www.googleapis.com/auth/");
const QString kBroadcasts = QStringLiteral("youtube/v3/liveBroadcasts");
const QString kMainOwner = QStringLiteral("sbxOnAirRightsMain0a1b2");
const QString kNewsOwner = QStringLiteral("sbxOnAirNewsRights3c4d5");

QJsonObject firstError(const SandboxProcess::Response &reply)
{
    return reply.json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("errors"))
        .toArray()
        .at(0)
        .toObject();
}

QJsonObject worldwide(double ratio = 100)
{
    return {{QStringLiteral("owner"), kMainOwner},
            {QStringLiteral("ratio"), ratio},
            {QStringLiteral("type"), QStringLiteral("exclude")},
            {QStringLiteral("territories"), QJsonArray()}};
}

QJsonObject monetizeRule()
{
    return {{QStringLiteral("action"), QStringLiteral("monetize")},
            {QStringLiteral("conditions"),
             QJsonObject{
                 {QStringLiteral("contentMatchType"), QJsonArray{QStringLiteral("audiovisual")}},
                 {QStringLiteral("matchDuration"),
                  QJsonArray{QJsonObject{{QStringLiteral("low"), 30}}}},
                 {QStringLiteral("requiredTerritories"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("include")},
                              {QStringLiteral("territories"),
                               QJsonArray{QStringLiteral("US"), QStringLiteral("FR")}}}}}}};
}

} // namespace

void TestSandboxContentId::initTestCase()
{
    m_discovery = std::make_unique<DiscoveryValidator>(
        TestEnvironment::sharedDir() +
        QStringLiteral("/reference/youtubePartner.v1.discovery.json"));
    QVERIFY(m_discovery->isValid());
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{QStringLiteral("--auto-consent"), QStringLiteral("--no-ingest"),
                    QStringLiteral("--transition-seconds"), QStringLiteral("0.2")});
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    m_token = m_sandbox
                  ->signIn({kScopeRoot + QStringLiteral("youtube.force-ssl"),
                            kScopeRoot + QStringLiteral("youtubepartner")})
                  .accessToken;
    QVERIFY(!m_token.isEmpty());
    m_youtubeToken = m_sandbox->signIn().accessToken;
    QVERIFY(!m_youtubeToken.isEmpty());
}

void TestSandboxContentId::init()
{
    QVERIFY(m_sandbox->control("POST", QStringLiteral("reset"))
                .value(QStringLiteral("reset"))
                .toBool());
    setSettings({{QStringLiteral("ownersPerChannel"), 1},
                 {QStringLiteral("liveDeliveryApproved"), false},
                 {QStringLiteral("referenceActivationSeconds"), 1}});
}

void TestSandboxContentId::cleanupTestCase()
{
    if (m_sandbox)
        QVERIFY(m_sandbox->stop());
}

SandboxProcess::Response TestSandboxContentId::call(const QByteArray &verb,
                                                    const QString &pathAndQuery,
                                                    const QJsonObject &body, const QString &token)
{
    return m_sandbox->call(verb, kPartner + pathAndQuery, token.isEmpty() ? m_token : token, body);
}

void TestSandboxContentId::expectError(const Response &reply, int status, const QString &reason)
{
    QCOMPARE(reply.status, status);
    const QJsonObject error = reply.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), status);
    QCOMPARE(firstError(reply).value(QStringLiteral("reason")).toString(), reason);
    QCOMPARE(error.value(QStringLiteral("message")).toString(),
             firstError(reply).value(QStringLiteral("message")).toString());
    QVERIFY(!error.value(QStringLiteral("status")).toString().isEmpty());
}

void TestSandboxContentId::expectValid(const Response &reply, const QString &methodId)
{
    if (reply.status != 200)
        qWarning() << reply.body;
    QCOMPARE(reply.status, 200);
    const QString schema =
        m_discovery->responseSchema(QStringLiteral("youtubePartner.") + methodId);
    QVERIFY2(!schema.isEmpty(), qPrintable(methodId));
    const QStringList problems = m_discovery->validate(reply.json(), schema);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestSandboxContentId::setSettings(const QJsonObject &settings)
{
    const QJsonObject now =
        m_sandbox->control("POST", QStringLiteral("contentid/settings"), settings);
    for (auto it = settings.begin(); it != settings.end(); ++it)
        QCOMPARE(now.value(it.key()), it.value());
}

QJsonObject TestSandboxContentId::insertAsset(const QString &title, const QString &customId)
{
    QJsonObject metadata{{QStringLiteral("title"), title}};
    if (!customId.isEmpty())
        metadata.insert(QStringLiteral("customId"), customId);
    const Response reply = call(
        "POST", QStringLiteral("assets"),
        {{QStringLiteral("type"), QStringLiteral("web")}, {QStringLiteral("metadata"), metadata}});
    expectValid(reply, QStringLiteral("assets.insert"));
    return reply.json();
}

QString TestSandboxContentId::defaultPolicyId(const QString &action)
{
    const Response reply = call("GET", QStringLiteral("policies"));
    for (const QJsonValue &p : reply.json().value(QStringLiteral("items")).toArray()) {
        const QJsonObject rule =
            p.toObject().value(QStringLiteral("rules")).toArray().at(0).toObject();
        if (rule.value(QStringLiteral("action")).toString() == action)
            return p.toObject().value(QStringLiteral("id")).toString();
    }
    return {};
}

QString TestSandboxContentId::insertBroadcast(bool recordFromStart)
{
    const QJsonObject body{
        {QStringLiteral("snippet"),
         QJsonObject{
             {QStringLiteral("title"), QStringLiteral("Rights show")},
             {QStringLiteral("scheduledStartTime"), QStringLiteral("2030-01-01T18:00:00Z")}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("privacyStatus"), QStringLiteral("unlisted")}}},
        {QStringLiteral("contentDetails"),
         QJsonObject{{QStringLiteral("recordFromStart"), recordFromStart},
                     {QStringLiteral("monitorStream"),
                      QJsonObject{{QStringLiteral("enableMonitorStream"), true},
                                  {QStringLiteral("broadcastStreamDelayMs"), 0}}}}}};
    const Response reply = m_sandbox->call(
        "POST", kBroadcasts + QStringLiteral("?part=id,snippet,status,contentDetails"),
        m_youtubeToken, body);
    if (reply.status != 200)
        qWarning() << reply.body;
    return reply.json().value(QStringLiteral("id")).toString();
}

QString TestSandboxContentId::lifeCycle(const QString &broadcastId)
{
    return m_sandbox
        ->call("GET", kBroadcasts + QStringLiteral("?part=status&id=") + broadcastId,
               m_youtubeToken)
        .json()
        .value(QStringLiteral("items"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("status"))
        .toObject()
        .value(QStringLiteral("lifeCycleStatus"))
        .toString();
}

void TestSandboxContentId::completeBroadcast(const QString &broadcastId)
{
    const QJsonObject stream =
        m_sandbox
            ->call("POST", QStringLiteral("youtube/v3/liveStreams?part=id,snippet,cdn"),
                   m_youtubeToken,
                   {{QStringLiteral("snippet"),
                     QJsonObject{{QStringLiteral("title"), QStringLiteral("Camera")}}},
                    {QStringLiteral("cdn"),
                     QJsonObject{{QStringLiteral("ingestionType"), QStringLiteral("rtmp")},
                                 {QStringLiteral("resolution"), QStringLiteral("720p")},
                                 {QStringLiteral("frameRate"), QStringLiteral("30fps")}}}})
            .json();
    QVERIFY(m_sandbox
                ->call("POST",
                       kBroadcasts + QStringLiteral("/bind?part=id&id=") + broadcastId +
                           QStringLiteral("&streamId=") +
                           stream.value(QStringLiteral("id")).toString(),
                       m_youtubeToken)
                .status == 200);
    const QString key = stream.value(QStringLiteral("cdn"))
                            .toObject()
                            .value(QStringLiteral("ingestionInfo"))
                            .toObject()
                            .value(QStringLiteral("streamName"))
                            .toString();
    m_sandbox->control("POST", QStringLiteral("encoder"),
                       {{QStringLiteral("streamName"), key},
                        {QStringLiteral("publishing"), true},
                        {QStringLiteral("width"), 1280},
                        {QStringLiteral("height"), 720},
                        {QStringLiteral("frameRate"), 30}});
    for (const char *step : {"testing", "live", "complete"}) {
        QTRY_VERIFY_WITH_TIMEOUT(
            m_sandbox->call("POST",
                            kBroadcasts + QStringLiteral("/transition?part=id&id=") + broadcastId +
                                QStringLiteral("&broadcastStatus=") + QLatin1String(step),
                            m_youtubeToken)
                        .status == 200 ||
                lifeCycle(broadcastId) == QLatin1String(step),
            15000);
        QTRY_COMPARE_WITH_TIMEOUT(lifeCycle(broadcastId), QLatin1String(step), 15000);
    }
}

QJsonObject TestSandboxContentId::insertClaim(const QString &assetId, const QString &videoId)
{
    const Response reply =
        call("POST", QStringLiteral("claims"),
             {{QStringLiteral("assetId"), assetId},
              {QStringLiteral("videoId"), videoId},
              {QStringLiteral("contentType"), QStringLiteral("audiovisual")},
              {QStringLiteral("policy"),
               QJsonObject{{QStringLiteral("id"), defaultPolicyId(QStringLiteral("monetize"))}}}});
    expectValid(reply, QStringLiteral("claims.insert"));
    return reply.json();
}

void TestSandboxContentId::signInGrantsThePartnerScope()
{
    const SandboxProcess::Tokens tokens =
        m_sandbox->signIn({kScopeRoot + QStringLiteral("youtubepartner")});
    QVERIFY(!tokens.accessToken.isEmpty());
    QCOMPARE(tokens.scope, kScopeRoot + QStringLiteral("youtubepartner"));
    QCOMPARE(
        call("GET", QStringLiteral("contentOwners?fetchMine=true"), {}, tokens.accessToken).status,
        200);
}

void TestSandboxContentId::authAndScope()
{
    const Response anonymous =
        m_sandbox->request("GET", kPartner + QStringLiteral("contentOwners?fetchMine=true"));
    expectError(anonymous, 401, QStringLiteral("authError"));
    QVERIFY(!anonymous.header("WWW-Authenticate").isEmpty());
    expectError(call("GET", QStringLiteral("policies"), {}, QStringLiteral("ya29.nonsense")), 401,
                QStringLiteral("authError"));
    // A YouTube token without youtubepartner.
    expectError(call("GET", QStringLiteral("contentOwners?fetchMine=true"), {}, m_youtubeToken),
                403, QStringLiteral("insufficientPermissions"));
    expectError(call("POST", QStringLiteral("assets"),
                     {{QStringLiteral("type"), QStringLiteral("web")}}, m_youtubeToken),
                403, QStringLiteral("insufficientPermissions"));
    // The read-only owner scope reads the owners, nothing else.
    const QString readOnly =
        m_sandbox->signIn({kScopeRoot + QStringLiteral("youtubepartner-content-owner-readonly")})
            .accessToken;
    QCOMPARE(call("GET", QStringLiteral("contentOwners?fetchMine=true"), {}, readOnly).status, 200);
    expectError(call("GET", QStringLiteral("policies"), {}, readOnly), 403,
                QStringLiteral("insufficientPermissions"));
}

void TestSandboxContentId::contentOwners()
{
    Response mine = call("GET", QStringLiteral("contentOwners?fetchMine=true"));
    expectValid(mine, QStringLiteral("contentOwners.list"));
    QCOMPARE(mine.json().value(QStringLiteral("kind")).toString(),
             QStringLiteral("youtubePartner#contentOwnerList"));
    QJsonArray items = mine.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("id")).toString(), kMainOwner);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("youtubePartner#contentOwner"));

    // Most channels are linked to no owner: an empty list, and nothing else works.
    setSettings({{QStringLiteral("ownersPerChannel"), 0}});
    mine = call("GET", QStringLiteral("contentOwners?fetchMine=true"));
    expectValid(mine, QStringLiteral("contentOwners.list"));
    QCOMPARE(mine.json().value(QStringLiteral("items")).toArray().size(), 0);
    expectError(call("GET", QStringLiteral("policies")), 403, QStringLiteral("forbidden"));

    setSettings({{QStringLiteral("ownersPerChannel"), 2}});
    mine = call("GET", QStringLiteral("contentOwners?fetchMine=true"));
    QCOMPARE(mine.json().value(QStringLiteral("items")).toArray().size(), 2);
    const Response byId = call("GET", QStringLiteral("contentOwners?id=") + kNewsOwner);
    expectValid(byId, QStringLiteral("contentOwners.list"));
    items = byId.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("id")).toString(), kNewsOwner);
    expectError(call("GET", QStringLiteral("contentOwners")), 400, QStringLiteral("required"));
    expectError(call("GET", QStringLiteral("contentOwners?fetchMine=maybe")), 400,
                QStringLiteral("invalid"));
}

void TestSandboxContentId::onBehalfOfContentOwner()
{
    // One owner: the parameter may be left out, or name it.
    QCOMPARE(call("GET", QStringLiteral("policies")).status, 200);
    QCOMPARE(call("GET", QStringLiteral("policies?onBehalfOfContentOwner=") + kMainOwner).status,
             200);
    expectError(call("GET", QStringLiteral("policies?onBehalfOfContentOwner=") + kNewsOwner), 403,
                QStringLiteral("forbidden"));

    // Two owners: it is required, and each owner sees only its own assets.
    setSettings({{QStringLiteral("ownersPerChannel"), 2}});
    const Response missing =
        call("POST", QStringLiteral("assets"), {{QStringLiteral("type"), QStringLiteral("web")}});
    expectError(missing, 400, QStringLiteral("contentOwnerNotProvided"));
    QCOMPARE(firstError(missing).value(QStringLiteral("location")).toString(),
             QStringLiteral("onBehalfOfContentOwner"));
    const Response news =
        call("POST", QStringLiteral("assets?onBehalfOfContentOwner=") + kNewsOwner,
             {{QStringLiteral("type"), QStringLiteral("web")}});
    expectValid(news, QStringLiteral("assets.insert"));
    const QString id = news.json().value(QStringLiteral("id")).toString();
    QCOMPARE(call("GET", QStringLiteral("assets/") + id +
                             QStringLiteral("?onBehalfOfContentOwner=") + kNewsOwner)
                 .status,
             200);
    expectError(call("GET", QStringLiteral("assets/") + id +
                                QStringLiteral("?onBehalfOfContentOwner=") + kMainOwner),
                404, QStringLiteral("notFound"));
    expectError(call("GET", QStringLiteral("assets/") + id), 400,
                QStringLiteral("contentOwnerNotProvided"));
}

void TestSandboxContentId::unknownParameter()
{
    const Response reply = call("GET", QStringLiteral("policies?color=blue"));
    expectError(reply, 400, QStringLiteral("unexpectedParameter"));
    QCOMPARE(firstError(reply).value(QStringLiteral("location")).toString(),
             QStringLiteral("color"));
    expectError(call("GET", QStringLiteral("nothingHere")), 404, QStringLiteral("notFound"));
}

void TestSandboxContentId::assetsInsertAndGet()
{
    const QJsonObject asset = insertAsset(QStringLiteral("Morning Show 2030-01-01"),
                                          QStringLiteral("morning-2030-01-01"));
    const QString id = asset.value(QStringLiteral("id")).toString();
    QVERIFY(id.startsWith(QLatin1Char('A')));
    QCOMPARE(asset.value(QStringLiteral("kind")).toString(),
             QStringLiteral("youtubePartner#asset"));
    QCOMPARE(asset.value(QStringLiteral("type")).toString(), QStringLiteral("web"));
    QVERIFY(QDateTime::fromString(asset.value(QStringLiteral("timeCreated")).toString(),
                                  Qt::ISODateWithMs)
                .isValid());
    QCOMPARE(asset.value(QStringLiteral("metadata"))
                 .toObject()
                 .value(QStringLiteral("customId"))
                 .toString(),
             QStringLiteral("morning-2030-01-01"));

    const Response got = call("GET", QStringLiteral("assets/") + id);
    expectValid(got, QStringLiteral("assets.get"));
    QCOMPARE(got.json().value(QStringLiteral("metadata")), asset.value(QStringLiteral("metadata")));
    QVERIFY(!got.json().contains(QStringLiteral("ownership")));
    const Response withOwnership =
        call("GET", QStringLiteral("assets/") + id +
                        QStringLiteral("?fetchOwnership=effective&fetchMatchPolicy=mine"));
    expectValid(withOwnership, QStringLiteral("assets.get"));
    QVERIFY(withOwnership.json().contains(QStringLiteral("ownership")));
    QVERIFY(withOwnership.json().contains(QStringLiteral("matchPolicy")));
    expectError(call("GET", QStringLiteral("assets/") + id + QStringLiteral("?fetchOwnership=all")),
                400, QStringLiteral("invalidValue"));
    expectError(call("GET", QStringLiteral("assets/A000000000000000")), 404,
                QStringLiteral("notFound"));
}

void TestSandboxContentId::assetRules_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("location");
    const auto web = [](const QJsonObject &metadata) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("web")},
                           {QStringLiteral("metadata"), metadata}};
    };
    QTest::newRow("no type") << QJsonObject{} << "required"
                             << "type";
    QTest::newRow("unknown type") << QJsonObject{{QStringLiteral("type"), QStringLiteral("live")}}
                                  << "invalidValue"
                                  << "type";
    QTest::newRow("title over 255 bytes")
        << web({{QStringLiteral("title"), QString(128, QChar(0xE9))}}) << "invalidValue"
        << "metadata.title";
    QTest::newRow("description over 5000 bytes")
        << web({{QStringLiteral("description"), QString(5001, QLatin1Char('d'))}}) << "invalidValue"
        << "metadata.description";
    QTest::newRow("customId over 64 bytes")
        << web({{QStringLiteral("customId"), QString(65, QLatin1Char('c'))}}) << "invalidValue"
        << "metadata.customId";
    QTest::newRow("unknown metadata field")
        << web({{QStringLiteral("colour"), QStringLiteral("red")}}) << "invalid"
        << "asset.metadata";
    QTest::newRow("title not a string") << web({{QStringLiteral("title"), 42}}) << "invalid"
                                        << "metadata.title";
    QTest::newRow("movie without title")
        << QJsonObject{{QStringLiteral("type"), QStringLiteral("movie")}} << "required"
        << "metadata.title";
    QTest::newRow("unknown field") << QJsonObject{{QStringLiteral("type"), QStringLiteral("web")},
                                                  {QStringLiteral("owner"), QStringLiteral("me")}}
                                   << "invalid"
                                   << "asset";
}

void TestSandboxContentId::assetRules()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, reason);
    QFETCH(QString, location);
    const Response reply = call("POST", QStringLiteral("assets"), body);
    expectError(reply, 400, reason);
    QCOMPARE(firstError(reply).value(QStringLiteral("location")).toString(), location);
    // Exactly at the limits is fine.
    const Response atLimits =
        call("POST", QStringLiteral("assets"),
             {{QStringLiteral("type"), QStringLiteral("web")},
              {QStringLiteral("metadata"),
               QJsonObject{{QStringLiteral("title"), QString(255, QLatin1Char('t'))},
                           {QStringLiteral("customId"), QString(64, QLatin1Char('c'))},
                           {QStringLiteral("description"), QString(5000, QLatin1Char('d'))}}}});
    QCOMPARE(atLimits.status, 200);
    QCOMPARE(m_sandbox->control("GET", QStringLiteral("contentid/state"))
                 .value(QStringLiteral("assets"))
                 .toArray()
                 .size(),
             1);
}

void TestSandboxContentId::assetSearch()
{
    const QJsonObject first = insertAsset(QStringLiteral("First"), QStringLiteral("show-1"));
    QTest::qWait(5); // distinct creation times
    const QJsonObject second = insertAsset(QStringLiteral("Second"), QStringLiteral("show-2"));
    const Response byCustomId =
        call("GET", QStringLiteral("assetSearch?metadataSearchFields=customId:show-2"));
    expectValid(byCustomId, QStringLiteral("assetSearch.list"));
    const QJsonArray items = byCustomId.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("id")),
             second.value(QStringLiteral("id")));
    const Response all = call("GET", QStringLiteral("assetSearch?createdAfter=") +
                                         first.value(QStringLiteral("timeCreated")).toString());
    const QJsonArray both = all.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(both.size(), 2);
    // Newest first.
    QCOMPARE(both.at(0).toObject().value(QStringLiteral("id")), second.value(QStringLiteral("id")));
    expectError(call("GET", QStringLiteral("assetSearch?createdAfter=yesterday")), 400,
                QStringLiteral("invalidValue"));
}

void TestSandboxContentId::ownership()
{
    const QString id = insertAsset(QStringLiteral("Owned")).value(QStringLiteral("id")).toString();
    const Response empty =
        call("GET", QStringLiteral("assets/") + id + QStringLiteral("/ownership"));
    expectValid(empty, QStringLiteral("ownership.get"));
    QCOMPARE(empty.json().value(QStringLiteral("kind")).toString(),
             QStringLiteral("youtubePartner#rightsOwnership"));
    QVERIFY(!empty.json().contains(QStringLiteral("general")));

    const QJsonObject body{{QStringLiteral("general"), QJsonArray{worldwide()}}};
    const Response put =
        call("PUT", QStringLiteral("assets/") + id + QStringLiteral("/ownership"), body);
    expectValid(put, QStringLiteral("ownership.update"));
    QCOMPARE(put.json().value(QStringLiteral("general")), body.value(QStringLiteral("general")));

    // PUT replaces the whole ownership: now only in two territories.
    const QJsonObject some{
        {QStringLiteral("general"),
         QJsonArray{QJsonObject{{QStringLiteral("owner"), kMainOwner},
                                {QStringLiteral("ratio"), 100},
                                {QStringLiteral("type"), QStringLiteral("include")},
                                {QStringLiteral("territories"),
                                 QJsonArray{QStringLiteral("US"), QStringLiteral("CA")}}}}}};
    QCOMPARE(
        call("PUT", QStringLiteral("assets/") + id + QStringLiteral("/ownership"), some).status,
        200);
    const Response got = call("GET", QStringLiteral("assets/") + id + QStringLiteral("/ownership"));
    QCOMPARE(got.json().value(QStringLiteral("general")), some.value(QStringLiteral("general")));

    // Composition assets use the other three lists, with any ratio from 0 to 100.
    const Response composition =
        call("POST", QStringLiteral("assets"),
             {{QStringLiteral("type"), QStringLiteral("composition")},
              {QStringLiteral("metadata"),
               QJsonObject{{QStringLiteral("title"), QStringLiteral("Theme")}}}});
    QCOMPARE(composition.status, 200);
    const QString compositionId = composition.json().value(QStringLiteral("id")).toString();
    QJsonObject half = worldwide(50);
    half.insert(QStringLiteral("publisher"), QStringLiteral("OnAir Music"));
    const Response split =
        call("PUT", QStringLiteral("assets/") + compositionId + QStringLiteral("/ownership"),
             {{QStringLiteral("performance"), QJsonArray{half}},
              {QStringLiteral("mechanical"), QJsonArray{worldwide(37.5)}}});
    expectValid(split, QStringLiteral("ownership.update"));
    expectError(call("PUT", QStringLiteral("assets/A000000000000000/ownership"), body), 404,
                QStringLiteral("notFound"));
}

void TestSandboxContentId::ownershipRules_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("reason");
    QJsonObject noOwner = worldwide();
    noOwner.remove(QStringLiteral("owner"));
    QJsonObject noRatio = worldwide();
    noRatio.remove(QStringLiteral("ratio"));
    QJsonObject badType = worldwide();
    badType.insert(QStringLiteral("type"), QStringLiteral("both"));
    QJsonObject badTerritory = worldwide();
    badTerritory.insert(QStringLiteral("territories"), QJsonArray{QStringLiteral("USA")});
    QJsonObject unknownTerritory = worldwide();
    unknownTerritory.insert(QStringLiteral("territories"), QJsonArray{QStringLiteral("QQ")});
    QJsonObject publisher = worldwide();
    publisher.insert(QStringLiteral("publisher"), QStringLiteral("x"));
    const auto general = [](const QJsonObject &entry) {
        return QJsonObject{{QStringLiteral("general"), QJsonArray{entry}}};
    };
    QTest::newRow("web ratio 50") << "web" << general(worldwide(50)) << "invalidValue";
    QTest::newRow("web performance")
        << "web" << QJsonObject{{QStringLiteral("performance"), QJsonArray{worldwide()}}}
        << "invalidValue";
    QTest::newRow("composition ratio 101")
        << "composition" << QJsonObject{{QStringLiteral("performance"), QJsonArray{worldwide(101)}}}
        << "invalidValue";
    QTest::newRow("negative ratio") << "web" << general(worldwide(-1)) << "invalidValue";
    QTest::newRow("no owner") << "web" << general(noOwner) << "required";
    QTest::newRow("no ratio") << "web" << general(noRatio) << "required";
    QTest::newRow("type both") << "web" << general(badType) << "invalidValue";
    QTest::newRow("three-letter territory") << "web" << general(badTerritory) << "invalidValue";
    QTest::newRow("unknown territory") << "web" << general(unknownTerritory) << "invalidValue";
    QTest::newRow("publisher on web") << "web" << general(publisher) << "invalidValue";
    QTest::newRow("unknown field")
        << "web" << QJsonObject{{QStringLiteral("everything"), QJsonArray()}} << "invalid";
}

void TestSandboxContentId::ownershipRules()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, body);
    QFETCH(QString, reason);
    const Response asset = call("POST", QStringLiteral("assets"),
                                {{QStringLiteral("type"), type},
                                 {QStringLiteral("metadata"),
                                  QJsonObject{{QStringLiteral("title"), QStringLiteral("T")}}}});
    QCOMPARE(asset.status, 200);
    const QString path = QStringLiteral("assets/") +
                         asset.json().value(QStringLiteral("id")).toString() +
                         QStringLiteral("/ownership");
    expectError(call("PUT", path, body), 400, reason);
    // Nothing of a refused ownership is kept.
    QVERIFY(!call("GET", path).json().contains(QStringLiteral("general")));
}

void TestSandboxContentId::policies()
{
    const Response listed = call("GET", QStringLiteral("policies"));
    expectValid(listed, QStringLiteral("policies.list"));
    QCOMPARE(listed.json().value(QStringLiteral("kind")).toString(),
             QStringLiteral("youtubePartner#policyList"));
    QCOMPARE(listed.json().value(QStringLiteral("items")).toArray().size(), 3);
    QVERIFY(!defaultPolicyId(QStringLiteral("monetize")).isEmpty());
    QVERIFY(!defaultPolicyId(QStringLiteral("block")).isEmpty());

    QTest::qWait(5);
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("Live: monetize in US and FR")},
                           {QStringLiteral("description"), QStringLiteral("for the show")},
                           {QStringLiteral("rules"), QJsonArray{monetizeRule()}}};
    const Response inserted = call("POST", QStringLiteral("policies"), body);
    expectValid(inserted, QStringLiteral("policies.insert"));
    const QJsonObject policy = inserted.json();
    QCOMPARE(policy.value(QStringLiteral("kind")).toString(),
             QStringLiteral("youtubePartner#policy"));
    QCOMPARE(policy.value(QStringLiteral("rules")), body.value(QStringLiteral("rules")));
    const QString id = policy.value(QStringLiteral("id")).toString();

    const Response got = call("GET", QStringLiteral("policies/") + id);
    expectValid(got, QStringLiteral("policies.get"));
    QCOMPARE(got.json().value(QStringLiteral("name")), body.value(QStringLiteral("name")));
    expectError(call("GET", QStringLiteral("policies/0000")), 404, QStringLiteral("notFound"));

    const Response byId = call("GET", QStringLiteral("policies?id=") + id);
    QCOMPARE(byId.json().value(QStringLiteral("items")).toArray().size(), 1);
    const Response newest = call("GET", QStringLiteral("policies?sort=TIME_UPDATED_DESC"));
    QCOMPARE(newest.json()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             id);
    const Response oldest = call("GET", QStringLiteral("policies?sort=TIME_UPDATED_ASC"));
    QCOMPARE(oldest.json()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .last()
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             id);
    expectError(call("GET", QStringLiteral("policies?sort=NAME")), 400, QStringLiteral("invalid"));
}

void TestSandboxContentId::policyRules_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("reason");
    const auto named = [](const QJsonObject &rule) {
        return QJsonObject{{QStringLiteral("name"), QStringLiteral("P")},
                           {QStringLiteral("rules"), QJsonArray{rule}}};
    };
    QJsonObject badAction = monetizeRule();
    badAction.insert(QStringLiteral("action"), QStringLiteral("promote"));
    QJsonObject noAction = monetizeRule();
    noAction.remove(QStringLiteral("action"));
    const auto withConditions = [](const QJsonObject &conditions) {
        return QJsonObject{{QStringLiteral("action"), QStringLiteral("track")},
                           {QStringLiteral("conditions"), conditions}};
    };
    QTest::newRow("no name") << QJsonObject{{QStringLiteral("rules"), QJsonArray{monetizeRule()}}}
                             << "required";
    QTest::newRow("no rules") << QJsonObject{{QStringLiteral("name"), QStringLiteral("P")}}
                              << "required";
    QTest::newRow("unknown action") << named(badAction) << "invalidValue";
    QTest::newRow("no action") << named(noAction) << "required";
    QTest::newRow("content match type")
        << named(withConditions(
               {{QStringLiteral("contentMatchType"), QJsonArray{QStringLiteral("melody")}}}))
        << "invalidValue";
    QTest::newRow("low above high")
        << named(withConditions({{QStringLiteral("matchDuration"),
                                  QJsonArray{QJsonObject{{QStringLiteral("low"), 60},
                                                         {QStringLiteral("high"), 30}}}}}))
        << "invalidValue";
    QTest::newRow("percent above 100")
        << named(withConditions({{QStringLiteral("matchPercent"),
                                  QJsonArray{QJsonObject{{QStringLiteral("low"), 150}}}}}))
        << "invalidValue";
    QTest::newRow("territory")
        << named(withConditions({{QStringLiteral("requiredTerritories"),
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("include")},
                                              {QStringLiteral("territories"),
                                               QJsonArray{QStringLiteral("Mars")}}}}}))
        << "invalidValue";
    QTest::newRow("unknown condition")
        << named(withConditions({{QStringLiteral("viewerAge"), 18}})) << "invalid";
}

void TestSandboxContentId::policyRules()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, reason);
    expectError(call("POST", QStringLiteral("policies"), body), 400, reason);
    QCOMPARE(call("GET", QStringLiteral("policies"))
                 .json()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             3);
}

void TestSandboxContentId::assetMatchPolicy()
{
    const QString id =
        insertAsset(QStringLiteral("Matched")).value(QStringLiteral("id")).toString();
    const QString path = QStringLiteral("assets/") + id + QStringLiteral("/matchPolicy");
    const QString track = defaultPolicyId(QStringLiteral("track"));
    const Response saved = call("PUT", path, {{QStringLiteral("policyId"), track}});
    expectValid(saved, QStringLiteral("assetMatchPolicy.update"));
    QCOMPARE(saved.json().value(QStringLiteral("kind")).toString(),
             QStringLiteral("youtubePartner#assetMatchPolicy"));
    QCOMPARE(saved.json().value(QStringLiteral("policyId")).toString(), track);
    const Response got = call("GET", path);
    expectValid(got, QStringLiteral("assetMatchPolicy.get"));
    QCOMPARE(got.json().value(QStringLiteral("policyId")).toString(), track);
    QCOMPARE(got.json()
                 .value(QStringLiteral("rules"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("action"))
                 .toString(),
             QStringLiteral("track"));

    const Response inlineRules =
        call("PUT", path, {{QStringLiteral("rules"), QJsonArray{monetizeRule()}}});
    expectValid(inlineRules, QStringLiteral("assetMatchPolicy.update"));
    QVERIFY(!call("GET", path).json().contains(QStringLiteral("policyId")));

    expectError(call("PUT", path,
                     {{QStringLiteral("policyId"), track},
                      {QStringLiteral("rules"), QJsonArray{monetizeRule()}}}),
                400, QStringLiteral("invalidValue"));
    expectError(call("PUT", path, {}), 400, QStringLiteral("invalidValue"));
    expectError(call("PUT", path, {{QStringLiteral("policyId"), QStringLiteral("0000")}}), 404,
                QStringLiteral("notFound"));
    expectError(call("GET", QStringLiteral("assets/A000000000000000/matchPolicy")), 404,
                QStringLiteral("notFound"));
}

void TestSandboxContentId::claims()
{
    const QString assetId =
        insertAsset(QStringLiteral("Claimed")).value(QStringLiteral("id")).toString();
    // The broadcast has not started: it is claimed before its video exists.
    const QString videoId = insertBroadcast();
    QCOMPARE(lifeCycle(videoId), QStringLiteral("created"));
    const QJsonObject claim = insertClaim(assetId, videoId);
    QCOMPARE(claim.value(QStringLiteral("kind")).toString(),
             QStringLiteral("youtubePartner#claim"));
    QCOMPARE(claim.value(QStringLiteral("videoId")).toString(), videoId);
    QCOMPARE(claim.value(QStringLiteral("assetId")).toString(), assetId);
    QCOMPARE(claim.value(QStringLiteral("contentType")).toString(), QStringLiteral("audiovisual"));
    QCOMPARE(claim.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QVERIFY(claim.value(QStringLiteral("isPartnerUploaded")).toBool());
    const QString id = claim.value(QStringLiteral("id")).toString();

    const Response got = call("GET", QStringLiteral("claims/") + id);
    expectValid(got, QStringLiteral("claims.get"));
    QCOMPARE(got.json().value(QStringLiteral("id")).toString(), id);
    expectError(call("GET", QStringLiteral("claims/nothere0000")), 404, QStringLiteral("notFound"));

    const Response byVideo = call("GET", QStringLiteral("claims?videoId=") + videoId);
    expectValid(byVideo, QStringLiteral("claims.list"));
    QCOMPARE(byVideo.json().value(QStringLiteral("items")).toArray().size(), 1);
    QCOMPARE(call("GET", QStringLiteral("claims?videoId=none0000000"))
                 .json()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             0);

    // An inline policy works as well as a saved one.
    const Response inlinePolicy =
        call("POST", QStringLiteral("claims"),
             {{QStringLiteral("assetId"), assetId},
              {QStringLiteral("videoId"), videoId},
              {QStringLiteral("contentType"), QStringLiteral("audio")},
              {QStringLiteral("blockOutsideOwnership"), true},
              {QStringLiteral("policy"),
               QJsonObject{{QStringLiteral("rules"), QJsonArray{monetizeRule()}}}}});
    expectValid(inlinePolicy, QStringLiteral("claims.insert"));
    QVERIFY(inlinePolicy.json().value(QStringLiteral("blockOutsideOwnership")).toBool());
}

void TestSandboxContentId::claimRules_data()
{
    QTest::addColumn<QString>("drop");
    QTest::addColumn<QJsonObject>("override");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no asset") << "assetId" << QJsonObject{} << 400 << "required";
    QTest::newRow("unknown asset")
        << "" << QJsonObject{{QStringLiteral("assetId"), QStringLiteral("A999")}} << 404
        << "notFound";
    QTest::newRow("no video") << "videoId" << QJsonObject{} << 400 << "required";
    QTest::newRow("unknown video")
        << "" << QJsonObject{{QStringLiteral("videoId"), QStringLiteral("zzzzzzzzzzz")}} << 404
        << "notFound";
    QTest::newRow("no content type") << "contentType" << QJsonObject{} << 400 << "required";
    QTest::newRow("bad content type")
        << "" << QJsonObject{{QStringLiteral("contentType"), QStringLiteral("music")}} << 400
        << "invalidValue";
    QTest::newRow("no policy") << "policy" << QJsonObject{} << 400 << "required";
    QTest::newRow("unknown policy")
        << ""
        << QJsonObject{{QStringLiteral("policy"),
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("0")}}}}
        << 404 << "notFound";
    QTest::newRow("empty policy") << "" << QJsonObject{{QStringLiteral("policy"), QJsonObject{}}}
                                  << 400 << "required";
    QTest::newRow("bad inline rule")
        << ""
        << QJsonObject{{QStringLiteral("policy"),
                        QJsonObject{{QStringLiteral("rules"),
                                     QJsonArray{QJsonObject{
                                         {QStringLiteral("action"), QStringLiteral("sell")}}}}}}}
        << 400 << "invalidValue";
    QTest::newRow("unknown field")
        << "" << QJsonObject{{QStringLiteral("priority"), 1}} << 400 << "invalid";
}

void TestSandboxContentId::claimRules()
{
    QFETCH(QString, drop);
    QFETCH(QJsonObject, override);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QJsonObject body{
        {QStringLiteral("assetId"),
         insertAsset(QStringLiteral("A")).value(QStringLiteral("id")).toString()},
        {QStringLiteral("videoId"), insertBroadcast()},
        {QStringLiteral("contentType"), QStringLiteral("audiovisual")},
        {QStringLiteral("policy"),
         QJsonObject{{QStringLiteral("id"), defaultPolicyId(QStringLiteral("monetize"))}}}};
    body.remove(drop);
    for (auto it = override.begin(); it != override.end(); ++it)
        body.insert(it.key(), it.value());
    expectError(call("POST", QStringLiteral("claims"), body), status, reason);
    QCOMPARE(m_sandbox->control("GET", QStringLiteral("contentid/state"))
                 .value(QStringLiteral("claims"))
                 .toArray()
                 .size(),
             0);
}

void TestSandboxContentId::advertisingOptions()
{
    const QString videoId = insertBroadcast();
    const QString path = QStringLiteral("videoAdvertisingOptions/") + videoId;
    const QJsonObject body{
        {QStringLiteral("adFormats"), QJsonArray{QStringLiteral("third_party_ads")}},
        {QStringLiteral("breakPosition"),
         QJsonArray{QStringLiteral("preroll"), QStringLiteral("midroll"),
                    QStringLiteral("postroll")}},
        {QStringLiteral("adBreaks"),
         QJsonArray{QJsonObject{{QStringLiteral("position"), QStringLiteral("preroll")}},
                    QJsonObject{{QStringLiteral("position"), QStringLiteral("midroll")},
                                {QStringLiteral("midrollSeconds"), 600}}}},
        {QStringLiteral("tpTargetingUrl"), QStringLiteral("https://ads.example/vast")}};
    // Not claimed yet.
    expectError(call("PUT", path, body), 403, QStringLiteral("forbidden"));
    expectError(call("GET", path), 403, QStringLiteral("forbidden"));
    expectError(call("GET", QStringLiteral("videoAdvertisingOptions/zzzzzzzzzzz")), 404,
                QStringLiteral("notFound"));

    insertClaim(insertAsset(QStringLiteral("Ads")).value(QStringLiteral("id")).toString(), videoId);
    const Response defaults = call("GET", path);
    expectValid(defaults, QStringLiteral("videoAdvertisingOptions.get"));
    QCOMPARE(defaults.json().value(QStringLiteral("id")).toString(), videoId);
    QCOMPARE(defaults.json().value(QStringLiteral("breakPosition")).toArray().size(), 0);

    const Response put = call("PUT", path, body);
    expectValid(put, QStringLiteral("videoAdvertisingOptions.update"));
    QCOMPARE(put.json().value(QStringLiteral("kind")).toString(),
             QStringLiteral("youtubePartner#videoAdvertisingOption"));
    const Response got = call("GET", path);
    expectValid(got, QStringLiteral("videoAdvertisingOptions.get"));
    for (const char *key : {"adFormats", "breakPosition", "adBreaks", "tpTargetingUrl"})
        QCOMPARE(got.json().value(QLatin1String(key)), body.value(QLatin1String(key)));
}

void TestSandboxContentId::advertisingOptionRules_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("reason");
    for (const char *retired :
         {"instream_trueview", "instream_standard", "display", "preroll", "postroll"}) {
        QTest::newRow(retired) << QJsonObject{{QStringLiteral("adFormats"),
                                               QJsonArray{QLatin1String(retired)}}}
                               << "invalidValue";
    }
    QTest::newRow("break position")
        << QJsonObject{{QStringLiteral("breakPosition"), QJsonArray{QStringLiteral("overlay")}}}
        << "invalidValue";
    QTest::newRow("midrollSeconds on preroll")
        << QJsonObject{{QStringLiteral("adBreaks"),
                        QJsonArray{
                            QJsonObject{{QStringLiteral("position"), QStringLiteral("preroll")},
                                        {QStringLiteral("midrollSeconds"), 5}}}}}
        << "invalidValue";
    QTest::newRow("negative midrollSeconds")
        << QJsonObject{{QStringLiteral("adBreaks"),
                        QJsonArray{
                            QJsonObject{{QStringLiteral("position"), QStringLiteral("midroll")},
                                        {QStringLiteral("midrollSeconds"), -5}}}}}
        << "invalidValue";
    QTest::newRow("break without position")
        << QJsonObject{{QStringLiteral("adBreaks"), QJsonArray{QJsonObject{}}}} << "required";
    QTest::newRow("autoGeneratedBreaks not bool")
        << QJsonObject{{QStringLiteral("autoGeneratedBreaks"), QStringLiteral("yes")}} << "invalid";
    QTest::newRow("unknown field") << QJsonObject{{QStringLiteral("skippable"), true}} << "invalid";
}

void TestSandboxContentId::advertisingOptionRules()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, reason);
    const QString videoId = insertBroadcast();
    insertClaim(insertAsset(QStringLiteral("Ads")).value(QStringLiteral("id")).toString(), videoId);
    expectError(call("PUT", QStringLiteral("videoAdvertisingOptions/") + videoId, body), 400,
                reason);
    QCOMPARE(call("GET", QStringLiteral("videoAdvertisingOptions/") + videoId)
                 .json()
                 .value(QStringLiteral("adFormats"))
                 .toArray()
                 .size(),
             0);
}

void TestSandboxContentId::referenceBeforeProcessingIsRefused()
{
    const QString videoId = insertBroadcast();
    const QString claimId =
        insertClaim(insertAsset(QStringLiteral("R")).value(QStringLiteral("id")).toString(),
                    videoId)
            .value(QStringLiteral("id"))
            .toString();
    const Response refused = call("POST", QStringLiteral("references?claimId=") + claimId, {});
    expectError(refused, 403, QStringLiteral("fingerprintingNotAllowed"));
    QCOMPARE(m_sandbox->control("GET", QStringLiteral("contentid/state"))
                 .value(QStringLiteral("references"))
                 .toArray()
                 .size(),
             0);
}

void TestSandboxContentId::referenceAfterTheShowBecomesActive()
{
    const QString videoId = insertBroadcast();
    const QJsonObject asset = insertAsset(QStringLiteral("After"));
    const QString assetId = asset.value(QStringLiteral("id")).toString();
    const QString claimId = insertClaim(assetId, videoId).value(QStringLiteral("id")).toString();
    completeBroadcast(videoId);
    const Response created =
        call("POST", QStringLiteral("references?claimId=") + claimId,
             {{QStringLiteral("assetId"), assetId},
              {QStringLiteral("contentType"), QStringLiteral("audiovisual")},
              {QStringLiteral("excludedIntervals"),
               QJsonArray{QJsonObject{{QStringLiteral("low"), 0}, {QStringLiteral("high"), 30}}}}});
    expectValid(created, QStringLiteral("references.insert"));
    const QJsonObject reference = created.json();
    QCOMPARE(reference.value(QStringLiteral("kind")).toString(),
             QStringLiteral("youtubePartner#reference"));
    QCOMPARE(reference.value(QStringLiteral("claimId")).toString(), claimId);
    QCOMPARE(reference.value(QStringLiteral("videoId")).toString(), videoId);
    QCOMPARE(reference.value(QStringLiteral("status")).toString(), QStringLiteral("checking"));
    const QString id = reference.value(QStringLiteral("id")).toString();
    // Processing, then active after the activation delay (1 s here).
    QTRY_COMPARE_WITH_TIMEOUT(call("GET", QStringLiteral("references/") + id)
                                  .json()
                                  .value(QStringLiteral("status"))
                                  .toString(),
                              QStringLiteral("active"), 10000);
    const Response got = call("GET", QStringLiteral("references/") + id);
    expectValid(got, QStringLiteral("references.get"));
    const Response listed = call("GET", QStringLiteral("references?assetId=") + assetId);
    expectValid(listed, QStringLiteral("references.list"));
    QCOMPARE(listed.json().value(QStringLiteral("items")).toArray().size(), 1);

    // The same video again duplicates the first reference.
    const Response again = call("POST", QStringLiteral("references?claimId=") + claimId, {});
    expectValid(again, QStringLiteral("references.insert"));
    QCOMPARE(again.json().value(QStringLiteral("status")).toString(), QStringLiteral("inactive"));
    QCOMPARE(again.json().value(QStringLiteral("statusReason")).toString(),
             QStringLiteral("REASON_DUPLICATE_FOR_OWNERS"));
    QCOMPARE(again.json().value(QStringLiteral("duplicateLeader")).toString(), id);
}

void TestSandboxContentId::referenceWithLiveDelivery()
{
    setSettings({{QStringLiteral("liveDeliveryApproved"), true}});
    const QString videoId = insertBroadcast();
    const QString claimId =
        insertClaim(insertAsset(QStringLiteral("Live")).value(QStringLiteral("id")).toString(),
                    videoId)
            .value(QStringLiteral("id"))
            .toString();
    const Response created = call("POST", QStringLiteral("references?claimId=") + claimId, {});
    expectValid(created, QStringLiteral("references.insert"));
    const QString id = created.json().value(QStringLiteral("id")).toString();
    QCOMPARE(created.json().value(QStringLiteral("status")).toString(),
             QStringLiteral("live_streaming_processing"));
    completeBroadcast(videoId);
    QTRY_COMPARE_WITH_TIMEOUT(call("GET", QStringLiteral("references/") + id)
                                  .json()
                                  .value(QStringLiteral("status"))
                                  .toString(),
                              QStringLiteral("active"), 10000);
}

void TestSandboxContentId::referenceNeedsRecordFromStart()
{
    const QString videoId = insertBroadcast(false);
    const QString claimId =
        insertClaim(insertAsset(QStringLiteral("NoRec")).value(QStringLiteral("id")).toString(),
                    videoId)
            .value(QStringLiteral("id"))
            .toString();
    completeBroadcast(videoId);
    expectError(call("POST", QStringLiteral("references?claimId=") + claimId, {}), 403,
                QStringLiteral("fingerprintingNotAllowed"));
    // Approved for live delivery or not.
    setSettings({{QStringLiteral("liveDeliveryApproved"), true}});
    const QString upcoming = insertBroadcast(false);
    const QString upcomingClaim =
        insertClaim(insertAsset(QStringLiteral("NoRec2")).value(QStringLiteral("id")).toString(),
                    upcoming)
            .value(QStringLiteral("id"))
            .toString();
    expectError(call("POST", QStringLiteral("references?claimId=") + upcomingClaim, {}), 403,
                QStringLiteral("fingerprintingNotAllowed"));
}

void TestSandboxContentId::referenceRules()
{
    const QString videoId = insertBroadcast();
    const QString assetId =
        insertAsset(QStringLiteral("Rules")).value(QStringLiteral("id")).toString();
    const QString claimId = insertClaim(assetId, videoId).value(QStringLiteral("id")).toString();
    completeBroadcast(videoId);
    expectError(call("POST", QStringLiteral("references"), {}), 400, QStringLiteral("required"));
    expectError(call("POST", QStringLiteral("references?claimId=nothere0000"), {}), 404,
                QStringLiteral("notFound"));
    const QString other =
        insertAsset(QStringLiteral("Other")).value(QStringLiteral("id")).toString();
    expectError(call("POST", QStringLiteral("references?claimId=") + claimId,
                     {{QStringLiteral("assetId"), other}}),
                400, QStringLiteral("invalidValue"));
    expectError(call("POST", QStringLiteral("references?claimId=") + claimId,
                     {{QStringLiteral("excludedIntervals"),
                       QJsonArray{QJsonObject{{QStringLiteral("low"), 30},
                                              {QStringLiteral("high"), 10}}}}}),
                400, QStringLiteral("invalidValue"));
    expectError(call("GET", QStringLiteral("references")), 400, QStringLiteral("required"));
    expectError(call("GET", QStringLiteral("references/nothere0000")), 404,
                QStringLiteral("notFound"));
    QCOMPARE(m_sandbox->control("GET", QStringLiteral("contentid/state"))
                 .value(QStringLiteral("references"))
                 .toArray()
                 .size(),
             0);
}

void TestSandboxContentId::droppedInsertIsCommitted()
{
    // "Sent, no answer": each dropped insert is applied, then its connection closes. Qt resends
    // a buffered request by itself (up to twice), so count what the drops applied.
    m_sandbox->control(
        "POST", QStringLiteral("faults"),
        {{QStringLiteral("spec"), QStringLiteral("dropx3@contentid:assets.insert")}});
    const Response dropped =
        call("POST", QStringLiteral("assets"), {{QStringLiteral("type"), QStringLiteral("web")}});
    const QJsonArray pending = m_sandbox->control("GET", QStringLiteral("faults"))
                                   .value(QStringLiteral("pending"))
                                   .toArray();
    const int remaining =
        pending.isEmpty() ? 0 : pending.at(0).toObject().value(QStringLiteral("remaining")).toInt();
    const int drops = 3 - remaining;
    QVERIFY(drops >= 1);
    const int answered = dropped.status == 200 ? 1 : 0;
    QCOMPARE(m_sandbox->control("GET", QStringLiteral("contentid/state"))
                 .value(QStringLiteral("assets"))
                 .toArray()
                 .size(),
             drops + answered);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("assets.insert")), drops + answered);
    // The fault is keyed contentid:method, and the doc name finds the key too.
    const QJsonObject keyed =
        m_sandbox->control("POST", QStringLiteral("faults"),
                           {{QStringLiteral("spec"), QStringLiteral("drop@claims.insert")}});
    QCOMPARE(keyed.value(QStringLiteral("pending"))
                 .toArray()
                 .last()
                 .toObject()
                 .value(QStringLiteral("method"))
                 .toString(),
             QStringLiteral("contentid:claims.insert"));
}

void TestSandboxContentId::injectedErrors()
{
    const QString assetId = insertAsset(QStringLiteral("E")).value(QStringLiteral("id")).toString();
    const QString videoId = insertBroadcast();
    m_sandbox->control(
        "POST", QStringLiteral("faults"),
        {{QStringLiteral("spec"), QStringLiteral("error=503@contentid:claims.insert,"
                                                 "ratelimit@contentid:policies.list,"
                                                 "error=500@contentid:assets.get")}});
    const QJsonObject body{{QStringLiteral("assetId"), assetId},
                           {QStringLiteral("videoId"), videoId},
                           {QStringLiteral("contentType"), QStringLiteral("audiovisual")},
                           {QStringLiteral("policy"),
                            QJsonObject{{QStringLiteral("rules"), QJsonArray{monetizeRule()}}}}};
    expectError(call("POST", QStringLiteral("claims"), body), 503, QStringLiteral("backendError"));
    expectError(call("GET", QStringLiteral("policies")), 403, QStringLiteral("rateLimitExceeded"));
    expectError(call("GET", QStringLiteral("assets/") + assetId), 500,
                QStringLiteral("internalError"));
    // A refused insert created nothing; the next one goes through.
    QCOMPARE(m_sandbox->control("GET", QStringLiteral("contentid/state"))
                 .value(QStringLiteral("claims"))
                 .toArray()
                 .size(),
             0);
    QCOMPARE(call("POST", QStringLiteral("claims"), body).status, 200);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("claims.insert")), 2);
}

void TestSandboxContentId::controlState()
{
    const QString assetId = insertAsset(QStringLiteral("S")).value(QStringLiteral("id")).toString();
    QCOMPARE(call("PUT", QStringLiteral("assets/") + assetId + QStringLiteral("/ownership"),
                  {{QStringLiteral("general"), QJsonArray{worldwide()}}})
                 .status,
             200);
    const QString videoId = insertBroadcast();
    insertClaim(assetId, videoId);
    const QJsonObject state = m_sandbox->control("GET", QStringLiteral("contentid/state"));
    const QJsonArray assets = state.value(QStringLiteral("assets")).toArray();
    QCOMPARE(assets.size(), 1);
    QCOMPARE(assets.at(0).toObject().value(QStringLiteral("ownerId")).toString(), kMainOwner);
    QVERIFY(assets.at(0).toObject().contains(QStringLiteral("ownership")));
    QCOMPARE(state.value(QStringLiteral("claims")).toArray().size(), 1);
    QCOMPARE(state.value(QStringLiteral("policies")).toArray().size(), 6); // 3 per owner
    QCOMPARE(state.value(QStringLiteral("references")).toArray().size(), 0);
    QVERIFY(state.contains(QStringLiteral("advertisingOptions")));
    const QJsonObject refused = m_sandbox->control("POST", QStringLiteral("contentid/settings"),
                                                   {{QStringLiteral("ownersPerChannel"), 3}});
    QVERIFY(refused.contains(QStringLiteral("error")));
}

void TestSandboxContentId::stateSurvivesRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList args{QStringLiteral("--auto-consent"), QStringLiteral("--no-ingest"),
                           QStringLiteral("--data-dir"), dir.path()};
    QString assetId;
    {
        SandboxProcess first(args);
        QVERIFY2(first.isReady(), qPrintable(first.errorString()));
        const QString token =
            first.signIn({kScopeRoot + QStringLiteral("youtubepartner")}).accessToken;
        first.control("POST", QStringLiteral("contentid/settings"),
                      {{QStringLiteral("liveDeliveryApproved"), true}});
        const SandboxProcess::Response asset =
            first.call("POST", kPartner + QStringLiteral("assets"), token,
                       {{QStringLiteral("type"), QStringLiteral("web")}});
        QCOMPARE(asset.status, 200);
        assetId = asset.json().value(QStringLiteral("id")).toString();
        QVERIFY(first.stop());
    }
    SandboxProcess second(args);
    QVERIFY2(second.isReady(), qPrintable(second.errorString()));
    const QString token =
        second.signIn({kScopeRoot + QStringLiteral("youtubepartner")}).accessToken;
    QCOMPARE(second.call("GET", kPartner + QStringLiteral("assets/") + assetId, token).status, 200);
    QVERIFY(second.control("GET", QStringLiteral("contentid/settings"))
                .value(QStringLiteral("liveDeliveryApproved"))
                .toBool());
    QVERIFY(second.stop());
}

QTEST_GUILESS_MAIN(TestSandboxContentId)

#include "moc_tst_sandbox_contentid.cpp"
