#include "tst_rights_e2e.h"

#include "AppProcess.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "accounts/AccountsMenu.h"
#include "google/partner/PartnerClient.h"
#include "presets/PresetPanel.h"
#include "presets/PresetStore.h"
#include "rail/ShowRail.h"
#include "rights/RightsFlow.h"
#include "rights/RightsPlanDialog.h"
#include "rights/ShowRights.h"
#include "shell/MainWindow.h"
#include "show/BroadcastSession.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using namespace onair;
using onair::test::AppProcess;
using onair::test::ShowDriver;
using onair::test::TestEnvironment;
using Phase = RightsRecord::Phase;

namespace {

constexpr int kStepMs = 30000;
const QString kPresetFile = QStringLiteral("rights-show.json");

// The show's preset; its plan in the file, or (planInFile false) none, for the editor to set.
QJsonObject rightsPreset(bool referenceBeforeShow, bool planInFile = true)
{
    const QJsonObject rights{
        {QStringLiteral("asset"),
         QJsonObject{{QStringLiteral("titleTemplate"), QStringLiteral("Rights show #{n} {date}")},
                     {QStringLiteral("customIdTemplate"), QStringLiteral("rights-show-{n}")}}},
        {QStringLiteral("ownership"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("worldwide")}}},
        {QStringLiteral("matchPolicy"),
         QJsonObject{{QStringLiteral("newPolicy"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Rights show: monetize")},
                                  {QStringLiteral("action"), QStringLiteral("monetize")},
                                  {QStringLiteral("minMatchSeconds"), 10}}}}},
        {QStringLiteral("ads"), QJsonObject{{QStringLiteral("preroll"), true},
                                            {QStringLiteral("midroll"), true},
                                            {QStringLiteral("postroll"), false}}},
        {QStringLiteral("reference"),
         referenceBeforeShow ? QStringLiteral("beforeShow") : QStringLiteral("afterShow")}};
    QJsonObject preset{
        {QStringLiteral("schemaVersion"), 1},
        {QStringLiteral("name"), QStringLiteral("Rights show")},
        {QStringLiteral("broadcast"),
         QJsonObject{{QStringLiteral("titleTemplate"), QStringLiteral("Rights show #{n}")},
                     {QStringLiteral("privacyStatus"), QStringLiteral("unlisted")},
                     {QStringLiteral("recordFromStart"), true}}},
        {QStringLiteral("stream"),
         QJsonObject{{QStringLiteral("resolution"), QStringLiteral("240p")}}}};
    if (planInFile)
        preset.insert(QStringLiteral("rights"), rights);
    return preset;
}

template<typename W>
W *child(QWidget *parent, const char *name)
{
    W *w = parent->findChild<W *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no %s", name);
    return w;
}

} // namespace

void TestRightsE2E::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    // The real onair of the crash test finds the files the window's OnAir keeps.
    AppProcess::useRealAppFiles();
    qputenv("ONAIR_SANDBOX_PROGRAM", QByteArray(ONAIR_SANDBOX_EXE));
}

void TestRightsE2E::init()
{
    m_show = std::make_unique<ShowDriver>();
    QFile::remove(AppProcess::sessionFile());
}

void TestRightsE2E::cleanup()
{
    m_show.reset();
}

bool TestRightsE2E::startShow(const QJsonObject &contentIdSettings, bool referenceBeforeShow,
                              bool planInFile)
{
    // The preset is on disk before the window opens, as the operator's would be.
    const QString dir = PresetStore::defaultDirectory();
    QDir().mkpath(dir);
    QFile f(QDir(dir).filePath(kPresetFile));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(QJsonDocument(rightsPreset(referenceBeforeShow, planInFile)).toJson());
    f.close();
    if (!m_show->startSandbox({QStringLiteral("--transition-seconds"), QStringLiteral("1")}))
        return false;
    QJsonObject settings{{QStringLiteral("referenceActivationSeconds"), 1}};
    for (auto it = contentIdSettings.begin(); it != contentIdSettings.end(); ++it)
        settings.insert(it.key(), it.value());
    m_show->sandbox()->control("POST", QStringLiteral("contentid/settings"), settings);
    if (!m_show->startApp())
        return false;
    // The slow waits of a real show, shortened.
    m_show->app()->session()->setRecordingPollMs(300);
    m_show->app()->rights()->flow()->setReferencePollMs(300);
    return true;
}

bool TestRightsE2E::allowContentId()
{
    // Account → Allow Content ID…, confirmed (the driver's window answers yes): a new sign-in
    // asking for the youtubepartner permission.
    PartnerClient *partner = m_show->app()->rights()->client();
    if (partner->isAuthorized())
        return false; // opt-in: nobody has it before asking
    QAction *allow = m_show->app()->window()->accountsMenu()->contentIdAction();
    allow->trigger();
    return m_show->waitFor(
        [partner, allow] { return partner->isAuthorized() && allow->isChecked(); }, kStepMs,
        QStringLiteral("Content ID to be allowed"));
}

QString TestRightsE2E::setPlanInEditor(bool referenceBeforeShow)
{
    // Presets → the preset → Content ID…: the operator fills the plan in and saves it.
    ui::PresetPanel *panel = m_show->app()->window()->presetPanel();
    panel->select(kPresetFile);
    auto *open = panel->findChild<QPushButton *>(QStringLiteral("presetRights"));
    if (!open || !open->isEnabled())
        return QStringLiteral("no enabled Content ID… button");
    open->click();
    const QPointer<ui::RightsPlanDialog> dialog = panel->findChild<ui::RightsPlanDialog *>();
    if (!dialog || !dialog->isVisible())
        return QStringLiteral("the plan editor did not open");
    child<QCheckBox>(dialog, "rightsClaim")->setChecked(true);
    child<QLineEdit>(dialog, "rightsAssetTitle")
        ->setText(QStringLiteral("Rights show #{n} {date}"));
    child<QLineEdit>(dialog, "rightsCustomId")->setText(QStringLiteral("rights-show-{n}"));
    child<QRadioButton>(dialog, "rightsMatchUseNew")->setChecked(true);
    child<QLineEdit>(dialog, "rightsMatchName")->setText(QStringLiteral("Rights show: monetize"));
    child<QSpinBox>(dialog, "rightsMatchMinSeconds")->setValue(10);
    child<QCheckBox>(dialog, "rightsPreroll")->setChecked(true);
    child<QCheckBox>(dialog, "rightsMidroll")->setChecked(true);
    child<QCheckBox>(dialog, "rightsPostroll")->setChecked(false);
    if (referenceBeforeShow) {
        child<QCheckBox>(dialog, "rightsLiveDelivery")->setChecked(true);
        child<QRadioButton>(dialog, "rightsReferenceBefore")->setChecked(true);
    }
    child<QPushButton>(dialog, "rightsSave")->click();
    if (dialog && dialog->isVisible())
        return QStringLiteral("not saved: ") + child<QLabel>(dialog, "rightsError")->text();
    // The file now holds the very plan the other variants write by hand.
    const PresetResult<BroadcastPreset> saved = m_show->app()->presets()->load(kPresetFile);
    QString error;
    const auto expected = RightsPlan::fromJson(
        rightsPreset(referenceBeforeShow).value(QStringLiteral("rights")).toObject(), &error);
    if (!saved || !saved.value().rights || !expected || !(*saved.value().rights == *expected))
        return QStringLiteral("the saved plan is not the one filled in");
    return {};
}

bool TestRightsE2E::runShowToComplete()
{
    return m_show->startEncoderAndWaitActive() &&
           m_show->transition(Intent::StartTest, LifeCycleStatus::Testing) &&
           m_show->transition(Intent::GoLive, LifeCycleStatus::Live) &&
           m_show->transition(Intent::End, LifeCycleStatus::Complete);
}

QString TestRightsE2E::railState(const QString &stage) const
{
    const auto *label = m_show->app()->window()->showRail()->findChild<QLabel *>(
        QStringLiteral("railStage_") + stage);
    return label ? label->property("stageState").toString() : QString();
}

QString TestRightsE2E::railToolTip(const QString &stage) const
{
    const auto *label = m_show->app()->window()->showRail()->findChild<QLabel *>(
        QStringLiteral("railStage_") + stage);
    return label ? label->toolTip() : QString();
}

bool TestRightsE2E::logHas(const QString &text) const
{
    for (const EventLog::Entry &e : m_show->app()->session()->eventLog()->entries())
        if (e.action == QLatin1String("Content ID") && e.result.contains(text))
            return true;
    return false;
}

QJsonArray TestRightsE2E::contentId(const QString &what) const
{
    return m_show->sandbox()
        ->control("GET", QStringLiteral("contentid/state"))
        .value(what)
        .toArray();
}

void TestRightsE2E::claimBeforeTestingReferenceAfterTheShow()
{
    QVERIFY2(startShow({}, false, false), qPrintable(m_show->error()));
    QVERIFY2(allowContentId(), qPrintable(m_show->error()));
    const QString planError = setPlanInEditor(false);
    QVERIFY2(planError.isEmpty(), qPrintable(planError));
    QVERIFY2(m_show->createBroadcastFromPreset(), qPrintable(m_show->error() + m_show->logDump()));
    RightsFlow *flow = m_show->app()->rights()->flow();
    const QString broadcastId = m_show->app()->session()->broadcast()->id;

    // Claimed before testing, every step in the event log, the rail says so.
    QVERIFY2(m_show->waitFor(
                 [flow] { return flow->record() && flow->record()->phase == Phase::Claimed; },
                 kStepMs, QStringLiteral("the claim")),
             qPrintable(m_show->logDump()));
    QCOMPARE(m_show->app()->session()->lifeCycle(), LifeCycleStatus::Ready);
    QCOMPARE(railState(QStringLiteral("rights")), QStringLiteral("done"));
    QCOMPARE(railState(QStringLiteral("reference")), QStringLiteral("later"));
    for (const QString &line :
         {QStringLiteral("Content ID owner: "), QStringLiteral("Asset "),
          QStringLiteral("Ownership: worldwide"), QStringLiteral("Match policy "),
          QStringLiteral("Claim "), QStringLiteral("Ad settings: preroll, midroll")})
        QVERIFY2(logHas(line), qPrintable(line + QLatin1Char('\n') + m_show->logDump(20)));
    QCOMPARE(contentId(QStringLiteral("assets")).size(), 1);
    const QJsonArray claims = contentId(QStringLiteral("claims"));
    QCOMPARE(claims.size(), 1);
    QCOMPARE(claims.first()[QStringLiteral("videoId")].toString(), broadcastId);
    // The rail still shows every stage in full on a 1280×720 screen.
    m_show->app()->window()->resize(1280, 720);
    QTest::qWait(50);
    for (const QLabel *label : m_show->app()->window()->showRail()->findChildren<QLabel *>())
        QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
    TestEnvironment::saveScreenshot(m_show->app()->window(), QStringLiteral("rights-01-claimed"));

    // The show, then the reference from the processed recording, followed to active.
    QVERIFY2(runShowToComplete(), qPrintable(m_show->error() + m_show->logDump()));
    QVERIFY2(m_show->waitFor([flow] { return flow->record()->phase == Phase::Done; }, kStepMs,
                             QStringLiteral("the reference to be active")),
             qPrintable(m_show->logDump()));
    QCOMPARE(flow->record()->referenceStatus, QStringLiteral("active"));
    const QJsonArray refs = contentId(QStringLiteral("references"));
    QCOMPARE(refs.size(), 1);
    QCOMPARE(refs.first()[QStringLiteral("claimId")].toString(), flow->record()->claimId);
    QCOMPARE(refs.first()[QStringLiteral("status")].toString(), QStringLiteral("active"));
    QCOMPARE(railState(QStringLiteral("reference")), QStringLiteral("done"));
    QVERIFY(logHas(QStringLiteral("is active")));
    QCOMPARE(m_show->sandbox()->requestCount(QStringLiteral("assets.insert")), 1);
    QCOMPARE(m_show->sandbox()->requestCount(QStringLiteral("claims.insert")), 1);
    QCOMPARE(m_show->sandbox()->requestCount(QStringLiteral("references.insert")), 1);
    TestEnvironment::saveScreenshot(m_show->app()->window(), QStringLiteral("rights-02-reference"));

    // The calls of a show with rights and their quota, for the record (Content ID charges none;
    // the YouTube calls are the show's own, the recording's read included).
    QMap<QString, int> calls;
    const QJsonArray log = m_show->sandbox()
                               ->control("GET", QStringLiteral("requests"))
                               .value(QStringLiteral("requests"))
                               .toArray();
    for (const QJsonValue &v : log)
        if (v.toObject()
                .value(QStringLiteral("path"))
                .toString()
                .contains(QStringLiteral("/partner/")))
            ++calls[v.toObject().value(QStringLiteral("apiMethod")).toString()];
    for (auto it = calls.cbegin(); it != calls.cend(); ++it)
        qInfo("content id call: %s x%d", qPrintable(it.key()), it.value());
    const QJsonObject quota = m_show->sandbox()->control("GET", QStringLiteral("quota"));
    const QJsonObject perMethod = quota.value(QStringLiteral("perMethod")).toObject();
    for (auto it = perMethod.begin(); it != perMethod.end(); ++it)
        qInfo("youtube quota: %s calls=%d units=%d", qPrintable(it.key()),
              it.value().toObject().value(QStringLiteral("calls")).toInt(),
              it.value().toObject().value(QStringLiteral("units")).toInt());
    qInfo("youtube quota spent by the whole show: %d units",
          quota.value(QStringLiteral("spent")).toInt());
}

void TestRightsE2E::liveDeliveryReferenceBeforeTheShow()
{
    QVERIFY2(startShow({{QStringLiteral("liveDeliveryApproved"), true}}, true, false),
             qPrintable(m_show->error()));
    QVERIFY2(allowContentId(), qPrintable(m_show->error()));
    const QString planError = setPlanInEditor(true);
    QVERIFY2(planError.isEmpty(), qPrintable(planError));
    QVERIFY2(m_show->createBroadcastFromPreset(), qPrintable(m_show->error() + m_show->logDump()));
    RightsFlow *flow = m_show->app()->rights()->flow();
    QVERIFY2(m_show->waitFor(
                 [flow] { return flow->record() && flow->record()->phase == Phase::Claimed; },
                 kStepMs, QStringLiteral("the claim")),
             qPrintable(m_show->logDump()));
    // The reference exists before the show, and follows it.
    QVERIFY(!flow->record()->referenceId.isEmpty());
    QCOMPARE(contentId(QStringLiteral("references")).size(), 1);
    QVERIFY(logHas(QStringLiteral("Claimed, with a live reference.")));

    QVERIFY2(runShowToComplete(), qPrintable(m_show->error() + m_show->logDump()));
    QVERIFY2(m_show->waitFor([flow] { return flow->record()->phase == Phase::Done; }, kStepMs,
                             QStringLiteral("the reference to be active")),
             qPrintable(m_show->logDump()));
    QCOMPARE(flow->record()->referenceStatus, QStringLiteral("active"));
    QCOMPARE(m_show->sandbox()->requestCount(QStringLiteral("references.insert")), 1);
    QCOMPARE(contentId(QStringLiteral("references")).size(), 1);
    QCOMPARE(railState(QStringLiteral("reference")), QStringLiteral("done"));
}

void TestRightsE2E::channelWithoutOwner()
{
    QVERIFY2(startShow({{QStringLiteral("ownersPerChannel"), 0}}, false),
             qPrintable(m_show->error()));
    QVERIFY2(allowContentId(), qPrintable(m_show->error()));
    QVERIFY2(m_show->createBroadcastFromPreset(), qPrintable(m_show->error() + m_show->logDump()));
    RightsFlow *flow = m_show->app()->rights()->flow();
    QVERIFY2(m_show->waitFor(
                 [flow] { return flow->record() && flow->record()->phase == Phase::NoOwner; },
                 kStepMs, QStringLiteral("no owner")),
             qPrintable(m_show->logDump()));
    const QString sentence = QStringLiteral("This channel is not linked to a Content ID owner.");
    QCOMPARE(railState(QStringLiteral("rights")), QStringLiteral("notAvailable"));
    QCOMPARE(railToolTip(QStringLiteral("rights")), sentence);
    QVERIFY(logHas(sentence));
    // Not an error, and nothing after the one contentOwners.list, also not after the show.
    for (const EventLog::Entry &e : m_show->app()->session()->eventLog()->entries())
        QVERIFY2(e.action != QLatin1String("Content ID") || e.outcome != EventLog::Outcome::Failed,
                 qPrintable(e.result));
    QVERIFY2(runShowToComplete(), qPrintable(m_show->error() + m_show->logDump()));
    QTest::qWait(1000);
    int partnerCalls = 0;
    const QJsonArray log = m_show->sandbox()
                               ->control("GET", QStringLiteral("requests"))
                               .value(QStringLiteral("requests"))
                               .toArray();
    for (const QJsonValue &v : log)
        partnerCalls += v.toObject()
                            .value(QStringLiteral("path"))
                            .toString()
                            .contains(QStringLiteral("/partner/"));
    QCOMPARE(partnerCalls, 1);
    QCOMPARE(m_show->sandbox()->requestCount(QStringLiteral("contentOwners.list")), 1);
}

void TestRightsE2E::crashBetweenClaimAndTestingReattachesWithTheClaim()
{
    QVERIFY2(startShow({}, false), qPrintable(m_show->error()));
    QVERIFY2(allowContentId(), qPrintable(m_show->error()));
    // The window starts the show from its preset; the owner's look-up is held, so the flow is
    // saved under way and the real onair carries it on.
    QVERIFY(m_show->addFaults(QStringLiteral("stall@contentid:contentOwners.list")));
    QVERIFY2(m_show->createBroadcastFromPreset(), qPrintable(m_show->error() + m_show->logDump()));
    const QString broadcastId = m_show->app()->session()->broadcast()->id;
    const auto savedRights = [] {
        return AppProcess::readSession()
            .value(QStringLiteral("extra"))
            .toObject()
            .value(QStringLiteral("rights"))
            .toObject();
    };
    QCOMPARE(savedRights().value(QStringLiteral("phase")).toString(), QStringLiteral("running"));
    m_show->stopApp();
    m_show->sandbox()->control("DELETE", QStringLiteral("faults"));

    // A real onair reattaches and claims; its ad settings are held, so it is killed with the
    // claim saved and the flow not finished, before testing.
    QVERIFY(m_show->addFaults(QStringLiteral("stall@contentid:videoAdvertisingOptions.update")));
    QString claimId;
    QString assetId;
    {
        AppProcess first(QStringLiteral(ONAIR_APP_EXE), m_show->sandbox()->readyLine());
        QVERIFY2(first.start(), qPrintable(first.error()));
        QVERIFY2(
            first.waitFor(
                [&] {
                    return !savedRights().value(QStringLiteral("claimId")).toString().isEmpty();
                },
                kStepMs),
            qPrintable(first.error()));
        QVERIFY(first.crash());
        const QJsonObject atCrash = savedRights();
        QCOMPARE(atCrash.value(QStringLiteral("phase")).toString(), QStringLiteral("running"));
        QVERIFY(!atCrash.value(QStringLiteral("advertisingSet")).toBool());
        claimId = atCrash.value(QStringLiteral("claimId")).toString();
        assetId = atCrash.value(QStringLiteral("assetId")).toString();
    }
    QCOMPARE(AppProcess::readSession().value(QStringLiteral("broadcastId")).toString(),
             broadcastId);
    m_show->sandbox()->control("DELETE", QStringLiteral("faults"));

    // Restarted: the same show with its claim, the flow finished, nothing made twice.
    {
        AppProcess second(QStringLiteral(ONAIR_APP_EXE), m_show->sandbox()->readyLine());
        QVERIFY2(second.start(), qPrintable(second.error()));
        const QRegularExpressionMatch m = second.waitForLine(AppProcess::reattachedLine(), kStepMs);
        QVERIFY2(m.hasMatch(), qPrintable(second.error()));
        QCOMPARE(m.captured(1), broadcastId);
        QCOMPARE(m.captured(2), QStringLiteral("ready"));
        QVERIFY2(second.waitFor(
                     [&] {
                         return savedRights().value(QStringLiteral("phase")).toString() ==
                                QLatin1String("claimed");
                     },
                     kStepMs),
                 qPrintable(second.error()));
    }
    QCOMPARE(savedRights().value(QStringLiteral("claimId")).toString(), claimId);
    QCOMPARE(savedRights().value(QStringLiteral("assetId")).toString(), assetId);
    QCOMPARE(m_show->sandbox()->requestCount(QStringLiteral("assets.insert")), 1);
    QCOMPARE(m_show->sandbox()->requestCount(QStringLiteral("claims.insert")), 1);
    QCOMPARE(contentId(QStringLiteral("assets")).size(), 1);
    const QJsonArray claims = contentId(QStringLiteral("claims"));
    QCOMPARE(claims.size(), 1);
    QCOMPARE(claims.first()[QStringLiteral("id")].toString(), claimId);
    QCOMPARE(claims.first()[QStringLiteral("videoId")].toString(), broadcastId);

    // And the window shows it: the rights stage done, testing no longer held.
    QVERIFY2(m_show->startApp(), qPrintable(m_show->error()));
    BroadcastSession *session = m_show->app()->session();
    QVERIFY2(m_show->waitFor(
                 [session, broadcastId] {
                     return session->broadcast() && session->broadcast()->id == broadcastId;
                 },
                 kStepMs, QStringLiteral("the reattach")),
             qPrintable(m_show->logDump()));
    RightsFlow *flow = m_show->app()->rights()->flow();
    QVERIFY(flow->record());
    QCOMPARE(flow->record()->phase, Phase::Claimed);
    QCOMPARE(flow->record()->claimId, claimId);
    QCOMPARE(railState(QStringLiteral("rights")), QStringLiteral("done"));
    QVERIFY(m_show->app()->rights()->client()->isAuthorized()); // the permission was kept
    const TransitionBlock block = session->check(Intent::StartTest).block;
    QVERIFY2(block != TransitionBlock::RightsPending && block != TransitionBlock::RightsFailed,
             qPrintable(BroadcastSession::explain(block)));
}

void TestRightsE2E::startTestWaitsForTheClaimAndThePickedOwner()
{
    // Two owners and a plan naming none; the claim fails once.
    QVERIFY2(startShow({{QStringLiteral("ownersPerChannel"), 2}}, false),
             qPrintable(m_show->error()));
    QVERIFY2(allowContentId(), qPrintable(m_show->error()));
    QVERIFY(m_show->addFaults(QStringLiteral("reason=invalidValue@contentid:claims.insert")));
    ui::MainWindow *window = m_show->app()->window();
    // The operator's answers, held until the test gives them.
    int ownerAsks = 0;
    QStringList offered;
    ui::Prompts::ChoiceAnswered pickOwner;
    window->setChoose([&](const QString &, const QString &, const QStringList &items,
                          ui::Prompts::ChoiceAnswered answered) {
        ++ownerAsks;
        offered = items;
        pickOwner = std::move(answered);
    });
    ui::Prompts::Answered answerFailure;
    window->setConfirm(
        [&](const QString &title, const QString &, const ui::Prompts::Answered &answered) {
            if (title == QLatin1String("Content ID"))
                answerFailure = answered;
            else
                answered(true);
        });
    QVERIFY2(m_show->createBroadcastFromPreset(), qPrintable(m_show->error() + m_show->logDump()));
    QVERIFY2(m_show->waitFor([&] { return bool(pickOwner); }, kStepMs,
                             QStringLiteral("the owner to be asked")),
             qPrintable(m_show->logDump()));
    QCOMPARE(offered.size(), 2);
    QVERIFY2(m_show->startEncoderAndWaitActive(), qPrintable(m_show->error()));

    BroadcastSession *session = m_show->app()->session();
    auto *startTest = window->findChild<QPushButton *>(QStringLiteral("startTestButton"));
    QVERIFY(startTest);
    // Refused from every path with the sentence; the broadcast stays ready.
    const auto refusedWith = [&](TransitionBlock block) -> QString {
        const QString sentence = BroadcastSession::explain(block);
        if (session->check(Intent::StartTest).block != block ||
            session->check(Intent::GoLive).block != block)
            return QStringLiteral("the session's guard: %1")
                .arg(BroadcastSession::explain(session->check(Intent::StartTest).block));
        if (startTest->isEnabled() || !startTest->toolTip().startsWith(sentence))
            return QStringLiteral("the button: %1").arg(startTest->toolTip());
        // Start test's key, and Go live's (going live directly, without testing).
        const auto keyRefused = [&](int key, Qt::KeyboardModifiers modifiers, Intent intent) {
            const qsizetype before = session->eventLog()->entries().size();
            if (!m_show->press(key, modifiers))
                return false;
            const auto &log = session->eventLog()->entries();
            for (qsizetype i = before; i < log.size(); ++i) {
                if (log.at(i).action == BroadcastSession::intentName(intent) &&
                    log.at(i).result == sentence)
                    return true;
            }
            return false;
        };
        if (!keyRefused(Qt::Key_T, Qt::ControlModifier, Intent::StartTest) ||
            !keyRefused(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier, Intent::GoLive))
            return QStringLiteral("the keys: ") + m_show->error() + m_show->logDump(3);
        // `onair ctl test`, over D-Bus (1: refused).
        const AppProcess::Ctl ctl =
            AppProcess::ctl(QStringLiteral(ONAIR_APP_EXE), {QStringLiteral("test")}, kStepMs);
        if (ctl.exitCode != 1 || ctl.err.trimmed() != sentence)
            return QStringLiteral("onair ctl test: %1 %2").arg(ctl.exitCode).arg(ctl.err);
        if (session->pendingTransition() || session->lifeCycle() != LifeCycleStatus::Ready)
            return QStringLiteral("the broadcast moved to ") +
                   lifecycle::toString(session->lifeCycle());
        return QString();
    };
    QString why = refusedWith(TransitionBlock::RightsPending);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(railState(QStringLiteral("rights")), QStringLiteral("current"));

    // The second owner picked: the claim fails and waits for the operator's answer.
    std::exchange(pickOwner, {})(1);
    QVERIFY2(m_show->waitFor([&] { return bool(answerFailure); }, kStepMs,
                             QStringLiteral("the failure to be asked about")),
             qPrintable(m_show->logDump()));
    why = refusedWith(TransitionBlock::RightsFailed);
    QVERIFY2(why.isEmpty(), qPrintable(why));

    // "Cancel tries the step again": claimed, and now Start test goes.
    std::exchange(answerFailure, {})(false);
    RightsFlow *flow = m_show->app()->rights()->flow();
    QVERIFY2(m_show->waitFor([flow] { return flow->record()->phase == Phase::Claimed; }, kStepMs,
                             QStringLiteral("the claim")),
             qPrintable(m_show->logDump()));
    QVERIFY2(m_show->waitFor([&] { return startTest->isEnabled(); }, kStepMs,
                             QStringLiteral("Start test to be enabled")),
             qPrintable(startTest->toolTip()));
    QVERIFY(m_show->press(Qt::Key_T, Qt::ControlModifier));
    QVERIFY2(m_show->waitFor([session] { return session->lifeCycle() == LifeCycleStatus::Testing; },
                             kStepMs, QStringLiteral("testing")),
             qPrintable(m_show->logDump()));

    // Only the last Start test went to YouTube.
    QCOMPARE(m_show->sandbox()->requestCount(QStringLiteral("liveBroadcasts.transition")), 1);
    // Asked once; every Partner call after the owners' list acted for the one picked.
    QCOMPARE(ownerAsks, 1);
    const QString picked = flow->record()->ownerId;
    QVERIFY(offered.at(1).contains(picked));
    const QStringList named = m_show->sandbox()->contentOwnersNamed();
    QCOMPARE(named.count(picked), named.size());
    QVERIFY(named.size() >= 6);
    QCOMPARE(m_show->sandbox()->requestCount(QStringLiteral("contentOwners.list")), 1);
    QCOMPARE(contentId(QStringLiteral("claims")).size(), 1);
    QCOMPARE(contentId(QStringLiteral("claims")).first()[QStringLiteral("ownerId")].toString(),
             picked);
}

QTEST_MAIN(TestRightsE2E)

#include "moc_tst_rights_e2e.cpp"
