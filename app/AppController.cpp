#include "AppController.h"

#include "ReattachReport.h"

#include "accounts/AccountsMenu.h"
#include "adbreaks/AdBreakPanel.h"
#include "announce/Announcements.h"
#include "announce/AnnouncementsPanel.h"
#include "announce/ShowAnnouncements.h"
#include "announce/ShowFields.h"
#include "cuepoint/BreakController.h"
#include "google/ErrorMessages.h"
#include "google/oauth/AccountManager.h"
#include "google/oauth/AccountSession.h"
#include "google/oauth/ClientCredentials.h"
#include "google/oauth/SignInFlow.h"
#include "google/partner/PartnerClient.h"
#include "google/youtube/QuotaLedger.h"
#include "google/youtube/YouTubeClient.h"
#include "google/youtube/model/Channel.h"
#include "google/youtube/upload/UploadQueue.h"
#include "presets/PresetLauncher.h"
#include "presets/PresetPanel.h"
#include "presets/PresetStore.h"
#include "presets/ShowRecording.h"
#include "rehearsal/SandboxBrowser.h"
#include "rehearsal/SandboxMode.h"
#include "remote/RemoteCommands.h"
#include "remote/RemoteControl.h"
#include "rights/OwnerPolicies.h"
#include "rights/RightsFlow.h"
#include "rights/ShowRights.h"
#include "secrets/SecretStore.h"
#include "shell/MainWindow.h"
#include "show/BroadcastSession.h"
#include "upload/UploadStore.h"
#include "uploads/UploadsPanel.h"

#include <QDesktopServices>
#include <QFile>
#include <QNetworkAccessManager>

namespace onair {

namespace {
const QString kSandboxAccount = QStringLiteral("sandbox");
} // namespace

AppController::AppController(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_nam(new QNetworkAccessManager(this))
    , m_secrets(new SecretStore(QStringLiteral("OnAir"), this))
    , m_ledger(new QuotaLedger(QuotaLedger::pathForKey(kSandboxAccount), this))
    , m_accounts(new AccountManager(m_secrets, QString(), m_nam, this))
    , m_store(QString())
    , m_client(new YouTubeClient(nullptr, m_nam, this))
    , m_session(new BroadcastSession(m_client, &m_store, this))
    , m_sandbox(new SandboxMode(m_session->eventLog(), this))
    , m_browser(new SandboxBrowser(m_nam, this))
{
    m_client->setQuotaLedger(m_ledger);
    m_window = std::make_unique<ui::MainWindow>(m_session, m_client, m_ledger);
    // Next to the session (its child): the ad breaks and their log, saved with the session.
    m_breaks = new BreakController(m_session, m_client, m_session);
    m_session->setCuepointLog(m_breaks->log());
    m_window->addAdBreakPanel(m_breaks);
    m_remote = new RemoteControl(m_session, m_breaks, m_secrets, this);
    m_window->addRemoteSettings(m_remote);
    m_remote->commands()->setDefaultBreakSecs(
        [this] { return m_window->adBreakPanel()->defaultDurationSecs(); });
    m_presets = new PresetStore(this);
    m_presetLauncher = new PresetLauncher(m_session, m_presets, m_session);
    m_window->addPresetPanel(m_presetLauncher);
    // Content ID: a preset's rights plan claims the show before it and makes the reference
    // after it; opted into per account (Account → Allow Content ID…).
    m_rights = new ShowRights(m_session, m_presetLauncher, m_nam, this);
    m_window->addRights(m_rights->flow());
    // The plan editor's list of the owner's saved policies.
    m_window->presetPanel()->setOwnerPolicies(new OwnerPolicies(m_rights->client(), m_rights));
    connect(m_rights, &ShowRights::logged, this,
            [this](const QString &text, bool ok, const QString &reason) {
                log(tr("Content ID"), ok, text, reason);
            });
    connect(m_window->accountsMenu(), &ui::AccountsMenu::contentIdRequested, this,
            [this] { signIn(true); });

    // Uploads: the account's queue (opened once signed in); a completed show offers its
    // recording ("Upload the recording…") with the show's title and description filled in.
    m_uploads = new UploadQueue(m_client, this);
    m_window->addUploadsPanel(m_uploads);
    connect(m_uploads, &UploadQueue::logged, this,
            [this](const QString &text, bool ok) { log(tr("Upload"), ok, text); });
    // The show's end offers its recording, filled in from the preset that launched it.
    auto *recording = new ShowRecording(m_session, m_presetLauncher, this);
    connect(recording, &ShowRecording::ended, this,
            [this](const QString &broadcastId, const UploadMetadata &metadata) {
                // The upload carries the show, so that its posts follow the uploaded video.
                const QJsonObject show =
                    m_showAnnouncements ? m_showAnnouncements->uploadShow(broadcastId)
                                        : QJsonObject{{QStringLiteral("broadcastId"), broadcastId}};
                m_window->uploadsPanel()->offerRecording(metadata, show);
            });

    // Announcements: the queue is run here unless a headless runner already runs it (then the
    // panel follows its progress, and this window takes it over when the runner stops).
    m_announcements = new Announcements(m_nam, m_secrets, this);
    if (!m_announcements->open()) {
        log(tr("Announcements"), false, m_announcements->error());
    } else {
        if (!m_announcements->run())
            log(tr("Announcements"), true, m_announcements->error());
        connect(m_announcements, &Announcements::trouble, this,
                [this](const QString &why) { log(tr("Announcements"), false, why); });
        connect(m_announcements, &Announcements::tookOver, this, [this] {
            log(tr("Announcements"), true,
                tr("The headless runner stopped: this window now runs the announcement queue."));
        });
        m_window->addAnnouncementsPanel(m_announcements);
        // The show's posts: its preset's, or the composer's for the current broadcast.
        auto *showAnnouncements =
            new ShowAnnouncements(m_session, m_presetLauncher, m_announcements->store(), this);
        m_showAnnouncements = showAnnouncements;
        showAnnouncements->followUploads(m_uploads); // the recording's upload posts
        ui::AnnouncementsPanel *panel = m_window->announcementsPanel();
        connect(panel, &ui::AnnouncementsPanel::specsChanged, showAnnouncements,
                &ShowAnnouncements::setSpecs);
        panel->setSaveToPreset([showAnnouncements] { return showAnnouncements->saveToPreset(); });
        connect(m_session, &BroadcastSession::broadcastChanged, panel, [this, panel] {
            if (const auto &b = m_session->broadcast())
                panel->setShowFields(ShowFields::of(*b, b->snippet.thumbnailUrl));
        });
    }

    connect(m_sandbox, &SandboxMode::ready, this, &AppController::onSandboxReady);
    connect(m_sandbox, &SandboxMode::modeChanged, m_window.get(), &ui::MainWindow::setSandboxMode);
    connect(m_sandbox, &SandboxMode::modeChanged, this, [this](bool active) {
        if (!active && m_window->announcementsPanel())
            m_window->announcementsPanel()->setSandbox({}); // the real roots, no sandbox buttons
    });
    connect(m_sandbox, &SandboxMode::testEncoderRunningChanged, this, [this](bool running) {
        m_window->setTestEncoderRunning(running);
        if (running)
            m_session->noteEncoderStarted();
    });
    connect(m_browser, &SandboxBrowser::failed, this,
            [this](const QString &why) { log(tr("Sign in"), false, why); });
    connect(m_session, &BroadcastSession::reattached, this, [this](bool ok) {
        if (ok)
            ReattachReport::print(*m_session, *m_breaks, m_options.processStartMs);
    });

    connect(m_window.get(), &ui::MainWindow::signInRequested, this, [this] { signIn(); });
    connect(m_window->accountsMenu(), &ui::AccountsMenu::accountChosen, this,
            &AppController::switchAccount);
    connect(m_window->accountsMenu(), &ui::AccountsMenu::signOutRequested, this,
            &AppController::signOut);
    connect(m_window->accountsMenu(), &ui::AccountsMenu::removeRequested, this,
            &AppController::removeAccount);
    connect(m_accounts, &AccountManager::accountsChanged, this, &AppController::refreshAccounts);
    connect(m_window.get(), &ui::MainWindow::googleAccountRequested, this,
            &AppController::addGoogleAccount);
    connect(m_window.get(), &ui::MainWindow::testEncoderToggled, m_sandbox,
            [this](bool on) { m_sandbox->setTestEncoder(on, m_session->stream()); });
}

AppController::~AppController()
{
    // The sandbox mode logs into the session's event log while it stops.
    delete m_sandbox;
    // The window shows the session, and the session saves into m_store: both must go while
    // the members they use still exist, not later with the QObject children.
    delete m_uploads; // pauses what is sending (YouTube keeps it) and saves the queue
    m_uploads = nullptr;
    m_window.reset();
    delete m_session;
}

void AppController::log(const QString &action, bool ok, const QString &text, const QString &reason)
{
    m_session->eventLog()->add(action, ok ? EventLog::Outcome::Ok : EventLog::Outcome::Failed, text,
                               reason);
}

void AppController::start()
{
    m_window->show();
    m_remote->start();
    if (!m_options.sandboxReadyLine.isEmpty()) {
        openShow(kSandboxAccount);
        m_sandbox->attach(m_options.sandboxReadyLine);
        return;
    }
    const QList<AccountSession *> accounts = m_accounts->accounts();
    if (m_options.sandbox || accounts.isEmpty()) {
        // With no Google account the sandbox stands in for YouTube, as with --sandbox.
        openShow(kSandboxAccount);
        if (!m_options.sandbox)
            log(tr("Start"), true,
                tr("No Google account yet: rehearsing on the local sandbox. Account → Add "
                   "Google account… signs in with your client_secret.json."));
        m_sandbox->start();
        return;
    }
    m_sandbox->stopLeftovers();
    // A Google account: the accounts kept from earlier runs, refresh tokens in the keychain.
    // Its saved show is taken in now, before the (slow) sign-in.
    m_client->setRootUrl(m_options.apiRoot);
    useAccount(accounts.first());
    m_accounts->restore(this, [this](int signedIn) {
        if (!m_account)
            return;
        if (signedIn > 0 && m_account->isSignedIn())
            onSignedIn();
        else
            signIn();
    });
}

void AppController::onSandboxReady(const LocalSandbox::Endpoints &endpoints)
{
    m_client->setRootUrl(endpoints.api);
    if (m_window->announcementsPanel())
        m_window->announcementsPanel()->setSandbox(endpoints.social());
    const Result<ClientCredentials> creds = endpoints.credentials();
    if (!creds.isOk()) {
        log(tr("Sign in"), false, creds.error().message, creds.error().reason);
        return;
    }
    AccountSession *old = m_account;
    useAccount(new AccountSession(kSandboxAccount, creds.value(), m_secrets, m_nam, this));
    delete old;
    // A refresh token kept from an earlier run is tried first; else sign in again.
    m_account->restore(this, [this](Result<bool> r) {
        if (r.isOk() && r.value())
            onSignedIn();
        else
            signIn();
    });
}

void AppController::openShow(const QString &accountKey)
{
    const QString path = SessionStore::pathForAccount(accountKey);
    if (path == m_store.path())
        return;
    m_session->flushSave(); // the show of the account before, into its own file
    m_store.setPath(path);
    m_store.adoptLegacyFile(SessionStore::defaultPath(), accountKey);
    QString error;
    SavedSession saved = m_store.load(&error).value_or(SavedSession());
    if (saved.accountId.isEmpty())
        saved.accountId = accountKey;
    m_session->restoreSaved(saved);
    if (!error.isEmpty())
        log(tr("Reattach"), false, error, QStringLiteral("sessionFile"));
}

void AppController::useAccount(AccountSession *account)
{
    if (m_account != account && !m_uploadsAccount.isEmpty()) {
        m_uploads->close(); // the account before: its uploads pause, saved in its own file
        m_uploadsAccount.clear();
    }
    m_account = account;
    m_client->setAccount(account);
    m_rights->setAccount(account);
    // Content ID answers at www.googleapis.com; any other root (the sandbox, a test) serves both.
    m_rights->setRootUrl(m_client->rootUrl() == Options().apiRoot ? PartnerClient::googleRootUrl()
                                                                  : m_client->rootUrl());
    // Quota belongs to the Google Cloud project (the OAuth client); the sandbox keeps its own.
    const bool sandbox = account->accountId() == kSandboxAccount;
    m_ledger->setFilePath(
        QuotaLedger::pathForKey(sandbox ? kSandboxAccount : account->client().clientId));
    openShow(account->accountId());
    m_session->setAccountId(account->accountId());
    refreshAccounts();
    if (m_watched.contains(account))
        return;
    m_watched.insert(account);
    connect(account, &QObject::destroyed, this, [this, account] { m_watched.remove(account); });
    connect(account, &AccountSession::signedOut, this, [this, account](const ApiError &why) {
        if (account != m_account)
            return;
        log(tr("Account"), false, tr("Signed out: %1").arg(why.message), why.reason);
        // A stale token found at start-up just means signing in; in the middle of a show the
        // operator is told and decides when.
        if (m_signedInOnce)
            m_window->showSignInPrompt(ErrorMessages::describe(why));
        else
            signIn();
    });
}

void AppController::addGoogleAccount(const QString &clientSecretPath)
{
    QFile file(clientSecretPath);
    if (!file.open(QIODevice::ReadOnly)) {
        log(tr("Google account"), false,
            tr("Cannot read %1: %2").arg(clientSecretPath, file.errorString()));
        return;
    }
    const Result<ClientCredentials> creds =
        ClientCredentials::fromClientSecretJson(file.read(1 << 20));
    if (!creds.isOk()) {
        log(tr("Google account"), false,
            tr("%1 is not a desktop-app client_secret.json: %2")
                .arg(clientSecretPath, creds.error().message),
            creds.error().reason);
        return;
    }
    log(tr("Google account"), true, tr("Opening the browser for Google's consent page…"));
    m_accounts->signIn(
        creds.value(), m_options.apiRoot,
        [](const QUrl &url) { return QDesktopServices::openUrl(url); }, this,
        [this](Result<AccountSession *> r) {
            if (!r.isOk()) {
                log(tr("Google account"), false, ErrorMessages::describe(r.error()),
                    r.error().reason);
                return;
            }
            m_sandbox->leave();
            m_client->setRootUrl(m_options.apiRoot);
            useAccount(r.value());
            onSignedIn();
        });
}

void AppController::signIn(bool contentId)
{
    if (m_signIn && m_signIn->isRunning())
        return;
    if (!m_account) {
        log(tr("Sign in"), false,
            m_sandbox->isActive()
                ? tr("The sandbox is still starting; OnAir signs in by itself once it "
                     "is ready.")
                : tr("No account to sign in to: Account → Add Google account… first."),
            QStringLiteral("noAccount"));
        return;
    }
    delete m_signIn;
    // In the sandbox the "browser" is played here; with Google, the operator's browser.
    SignInFlow::BrowserOpener opener = [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };
    if (m_sandbox->endpoints().api.isValid())
        opener = [browser = m_browser](const QUrl &url) { return browser->open(url); };
    m_signIn = new SignInFlow(m_account->client(), opener, m_nam, this);
    if (contentId || m_rights->client()->isAuthorized())
        m_signIn->setScopes(SignInFlow::contentIdScopes());
    connect(m_signIn, &SignInFlow::finished, this, [this](const Result<TokenSet> &r) {
        if (!r.isOk()) {
            log(tr("Sign in"), false, r.error().message, r.error().reason);
            return;
        }
        m_account->adopt(r.value(), this, [this](Result<bool> a) {
            if (a.isOk())
                onSignedIn();
            else
                log(tr("Sign in"), false, a.error().message, a.error().reason);
        });
    });
    log(tr("Sign in"), true, tr("Waiting for consent…"));
    m_signIn->start();
}

void AppController::onSignedIn()
{
    m_client->channels().mine(this, [this](Result<Channel> r) {
        if (!r.isOk()) {
            log(tr("Channel"), false, r.error().message, r.error().reason);
            return;
        }
        m_signedInOnce = true;
        m_account->setChannel(r.value().id, r.value().title);
        if (m_uploadsAccount != m_account->accountId()) {
            m_uploadsAccount = m_account->accountId();
            m_uploads->open(UploadStore::pathForAccount(m_uploadsAccount));
        }
        m_session->setChannelId(r.value().id);
        m_window->accountsMenu()->setContentIdAllowed(m_rights->client()->isAuthorized());
        refreshAccounts();
        m_window->setAccountLabel(tr("Signed in: %1 (%2)").arg(r.value().title, r.value().id));
        log(tr("Sign in"), true, tr("Signed in as %1").arg(r.value().title));
        if (m_session->broadcast()) {
            m_session->refresh();
        } else if (!m_options.openBroadcastId.isEmpty()) {
            m_session->attachBroadcast(m_options.openBroadcastId);
        } else if (m_session->hasSavedShow()) {
            // Taken in at start-up; read back only if it is this account's and channel's.
            m_session->reattachSaved(m_account->accountId(), r.value().id);
        }
    });
}

void AppController::refreshAccounts()
{
    QList<ui::AccountsMenu::Entry> entries;
    if (m_account && m_account->accountId() == kSandboxAccount)
        entries.append({kSandboxAccount, tr("Sandbox: %1").arg(m_account->channelTitle()),
                        m_account->channelId()});
    for (const AccountSession *a : m_accounts->accounts())
        entries.append({a->accountId(), a->channelTitle(), a->channelId()});
    m_window->accountsMenu()->setAccounts(entries, m_account ? m_account->accountId() : QString());
}

void AppController::switchAccount(const QString &accountId)
{
    if (m_account && m_account->accountId() == accountId)
        return;
    AccountSession *account = m_accounts->account(accountId);
    if (!account)
        return; // the sandbox's entry: only while on it
    m_sandbox->leave();
    m_client->setRootUrl(account->apiRoot().isValid() ? account->apiRoot() : m_options.apiRoot);
    // The show of the account before stays in its own file; this one's is taken in.
    useAccount(account);
    log(tr("Account"), true,
        tr("Switched to %1 (%2)").arg(account->channelTitle(), account->channelId()));
    if (account->isSignedIn())
        onSignedIn();
    else
        signIn();
}

void AppController::signOut()
{
    if (!m_account)
        return;
    AccountSession *account = m_account;
    // Revokes the token at the revoke endpoint and deletes every keychain entry of the
    // account; the account stays listed with its saved show.
    account->forget(this, [this, account](Result<bool> r) {
        if (!r.isOk()) {
            log(tr("Sign out"), false, ErrorMessages::describe(r.error()), r.error().reason);
            return;
        }
        log(tr("Sign out"), true,
            tr("Signed out of %1: access revoked, no secret kept. Add the account again with "
               "its client_secret.json to use it.")
                .arg(account->channelTitle()));
        if (account == m_account)
            m_window->setAccountLabel(tr("Signed out"));
    });
}

void AppController::removeAccount()
{
    if (!m_account)
        return;
    const QString id = m_account->accountId();
    if (id == kSandboxAccount) {
        log(tr("Remove account"), false,
            tr("The sandbox is not an account to remove: start OnAir with a Google account "
               "instead."),
            QStringLiteral("sandboxAccount"));
        return;
    }
    m_session->flushSave();
    m_accounts->removeAccount(id, this, [this, id](Result<bool> r) {
        if (!r.isOk())
            log(tr("Remove account"), false, ErrorMessages::describe(r.error()), r.error().reason);
        else
            log(tr("Remove account"), true, tr("Removed %1").arg(id));
        if (m_account && m_account->accountId() == id) {
            m_account = nullptr;
            m_client->setAccount(nullptr);
            const QList<AccountSession *> rest = m_accounts->accounts();
            if (!rest.isEmpty()) {
                switchAccount(rest.first()->accountId());
            } else {
                m_window->setAccountLabel(tr("Not signed in"));
                openShow(kSandboxAccount);
                m_sandbox->start();
            }
        }
        refreshAccounts();
    });
}

} // namespace onair
