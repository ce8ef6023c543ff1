#include "headless/HeadlessUploads.h"

#include "google/oauth/AccountManager.h"
#include "google/oauth/AccountSession.h"
#include "google/youtube/QuotaLedger.h"
#include "google/youtube/YouTubeClient.h"
#include "google/youtube/upload/UploadQueue.h"
#include "rehearsal/LocalSandbox.h"
#include "rehearsal/SandboxMode.h"
#include "upload/SandboxAccount.h"
#include "upload/UploadStore.h"

#include <QDir>
#include <algorithm>

#include <QFileInfo>
#include <QUrl>

namespace onair {

namespace {

bool hasPending(const QList<UploadRecord> &records)
{
    return std::any_of(records.begin(), records.end(), [](const UploadRecord &r) {
        return r.state == UploadRecord::State::Queued || r.state == UploadRecord::State::Uploading;
    });
}

} // namespace

HeadlessUploads::HeadlessUploads(QNetworkAccessManager *nam, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_secrets(secrets)
{}

HeadlessUploads::~HeadlessUploads()
{
    // Each queue pauses what it sends (YouTube keeps it) and saves, before its client goes.
    for (const auto &[queue, client] : std::as_const(m_queues)) {
        delete queue;
        delete client;
    }
    if (m_sandbox && m_sandbox->adoptedPid() != 0)
        m_sandbox->release(); // the window's sandbox: it keeps running
}

void HeadlessUploads::start()
{
    const QDir dir = QFileInfo(UploadStore::pathForAccount(QStringLiteral("_"))).absoluteDir();
    for (const QFileInfo &file : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
        if (!hasPending(UploadStore(file.absoluteFilePath()).load()))
            continue;
        const QString key = QUrl::fromPercentEncoding(file.completeBaseName().toLatin1());
        ++m_opening;
        if (key == SandboxAccount::key())
            openSandbox(file.absoluteFilePath());
        else
            openGoogle(key, file.absoluteFilePath());
    }
}

bool HeadlessUploads::isIdle() const
{
    if (m_opening > 0)
        return false;
    for (const auto &[queue, client] : m_queues) {
        if (queue->isRunner() && (queue->isSending() || hasPending(queue->items())))
            return false;
    }
    return true;
}

void HeadlessUploads::openSandbox(const QString &path)
{
    const auto withEndpoints = [this, path](const SandboxEndpoints &endpoints) {
        m_sandboxAccount = new SandboxAccount(m_secrets, m_nam, this);
        m_sandboxAccount->open(endpoints,
                               [this, path](AccountSession *account, const QString &error, bool) {
                                   if (!account) {
                                       Q_EMIT said(error);
                                       return opened();
                                   }
                                   run(account, path);
                               });
    };
    if (!m_sandboxReady.isEmpty()) {
        QString error;
        const SandboxEndpoints e = SandboxEndpoints::parse(m_sandboxReady, &error);
        if (!e.isValid()) {
            Q_EMIT said(tr("--sandbox-ready: %1").arg(error));
            return opened();
        }
        return withEndpoints(e);
    }
    // The local sandbox, as the window uses it: the one running (the window's) or our own.
    m_sandbox = new LocalSandbox(this);
    connect(m_sandbox, &LocalSandbox::failed, this, [this](const QString &why) {
        Q_EMIT said(tr("The sandbox did not start: %1").arg(why));
        opened();
    });
    connect(m_sandbox, &LocalSandbox::ready, this, withEndpoints);
    m_sandbox->start(SandboxMode::dataDir());
}

void HeadlessUploads::openGoogle(const QString &accountId, const QString &path)
{
    if (!m_accounts)
        m_accounts = new AccountManager(m_secrets, QString(), m_nam, this);
    m_accounts->restore(this, [this, accountId, path](int) {
        AccountSession *a = m_accounts->account(accountId);
        if (!a || !a->isSignedIn()) {
            Q_EMIT said(tr("The uploads of %1 wait: the account is signed out; sign in from "
                           "OnAir's window.")
                            .arg(accountId));
            return opened();
        }
        run(a, path);
    });
}

void HeadlessUploads::run(AccountSession *account, const QString &path)
{
    const bool sandbox = account->accountId() == SandboxAccount::key();
    auto *client = new YouTubeClient(account, m_nam);
    client->setRootUrl(account->apiRoot().isValid()
                           ? account->apiRoot()
                           : QUrl(QStringLiteral("https://youtube.googleapis.com/")));
    client->setQuotaLedger(new QuotaLedger(
        QuotaLedger::pathForKey(sandbox ? SandboxAccount::key() : account->client().clientId),
        client));
    auto *queue = new UploadQueue(client);
    m_queues.append({queue, client});
    connect(queue, &UploadQueue::logged, this, [this](const QString &s, bool) { Q_EMIT said(s); });
    connect(queue, &UploadQueue::itemsChanged, this, [this, queue] {
        for (const UploadRecord &r : queue->items()) {
            if (m_states.value(r.id, UploadRecord::State::Cancelled) == r.state &&
                m_states.contains(r.id))
                continue;
            m_states.insert(r.id, r.state);
            Q_EMIT said(tr("upload %1 (%2): %3")
                            .arg(r.id, QFileInfo(r.file.path).fileName(),
                                 UploadRecord::stateName(r.state)));
        }
        Q_EMIT changed();
    });
    connect(queue, &UploadQueue::progressed, this, [this, queue](const QString &id) {
        const UploadQueue::Progress p = queue->progress(id);
        if (p.total <= 0)
            return;
        const int tenth = p.percent() / 10;
        if (m_lastTenth.value(id, -1) == tenth)
            return;
        m_lastTenth.insert(id, tenth);
        Q_EMIT said(tr("upload %1: %2%").arg(id).arg(p.percent()));
    });
    Q_EMIT queueOpening(queue);
    queue->open(path);
    opened();
}

void HeadlessUploads::opened()
{
    --m_opening;
    Q_EMIT changed();
}

} // namespace onair
