#include "ClientTestSupport.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "google/oauth/SignInFlow.h"
#include "google/partner/PartnerClient.h"
#include "presets/PresetStore.h"
#include "rights/OwnerPolicies.h"
#include "rights/RightsPlanDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace onair;
using namespace onair::test;

// The Content ID plan editor on a preset file, with the owner's saved policies read from the
// real sandbox: a plan loads into the fields, the changed fields save as exactly that plan and
// nothing else in the file moves (unknown fields included); an unknown territory is refused
// with its sentence, a file damaged meanwhile is left as it is, "not claimed" removes the plan,
// and the list says why it is empty for a channel with no owner or an account without Content
// ID.
class TestRightsPlanDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void savesExactlyThePlanAndKeepsTheRest();
    void unknownTerritoryIsRefused();
    void damagedFileIsLeftAsItIs();
    void notClaimedRemovesThePlan();
    void policyListSaysWhyItIsEmpty();

private:
    // The dialog on the preset file, once the policy list has settled.
    std::unique_ptr<ui::RightsPlanDialog> open(OwnerPolicies *policies);
    template<typename W>
    W *field(const char *name) const
    {
        W *w = m_dialog->findChild<W *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no field %s", name);
        return w;
    }
    QByteArray fileBytes() const;
    QJsonObject fileJson() const { return QJsonDocument::fromJson(fileBytes()).object(); }

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<AccountSession> m_account;
    std::unique_ptr<PartnerClient> m_client;
    std::unique_ptr<OwnerPolicies> m_policies;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PresetStore> m_store;
    ui::RightsPlanDialog *m_dialog = nullptr;
    QJsonObject m_written; // the preset file as the test wrote it
};

namespace {

const QString kFile = QStringLiteral("friday-show.json");

QJsonObject presetJson()
{
    return QJsonDocument::fromJson(R"({
        "schemaVersion": 1, "name": "Friday show", "nextNumber": 7,
        "broadcast": { "titleTemplate": "Friday #{n}", "privacyStatus": "private",
                       "recordFromStart": true },
        "adBreaks": { "defaultDurationSecs": 60, "durationPresetsSecs": [60, 90] },
        "studio": { "camera": "A", "notes": ["kept", 2] },
        "rights": {
            "asset": { "titleTemplate": "Friday #{n} {date}", "customIdTemplate": "friday-{n}" },
            "ownership": { "type": "include", "territories": ["DE", "AT"] },
            "matchPolicy": { "policyName": "Monetize in all countries" },
            "ads": { "preroll": true, "midroll": true, "postroll": false,
                     "midrollSeconds": [600] } } })")
        .object();
}

QJsonObject without(QJsonObject o, const QString &key)
{
    o.remove(key);
    return o;
}

} // namespace

void TestRightsPlanDialog::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{QStringLiteral("--auto-consent"), QStringLiteral("--no-ingest")});
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    m_account = sandboxAccount(*m_sandbox, QStringLiteral("rights"), SignInFlow::contentIdScopes());
    QVERIFY(m_account);
    m_client = std::make_unique<PartnerClient>(m_account.get(), nullptr);
    m_client->setRootUrl(m_sandbox->api());
    m_policies = std::make_unique<OwnerPolicies>(m_client.get());
}

void TestRightsPlanDialog::init()
{
    m_sandbox->control("POST", QStringLiteral("contentid/settings"),
                       {{QStringLiteral("ownersPerChannel"), 1}});
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<PresetStore>(m_dir->path());
    m_written = presetJson();
    QFile f(m_dir->filePath(kFile));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(m_written).toJson());
}

void TestRightsPlanDialog::cleanupTestCase()
{
    m_policies.reset();
    m_client.reset();
    m_account.reset();
    if (m_sandbox)
        QVERIFY(m_sandbox->stop());
}

QByteArray TestRightsPlanDialog::fileBytes() const
{
    QFile f(m_dir->filePath(kFile));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::unique_ptr<ui::RightsPlanDialog> TestRightsPlanDialog::open(OwnerPolicies *policies)
{
    const PresetResult<BroadcastPreset> preset = m_store->load(kFile);
    if (!preset)
        qFatal("%s", qPrintable(preset.error().message()));
    auto dialog =
        std::make_unique<ui::RightsPlanDialog>(m_store.get(), kFile, preset.value(), policies);
    m_dialog = dialog.get();
    dialog->show();
    if (!QTest::qWaitFor([policies] {
            return policies->state() != OwnerPolicies::State::Loading &&
                   policies->state() != OwnerPolicies::State::Idle;
        }))
        qFatal("the policy list did not settle");
    return dialog;
}

void TestRightsPlanDialog::savesExactlyThePlanAndKeepsTheRest()
{
    const auto dialog = open(m_policies.get());
    QCOMPARE(m_policies->state(), OwnerPolicies::State::Ready);

    // The plan as the file has it.
    QVERIFY(field<QCheckBox>("rightsClaim")->isChecked());
    QCOMPARE(field<QLineEdit>("rightsAssetTitle")->text(), QStringLiteral("Friday #{n} {date}"));
    QVERIFY2(field<QLabel>("rightsPreview")->text().contains(QStringLiteral("\"friday-7\"")),
             qPrintable(field<QLabel>("rightsPreview")->text()));
    QCOMPARE(field<QComboBox>("rightsOwnership")->currentData().toString(),
             QStringLiteral("include"));
    QCOMPARE(field<QLineEdit>("rightsTerritories")->text(), QStringLiteral("DE, AT"));
    QCOMPARE(field<QComboBox>("rightsMatchSaved")->currentText(),
             QStringLiteral("Monetize in all countries"));
    QVERIFY(field<QCheckBox>("rightsClaimSameAsMatch")->isChecked());
    QCOMPARE(field<QLineEdit>("rightsMidrollTimes")->text(), QStringLiteral("600"));
    QVERIFY(field<QRadioButton>("rightsReferenceAfter")->isChecked());
    QVERIFY(!field<QRadioButton>("rightsReferenceBefore")->isEnabled()); // live delivery only
    TestEnvironment::saveScreenshot(dialog.get(), QStringLiteral("rights-plan-dialog"));

    // The saved policies are the sandbox owner's own.
    QString trackId;
    for (const Policy &p : m_policies->policies())
        if (p.name == QLatin1String("Track in all countries"))
            trackId = p.id;
    QVERIFY(!trackId.isEmpty());
    auto *matchSaved = field<QComboBox>("rightsMatchSaved");
    QCOMPARE(matchSaved->count(), m_policies->policies().size());

    // Every part changed.
    field<QLineEdit>("rightsCustomId")->setText(QStringLiteral("fri-{n}"));
    auto *ownership = field<QComboBox>("rightsOwnership");
    ownership->setCurrentIndex(ownership->findData(QStringLiteral("exclude")));
    field<QLineEdit>("rightsTerritories")->setText(QStringLiteral("ch"));
    matchSaved->setCurrentIndex(matchSaved->findText(QStringLiteral("Track in all countries")));
    field<QCheckBox>("rightsClaimSameAsMatch")->setChecked(false);
    field<QRadioButton>("rightsClaimPolicyUseNew")->setChecked(true);
    field<QLineEdit>("rightsClaimPolicyName")->setText(QStringLiteral("Friday claim"));
    auto *action = field<QComboBox>("rightsClaimPolicyAction");
    action->setCurrentIndex(action->findData(QStringLiteral("block")));
    field<QCheckBox>("rightsClaimPolicyAudiovisual")->setChecked(false);
    field<QCheckBox>("rightsClaimPolicyAudio")->setChecked(true);
    field<QSpinBox>("rightsClaimPolicyMinSeconds")->setValue(20);
    field<QSpinBox>("rightsClaimPolicyMinPercent")->setValue(10);
    auto *type = field<QComboBox>("rightsContentType");
    type->setCurrentIndex(type->findData(QStringLiteral("audio")));
    field<QCheckBox>("rightsPostroll")->setChecked(true);
    field<QLineEdit>("rightsMidrollTimes")->setText(QStringLiteral("300, 900"));
    field<QCheckBox>("rightsLiveDelivery")->setChecked(true);
    field<QRadioButton>("rightsReferenceBefore")->setChecked(true);
    field<QPushButton>("rightsSave")->click();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    RightsPlan expected;
    expected.assetTitleTemplate = QStringLiteral("Friday #{n} {date}");
    expected.customIdTemplate = QStringLiteral("fri-{n}");
    expected.ownershipType = QStringLiteral("exclude");
    expected.territories = {QStringLiteral("CH")};
    expected.matchPolicy.policyId = trackId;
    expected.claimPolicy.createNew = true;
    expected.claimPolicy.policyName = QStringLiteral("Friday claim");
    expected.claimPolicy.action = QStringLiteral("block");
    expected.claimPolicy.contentMatchTypes = {QStringLiteral("audio")};
    expected.claimPolicy.minMatchSeconds = 20;
    expected.claimPolicy.minMatchPercent = 10;
    expected.contentType = QStringLiteral("audio");
    expected.postroll = true;
    expected.midrollSeconds = {300, 900};
    expected.reference = RightsPlan::ReferenceWhen::BeforeShow;
    const QJsonObject saved = fileJson();
    QCOMPARE(saved.value(QStringLiteral("rights")).toObject(), expected.toJson());
    QCOMPARE(without(saved, QStringLiteral("rights")),
             without(m_written, QStringLiteral("rights")));
    const PresetResult<BroadcastPreset> back = m_store->load(kFile);
    QVERIFY(back);
    QVERIFY(back.value().rights == expected);
}

void TestRightsPlanDialog::unknownTerritoryIsRefused()
{
    const auto dialog = open(m_policies.get());
    const QByteArray before = fileBytes();
    field<QLineEdit>("rightsTerritories")->setText(QStringLiteral("DE, XX"));
    field<QPushButton>("rightsSave")->click();
    QVERIFY(dialog->isVisible());
    const QString error = field<QLabel>("rightsError")->text();
    QVERIFY2(error.contains(QStringLiteral("\"XX\" is not an ISO 3166 country code")),
             qPrintable(error));
    QCOMPARE(fileBytes(), before);
}

void TestRightsPlanDialog::damagedFileIsLeftAsItIs()
{
    const auto dialog = open(m_policies.get());
    // The file is damaged by hand while the dialog is open.
    const QByteArray damaged = "{ \"schemaVersion\": 1, \"name\": \"Friday show\", ";
    {
        QFile f(m_dir->filePath(kFile));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(damaged);
    }
    field<QLineEdit>("rightsCustomId")->setText(QStringLiteral("other-{n}"));
    field<QPushButton>("rightsSave")->click();
    QVERIFY(dialog->isVisible());
    const QString error = field<QLabel>("rightsError")->text();
    QVERIFY2(error.contains(QStringLiteral("friday-show.json: malformed JSON")), qPrintable(error));
    QCOMPARE(fileBytes(), damaged);
}

void TestRightsPlanDialog::notClaimedRemovesThePlan()
{
    const auto dialog = open(m_policies.get());
    field<QCheckBox>("rightsClaim")->setChecked(false);
    field<QPushButton>("rightsSave")->click();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(fileJson(), without(m_written, QStringLiteral("rights")));
}

void TestRightsPlanDialog::policyListSaysWhyItIsEmpty()
{
    m_sandbox->control("POST", QStringLiteral("contentid/settings"),
                       {{QStringLiteral("ownersPerChannel"), 0}});
    {
        const auto dialog = open(m_policies.get());
        QCOMPARE(m_policies->state(), OwnerPolicies::State::NoOwner);
        QVERIFY2(field<QLabel>("rightsPolicyStatus")
                     ->text()
                     .contains(QStringLiteral("not linked to a Content ID owner")),
                 qPrintable(field<QLabel>("rightsPolicyStatus")->text()));
        // The plan's own saved choice is kept, and Refresh asks again.
        QCOMPARE(field<QComboBox>("rightsMatchSaved")->count(), 1);
        m_sandbox->control("POST", QStringLiteral("contentid/settings"),
                           {{QStringLiteral("ownersPerChannel"), 1}});
        field<QPushButton>("rightsPolicyRefresh")->click();
        QTRY_COMPARE(m_policies->state(), OwnerPolicies::State::Ready);
        QCOMPARE(field<QComboBox>("rightsMatchSaved")->count(), m_policies->policies().size());
    }
    // An account that has not allowed Content ID is told so, and nothing is asked.
    const std::unique_ptr<AccountSession> plain =
        sandboxAccount(*m_sandbox, QStringLiteral("plain"));
    QVERIFY(plain);
    PartnerClient client(plain.get(), nullptr);
    client.setRootUrl(m_sandbox->api());
    OwnerPolicies policies(&client);
    const auto dialog = open(&policies);
    QCOMPARE(policies.state(), OwnerPolicies::State::NotAllowed);
    QVERIFY2(field<QLabel>("rightsPolicyStatus")
                 ->text()
                 .contains(QStringLiteral("has not allowed Content ID")),
             qPrintable(field<QLabel>("rightsPolicyStatus")->text()));
}

QTEST_MAIN(TestRightsPlanDialog)
#include "tst_rightsplandialog.moc"
