#pragma once

#include <QByteArray>
#include <QLockFile>
#include <QString>

#include <memory>

namespace onair::sandbox {

// One sandbox per data folder. The folder is claimed (DIR/sandbox.lock) for as long as the
// sandbox runs, and its ready line is kept beside it (DIR/sandbox-ready.json), so that a
// client whose sandbox outlived it (the client crashed) finds that sandbox again instead of
// starting a second one on the same state. Both go when the sandbox stops cleanly; a lock
// left by a killed sandbox is stale (its process is gone) and is taken over.
class DataFolderClaim
{
public:
    static constexpr const char *kLockName = "sandbox.lock";
    static constexpr const char *kReadyName = "sandbox-ready.json";

    explicit DataFolderClaim(const QString &dir);
    ~DataFolderClaim();
    DataFolderClaim(const DataFolderClaim &) = delete;
    DataFolderClaim &operator=(const DataFolderClaim &) = delete;

    // False, with the sentence in `error`, when another running sandbox holds the folder.
    bool claim(QString *error);
    bool publishReady(const QByteArray &readyLine, QString *error);
    void release();

private:
    QString m_dir;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace onair::sandbox
