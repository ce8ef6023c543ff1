#include "presets/BroadcastPreset.h"
#include "presets/PresetStore.h"
#include "rights/RightsPlan.h"
#include "rights/RightsRecord.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace onair;

// The rights plan kept in a preset: what it reads, what it turns into for the API (asset,
// ownership, policy, ad settings), and that a malformed plan is an error that names the field
// and leaves the user's file as it was.
class TestRightsPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAndRoundTrip();
    void whatTheApiGets();
    void malformedPlanNamesTheField_data();
    void malformedPlanNamesTheField();
    void malformedPlanKeepsTheFile();
    void recordRoundTrip();
};

namespace {

QJsonObject minimalPlan()
{
    return {{QStringLiteral("asset"),
             QJsonObject{{QStringLiteral("titleTemplate"), QStringLiteral("Show #{n} {date}")},
                         {QStringLiteral("customIdTemplate"), QStringLiteral("show-{n}")}}},
            {QStringLiteral("matchPolicy"),
             QJsonObject{{QStringLiteral("policyName"), QStringLiteral("Monetize")}}}};
}

QJsonObject presetWith(const QJsonValue &rights)
{
    return {{QStringLiteral("schemaVersion"), 1},
            {QStringLiteral("name"), QStringLiteral("Friday")},
            {QStringLiteral("broadcast"),
             QJsonObject{{QStringLiteral("titleTemplate"), QStringLiteral("Friday #{n}")}}},
            {QStringLiteral("rights"), rights}};
}

} // namespace

void TestRightsPlan::defaultsAndRoundTrip()
{
    QString error;
    const auto plan = RightsPlan::fromJson(minimalPlan(), &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->ownershipType, QStringLiteral("worldwide"));
    QCOMPARE(plan->contentType, QStringLiteral("audiovisual"));
    QCOMPARE(plan->reference, RightsPlan::ReferenceWhen::AfterShow);
    QVERIFY(plan->preroll && plan->midroll && !plan->postroll);
    QCOMPARE(plan->claimPolicyChoice().policyName, QStringLiteral("Monetize"));

    const auto again = RightsPlan::fromJson(plan->toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(*again, *plan);
    QVERIFY(plan->contentOwner.isEmpty()); // not named: the only one, or asked
    QVERIFY(!plan->toJson().contains(QStringLiteral("contentOwner")));
    QJsonObject named = minimalPlan();
    named.insert(QStringLiteral("contentOwner"), QStringLiteral("owner_2-B"));
    const auto withOwner = RightsPlan::fromJson(named, &error);
    QVERIFY2(withOwner, qPrintable(error));
    QCOMPARE(withOwner->contentOwner, QStringLiteral("owner_2-B"));
    QCOMPARE(*RightsPlan::fromJson(withOwner->toJson(), &error), *withOwner);

    // In a preset, through the preset's own reader and writer.
    const auto preset = BroadcastPreset::fromJson(presetWith(minimalPlan()));
    QVERIFY2(preset, qPrintable(preset.error().message()));
    QVERIFY(preset.value().rights);
    QCOMPARE(*preset.value().rights, *plan);
    const auto back = BroadcastPreset::fromJson(preset.value().toJson());
    QVERIFY(back);
    QCOMPARE(back.value(), preset.value());
    // A preset without a plan stays without one.
    QJsonObject plain = presetWith(QJsonValue());
    plain.remove(QStringLiteral("rights"));
    const auto none = BroadcastPreset::fromJson(plain);
    QVERIFY(none);
    QVERIFY(!none.value().rights);
    QVERIFY(!none.value().toJson().contains(QStringLiteral("rights")));
}

void TestRightsPlan::whatTheApiGets()
{
    QJsonObject json = minimalPlan();
    json.insert(QStringLiteral("ownership"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("include")},
                            {QStringLiteral("territories"),
                             QJsonArray{QStringLiteral("DE"), QStringLiteral("AT")}}});
    json.insert(QStringLiteral("matchPolicy"),
                QJsonObject{{QStringLiteral("newPolicy"),
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("Friday: block")},
                                         {QStringLiteral("action"), QStringLiteral("block")},
                                         {QStringLiteral("minMatchSeconds"), 30}}}});
    json.insert(QStringLiteral("ads"),
                QJsonObject{{QStringLiteral("preroll"), false},
                            {QStringLiteral("postroll"), true},
                            {QStringLiteral("midrollSeconds"), QJsonArray{600, 1200}}});
    QString error;
    const auto plan = RightsPlan::fromJson(json, &error);
    QVERIFY2(plan, qPrintable(error));

    const QDateTime when(QDate(2030, 1, 2), QTime(20, 0), Qt::UTC);
    const Asset asset = plan->asset(when, 7);
    QCOMPARE(asset.type, QStringLiteral("web"));
    QCOMPARE(asset.title, QStringLiteral("Show #7 2030-01-02"));
    QCOMPARE(asset.customId, QStringLiteral("show-7"));

    const RightsOwnership owned = plan->ownership(QStringLiteral("owner1"));
    QCOMPARE(owned.general.size(), 1);
    QCOMPARE(owned.general.first().owner, QStringLiteral("owner1"));
    QCOMPARE(owned.general.first().ratio, 100.0);
    QCOMPARE(owned.general.first().type, QStringLiteral("include"));
    QCOMPARE(owned.general.first().territories,
             (QStringList{QStringLiteral("DE"), QStringLiteral("AT")}));

    const Policy policy = plan->matchPolicy.newPolicy();
    QCOMPARE(policy.name, QStringLiteral("Friday: block"));
    QCOMPARE(policy.rules.size(), 1);
    QCOMPARE(policy.rules.first().action, QStringLiteral("block"));
    QCOMPARE(policy.rules.first().contentMatchTypes, QStringList{QStringLiteral("audiovisual")});
    QCOMPARE(policy.rules.first().matchDuration.size(), 1);
    QCOMPARE(*policy.rules.first().matchDuration.first().low, 30.0);

    // Ad settings as the API takes them today: third_party_ads, positions apart (§10.7).
    const VideoAdvertisingOption ads = plan->advertising(QStringLiteral("b1"));
    QCOMPARE(ads.videoId, QStringLiteral("b1"));
    QCOMPARE(ads.adFormats, QStringList{QStringLiteral("third_party_ads")});
    QCOMPARE(ads.breakPositions,
             (QStringList{QStringLiteral("midroll"), QStringLiteral("postroll")}));
    QCOMPARE(ads.adBreaks.size(), 2);
    QCOMPARE(ads.adBreaks.at(1).midrollSeconds, 1200);

    // Worldwide is exclude with no territories.
    const auto worldwide = RightsPlan::fromJson(minimalPlan(), &error);
    QCOMPARE(worldwide->ownership(QStringLiteral("o")).general.first().type,
             QStringLiteral("exclude"));
    QVERIFY(worldwide->ownership(QStringLiteral("o")).general.first().territories.isEmpty());
}

void TestRightsPlan::malformedPlanNamesTheField_data()
{
    QTest::addColumn<QJsonObject>("plan");
    QTest::addColumn<QString>("field");
    const auto with = [](const QString &key, const QJsonValue &v) {
        QJsonObject o = minimalPlan();
        o.insert(key, v);
        return o;
    };
    QJsonObject noTitle = minimalPlan();
    noTitle.remove(QStringLiteral("asset"));
    QTest::newRow("no asset title") << noTitle << QStringLiteral("rights.asset");
    QJsonObject noPolicy = minimalPlan();
    noPolicy.remove(QStringLiteral("matchPolicy"));
    QTest::newRow("no match policy") << noPolicy << QStringLiteral("rights.matchPolicy");
    QTest::newRow("bad territory")
        << with(QStringLiteral("ownership"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("exclude")},
                            {QStringLiteral("territories"), QJsonArray{QStringLiteral("XX")}}})
        << QStringLiteral("rights.ownership.territories");
    QTest::newRow("include nowhere")
        << with(QStringLiteral("ownership"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("include")}})
        << QStringLiteral("rights.ownership.territories");
    QTest::newRow("unknown ownership type")
        << with(QStringLiteral("ownership"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("mine")}})
        << QStringLiteral("rights.ownership.type");
    QTest::newRow("takedown is not offered")
        << with(QStringLiteral("matchPolicy"),
                QJsonObject{{QStringLiteral("newPolicy"),
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                         {QStringLiteral("action"), QStringLiteral("takedown")}}}})
        << QStringLiteral("rights.matchPolicy.newPolicy.action");
    QTest::newRow("two policies") << with(QStringLiteral("matchPolicy"),
                                          QJsonObject{
                                              {QStringLiteral("policyId"), QStringLiteral("p")},
                                              {QStringLiteral("policyName"), QStringLiteral("q")}})
                                  << QStringLiteral("rights.matchPolicy.policyId");
    QTest::newRow("percent over 100")
        << with(QStringLiteral("matchPolicy"),
                QJsonObject{{QStringLiteral("newPolicy"),
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                         {QStringLiteral("minMatchPercent"), 101}}}})
        << QStringLiteral("rights.matchPolicy.newPolicy.minMatchPercent");
    QTest::newRow("ads wrong type")
        << with(QStringLiteral("ads"),
                QJsonObject{{QStringLiteral("preroll"), QStringLiteral("y")}})
        << QStringLiteral("rights.ads.preroll");
    QTest::newRow("midroll seconds not whole")
        << with(QStringLiteral("ads"),
                QJsonObject{{QStringLiteral("midrollSeconds"), QJsonArray{1.5}}})
        << QStringLiteral("rights.ads.midrollSeconds");
    QTest::newRow("owner not a string")
        << with(QStringLiteral("contentOwner"), 42) << QStringLiteral("rights.contentOwner");
    QTest::newRow("owner empty") << with(QStringLiteral("contentOwner"), QString())
                                 << QStringLiteral("rights.contentOwner");
    QTest::newRow("owner not an id")
        << with(QStringLiteral("contentOwner"), QStringLiteral("my owner&x=1"))
        << QStringLiteral("rights.contentOwner");
    QTest::newRow("unknown reference time")
        << with(QStringLiteral("reference"), QStringLiteral("duringShow"))
        << QStringLiteral("rights.reference");
}

void TestRightsPlan::malformedPlanNamesTheField()
{
    QFETCH(QJsonObject, plan);
    QFETCH(QString, field);
    QString error;
    QVERIFY(!RightsPlan::fromJson(plan, &error));
    QVERIFY2(error.startsWith(field + QLatin1Char(':')), qPrintable(error));
    const auto preset = BroadcastPreset::fromJson(presetWith(plan));
    QVERIFY(!preset);
    QCOMPARE(preset.error().kind, PresetError::Kind::Invalid);
    QVERIFY2(preset.error().problem.startsWith(field), qPrintable(preset.error().problem));
}

void TestRightsPlan::malformedPlanKeepsTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PresetStore store(dir.path());
    QJsonObject bad = minimalPlan();
    bad.insert(QStringLiteral("reference"), 5);
    const QByteArray bytes = QJsonDocument(presetWith(bad)).toJson();
    const QString path = dir.filePath(QStringLiteral("friday.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();

    const PresetStore::LoadReport report = store.loadAll();
    QVERIFY(report.presets.isEmpty());
    QCOMPARE(report.errors.size(), 1);
    QVERIFY2(report.errors.first().message().contains(QStringLiteral("rights.reference")),
             qPrintable(report.errors.first().message()));
    QVERIFY(!store.advanceCounter(QStringLiteral("friday.json")));
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), bytes);
}

void TestRightsPlan::recordRoundTrip()
{
    QString error;
    RightsRecord r;
    r.broadcastId = QStringLiteral("b1");
    r.plan = *RightsPlan::fromJson(minimalPlan(), &error);
    r.assetTitle = QStringLiteral("Show #3 2030-01-02");
    r.assetCustomId = QStringLiteral("show-3");
    r.phase = RightsRecord::Phase::Claimed;
    r.ownerId = QStringLiteral("o");
    r.assetId = QStringLiteral("A1");
    r.claimSentAt = QDateTime(QDate(2030, 1, 2), QTime(20, 0), Qt::UTC);
    r.claimId = QStringLiteral("C1");
    const auto back = RightsRecord::fromJson(r.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toJson(), r.toJson());
    QCOMPARE(back->phase, RightsRecord::Phase::Claimed);
    QCOMPARE(back->claimSentAt, r.claimSentAt);

    QJsonObject damaged = r.toJson();
    damaged.insert(QStringLiteral("phase"), QStringLiteral("sideways"));
    QVERIFY(!RightsRecord::fromJson(damaged, &error));
    QVERIFY2(error.contains(QStringLiteral("phase")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestRightsPlan)
#include "tst_rightsplan.moc"
