#pragma once

#include "google/youtube/upload/UploadMetadata.h"
#include "upload/UploadRecord.h"

#include <QElapsedTimer>
#include <QLockFile>
#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace onair {

class AccountManager;
class AccountSession;
class LocalSandbox;
class QuotaLedger;
class SecretStore;
class UploadStore;
class VideoUpload;
class YouTubeClient;
struct SandboxEndpoints;

// `onair upload FILE --title …`: one resumable video upload for scripts and schedulers, on
// the sandbox unless --account names a Google account. Progress goes to stderr, the video id
// to stdout. The upload is saved as the window's queue saves it (per account), so running the
// same command again after a crash, a kill or Ctrl+C resumes where YouTube stopped.
class UploadCommand : public QObject
{
    Q_OBJECT

public:
    // The exit codes, documented in the README.
    enum Exit
    {
        Uploaded = 0,
        UploadFailed = 1, // YouTube refused it, or the retries ran out: the message says why
        Usage = 2,        // bad arguments or metadata
        FileUnreadable = 3,
        FileChanged = 4, // a saved upload's file changed: not resumed (--restart)
        NotSignedIn = 5,
        NoSandbox = 6,
        QuotaExhausted = 7, // quotaExceeded or uploadLimitExceeded: try again tomorrow
        Interrupted = 8,    // SIGINT/SIGTERM: saved, run the same command to resume
    };

    // Whether the command line asks for this command ("onair upload …").
    static bool isRequested(int argc, char *argv[]);
    // Parses the command line and runs the upload on the event loop; the process's exit code.
    static int run(const QStringList &arguments);

private:
    struct Options
    {
        QString file;
        UploadMetadata metadata;
        QString account; // empty: the sandbox
        QByteArray sandboxReadyLine;
        QUrl apiRoot = QUrl(QStringLiteral("https://youtube.googleapis.com/"));
        bool restart = false;
        qint64 chunkBytes = 0;
    };

    explicit UploadCommand(Options options);
    ~UploadCommand() override;

    // Empty when the options are usable; the error otherwise (and `exit` set).
    static QString parse(const QStringList &arguments, Options *options, int *exit);
    void start();
    void onSandbox(const SandboxEndpoints &endpoints);
    void withAccount(AccountSession *account, const QUrl &apiRoot);
    void begin();
    void saveRecord();
    void printProgress(qint64 bytes, qint64 total, bool force);
    void finish(int exit);
    static int exitFor(const QString &reason);

    Options m_options;
    QNetworkAccessManager *m_nam;
    SecretStore *m_secrets;
    AccountManager *m_accounts = nullptr;
    AccountSession *m_account = nullptr;
    LocalSandbox *m_sandbox = nullptr;
    YouTubeClient *m_client = nullptr;
    QuotaLedger *m_ledger = nullptr;
    std::unique_ptr<UploadStore> m_store;
    std::unique_ptr<QLockFile> m_lock; // the account's uploads, while this command runs one
    QList<UploadRecord> m_records;
    VideoUpload *m_upload = nullptr;
    QElapsedTimer m_clock;
    qint64 m_lastPrintMs = -1;
    qint64 m_startBytes = 0;
    int m_exit = -1;
};

} // namespace onair
