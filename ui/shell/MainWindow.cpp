#include "shell/MainWindow.h"

#include "accounts/AccountsMenu.h"
#include "accounts/SignInPrompt.h"
#include "adbreaks/AdBreakPanel.h"
#include "announce/AnnouncementsPanel.h"
#include "cuepoint/BreakController.h"
#include "google/youtube/QuotaLedger.h"
#include "google/youtube/YouTubeClient.h"
#include "monitor/MonitorEmbed.h"
#include "monitor/MonitorView.h"
#include "presets/BroadcastPreset.h"
#include "presets/PresetLauncher.h"
#include "presets/PresetPanel.h"
#include "presets/PresetStore.h"
#include "rail/ShowRail.h"
#include "remote/RemoteSettingsDialog.h"
#include "rights/RightsFlow.h"
#include "setup/BroadcastForm.h"
#include "setup/BroadcastTab.h"
#include "setup/ShowTab.h"
#include "setup/StreamTab.h"
#include "setup/UpcomingTab.h"
#include "shortcuts/ShortcutRegistry.h"
#include "shortcuts/ShortcutSettingsDialog.h"
#include "show/BroadcastDirectory.h"
#include "show/BroadcastSession.h"
#include "status/StatusPanel.h"
#include "theme/Theme.h"
#include "transport/TransportBar.h"
#include "uploads/UploadsPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace onair::ui {

MainWindow::MainWindow(BroadcastSession *session, YouTubeClient *client, QuotaLedger *ledger,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_client(client)
    , m_ledger(ledger)
    , m_shortcuts(new ShortcutRegistry(this))
{
    // The platform adds the application's name to the title ("… — OnAir").
    setWindowTitle(QString());
    setObjectName(QStringLiteral("MainWindow"));
    resize(1400, 900);
    m_confirm = [this](const QString &title, const QString &question, Prompts::Answered answered) {
        Prompts::confirm(this, title, question, std::move(answered));
    };
    m_choose = [this](const QString &title, const QString &label, const QStringList &items,
                      Prompts::ChoiceAnswered answered) {
        Prompts::choose(this, title, label, items, std::move(answered));
    };
    if (m_client)
        m_directory = new BroadcastDirectory(m_client, this);

    // The show rail: a slim strip on the menu bar's line, seen without scrolling and taking
    // no height from the monitor (the window fits a laptop screen).
    m_rail = new ShowRail(m_session, this);
    menuBar()->setCornerWidget(m_rail, Qt::TopRightCorner);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_signInPrompt = new SignInPrompt(central);
    connect(m_signInPrompt, &SignInPrompt::signInRequested, this, &MainWindow::signInRequested);
    layout->addWidget(m_signInPrompt);
    m_status = new StatusPanel(central);
    layout->addWidget(m_status);
    m_monitor = new MonitorView(central);
    m_monitor->setObjectName(QStringLiteral("monitorView"));
    layout->addWidget(m_monitor, 1);
    m_transport = new TransportBar(m_session, m_shortcuts, forwardedConfirm(), central);
    connect(m_transport, &TransportBar::testEncoderToggled, this, &MainWindow::testEncoderToggled);
    layout->addWidget(m_transport);
    setCentralWidget(central);

    auto *setupDock = new QDockWidget(tr("Set-up"), this);
    setupDock->setObjectName(QStringLiteral("setupDock"));
    setupDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    setupDock->setWidget(createSetupTabs());
    addDockWidget(Qt::LeftDockWidgetArea, setupDock);

    auto *logDock = new QDockWidget(tr("Event log"), this);
    logDock->setObjectName(QStringLiteral("eventLogDock"));
    logDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_logView = new QTableView(logDock);
    m_logView->setObjectName(QStringLiteral("eventLog"));
    m_logView->verticalHeader()->hide();
    m_logView->horizontalHeader()->setStretchLastSection(true);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->setWordWrap(false);
    logDock->setWidget(m_logView);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);

    registerShortcuts();
    auto *accountMenu = menuBar()->addMenu(tr("&Account"));
    QAction *addGoogle = accountMenu->addAction(tr("Add &Google account…"));
    addGoogle->setObjectName(QStringLiteral("addGoogleAccountAction"));
    connect(addGoogle, &QAction::triggered, this, [this] {
        Prompts::askPath(this, tr("Google OAuth client (desktop app)"),
                         tr("client_secret JSON (*.json)"), false, QString(),
                         [this](const QString &path) {
                             if (!path.isEmpty())
                                 Q_EMIT googleAccountRequested(path);
                         });
    });
    QAction *again = accountMenu->addAction(tr("&Sign in again"));
    connect(again, &QAction::triggered, this, &MainWindow::signInRequested);
    m_accountsMenu = new AccountsMenu(accountMenu, forwardedConfirm());
    auto *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    m_settingsMenu = settingsMenu;
    QAction *shortcutsEntry = settingsMenu->addAction(tr("&Shortcuts…"));
    shortcutsEntry->setObjectName(QStringLiteral("shortcutsAction"));
    connect(shortcutsEntry, &QAction::triggered, this, &MainWindow::showShortcutSettings);
    QAction *dark = settingsMenu->addAction(tr("&Dark control-room theme"));
    dark->setObjectName(QStringLiteral("darkThemeAction"));
    dark->setCheckable(true);
    dark->setChecked(Theme::current() == Theme::Scheme::Dark);
    connect(dark, &QAction::toggled, this,
            [](bool on) { Theme::choose(on ? Theme::Scheme::Dark : Theme::Scheme::Light); });

    if (m_session) {
        m_logView->setModel(m_session->eventLog());
        m_logView->setColumnWidth(0, 80);
        m_logView->setColumnWidth(1, 180);
        m_logView->setColumnWidth(2, 600);
        connect(m_session->eventLog(), &QAbstractItemModel::rowsInserted, m_logView,
                &QTableView::scrollToBottom);
        connect(m_session, &BroadcastSession::broadcastChanged, this, [this] {
            m_status->setBroadcast(m_session->broadcast());
            refreshMonitor();
            refreshControls();
        });
        connect(m_session, &BroadcastSession::streamChanged, this, [this] {
            m_status->setStream(m_session->stream());
            refreshControls();
        });
        connect(m_session, &BroadcastSession::monitorStartChanged, this,
                [this] { m_status->setMonitorStart(m_session->monitorStart()); });
        connect(m_session, &BroadcastSession::transitionProgress, m_status,
                &StatusPanel::setTransitionProgress);
        connect(m_session, &BroadcastSession::busyChanged, this, &MainWindow::refreshControls);
        connect(m_session, &BroadcastSession::transitionStuck, this, &MainWindow::refreshControls);
        connect(m_session, &BroadcastSession::transitionFinished, this,
                &MainWindow::refreshControls);
        connect(m_session, &BroadcastSession::guardsChanged, this, &MainWindow::refreshControls);
        // The operator is looking while the window is active: waiting for the encoder is
        // then polled faster (the session knows no widgets).
        connect(qGuiApp, &QGuiApplication::applicationStateChanged, m_session,
                [session = m_session](Qt::ApplicationState state) {
                    session->setOperatorAttentive(state == Qt::ApplicationActive);
                });
        m_session->setOperatorAttentive(QGuiApplication::applicationState() ==
                                        Qt::ApplicationActive);
    }
    if (m_client)
        connect(m_client, &YouTubeClient::requestFinished, this, &MainWindow::refreshQuota);

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        m_status->tick();
        refreshBreakCountdown();
        refreshControls();
    });
    m_tick->start();
    refreshQuota();
    refreshControls();
}

MainWindow::~MainWindow() = default;

MainWindow::Confirm MainWindow::forwardedConfirm()
{
    return [this](const QString &title, const QString &question, Prompts::Answered answered) {
        m_confirm(title, question, std::move(answered));
    };
}

void MainWindow::addRights(RightsFlow *flow)
{
    m_rail->setRights(flow);
    connect(flow, &RightsFlow::failed, this,
            [this, flow](RightsFlow::Step, const QString &sentence) {
                m_confirm(tr("Content ID"),
                          tr("%1\n\nGo on without a Content ID claim for this show? Cancel "
                             "tries the step again.")
                              .arg(sentence),
                          [flow](bool withoutClaim) {
                              if (withoutClaim)
                                  flow->goOnWithoutClaim();
                              else
                                  flow->retry();
                          });
            });
    connect(flow, &RightsFlow::ownerNeeded, this,
            [this, flow](const QList<ContentOwner> &owners, const QString &sentence) {
                QStringList items;
                for (const ContentOwner &o : owners)
                    items << (o.displayName.isEmpty()
                                  ? o.id
                                  : tr("%1 (%2)", "owner name (id)").arg(o.displayName, o.id));
                m_choose(tr("Content ID owner"), sentence, items,
                         [flow, owners](std::optional<int> index) {
                             flow->chooseOwner(index ? owners.at(*index).id : QString());
                         });
            });
}

AdBreakPanel *MainWindow::addAdBreakPanel(BreakController *controller)
{
    if (m_adBreaks || !controller)
        return m_adBreaks;
    QPointer<MonitorView> monitor = m_monitor;
    controller->setPlayerElapsed([monitor]() -> std::optional<qint64> {
        return monitor ? monitor->playerElapsedMs() : std::nullopt;
    });
    auto *dock = new QDockWidget(tr("Ad breaks"), this);
    dock->setObjectName(QStringLiteral("adBreakDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_breaks = controller;
    m_adBreaks = new AdBreakPanel(controller, m_shortcuts, dock);
    m_adBreaks->setConfirm(forwardedConfirm());
    dock->setWidget(m_adBreaks);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    // The countdown appears with the break's answer, not at the next tick.
    connect(controller, &BreakController::breakAnswered, this, &MainWindow::refreshBreakCountdown);
    return m_adBreaks;
}

UploadsPanel *MainWindow::addUploadsPanel(UploadQueue *queue)
{
    if (m_uploads || !queue)
        return m_uploads;
    // A set-up tab: the window keeps fitting a 1366×768 screen.
    m_uploads = new UploadsPanel(queue, m_tabs);
    m_uploads->setConfirm(forwardedConfirm());
    m_tabs->addTab(m_uploads, tr("&Uploads"));
    connect(m_uploads, &UploadsPanel::progressTextChanged, this, [this](const QString &text) {
        m_uploadProgress = text;
        updateTitle();
    });
    return m_uploads;
}

AnnouncementsPanel *MainWindow::addAnnouncementsPanel(Announcements *announcements)
{
    if (m_announcements || !announcements)
        return m_announcements;
    m_announcements = new AnnouncementsPanel(announcements, m_tabs);
    m_announcements->setConfirm(forwardedConfirm());
    // Every letter of "Announce" is taken in the window: Alt+5 reaches it instead.
    m_tabs->addTab(m_announcements, tr("Announce"));
    QAction *go =
        m_shortcuts->registerAction(QStringLiteral("setup.announce"), tr("Go to the announcements"),
                                    QKeySequence(Qt::ALT | Qt::Key_5));
    connect(go, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_announcements); });
    return m_announcements;
}

PresetPanel *MainWindow::addPresetPanel(PresetLauncher *launcher)
{
    if (m_presets || !launcher)
        return m_presets;
    m_presets =
        new PresetPanel(launcher, m_session, m_broadcastTab->form(), m_streamTab->form(), m_tabs);
    m_presets->setConfirm(forwardedConfirm());
    m_tabs->addTab(m_presets, tr("&Presets"));
    QAction *create = m_shortcuts->registerAction(QStringLiteral("presets.createBroadcast"),
                                                  tr("Create broadcast from the selected preset"),
                                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(create, &QAction::triggered, m_presets,
            [this] { m_presets->createBroadcastFromSelected(); });
    // The show's ad-break durations follow the preset it was created from.
    connect(launcher, &PresetLauncher::launched, this, [this, launcher](const QString &file) {
        const PresetResult<BroadcastPreset> p = launcher->store()->load(file);
        if (m_adBreaks && p.isOk())
            m_adBreaks->setDurations(p.value().adBreaks.defaultDurationSecs,
                                     p.value().adBreaks.durationPresetsSecs);
    });
    return m_presets;
}

void MainWindow::showShortcutSettings()
{
    auto *dialog = new ShortcutSettingsDialog(m_shortcuts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::addRemoteSettings(RemoteControl *remote)
{
    QAction *entry = m_settingsMenu->addAction(tr("&Remote control…"));
    entry->setObjectName(QStringLiteral("remoteControlAction"));
    connect(entry, &QAction::triggered, this, [this, remote] {
        auto *dialog = new RemoteSettingsDialog(remote, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

QWidget *MainWindow::createSetupTabs()
{
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    m_account = new QLabel(tr("Not signed in"), box);
    m_account->setObjectName(QStringLiteral("accountLabel"));
    v->addWidget(m_account);
    m_tabs = new QTabWidget(box);
    m_tabs->setObjectName(QStringLiteral("setupTabs"));
    m_broadcastTab = new BroadcastTab(m_session, m_tabs);
    m_upcomingTab = new UpcomingTab(m_session, m_directory, m_tabs);
    m_streamTab = new StreamTab(m_session, m_directory, forwardedConfirm(), m_tabs);
    m_showTab = new ShowTab(m_session, m_tabs);
    m_tabs->addTab(m_broadcastTab, tr("&Broadcast"));
    m_tabs->addTab(m_upcomingTab, tr("&Upcoming"));
    m_tabs->addTab(m_streamTab, tr("Strea&m"));
    m_tabs->addTab(m_showTab, tr("S&how"));
    // Next after the broadcast: the stream.
    connect(m_broadcastTab, &BroadcastTab::creationSent, m_tabs,
            [this] { m_tabs->setCurrentWidget(m_streamTab); });
    v->addWidget(m_tabs, 1);
    box->setMinimumWidth(350);
    return box;
}

void MainWindow::registerShortcuts()
{
    m_shortcuts->setHost(this);
    const auto add = [this](const QString &id, const QString &name, const QKeySequence &keys,
                            auto slot) {
        QAction *a = m_shortcuts->registerAction(id, name, keys);
        // A shortcut is the operator at the keys: they are looking (polling follows).
        connect(a, &QAction::triggered, this, [this] {
            if (m_session)
                m_session->noteOperatorActivity();
        });
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    add(QStringLiteral("show.startTest"), tr("Start test"), QKeySequence(Qt::CTRL | Qt::Key_T),
        [this] { m_transport->trigger(Intent::StartTest); });
    add(QStringLiteral("show.goLive"), tr("Go live (asks first)"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
        [this] { m_transport->trigger(Intent::GoLive); });
    add(QStringLiteral("show.end"), tr("End broadcast (asks first)"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
        [this] { m_transport->trigger(Intent::End); });
    add(QStringLiteral("show.recover"), tr("Recover a stuck broadcast"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { m_transport->recover(); });
    add(QStringLiteral("show.refresh"), tr("Read broadcast and stream now"),
        QKeySequence(Qt::Key_F5), [this] {
            if (m_session)
                m_session->refresh();
        });
    add(QStringLiteral("setup.broadcast"), tr("Go to the broadcast form"),
        QKeySequence(Qt::ALT | Qt::Key_1), [this] {
            m_tabs->setCurrentWidget(m_broadcastTab);
            m_broadcastTab->form()->setFocus();
        });
    add(QStringLiteral("setup.stream"), tr("Go to the stream"), QKeySequence(Qt::ALT | Qt::Key_3),
        [this] { m_tabs->setCurrentWidget(m_streamTab); });
    add(QStringLiteral("view.log"), tr("Go to the event log"), QKeySequence(Qt::ALT | Qt::Key_L),
        [this] { m_logView->setFocus(); });
    add(QStringLiteral("sandbox.testEncoder"), tr("Start or stop the test encoder (sandbox)"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), [this] {
            if (m_transport->isTestEncoderShown())
                m_transport->toggleTestEncoder();
        });
}

void MainWindow::refreshBreakCountdown()
{
    const std::optional<qint64> left = m_breaks ? m_breaks->breakTimeLeftMs() : std::nullopt;
    m_status->setAdBreakLeft(left ? AdBreakPanel::formatCountdown(*left) : QString());
}

void MainWindow::refreshControls()
{
    m_transport->refreshControls();
    m_showTab->refreshControls();
    refreshQuota();
}

void MainWindow::refreshQuota()
{
    if (!m_ledger)
        return;
    m_status->setQuota(m_ledger->spentToday(), m_ledger->dailyLimit(),
                       m_ledger->recentUnitsPerHour());
    m_status->setUploadQuota(m_ledger->uploadsSpentToday(), m_ledger->uploadDailyLimit());
}

void MainWindow::refreshMonitor()
{
    if (!m_session || !m_session->broadcast()) {
        if (m_monitor->hasEngine())
            m_monitor->clear();
        return;
    }
    const LiveBroadcast &b = *m_session->broadcast();
    const LifeCycleStatus s = b.status.lifeCycleStatus;
    const bool streaming = s == LifeCycleStatus::TestStarting || s == LifeCycleStatus::Testing ||
                           s == LifeCycleStatus::LiveStarting || s == LifeCycleStatus::Live;
    if (!streaming) {
        if (m_monitor->currentVideoId() != b.id || !m_monitor->hasEngine())
            m_monitor->showMessage(b.contentDetails.monitorStream.enableMonitorStream
                                       ? tr("The monitor stream starts with testing.")
                                       : tr("The monitor stream is off for this broadcast."));
        return;
    }
    const MonitorEmbedCheck check = MonitorEmbed::fromEmbedHtml(
        b.contentDetails.monitorStream.embedHtml, m_sandbox ? m_sandboxOrigin : QUrl());
    if (!check.embed) {
        m_monitor->showMessage(tr("The monitor player was refused: %1").arg(check.error));
        return;
    }
    m_monitor->showEmbed(*check.embed);
}

void MainWindow::setSandboxMode(bool sandbox, const QUrl &sandboxOrigin)
{
    m_sandbox = sandbox;
    m_sandboxOrigin = sandboxOrigin;
    m_status->setSandboxMode(sandbox);
    m_transport->setTestEncoderShown(sandbox);
    updateTitle();
}

// Qt adds " — OnAir" (the application's display name) to the title.
void MainWindow::updateTitle()
{
    const QString mode = m_sandbox ? tr("sandbox") : QString();
    if (m_uploadProgress.isEmpty())
        setWindowTitle(mode);
    else if (mode.isEmpty())
        setWindowTitle(tr("uploading %1").arg(m_uploadProgress));
    else
        setWindowTitle(tr("%1 — uploading %2").arg(mode, m_uploadProgress));
}

void MainWindow::setTestEncoderRunning(bool running)
{
    m_transport->setTestEncoderRunning(running);
}

void MainWindow::showSignInPrompt(const QString &why)
{
    m_signInPrompt->showReason(why);
    m_account->setText(tr("Signed out"));
}

void MainWindow::hideSignInPrompt()
{
    m_signInPrompt->hide();
}

void MainWindow::setAccountLabel(const QString &text)
{
    hideSignInPrompt();
    m_account->setText(text);
    if (m_directory && m_upcomingTab->isEmpty()) {
        m_upcomingTab->loadFirstPage();
        m_streamTab->reloadReusableStreams();
    }
}

} // namespace onair::ui
