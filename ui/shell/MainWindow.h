#pragma once

#include "common/Prompts.h"
#include "show/Lifecycle.h"

#include <QMainWindow>
#include <QUrl>

class QLabel;
class QListWidget;
class QPushButton;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTabWidget;
class QTimer;

namespace onair {
class BreakController;
class PresetLauncher;
class BroadcastSession;
class QuotaLedger;
class YouTubeClient;
} // namespace onair

namespace onair::ui {

class AccountsMenu;
class AdBreakPanel;
class PresetPanel;
class BroadcastForm;
class MonitorView;
class ShortcutRegistry;
class StatusPanel;
class StreamForm;
class StreamPanel;

// The control room: the status area readable from across the room on top, the monitor in
// the centre with the transition controls under it, set-up on the side and the event log at
// the bottom. Every action is a registered shortcut; irreversible ones ask first.
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
    // The accounts in the Account menu (filled and answered by the app).
    AccountsMenu *accountsMenu() const { return m_accountsMenu; }
    // The ad-break dock, driven by `controller` (owned by the caller; outlives the window's use).
    AdBreakPanel *addAdBreakPanel(BreakController *controller);
    AdBreakPanel *adBreakPanel() const { return m_adBreaks; }
    // The "Presets" set-up tab, with "Create broadcast from preset" in the shortcut registry.
    PresetPanel *addPresetPanel(PresetLauncher *launcher);
    PresetPanel *presetPanel() const { return m_presets; }
    // Opens the shortcut settings (the "Shortcuts…" menu entry).
    void showShortcutSettings();

    // Asks before an irreversible step (a window-modal question opened with open(), answered
    // through its completion); tests replace it to answer without a dialog.
    using Confirm = Prompts::Confirm;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

Q_SIGNALS:
    void testEncoderToggled(bool on);
    void signInRequested();
    void googleAccountRequested(const QString &clientSecretPath);

private:
    QWidget *createTransport();
    QWidget *createSetupTabs();
    QWidget *createBroadcastTab();
    QWidget *createUpcomingTab();
    QWidget *createStreamTab();
    QWidget *createShowTab();
    void registerShortcuts();
    void refreshControls();
    void refreshMonitor();
    void refreshQuota();
    void trigger(Intent intent);
    void loadUpcoming(const QString &pageToken);
    void loadReusableStreams();
    void createBroadcastFromForm();
    // The test encoder's button: starting is one click, stopping (it takes the show off the
    // air) asks first, so a stray key on the focused button cannot stop it.
    void toggleTestEncoder();
    void setTestEncoderOn(bool on);

    BroadcastSession *m_session;
    YouTubeClient *m_client;
    QuotaLedger *m_ledger;
    ShortcutRegistry *m_shortcuts;
    AccountsMenu *m_accountsMenu = nullptr;
    Confirm m_confirm;
    QUrl m_sandboxOrigin;
    bool m_sandbox = false;

    StatusPanel *m_status = nullptr;
    MonitorView *m_monitor = nullptr;
    StreamPanel *m_streamPanel = nullptr;
    BroadcastForm *m_broadcastForm = nullptr;
    StreamForm *m_streamForm = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPushButton *m_startTest = nullptr;
    QPushButton *m_goLive = nullptr;
    QPushButton *m_end = nullptr;
    QPushButton *m_recover = nullptr;
    QPushButton *m_testEncoder = nullptr;
    bool m_testEncoderOn = false;
    QLabel *m_why = nullptr;
    QLabel *m_account = nullptr;
    QWidget *m_signInPrompt = nullptr;
    QLabel *m_signInWhy = nullptr;
    QListWidget *m_upcoming = nullptr;
    QPushButton *m_upcomingMore = nullptr;
    QString m_upcomingNextPage;
    QListWidget *m_reusableStreams = nullptr;
    QCheckBox *m_autoStart = nullptr;
    QCheckBox *m_autoStop = nullptr;
    QPushButton *m_applyAuto = nullptr;
    QLineEdit *m_editTitle = nullptr;
    QPlainTextEdit *m_editDescription = nullptr;
    QComboBox *m_editPrivacy = nullptr;
    QTableView *m_logView = nullptr;
    QTimer *m_tick = nullptr;
    AdBreakPanel *m_adBreaks = nullptr;
    PresetPanel *m_presets = nullptr;
};

} // namespace onair::ui
