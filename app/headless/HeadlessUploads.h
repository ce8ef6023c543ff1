#pragma once

#include "upload/UploadRecord.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>

class QNetworkAccessManager;

namespace onair {

class AccountManager;
class AccountSession;
class LocalSandbox;
class SandboxAccount;
class SecretStore;
class UploadQueue;
class YouTubeClient;

// The uploads `onair --headless` runs: every account's saved uploads with one queued or
// interrupted (the window leaves what was sending `Queued` when it closes), each queue under its
// account's lock (UploadQueue: the window then only shows them), with the account's YouTube
// client — the sandbox's (its saved session, or a sign-in of its own) or a Google account signed
// in from the window. Progress goes to said(), one line per change of state or ten percent.
class HeadlessUploads : public QObject
{
    Q_OBJECT

public:
    HeadlessUploads(QNetworkAccessManager *nam, SecretStore *secrets, QObject *parent = nullptr);
    ~HeadlessUploads() override;

    // The sandbox to use (its ready line); without it, the window's or one started here.
    void setSandboxReadyLine(const QByteArray &json) { m_sandboxReady = json; }
    void start();
    // Nothing is queued or sending in the queues run here, and no account is being opened.
    bool isIdle() const;

Q_SIGNALS:
    void said(const QString &line);
    // A queue started, stopped or finished an upload (isIdle() may have changed).
    void changed();
    // An account's queue is about to open (its uploads' processing and publication follow).
    void queueOpening(UploadQueue *queue);

private:
    void openSandbox(const QString &path);
    void openGoogle(const QString &accountId, const QString &path);
    void run(AccountSession *account, const QString &path);
    void opened(); // one account fewer being opened

    QNetworkAccessManager *m_nam;
    SecretStore *m_secrets;
    QByteArray m_sandboxReady;
    LocalSandbox *m_sandbox = nullptr;
    SandboxAccount *m_sandboxAccount = nullptr;
    AccountManager *m_accounts = nullptr;
    QList<QPair<UploadQueue *, YouTubeClient *>> m_queues;
    QHash<QString, int> m_lastTenth;              // per upload: the last tenth of it said
    QHash<QString, UploadRecord::State> m_states; // per upload: the last state said
    int m_opening = 0;
};

} // namespace onair
