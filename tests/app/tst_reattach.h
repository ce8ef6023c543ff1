#pragma once

#include "SandboxProcess.h"

#include <QJsonObject>
#include <QObject>
#include <QProcess>

#include <memory>

// Crash and reattach: a show run through testing to live in OnAir, the real onair process
// killed with SIGKILL while live and started again with a sign-in slower than the session's
// save delay. It must find the same broadcast with its event log, its cuepoint log and both
// clocks (checked against the sandbox's own record), never save the show away meanwhile, and
// create nothing.
class TestReattach : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedWhileLiveReattachesAfterSlowSignIn();
    void cleanupTestCase();

private:
    QString api(const QByteArray &verb, const QString &path, const QJsonObject &body,
                QJsonObject *out);
    QJsonObject sandboxClocks(const QString &broadcastId);

    std::unique_ptr<onair::test::SandboxProcess> m_sandbox;
    QString m_token;
    QProcess m_encoder;
};
