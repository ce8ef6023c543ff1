#pragma once

#include "SandboxProcess.h"

#include <QObject>
#include <QProcess>

#include <memory>

// Crash and reattach: the real onair process is killed with SIGKILL while live and started
// again; it must find the same broadcast, with the right clocks, and create nothing.
class TestReattach : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedWhileLiveReattaches();
    void cleanupTestCase();

private:
    QString api(const QByteArray &verb, const QString &path, const QJsonObject &body,
                QJsonObject *out);
    bool waitForLifecycle(const QString &id, const QString &state, int timeoutMs);
    void startApp(QProcess &app, const QStringList &extra);

    std::unique_ptr<onair::test::SandboxProcess> m_sandbox;
    QString m_token;
    QProcess m_encoder;
};
