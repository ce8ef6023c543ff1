#pragma once

#include "AppController.h"
#include "SandboxProcess.h"

#include <QObject>

#include <memory>

// A whole show driven through the real window, against a real sandbox with ffmpeg publishing.
class TestShowE2E : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void wholeShow();
    void stuckLiveStartingIsRecovered();
    void revokedTokenPromptsAndResumes();
    void cleanupTestCase();

private:
    void startApp();
    void createBroadcastAndStream(const QString &title);
    void startEncoderAndWaitActive();
    void press(int key, Qt::KeyboardModifiers modifiers);
    QString lastLogLine() const;
    QString logDump() const;
    int broadcastsInSandbox();

    std::unique_ptr<onair::test::SandboxProcess> m_sandbox;
    std::unique_ptr<onair::AppController> m_app;
};
