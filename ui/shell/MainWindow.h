#pragma once

#include "common/Prompts.h"
#include "show/Lifecycle.h"

#include <QMainWindow>
#include <QUrl>

class QLabel;
class QMenu;
class QTableView;
class QTabWidget;
class QTimer;

namespace onair {
class BreakController;
class BroadcastDirectory;
class PresetLauncher;
class RightsFlow;
class BroadcastSession;
class QuotaLedger;
class RemoteControl;
class UploadQueue;
class YouTubeClient;
class Announcements;
} // namespace onair

namespace onair::ui {

class AccountsMenu;
class AdBreakPanel;
class BroadcastTab;
class MonitorView;
class PresetPanel;
class UploadsPanel;
class AnnouncementsPanel;
class ShortcutRegistry;
class ShowRail;
class ShowTab;
class SignInPrompt;
class StatusPanel;
class StreamTab;
class TransportBar;
class UpcomingTab;

// The control room's shell: the show rail across the top, the status area readable from across
// the room, the monitor in the centre with the transport under it, the set-up tabs on the side
// and the event log at the bottom. The panels are their own classes; the shell lays them out,
// builds the menus and registers the shortcuts (irreversible actions ask first).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `session` and `client` may be null (no account yet): the window then shows how to
    // sign in and keeps every action disabled.
    MainWindow(BroadcastSession *session, YouTubeClient *client, QuotaLedger *ledger,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Sandbox mode: a banner says so and the sandbox's origin is trusted for the monitor.
    void setSandboxMode(bool sandbox, const QUrl &sandboxOrigin = {});
    void setAccountLabel(const QString &text);
    // What the test encoder really does (it may stop by itself, or be adopted after a crash).
    void setTestEncoderRunning(bool running);
    // The account can no longer act (its refresh token was revoked): say so and offer to
    // sign in again. The show is not touched; control resumes after the sign-in.
    void showSignInPrompt(const QString &why);
    void hideSignInPrompt();
    ShortcutRegistry *shortcuts() const { return m_shortcuts; }
    MonitorView *monitor() const { return m_monitor; }
    StatusPanel *statusPanel() const { return m_status; }
    ShowRail *showRail() const { return m_rail; }
    // The accounts in the Account menu (filled and answered by the app).
    AccountsMenu *accountsMenu() const { return m_accountsMenu; }
    // The ad-break dock, driven by `controller` (owned by the caller; outlives the window's use).
    AdBreakPanel *addAdBreakPanel(BreakController *controller);
    AdBreakPanel *adBreakPanel() const { return m_adBreaks; }
    // The "Presets" set-up tab, with "Create broadcast from preset" in the shortcut registry.
    PresetPanel *addPresetPanel(PresetLauncher *launcher);
    PresetPanel *presetPanel() const { return m_presets; }
    // The Uploads set-up tab over `queue` (owned by the caller); its progress goes in the
    // window title.
    UploadsPanel *addUploadsPanel(UploadQueue *queue);
    UploadsPanel *uploadsPanel() const { return m_uploads; }
    // The Announcements set-up tab over `announcements` (owned by the caller).
    AnnouncementsPanel *addAnnouncementsPanel(Announcements *announcements);
    AnnouncementsPanel *announcementsPanel() const { return m_announcements; }
    // Opens the shortcut settings (the "Shortcuts…" menu entry).
    void showShortcutSettings();
    // Settings → Remote control… for D-Bus, onair ctl and the HTTP API (owned by the caller).
    void addRemoteSettings(RemoteControl *remote);

    // Content ID: the rail follows the show's rights, and a failed step asks the operator
    // whether to go on without a claim or retry it (owned by the caller).
    void addRights(RightsFlow *flow);

    // Asks before an irreversible step (a window-modal question opened with open(), answered
    // through its completion); tests replace it to answer without a dialog.
    using Confirm = Prompts::Confirm;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // Asks the operator to pick one of several (the Content ID owner); tests replace it.
    using Choose = Prompts::Choose;
    void setChoose(Choose choose) { m_choose = std::move(choose); }

Q_SIGNALS:
    void testEncoderToggled(bool on);
    void signInRequested();
    void googleAccountRequested(const QString &clientSecretPath);

private:
    void updateTitle();
    QWidget *createSetupTabs();
    void registerShortcuts();
    void refreshControls();
    void refreshMonitor();
    void refreshQuota();
    void refreshBreakCountdown();
    // The window's confirmation as a panel's hook (follows setConfirm()).
    Confirm forwardedConfirm();

    BroadcastSession *m_session;
    YouTubeClient *m_client;
    QuotaLedger *m_ledger;
    BroadcastDirectory *m_directory = nullptr;
    ShortcutRegistry *m_shortcuts;
    AccountsMenu *m_accountsMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    Confirm m_confirm;
    Choose m_choose;
    QUrl m_sandboxOrigin;
    bool m_sandbox = false;

    StatusPanel *m_status = nullptr;
    MonitorView *m_monitor = nullptr;
    TransportBar *m_transport = nullptr;
    SignInPrompt *m_signInPrompt = nullptr;
    ShowRail *m_rail = nullptr;
    QTabWidget *m_tabs = nullptr;
    BroadcastTab *m_broadcastTab = nullptr;
    UpcomingTab *m_upcomingTab = nullptr;
    StreamTab *m_streamTab = nullptr;
    ShowTab *m_showTab = nullptr;
    QLabel *m_account = nullptr;
    QTableView *m_logView = nullptr;
    QTimer *m_tick = nullptr;
    AdBreakPanel *m_adBreaks = nullptr;
    BreakController *m_breaks = nullptr;
    UploadsPanel *m_uploads = nullptr;
    QString m_uploadProgress; // "42% of show.mp4" in the title while uploading
    PresetPanel *m_presets = nullptr;
    AnnouncementsPanel *m_announcements = nullptr;
};

} // namespace onair::ui
