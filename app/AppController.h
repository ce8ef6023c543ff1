#pragma once

#include "rehearsal/LocalSandbox.h"
#include "show/SessionStore.h"

#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace onair {
class AccountManager;
class Announcements;
class AccountSession;
class BreakController;
class PresetLauncher;
class PresetStore;
class BroadcastSession;
class QuotaLedger;
class RemoteControl;
class SandboxBrowser;
class SandboxMode;
class SecretStore;
class ShowAnnouncements;
class ShowRights;
class SignInFlow;
class UploadQueue;
class YouTubeClient;
namespace ui {
class MainWindow;
}

// Composes the app: builds the account manager, the client, the session, the window and the
// sandbox mode (core/rehearsal: the local sandbox, its browser stand-in and the test encoder),
// and wires them; the account switching and sign-in sequence live here.
class AppController : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool sandbox = false;
        QByteArray sandboxReadyLine; // attach to a sandbox someone else runs (tests)
        QString openBroadcastId;     // open this broadcast once signed in
        qint64 processStartMs = 0;   // epoch ms at main(), for the reattach report
        QUrl apiRoot = QUrl(QStringLiteral("https://youtube.googleapis.com/")); // Google mode
    };

    explicit AppController(const Options &options, QObject *parent = nullptr);
    ~AppController() override;

    void start();
    // Signs in a Google account with the desktop-app client_secret.json at `path`.
    void addGoogleAccount(const QString &clientSecretPath);
    ui::MainWindow *window() const { return m_window.get(); }
    BroadcastSession *session() const { return m_session; }
    BreakController *breaks() const { return m_breaks; }
    PresetStore *presets() const { return m_presets; }
    PresetLauncher *presetLauncher() const { return m_presetLauncher; }
    YouTubeClient *client() const { return m_client; }
    AccountSession *account() const { return m_account; }
    // D-Bus, onair ctl and the HTTP API.
    RemoteControl *remote() const { return m_remote; }
    UploadQueue *uploads() const { return m_uploads; }
    // Content ID: the show's rights plan and its client.
    ShowRights *rights() const { return m_rights; }
    Announcements *announcements() const { return m_announcements; }

private:
    void onSandboxReady(const LocalSandbox::Endpoints &endpoints);
    // `contentId`: ask for the Content ID permission too (kept once granted).
    void signIn(bool contentId = false);
    void useAccount(AccountSession *account);
    // Takes in `accountKey`'s saved show (its own file) before anything can save over it.
    void openShow(const QString &accountKey);
    // The Account menu's list of accounts, and its answers.
    void refreshAccounts();
    void switchAccount(const QString &accountId);
    void signOut();
    void removeAccount();
    void onSignedIn();
    void log(const QString &action, bool ok, const QString &text, const QString &reason = {});

    Options m_options;
    QNetworkAccessManager *m_nam;
    SecretStore *m_secrets;
    QuotaLedger *m_ledger;
    AccountManager *m_accounts;
    SessionStore m_store;
    YouTubeClient *m_client;
    BroadcastSession *m_session;
    BreakController *m_breaks = nullptr;
    PresetStore *m_presets = nullptr;
    PresetLauncher *m_presetLauncher = nullptr;
    SandboxMode *m_sandbox;
    SandboxBrowser *m_browser;
    AccountSession *m_account = nullptr;
    SignInFlow *m_signIn = nullptr;
    bool m_signedInOnce = false;
    QSet<const AccountSession *> m_watched; // accounts whose sign-out is already followed
    std::unique_ptr<ui::MainWindow> m_window;
    RemoteControl *m_remote = nullptr;
    UploadQueue *m_uploads = nullptr; // the signed-in account's upload queue
    QString m_uploadsAccount;
    ShowAnnouncements *m_showAnnouncements = nullptr; // the show's posts (none: no queue)
    ShowRights *m_rights = nullptr;
    Announcements *m_announcements = nullptr;
};

} // namespace onair
