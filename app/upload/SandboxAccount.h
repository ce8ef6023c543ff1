#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;

namespace onair {

class AccountSession;
class SandboxBrowser;
class SecretStore;
class SignInFlow;
struct SandboxEndpoints;

// The sandbox's YouTube account as the commands with no window use it (`onair upload`,
// `onair --headless`): the session the window saved in the keychain when there is one,
// otherwise a sign-in against the sandbox, whose consent page answers by itself (its
// "browser" is played here).
class SandboxAccount : public QObject
{
    Q_OBJECT

public:
    // The account key the window uses for the sandbox (its uploads file, its quota ledger).
    static QString key();

    // `account` is signed in (owned by this object), or null with `error`; `noSandbox` when the
    // sandbox gave no usable credentials (rather than a failed sign-in).
    using Done = std::function<void(AccountSession *account, const QString &error, bool noSandbox)>;

    SandboxAccount(SecretStore *secrets, QNetworkAccessManager *nam, QObject *parent = nullptr);

    void open(const SandboxEndpoints &endpoints, Done done);

private:
    void signIn();
    void fail(const QString &why);

    SecretStore *m_secrets;
    QNetworkAccessManager *m_nam;
    AccountSession *m_account = nullptr;
    SandboxBrowser *m_browser = nullptr;
    SignInFlow *m_signIn = nullptr;
    Done m_done;
};

} // namespace onair
