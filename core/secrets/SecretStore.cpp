#include "secrets/SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

namespace onair {

namespace {
constexpr int kBackendRetryDelayMs = 1500;
}

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

QString SecretStore::keyFor(const QString &account, const QString &name)
{
    return account + QLatin1Char('/') + name;
}

void SecretStore::write(const QString &account, const QString &name, const QString &secret,
                        QObject *context, Callback done)
{
    run(Op::Write, keyFor(account, name), secret, context, std::move(done), false);
}

void SecretStore::read(const QString &account, const QString &name, QObject *context, Callback done)
{
    run(Op::Read, keyFor(account, name), {}, context, std::move(done), false);
}

void SecretStore::remove(const QString &account, const QString &name, QObject *context,
                         Callback done)
{
    run(Op::Remove, keyFor(account, name), {}, context, std::move(done), false);
}

void SecretStore::run(Op op, const QString &key, const QString &secret, QPointer<QObject> context,
                      Callback done, bool isRetry)
{
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service, this);
        w->setTextData(secret);
        job = w;
        break;
    }
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);

    connect(job, &QKeychain::Job::finished, this,
            [this, op, key, secret, context, done = std::move(done), isRetry](QKeychain::Job *j) {
                if (!context)
                    return;
                Outcome out;
                switch (j->error()) {
                case QKeychain::NoError:
                    out.ok = true;
                    if (op == Op::Read)
                        out.value = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
                    break;
                case QKeychain::EntryNotFound:
                    // Nothing stored (or nothing left to delete): not a failure.
                    out.ok = true;
                    break;
                case QKeychain::NoBackendAvailable:
                    if (!isRetry) {
                        QTimer::singleShot(kBackendRetryDelayMs, this, [=, this] {
                            run(op, key, secret, context, done, true);
                        });
                        return;
                    }
                    out.error = tr("No keychain is available (is a Secret Service such as "
                                   "GNOME Keyring or KWallet running?): %1")
                                    .arg(j->errorString());
                    break;
                case QKeychain::AccessDenied:
                case QKeychain::AccessDeniedByUser:
                    out.error = tr("The keychain refused access: %1").arg(j->errorString());
                    break;
                default:
                    out.error = tr("The keychain failed: %1").arg(j->errorString());
                    break;
                }
                done(out);
            });
    job->start();
}

} // namespace onair
