#pragma once

#include <QJsonArray>
#include <QObject>
#include <QProcess>
#include <QStringList>

#include <memory>

#include "SandboxProcess.h"

// `onair upload` as a script runs it, against the real sandbox: killed with SIGKILL in the
// middle and run again, it finishes the same upload (one video, the file's bytes, resumed from
// YouTube's offset); a file changed in between is refused with its exit code and can be
// started again with --restart; bad arguments and unreadable files get their exit codes; the
// account's uploads run by another OnAir (its lock) are left alone.
class TestUploadCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void killedUploadFinishesWithoutSecondVideo();
    void changedFileIsRefusedThenRestarted();
    void usageAndFileErrorsHaveTheirCodes();
    void uploadsRunElsewhereAreLeftAlone();

private:
    QString makeFile(const QString &name, qint64 size);
    QStringList arguments(const QString &file, const QString &title) const;
    // Starts `onair upload`, waits until the sandbox holds part of the file, then SIGKILLs it.
    bool killMidway(const QString &file, const QString &title);
    // Runs `onair upload` to its end; its exit code, stdout and stderr.
    int runToEnd(const QStringList &arguments, QByteArray *out = nullptr,
                 QByteArray *err = nullptr);
    QJsonArray videosNamed(const QString &fileName);

    std::unique_ptr<onair::test::SandboxProcess> m_sandbox;
    QString m_ready;
    QString m_dir;
};
