#include "UploadCommand.h"

#include "QuitOnSignal.h"

#include "google/ErrorMessages.h"
#include "google/oauth/AccountManager.h"
#include "google/oauth/AccountSession.h"
#include "google/youtube/QuotaLedger.h"
#include "google/youtube/YouTubeClient.h"
#include "google/youtube/upload/UploadQueue.h"
#include "google/youtube/upload/VideoUpload.h"
#include "rehearsal/LocalSandbox.h"
#include "rehearsal/SandboxMode.h"
#include "secrets/SecretStore.h"
#include "upload/SandboxAccount.h"
#include "upload/UploadStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUuid>

#include <cstdio>

namespace onair {

namespace {

void say(const QString &line)
{
    std::fprintf(stderr, "onair upload: %s\n", qPrintable(line));
    std::fflush(stderr);
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

bool UploadCommand::isRequested(int argc, char *argv[])
{
    return argc > 1 && qstrcmp(argv[1], "upload") == 0;
}

int UploadCommand::run(const QStringList &arguments)
{
    Options options;
    int exit = Usage;
    const QString error = parse(arguments, &options, &exit);
    if (!error.isEmpty()) {
        if (exit != Uploaded)
            say(error);
        else
            std::fprintf(stdout, "%s", qPrintable(error)); // --help
        return exit;
    }
    QuitOnSignal quitOnSignal;
    UploadCommand command(options);
    QTimer::singleShot(0, &command, &UploadCommand::start);
    QCoreApplication::exec();
    if (command.m_exit >= 0)
        return command.m_exit;
    // A signal ended the loop: what YouTube has stays; the same command resumes it.
    if (command.m_upload && command.m_upload->isRunning())
        command.m_upload->pause();
    say(tr("Interrupted; run the same command again to resume the upload."));
    return Interrupted;
}

QString UploadCommand::parse(const QStringList &arguments, Options *o, int *exit)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Uploads a video file to YouTube with a resumable upload; running it again resumes "
           "a saved upload of the same file."));
    parser.addPositionalArgument(QStringLiteral("upload"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The video file."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Shows this help."));
    const QCommandLineOption title(QStringLiteral("title"),
                                   tr("The video's title (1–100 characters)."),
                                   QStringLiteral("text"));
    const QCommandLineOption description(QStringLiteral("description"),
                                         tr("The description (at most 5000 bytes)."),
                                         QStringLiteral("text"));
    const QCommandLineOption tags(QStringLiteral("tags"), tr("Tags, separated by commas."),
                                  QStringLiteral("list"));
    const QCommandLineOption category(QStringLiteral("category"),
                                      tr("The YouTube category id (default 22)."),
                                      QStringLiteral("id"));
    const QCommandLineOption privacy(QStringLiteral("privacy"),
                                     tr("private (default), unlisted or public."),
                                     QStringLiteral("status"));
    const QCommandLineOption publishAt(
        QStringLiteral("publish-at"),
        tr("Publish at this time (ISO 8601, local time unless it says otherwise); the video "
           "stays private until then."),
        QStringLiteral("time"));
    const QCommandLineOption kids(QStringLiteral("made-for-kids"),
                                  tr("The video is made for kids."));
    const QCommandLineOption quiet(QStringLiteral("no-notify"),
                                   tr("Do not notify the channel's subscribers."));
    const QCommandLineOption account(QStringLiteral("account"),
                                     tr("The Google account (its id in the Account menu); "
                                        "without it, the local sandbox."),
                                     QStringLiteral("id"));
    const QCommandLineOption ready(QStringLiteral("sandbox-ready"),
                                   tr("Use a running sandbox, given its ready line (JSON)."),
                                   QStringLiteral("json"));
    const QCommandLineOption apiRoot(QStringLiteral("api-root"),
                                     tr("The YouTube API root for Google accounts."),
                                     QStringLiteral("url"));
    const QCommandLineOption restart(
        QStringLiteral("restart"), tr("Forget a saved upload of this file and start from byte 0."));
    const QCommandLineOption chunk(QStringLiteral("chunk-mib"),
                                   tr("Chunk size in MiB (default 32; rounded to 256 KiB)."),
                                   QStringLiteral("n"));
    parser.addOptions({help, title, description, tags, category, privacy, publishAt, kids, quiet,
                       account, ready, apiRoot, restart, chunk});
    if (!parser.parse(arguments))
        return parser.errorText();
    if (parser.isSet(help)) {
        *exit = Uploaded;
        return parser.helpText();
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return tr("Say which file: onair upload FILE --title TEXT (--help for more).");
    o->file = QFileInfo(positional.at(1)).absoluteFilePath();
    UploadMetadata &m = o->metadata;
    m.title = parser.value(title);
    m.description = parser.value(description);
    if (parser.isSet(tags)) {
        for (const QString &t : parser.value(tags).split(QLatin1Char(','), Qt::SkipEmptyParts))
            m.tags << t.trimmed();
    }
    if (parser.isSet(category))
        m.categoryId = parser.value(category);
    if (parser.isSet(privacy))
        m.privacyStatus = parser.value(privacy);
    if (parser.isSet(publishAt)) {
        m.publishAt = QDateTime::fromString(parser.value(publishAt), Qt::ISODate);
        if (!m.publishAt.isValid())
            return tr("--publish-at: %1 is not a time like 2026-12-31T18:00 or "
                      "2026-12-31T18:00:00Z.")
                .arg(parser.value(publishAt));
    }
    m.madeForKids = parser.isSet(kids);
    m.notifySubscribers = !parser.isSet(quiet);
    m.recordingDate = QFileInfo(o->file).lastModified().toUTC();
    const QStringList problems = m.problems();
    if (!problems.isEmpty())
        return problems.join(QLatin1Char(' '));
    o->account = parser.value(account);
    o->sandboxReadyLine = parser.value(ready).toUtf8();
    o->restart = parser.isSet(restart);
    if (parser.isSet(apiRoot)) {
        const QUrl root(parser.value(apiRoot), QUrl::StrictMode);
        const QString refused = YouTubeClient::whyRootRefused(root);
        if (!refused.isEmpty())
            return QStringLiteral("--api-root: ") + refused;
        o->apiRoot = root;
    }
    if (parser.isSet(chunk)) {
        bool ok = false;
        const double n = parser.value(chunk).toDouble(&ok);
        if (!ok || n < 0.25 || n > 1024)
            return tr("--chunk-mib: a number from 0.25 to 1024.");
        o->chunkBytes = qint64(n * 1024 * 1024);
    }
    return {};
}

UploadCommand::UploadCommand(Options options)
    : m_options(std::move(options))
    , m_nam(new QNetworkAccessManager(this))
    , m_secrets(new SecretStore(QStringLiteral("OnAir"), this))
{}

UploadCommand::~UploadCommand()
{
    // The upload (and its requests) go before the client and the account they use.
    delete m_upload;
    delete m_client;
}

void UploadCommand::start()
{
    if (!m_options.account.isEmpty()) {
        m_accounts = new AccountManager(m_secrets, QString(), m_nam, this);
        m_accounts->restore(this, [this](int) {
            AccountSession *a = m_accounts->account(m_options.account);
            if (!a || !a->isSignedIn()) {
                say(a ? tr("%1 is signed out: sign in from OnAir's window, then run this again.")
                            .arg(m_options.account)
                      : tr("No account %1: add it in OnAir's window (Account → Add Google "
                           "account…) first.")
                            .arg(m_options.account));
                return finish(NotSignedIn);
            }
            withAccount(a, a->apiRoot().isValid() ? a->apiRoot() : m_options.apiRoot);
        });
        return;
    }
    if (!m_options.sandboxReadyLine.isEmpty()) {
        QString error;
        const SandboxEndpoints e = SandboxEndpoints::parse(m_options.sandboxReadyLine, &error);
        if (!e.isValid()) {
            say(tr("--sandbox-ready: %1").arg(error));
            return finish(Usage);
        }
        return onSandbox(e);
    }
    // The local sandbox, as the window uses it: the one running (the window's) or our own.
    m_sandbox = new LocalSandbox(this);
    connect(m_sandbox, &LocalSandbox::failed, this, [this](const QString &why) {
        say(tr("The sandbox did not start: %1").arg(why));
        finish(NoSandbox);
    });
    connect(m_sandbox, &LocalSandbox::ready, this, &UploadCommand::onSandbox);
    m_sandbox->start(SandboxMode::dataDir());
}

void UploadCommand::onSandbox(const SandboxEndpoints &endpoints)
{
    auto *sandboxAccount = new SandboxAccount(m_secrets, m_nam, this);
    sandboxAccount->open(
        endpoints,
        [this, api = endpoints.api](AccountSession *account, const QString &error, bool noSandbox) {
            if (!account) {
                say(error);
                return finish(noSandbox ? NoSandbox : NotSignedIn);
            }
            m_account = account;
            withAccount(account, api);
        });
}

void UploadCommand::withAccount(AccountSession *account, const QUrl &apiRoot)
{
    const bool sandbox = account->accountId() == SandboxAccount::key();
    m_ledger = new QuotaLedger(
        QuotaLedger::pathForKey(sandbox ? SandboxAccount::key() : account->client().clientId),
        this);
    m_client = new YouTubeClient(account, m_nam);
    m_client->setRootUrl(apiRoot);
    m_client->setQuotaLedger(m_ledger);
    m_store = std::make_unique<UploadStore>(UploadStore::pathForAccount(account->accountId()));
    // The account's uploads are run by one process at a time (the window's queue, a runner).
    QDir().mkpath(QFileInfo(m_store->path()).absolutePath());
    m_lock = std::make_unique<QLockFile>(UploadQueue::lockPath(m_store->path()));
    m_lock->setStaleLockTime(0); // only a lock whose process is gone is taken over
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        say(tr("This account's uploads are run by another OnAir (process %1); run this again "
               "once it is done.")
                .arg(pid));
        return finish(UploadFailed);
    }
    QStringList errors;
    m_records = m_store->load(&errors);
    for (const QString &e : errors)
        say(e);
    begin();
}

void UploadCommand::begin()
{
    QString error;
    const std::optional<FileIdentity> file = FileIdentity::of(m_options.file, &error);
    if (!file) {
        say(error);
        return finish(FileUnreadable);
    }
    // The saved upload of this file, if any: the newest one.
    qsizetype index = -1;
    for (qsizetype i = m_records.size() - 1; i >= 0; --i) {
        const UploadRecord &r = m_records.at(i);
        if (r.file.path == file->path && r.state != UploadRecord::State::Cancelled) {
            index = i;
            break;
        }
    }
    if (index >= 0 && m_options.restart) {
        m_records.removeAt(index);
        index = -1;
    }
    if (index >= 0 && m_records.at(index).state == UploadRecord::State::Done) {
        const UploadRecord &done = m_records.at(index);
        if (done.file.whyChanged(*file).isEmpty()) {
            say(tr("%1 was already uploaded as video %2; --restart uploads it once more.")
                    .arg(file->path, done.resultId));
            std::fprintf(stdout, "%s\n", qPrintable(done.resultId));
            return finish(Uploaded);
        }
        index = -1; // another file under the same name: a new upload
    }
    if (index >= 0) {
        const UploadRecord &saved = m_records.at(index);
        const QString changed = saved.file.whyChanged(*file);
        if (!changed.isEmpty()) {
            say(changed);
            say(tr("Run the same command with --restart to upload it from the start."));
            return finish(FileChanged);
        }
        say(tr("Resuming the saved upload of %1 (%2 of %3 MiB confirmed when it stopped).")
                .arg(file->path, mib(saved.offset), mib(saved.file.size)));
    } else {
        UploadRecord r;
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.file = *file;
        r.metadata = m_options.metadata.toJson();
        r.created = QDateTime::currentDateTimeUtc();
        m_records.append(r);
        index = m_records.size() - 1;
    }
    m_upload = new VideoUpload(m_client, m_records.at(index));
    if (m_options.chunkBytes > 0)
        m_upload->setChunkBytes(m_options.chunkBytes);
    connect(m_upload, &VideoUpload::recordChanged, this, &UploadCommand::saveRecord);
    connect(m_upload, &VideoUpload::logged, this, [](const QString &s) { say(s); });
    connect(m_upload, &VideoUpload::progressed, this,
            [this](qint64 bytes, qint64 total) { printProgress(bytes, total, false); });
    connect(m_upload, &VideoUpload::finished, this, [this] {
        const UploadRecord &r = m_upload->record();
        if (r.state == UploadRecord::State::Done) {
            printProgress(r.file.size, r.file.size, true);
            std::fprintf(stdout, "%s\n", qPrintable(r.resultId));
            std::fflush(stdout);
            return finish(Uploaded);
        }
        finish(exitFor(m_upload->failureReason()));
    });
    m_startBytes = m_records.at(index).offset;
    m_clock.start();
    saveRecord();
    m_upload->start();
}

int UploadCommand::exitFor(const QString &reason)
{
    if (reason == VideoUpload::kFileChanged)
        return FileChanged;
    if (reason == QLatin1String("quotaExceeded") || reason == QLatin1String("uploadLimitExceeded"))
        return QuotaExhausted;
    if (reason == QLatin1String("signedOut") || reason == QLatin1String("authError") ||
        reason == QLatin1String("invalid_grant"))
        return NotSignedIn;
    return UploadFailed;
}

void UploadCommand::saveRecord()
{
    if (!m_upload)
        return;
    const UploadRecord &now = m_upload->record();
    for (UploadRecord &r : m_records) {
        if (r.id == now.id)
            r = now;
    }
    QString error;
    if (!m_store->save(m_records, &error))
        say(error);
}

void UploadCommand::printProgress(qint64 bytes, qint64 total, bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && m_lastPrintMs >= 0 && now - m_lastPrintMs < 1000)
        return;
    m_lastPrintMs = now;
    const double seconds = std::max<qint64>(1, now) / 1000.0;
    const double rate = double(std::max<qint64>(0, bytes - m_startBytes)) / seconds;
    const int percent = total > 0 ? int(bytes * 100 / total) : 0;
    const QString left = rate > 0 ? tr("%1 s left").arg(qRound64(double(total - bytes) / rate))
                                  : tr("time left unknown");
    say(tr("%1 of %2 MiB (%3%), %4 MiB/s, %5")
            .arg(mib(bytes), mib(total))
            .arg(percent)
            .arg(rate / (1024.0 * 1024.0), 0, 'f', 1)
            .arg(left));
}

void UploadCommand::finish(int exit)
{
    if (m_exit >= 0)
        return;
    m_exit = exit;
    if (m_sandbox && m_sandbox->adoptedPid() != 0)
        m_sandbox->release(); // the window's sandbox: it keeps running
    QCoreApplication::exit(exit);
}

} // namespace onair
