#include "kernel/DataFolderClaim.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace onair::sandbox {

DataFolderClaim::DataFolderClaim(const QString &dir)
    : m_dir(dir)
{}

DataFolderClaim::~DataFolderClaim()
{
    release();
}

bool DataFolderClaim::claim(QString *error)
{
    if (!QDir().mkpath(m_dir)) {
        *error = QStringLiteral("cannot create the data folder ") + m_dir;
        return false;
    }
    m_lock = std::make_unique<QLockFile>(QDir(m_dir).filePath(QLatin1String(kLockName)));
    // Only a lock whose process is gone is stale, however old it is: a show can run for days.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host, app;
    m_lock->getLockInfo(&pid, &host, &app);
    *error = m_lock->error() == QLockFile::LockFailedError
                 ? QStringLiteral("the data folder %1 is in use by %2 (process %3); its ready "
                                  "line is in %4")
                       .arg(m_dir, app)
                       .arg(pid)
                       .arg(QDir(m_dir).filePath(QLatin1String(kReadyName)))
                 : QStringLiteral("cannot lock the data folder %1").arg(m_dir);
    m_lock.reset();
    return false;
}

bool DataFolderClaim::publishReady(const QByteArray &readyLine, QString *error)
{
    QSaveFile file(QDir(m_dir).filePath(QLatin1String(kReadyName)));
    // The ready line holds the sandbox's client secret: for this user only.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(readyLine + '\n') < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void DataFolderClaim::release()
{
    if (!m_lock)
        return;
    QFile::remove(QDir(m_dir).filePath(QLatin1String(kReadyName)));
    m_lock->unlock();
    m_lock.reset();
}

} // namespace onair::sandbox
