#include "shell/MainWindow.h"

#include "accounts/AccountsMenu.h"
#include "adbreaks/AdBreakPanel.h"
#include "cuepoint/BreakController.h"
#include "google/youtube/QuotaLedger.h"
#include "google/youtube/YouTubeClient.h"
#include "monitor/MonitorEmbed.h"
#include "monitor/MonitorView.h"
#include "presets/BroadcastPreset.h"
#include "presets/PresetLauncher.h"
#include "presets/PresetPanel.h"
#include "presets/PresetStore.h"
#include "presets/ThumbnailReader.h"
#include "setup/BroadcastForm.h"
#include "setup/StreamForm.h"
#include "setup/StreamPanel.h"
#include "shortcuts/ShortcutRegistry.h"
#include "shortcuts/ShortcutSettingsDialog.h"
#include "show/BroadcastSession.h"
#include "status/StatusPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace onair::ui {

namespace {

QPushButton *bigButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    QFont f = b->font();
    f.setPointSize(13);
    f.setBold(true);
    b->setFont(f);
    b->setMinimumHeight(44);
    return b;
}

QString withShortcut(const QString &text, QAction *action)
{
    const QString keys = action ? action->shortcut().toString(QKeySequence::NativeText) : QString();
    return keys.isEmpty() ? text : QStringLiteral("%1  [%2]").arg(text, keys);
}

} // namespace

MainWindow::MainWindow(BroadcastSession *session, YouTubeClient *client, QuotaLedger *ledger,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_client(client)
    , m_ledger(ledger)
    , m_shortcuts(new ShortcutRegistry(this))
{
    setWindowTitle(tr("OnAir"));
    setObjectName(QStringLiteral("MainWindow"));
    resize(1400, 900);
    m_confirm = [this](const QString &title, const QString &question, Prompts::Answered answered) {
        Prompts::confirm(this, title, question, std::move(answered));
    };

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_signInPrompt = new QFrame(central);
    m_signInPrompt->setObjectName(QStringLiteral("signInPrompt"));
    m_signInPrompt->setStyleSheet(
        QStringLiteral("#signInPrompt { background: #fff3cd; border: 2px solid #b36b00; }"));
    auto *promptRow = new QHBoxLayout(m_signInPrompt);
    m_signInWhy = new QLabel(m_signInPrompt);
    m_signInWhy->setWordWrap(true);
    QFont promptFont = m_signInWhy->font();
    promptFont.setBold(true);
    promptFont.setPointSize(12);
    m_signInWhy->setFont(promptFont);
    promptRow->addWidget(m_signInWhy, 1);
    auto *signInAgain = new QPushButton(tr("Sign in again"), m_signInPrompt);
    signInAgain->setObjectName(QStringLiteral("signInAgainButton"));
    promptRow->addWidget(signInAgain);
    connect(signInAgain, &QPushButton::clicked, this, &MainWindow::signInRequested);
    m_signInPrompt->hide();
    layout->addWidget(m_signInPrompt);
    m_status = new StatusPanel(central);
    layout->addWidget(m_status);
    m_monitor = new MonitorView(central);
    m_monitor->setObjectName(QStringLiteral("monitorView"));
    layout->addWidget(m_monitor, 1);
    layout->addWidget(createTransport());
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
    m_accountsMenu =
        new AccountsMenu(accountMenu, [this](const QString &title, const QString &question,
                                             Prompts::Answered answered) {
            m_confirm(title, question, std::move(answered));
        });
    auto *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction *shortcutsEntry = settingsMenu->addAction(tr("&Shortcuts…"));
    shortcutsEntry->setObjectName(QStringLiteral("shortcutsAction"));
    connect(shortcutsEntry, &QAction::triggered, this, &MainWindow::showShortcutSettings);

    if (m_session) {
        m_logView->setModel(m_session->eventLog());
        m_logView->setColumnWidth(0, 80);
        m_logView->setColumnWidth(1, 180);
        m_logView->setColumnWidth(2, 600);
        connect(m_session->eventLog(), &QAbstractItemModel::rowsInserted, m_logView,
                &QTableView::scrollToBottom);
        connect(m_session, &BroadcastSession::broadcastChanged, this, [this] {
            m_status->setBroadcast(m_session->broadcast());
            if (m_session->broadcast() && !m_editTitle->hasFocus()) {
                m_editTitle->setText(m_session->broadcast()->snippet.title);
                m_editDescription->setPlainText(m_session->broadcast()->snippet.description);
                const int i = m_editPrivacy->findData(m_session->broadcast()->status.privacyStatus);
                if (i >= 0)
                    m_editPrivacy->setCurrentIndex(i);
            }
            refreshMonitor();
            refreshControls();
        });
        connect(m_session, &BroadcastSession::streamChanged, this, [this] {
            m_status->setStream(m_session->stream());
            m_streamPanel->setStream(m_session->stream());
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
        refreshControls();
    });
    m_tick->start();
    refreshQuota();
    refreshControls();
}

MainWindow::~MainWindow() = default;

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
    m_adBreaks = new AdBreakPanel(controller, m_shortcuts, dock);
    m_adBreaks->setConfirm(
        [this](const QString &title, const QString &question, Prompts::Answered answered) {
            m_confirm(title, question, std::move(answered));
        });
    dock->setWidget(m_adBreaks);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    return m_adBreaks;
}

PresetPanel *MainWindow::addPresetPanel(PresetLauncher *launcher)
{
    if (m_presets || !launcher)
        return m_presets;
    m_presets = new PresetPanel(launcher, m_session, m_broadcastForm, m_streamForm, m_tabs);
    m_presets->setConfirm(
        [this](const QString &title, const QString &question, Prompts::Answered answered) {
            m_confirm(title, question, std::move(answered));
        });
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

QWidget *MainWindow::createTransport()
{
    auto *bar = new QWidget(this);
    auto *v = new QVBoxLayout(bar);
    v->setContentsMargins(0, 0, 0, 0);
    // First row: the show's transitions. Second: why an action is unavailable, and the tools
    // used now and then (recovery, the rehearsal encoder), so the row fits a laptop screen in
    // every language.
    auto *row = new QHBoxLayout;
    m_startTest = bigButton(tr("Start test"), QStringLiteral("startTestButton"), bar);
    m_goLive = bigButton(tr("Go live…"), QStringLiteral("goLiveButton"), bar);
    m_end = bigButton(tr("End broadcast…"), QStringLiteral("endButton"), bar);
    m_goLive->setStyleSheet(QStringLiteral("QPushButton:enabled { color: #c4161c; }"));
    for (QPushButton *b : {m_startTest, m_goLive, m_end})
        row->addWidget(b);
    v->addLayout(row);
    auto *second = new QHBoxLayout;
    m_why = new QLabel(bar);
    m_why->setObjectName(QStringLiteral("whyLabel"));
    m_why->setWordWrap(true);
    second->addWidget(m_why, 1);
    m_recover = bigButton(tr("Recover stuck broadcast"), QStringLiteral("recoverButton"), bar);
    m_recover->setVisible(false);
    second->addWidget(m_recover);
    m_testEncoder = new QPushButton(tr("Start test encoder"), bar);
    m_testEncoder->setObjectName(QStringLiteral("testEncoderButton"));
    m_testEncoder->setVisible(false);
    // A click does not leave the focus on a control that can interrupt the show, so a later
    // Space or Enter does not land on it (Tab still reaches them).
    for (QPushButton *b : {m_startTest, m_goLive, m_end, m_recover, m_testEncoder})
        b->setFocusPolicy(Qt::TabFocus);
    second->addWidget(m_testEncoder);
    v->addLayout(second);

    connect(m_startTest, &QPushButton::clicked, this, [this] { trigger(Intent::StartTest); });
    connect(m_goLive, &QPushButton::clicked, this, [this] { trigger(Intent::GoLive); });
    connect(m_end, &QPushButton::clicked, this, [this] { trigger(Intent::End); });
    connect(m_recover, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        m_confirm(tr("Recover the broadcast"),
                  tr("Delete the stuck broadcast, create a new one with the same settings, bind "
                     "it to the same stream and test again?"),
                  [this](bool yes) {
                      if (yes && m_session)
                          m_session->recoverStuckTransition();
                  });
    });
    connect(m_testEncoder, &QPushButton::clicked, this, &MainWindow::toggleTestEncoder);
    return bar;
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
    m_tabs->addTab(createBroadcastTab(), tr("&Broadcast"));
    m_tabs->addTab(createUpcomingTab(), tr("&Upcoming"));
    m_tabs->addTab(createStreamTab(), tr("&Stream"));
    m_tabs->addTab(createShowTab(), tr("S&how"));
    v->addWidget(m_tabs, 1);
    box->setMinimumWidth(350);
    return box;
}

QWidget *MainWindow::createBroadcastTab()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    m_broadcastForm = new BroadcastForm(scroll);
    scroll->setWidget(m_broadcastForm);
    v->addWidget(scroll, 1);
    auto *create = new QPushButton(tr("Create broadcast"), page);
    create->setObjectName(QStringLiteral("createBroadcastButton"));
    v->addWidget(create);
    connect(create, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        const QString problem = m_broadcastForm->validate();
        if (!problem.isEmpty()) {
            m_session->eventLog()->add(tr("Create broadcast"), EventLog::Outcome::Failed, problem,
                                       QStringLiteral("invalidForm"));
            return;
        }
        createBroadcastFromForm();
    });
    return page;
}

void MainWindow::createBroadcastFromForm()
{
    const LiveBroadcast draft = m_broadcastForm->draft();
    const QString categoryId = m_broadcastForm->categoryId();
    const QStringList tags = m_broadcastForm->tags();
    const QString path = m_broadcastForm->thumbnailPath();
    if (path.isEmpty()) {
        m_session->createBroadcast(draft, categoryId, tags);
        m_tabs->setCurrentIndex(2); // next: the stream
        return;
    }
    // A thumbnail may be up to 50 MB: read off the GUI thread, then create.
    ThumbnailReader::read(path, this, [this, draft, categoryId, tags](ThumbnailReader::File f) {
        if (!m_session)
            return;
        if (!f.isOk()) {
            m_session->eventLog()->add(tr("Create broadcast"), EventLog::Outcome::Failed, f.error,
                                       QStringLiteral("invalidForm"));
            return;
        }
        m_session->createBroadcast(draft, categoryId, tags, f.bytes, f.mimeType);
        m_tabs->setCurrentIndex(2); // next: the stream
    });
}

void MainWindow::toggleTestEncoder()
{
    if (!m_testEncoderOn) {
        setTestEncoderOn(true);
        return;
    }
    m_confirm(tr("Stop the test encoder"),
              tr("Stop the test encoder? The stream stops, and a show that is testing or live "
                 "goes off the air."),
              [this](bool yes) {
                  if (yes && m_testEncoderOn)
                      setTestEncoderOn(false);
              });
}

void MainWindow::setTestEncoderOn(bool on)
{
    setTestEncoderRunning(on);
    Q_EMIT testEncoderToggled(on);
}

QWidget *MainWindow::createUpcomingTab()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    v->addWidget(
        new QLabel(tr("Upcoming and active broadcasts, including interrupted ones:"), page));
    m_upcoming = new QListWidget(page);
    m_upcoming->setObjectName(QStringLiteral("upcomingList"));
    v->addWidget(m_upcoming, 1);
    auto *row = new QHBoxLayout;
    auto *refresh = new QPushButton(tr("Refresh"), page);
    refresh->setObjectName(QStringLiteral("upcomingRefresh"));
    m_upcomingMore = new QPushButton(tr("More"), page);
    m_upcomingMore->setObjectName(QStringLiteral("upcomingMore"));
    auto *open = new QPushButton(tr("Open selected"), page);
    open->setObjectName(QStringLiteral("upcomingOpen"));
    row->addWidget(refresh);
    row->addWidget(m_upcomingMore);
    row->addWidget(open);
    v->addLayout(row);
    connect(refresh, &QPushButton::clicked, this, [this] {
        m_upcoming->clear();
        loadUpcoming(QString());
    });
    connect(m_upcomingMore, &QPushButton::clicked, this,
            [this] { loadUpcoming(m_upcomingNextPage); });
    const auto openSelected = [this] {
        if (m_session && m_upcoming->currentItem())
            m_session->attachBroadcast(m_upcoming->currentItem()->data(Qt::UserRole).toString());
    };
    connect(open, &QPushButton::clicked, this, openSelected);
    connect(m_upcoming, &QListWidget::itemActivated, this, openSelected);
    m_upcomingMore->setEnabled(false);
    return page;
}

void MainWindow::loadUpcoming(const QString &pageToken)
{
    if (!m_client)
        return;
    m_client->broadcasts().list(
        BroadcastFilter::All,
        {QStringLiteral("id"), QStringLiteral("snippet"), QStringLiteral("status")}, pageToken, 25,
        this, [this](Result<Page<LiveBroadcast>> r) {
            if (!r.isOk()) {
                if (m_session)
                    m_session->eventLog()->add(tr("List broadcasts"), EventLog::Outcome::Failed,
                                               r.error().summary(), r.error().reason);
                return;
            }
            for (const LiveBroadcast &b : r.value().items) {
                if (lifecycle::isTerminal(b.status.lifeCycleStatus))
                    continue;
                auto *item = new QListWidgetItem(
                    QStringLiteral("%1 — %2 (%3)")
                        .arg(b.snippet.title, lifecycle::toString(b.status.lifeCycleStatus),
                             b.snippet.scheduledStartTime.toLocalTime().toString(
                                 QStringLiteral("yyyy-MM-dd HH:mm"))),
                    m_upcoming);
                item->setData(Qt::UserRole, b.id);
            }
            m_upcomingNextPage = r.value().nextPageToken;
            m_upcomingMore->setEnabled(!m_upcomingNextPage.isEmpty());
        });
}

QWidget *MainWindow::createStreamTab()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    m_streamForm = new StreamForm(page);
    v->addWidget(m_streamForm);
    auto *row = new QHBoxLayout;
    auto *create = new QPushButton(tr("Create and bind"), page);
    create->setObjectName(QStringLiteral("createStreamButton"));
    auto *replace = new QPushButton(tr("Replace bound stream"), page);
    replace->setObjectName(QStringLiteral("replaceStreamButton"));
    replace->setToolTip(tr("Unbind and delete the current stream, create this one and bind it "
                           "(for a misconfigured stream)"));
    row->addWidget(create);
    row->addWidget(replace);
    v->addLayout(row);
    v->addWidget(new QLabel(tr("Or bind an existing reusable stream:"), page));
    m_reusableStreams = new QListWidget(page);
    m_reusableStreams->setObjectName(QStringLiteral("reusableStreams"));
    m_reusableStreams->setMaximumHeight(110);
    v->addWidget(m_reusableStreams);
    auto *row2 = new QHBoxLayout;
    auto *refresh = new QPushButton(tr("Refresh"), page);
    auto *bind = new QPushButton(tr("Bind selected"), page);
    bind->setObjectName(QStringLiteral("bindSelectedButton"));
    row2->addWidget(refresh);
    row2->addWidget(bind);
    v->addLayout(row2);
    m_streamPanel = new StreamPanel(page);
    v->addWidget(m_streamPanel);
    v->addStretch(1);

    connect(create, &QPushButton::clicked, this, [this] {
        if (!m_session || !m_session->broadcast())
            return;
        const QString problem = m_streamForm->validate();
        if (!problem.isEmpty()) {
            m_session->eventLog()->add(tr("Create stream"), EventLog::Outcome::Failed, problem,
                                       QStringLiteral("invalidForm"));
            return;
        }
        m_session->createAndBindStream(m_streamForm->draft());
    });
    connect(replace, &QPushButton::clicked, this, [this] {
        if (!m_session || !m_session->broadcast())
            return;
        m_confirm(tr("Replace the stream"),
                  tr("Unbind and delete the bound stream, then create and bind a new one? The "
                     "encoder must switch to the new stream key."),
                  [this](bool yes) {
                      if (yes && m_session && m_session->broadcast())
                          m_session->rebindNewStream(m_streamForm->draft());
                  });
    });
    connect(refresh, &QPushButton::clicked, this, &MainWindow::loadReusableStreams);
    connect(bind, &QPushButton::clicked, this, [this] {
        if (m_session && m_reusableStreams->currentItem())
            m_session->bindExistingStream(
                m_reusableStreams->currentItem()->data(Qt::UserRole).toString());
    });
    connect(m_streamPanel, &StreamPanel::copied, this, [this](const QString &what) {
        if (m_session)
            m_session->eventLog()->add(tr("Copy"), EventLog::Outcome::Info,
                                       tr("Copied the %1 to the clipboard").arg(what));
    });
    return page;
}

void MainWindow::loadReusableStreams()
{
    if (!m_client)
        return;
    m_client->streams().list({},
                             {QStringLiteral("id"), QStringLiteral("snippet"),
                              QStringLiteral("cdn"), QStringLiteral("contentDetails")},
                             QString(), 50, this, [this](Result<Page<LiveStream>> r) {
                                 m_reusableStreams->clear();
                                 if (!r.isOk())
                                     return;
                                 for (const LiveStream &s : r.value().items) {
                                     if (!s.contentDetails.isReusable)
                                         continue;
                                     auto *item = new QListWidgetItem(QStringLiteral("%1 — %2 %3")
                                                                          .arg(s.snippet.title,
                                                                               s.cdn.resolution,
                                                                               s.cdn.frameRate),
                                                                      m_reusableStreams);
                                     item->setData(Qt::UserRole, s.id);
                                 }
                             });
}

QWidget *MainWindow::createShowTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_editTitle = new QLineEdit(page);
    m_editTitle->setObjectName(QStringLiteral("liveTitleEdit"));
    m_editTitle->setMaxLength(100);
    form->addRow(tr("Title"), m_editTitle);
    m_editDescription = new QPlainTextEdit(page);
    m_editDescription->setObjectName(QStringLiteral("liveDescriptionEdit"));
    m_editDescription->setTabChangesFocus(true);
    m_editDescription->setMaximumHeight(80);
    form->addRow(tr("Description"), m_editDescription);
    m_editPrivacy = new QComboBox(page);
    m_editPrivacy->setObjectName(QStringLiteral("livePrivacyCombo"));
    m_editPrivacy->addItem(tr("Private"), QStringLiteral("private"));
    m_editPrivacy->addItem(tr("Unlisted"), QStringLiteral("unlisted"));
    m_editPrivacy->addItem(tr("Public"), QStringLiteral("public"));
    form->addRow(tr("Privacy"), m_editPrivacy);
    auto *update = new QPushButton(tr("Update title, description and privacy"), page);
    update->setObjectName(QStringLiteral("updateMetadataButton"));
    form->addRow(update);
    connect(update, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->updateMetadata(m_editTitle->text().trimmed(),
                                      m_editDescription->toPlainText(),
                                      m_editPrivacy->currentData().toString());
    });

    m_autoStart = new QCheckBox(tr("Auto start when the stream becomes active"), page);
    m_autoStart->setObjectName(QStringLiteral("autoStartCheck"));
    m_autoStop = new QCheckBox(tr("Auto stop when the stream stops"), page);
    m_autoStop->setObjectName(QStringLiteral("autoStopCheck"));
    m_applyAuto = new QPushButton(tr("Apply auto start/stop"), page);
    m_applyAuto->setObjectName(QStringLiteral("applyAutoButton"));
    m_applyAuto->setToolTip(tr("Available once testing is reached (step 3.6)"));
    form->addRow(m_autoStart);
    form->addRow(m_autoStop);
    form->addRow(m_applyAuto);
    connect(m_applyAuto, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->setAutoStartStop(m_autoStart->isChecked(), m_autoStop->isChecked());
    });
    return page;
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
        [this] { trigger(Intent::StartTest); });
    add(QStringLiteral("show.goLive"), tr("Go live (asks first)"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), [this] { trigger(Intent::GoLive); });
    add(QStringLiteral("show.end"), tr("End broadcast (asks first)"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { trigger(Intent::End); });
    add(QStringLiteral("show.recover"), tr("Recover a stuck broadcast"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { m_recover->click(); });
    add(QStringLiteral("show.refresh"), tr("Read broadcast and stream now"),
        QKeySequence(Qt::Key_F5), [this] {
            if (m_session)
                m_session->refresh();
        });
    add(QStringLiteral("setup.broadcast"), tr("Go to the broadcast form"),
        QKeySequence(Qt::ALT | Qt::Key_1), [this] {
            m_tabs->setCurrentIndex(0);
            m_broadcastForm->setFocus();
        });
    add(QStringLiteral("setup.stream"), tr("Go to the stream"), QKeySequence(Qt::ALT | Qt::Key_3),
        [this] { m_tabs->setCurrentIndex(2); });
    add(QStringLiteral("view.log"), tr("Go to the event log"), QKeySequence(Qt::ALT | Qt::Key_L),
        [this] { m_logView->setFocus(); });
    add(QStringLiteral("sandbox.testEncoder"), tr("Start or stop the test encoder (sandbox)"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), [this] {
            if (m_testEncoder->isVisible())
                toggleTestEncoder();
        });
}

void MainWindow::trigger(Intent intent)
{
    if (!m_session)
        return;
    const TransitionCheck c = m_session->check(intent);
    if (!c.allowed()) {
        m_session->requestTransition(intent); // logs the refusal with its reason
        return;
    }
    // Sent once answered; the session checks the intent again then (the show may have moved).
    const auto sendIfYes = [this, intent](bool yes) {
        if (yes && m_session)
            m_session->requestTransition(intent);
    };
    if (intent == Intent::GoLive) {
        m_confirm(tr("Go live"),
                  tr("Go live now? The broadcast becomes visible to viewers (%1).")
                      .arg(m_session->broadcast()->status.privacyStatus),
                  sendIfYes);
        return;
    }
    if (intent == Intent::End) {
        m_confirm(tr("End the broadcast"),
                  tr("End the broadcast now? This cannot be undone: a completed broadcast "
                     "cannot go live again."),
                  sendIfYes);
        return;
    }
    m_session->requestTransition(intent);
}

void MainWindow::refreshControls()
{
    const bool has = m_session && m_session->broadcast();
    const bool busy = m_session && m_session->isBusy();
    QString why;
    const auto apply = [&](QPushButton *button, Intent intent, const QString &actionId) {
        QAction *a = m_shortcuts->action(actionId);
        if (!m_session) {
            button->setEnabled(false);
            button->setToolTip(tr("Sign in first"));
            return;
        }
        const TransitionCheck c = m_session->check(intent);
        button->setEnabled(c.allowed() && !busy);
        const QString reason = BroadcastSession::explain(c.block);
        button->setToolTip(
            withShortcut(c.allowed() ? BroadcastSession::intentName(intent) : reason, a));
        if (a)
            a->setEnabled(true); // a refused shortcut still says why, in the log
        return;
    };
    apply(m_startTest, Intent::StartTest, QStringLiteral("show.startTest"));
    apply(m_goLive, Intent::GoLive, QStringLiteral("show.goLive"));
    apply(m_end, Intent::End, QStringLiteral("show.end"));

    if (!m_session)
        why = tr("Sign in to start.");
    else if (!has)
        why = tr("Create a broadcast or open an upcoming one.");
    else if (m_session->pendingTransition())
        why = BroadcastSession::explain(TransitionBlock::InProgress);
    else {
        // The next sensible step and why it is not possible yet.
        const LifeCycleStatus s = m_session->lifeCycle();
        const Intent next = s == LifeCycleStatus::Testing ? Intent::GoLive
                            : s == LifeCycleStatus::Live  ? Intent::End
                                                          : Intent::StartTest;
        const TransitionCheck c = m_session->check(next);
        why = c.allowed() ? tr("Next: %1").arg(BroadcastSession::intentName(next))
                          : BroadcastSession::explain(c.block);
    }
    m_why->setText(why);

    const bool stuck = m_session && m_session->isStuck();
    m_recover->setVisible(stuck);
    m_recover->setEnabled(stuck && !busy);
    const bool canAuto = m_session && lifecycle::canEnableAutoStartStop(m_session->lifeCycle());
    m_applyAuto->setEnabled(canAuto && !busy);
    m_autoStart->setEnabled(canAuto);
    m_autoStop->setEnabled(canAuto);
    refreshQuota();
}

void MainWindow::refreshQuota()
{
    if (m_ledger)
        m_status->setQuota(m_ledger->spentToday(), m_ledger->dailyLimit(),
                           m_ledger->recentUnitsPerHour());
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
    m_testEncoder->setVisible(sandbox);
    setWindowTitle(sandbox ? tr("OnAir — sandbox") : tr("OnAir"));
}

void MainWindow::setTestEncoderRunning(bool running)
{
    m_testEncoderOn = running;
    m_testEncoder->setText(running ? tr("Stop test encoder…") : tr("Start test encoder"));
}

void MainWindow::showSignInPrompt(const QString &why)
{
    m_signInWhy->setText(tr("Signed out: %1 The broadcast goes on at YouTube; sign in again to "
                            "control it.")
                             .arg(why));
    m_signInPrompt->show();
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
    if (m_client && m_upcoming->count() == 0) {
        loadUpcoming(QString());
        loadReusableStreams();
    }
}

} // namespace onair::ui
