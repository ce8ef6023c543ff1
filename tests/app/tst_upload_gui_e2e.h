#pragma once

#include "SandboxProcess.h"

#include <QJsonArray>
#include <QObject>
#include <QProcess>

#include <memory>

// The operator's upload through the real window: "Upload a recording…" in the Uploads panel,
// the form filled in and accepted; OnAir killed with SIGKILL in the middle and started again.
// The upload goes on by itself where YouTube stopped and finishes with exactly one video and
// one session in the sandbox, holding the file's bytes, and the bytes sent in both runs stay
// below the file's size plus one chunk; the quota meters show the upload bucket charged once
// beside the daily units. The window runs in a child process (this test run
// again with ONAIR_UPLOAD_E2E set to "add" or "resume") so that it can be killed.
class TestUploadGuiE2e : public QObject
{
    Q_OBJECT

public:
    // The child's side: the real AppController and window on the sandbox of ONAIR_UPLOAD_E2E_READY.
    static int runWindow(const QByteArray &mode);

private Q_SLOTS:
    void initTestCase();
    void killedWindowResumesTheUpload();
    void cleanupTestCase();

private:
    void startWindow(QProcess &window, const QByteArray &mode);
    QJsonArray sessions();
    QJsonArray videosNamed(const QString &fileName);

    std::unique_ptr<onair::test::SandboxProcess> m_sandbox;
    QString m_dir;
};
